"""Authoring for officials: `site-builder new`, the guide page, the pre-commit hook and the CD workflow."""

from __future__ import annotations

import argparse
import re
import subprocess

import pytest
import yaml

from conftest import REPO, run_cli
from fidelity import split_front_matter
from site_builder.model.fields import PLAN_FIELDS
from site_builder.importer.skeleton import run_new, skeleton


def _new_args(**overrides) -> argparse.Namespace:
    values = dict(title=None, issuer=None, number=None, issued=None, place=None, doc_type=None,
                  output=None, force=False, no_input=False)
    values.update(overrides)
    return argparse.Namespace(**values)


def test_new_with_flags_passes_the_checker_with_only_warnings(tmp_path):
    result = run_cli("new", "--title", "Thực hiện công tác dân vận năm 2025", "--issuer", "UBND xã Hoằng Hợp",
                     "--number", "12/KH-UBND", "--issued", "2025-01", "-o", "ke-hoach/moi.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    target = tmp_path / "ke-hoach" / "moi.md"
    text = target.read_text(encoding="utf-8")
    meta = yaml.safe_load(split_front_matter(text)[0])
    assert meta == {"title": "Thực hiện công tác dân vận năm 2025", "doc_type": "Kế hoạch",
                    "number": "12/KH-UBND", "issuer": "UBND xã Hoằng Hợp", "issued": "2025-01"}

    check = run_cli("check", str(target), cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert "0 lỗi" in check.stdout and "cảnh báo" in check.stdout
    assert ": lỗi:" not in check.stdout


def test_skeleton_explains_every_field_of_the_schema():
    text = skeleton({"title": "X", "doc_type": "Kế hoạch", "issuer": "UBND xã Y"})
    front = split_front_matter(text)[0]
    for field in PLAN_FIELDS:
        # Each field: a Vietnamese comment with its label and help, then its value or a commented example.
        assert f"# {field.label} (" in front, field.name
        assert field.help in front, field.name
        assert re.search(rf"^(# )?{field.name}:", front, re.MULTILINE), field.name
        for sub in field.subfields:
            assert f"#   {sub.name}: {sub.label}." in front, f"{field.name}.{sub.name}"
    # Every commented example, once uncommented, is valid YAML for that field.
    for field in PLAN_FIELDS:
        example = re.search(rf"^# ({field.name}: .*)$", front, re.MULTILINE)
        if example:
            assert field.name in yaml.safe_load(example.group(1)), field.name


def test_new_refuses_to_overwrite_and_reports_usage_errors(tmp_path):
    (tmp_path / "co-roi.md").write_text("giữ nguyên", encoding="utf-8")
    exists = run_cli("new", "--title", "A", "--issuer", "B", "-o", "co-roi.md", cwd=tmp_path)
    assert exists.returncode == 1 and "--force" in exists.stderr
    assert (tmp_path / "co-roi.md").read_text(encoding="utf-8") == "giữ nguyên"
    forced = run_cli("new", "--title", "A", "--issuer", "B", "-o", "co-roi.md", "--force", cwd=tmp_path)
    assert forced.returncode == 0

    missing = run_cli("new", "--title", "A", "-o", "x.md", cwd=tmp_path)  # stdin is not a terminal
    assert missing.returncode == 2 and "--issuer" in missing.stderr
    bad_date = run_cli("new", "--title", "A", "--issuer", "B", "--issued", "2025-02-30", "-o", "y.md", cwd=tmp_path)
    assert bad_date.returncode == 2 and "không tồn tại" in bad_date.stderr
    for result in (exists, missing, bad_date):
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.md").exists() and not (tmp_path / "y.md").exists()


def test_new_asks_in_vietnamese_when_run_in_a_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content" / "ke-hoach").mkdir(parents=True)
    answers = iter(["", "Phòng, chống thiên tai năm 2026", "UBND xã Tân Phú", "45/KH-UBND", "2026-13-01",
                    "2026-01-12", "Tân Phú", ""])
    questions: list[str] = []

    def fake_input(prompt):
        questions.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", fake_input)
    assert run_new(_new_args()) == 0
    target = tmp_path / "content/ke-hoach/2026/phong-chong-thien-tai-nam-2026.md"
    meta = yaml.safe_load(split_front_matter(target.read_text(encoding="utf-8"))[0])
    assert meta["issued"].isoformat() == "2026-01-12" and meta["place"] == "Tân Phú"
    assert meta["number"] == "45/KH-UBND" and meta["issuer"] == "UBND xã Tân Phú"
    err = capsys.readouterr().err
    assert "bắt buộc" in err  # the empty first answer for the title was asked again
    assert "tháng 13 không tồn tại" in err  # the impossible date was asked again
    assert questions[0].startswith("Trích yếu") and questions[-1].startswith("Ghi vào tệp")


# ------------------------------------------------------------------ guide, hook, workflow

def test_guide_page_is_in_the_nav():
    page = REPO / "content" / "huong-dan" / "dang-van-ban.md"
    meta, _ = split_front_matter(page.read_text(encoding="utf-8"))
    assert set(yaml.safe_load(meta)) == {"title", "description"}
    nav = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    guide = next(item["Hướng dẫn cho cán bộ"] for item in nav if isinstance(item, dict) and "Hướng dẫn cho cán bộ" in item)
    pages = [next(iter(entry.values())) for entry in guide]
    assert pages == ["huong-dan/dang-van-ban.md", "huong-dan/truong-thong-tin.md"]


def _guide() -> str:
    return split_front_matter((REPO / "content" / "huong-dan" / "dang-van-ban.md").read_text(encoding="utf-8"))[1]


def test_every_command_and_option_the_guide_names_exists():
    """Each section's options belong to a command that section names (`-o`, `--force` of import …)."""
    from site_builder.cli.main import _parser

    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    named = set()
    for section in _guide().replace("\\\n", " ").split("\n## "):
        used = set(re.findall(r"site-builder (\w+)", section))
        assert used <= set(commands), used - set(commands)
        named |= used
        options = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)(?=[\s`=])", section)) - {"-m"}  # git commit -m
        for option in options:
            assert any(option in commands[c]._option_string_actions for c in used), (option, used)
    assert {"import", "new", "check", "serve", "refs"} <= named


def test_the_guide_examples_are_what_the_checker_accepts(tmp_path):
    """Each `field: value` the guide shows (with the others of its line) passes the checker, the
    attachment block too; the sample finding and summary lines are the checker's own."""
    from conftest import SAMPLE_FRONT

    body = _guide()
    plans = tmp_path / "content" / "ke-hoach" / "2026"
    plans.mkdir(parents=True)
    names = {field.name for field in PLAN_FIELDS}
    written = 0
    for line in body.splitlines():
        found = re.findall(r"`([a-z_]+): ([^`]+)`", line)
        for name, value in found:
            assert name in names, name
            fields = {**{n: v for n, v in found if n != name}, name: value}
            plan_front = SAMPLE_FRONT.replace("12/KH-UBND", f"{100 + written}/KH-UBND")  # one number, one plan
            front = "".join(row + "\n" for row in plan_front.splitlines() if row.split(":")[0] not in fields)
            front += "".join(f"{n}: {v}\n" for n, v in fields.items())
            (plans / f"vi-du-{written}.md").write_text(front + "---\n\nNội dung.\n", encoding="utf-8")
            written += 1
    assert written >= 8
    block = re.search(r"```yaml\n(attachments:.*?)```", body, re.S).group(1)
    attached = yaml.safe_load(block)["attachments"][0]["file"]
    (plans / attached).write_bytes(b"%PDF-1.4\n")
    (plans / "dinh-kem.md").write_text(SAMPLE_FRONT + block + "---\n\nNội dung.\n", encoding="utf-8")

    # The guide's sample finding, from a file that has it at the same line.
    sample = re.search(r"^(content/\S+\.md):(\d+): cảnh báo: (.*)$", body, re.M)
    rel, line_no = sample.group(1), int(sample.group(2))
    year = re.search(r"năm (\d{4})", sample.group(3)).group(1)
    head = ["---", 'title: "Kế hoạch thử"', 'doc_type: "Kế hoạch"', 'issuer: "UBND xã Tân Phú"']
    assert line_no > len(head)
    head += ["# …"] * (line_no - 1 - len(head))
    target = tmp_path / rel
    target.write_text("\n".join(head) + f'\nissued: "{year}-01"\n---\n\nNội dung.\n', encoding="utf-8")

    result = run_cli("check", "content", cwd=tmp_path)
    assert result.returncode == 0 and ": lỗi:" not in result.stdout, result.stdout
    assert sample.group(0) in result.stdout.splitlines()
    summary = re.search(r"`(Đã kiểm tra \d+ tệp: \d+ lỗi, \d+ cảnh báo\.)`", body).group(1)
    assert re.fullmatch(re.sub(r"\d+", r"\\d+", re.escape(summary)), result.stdout.splitlines()[-1])


def test_the_guide_new_example_makes_a_plan_the_checker_accepts(tmp_path):
    import shlex

    command = re.search(r"```\n(\.venv/bin/site-builder new --title.*?)```", _guide(), re.S).group(1)
    args = shlex.split(command.replace("\\\n", " "))[1:]
    output = args[args.index("-o") + 1]
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    check = run_cli("check", output, cwd=tmp_path)
    assert check.returncode == 0 and ": lỗi:" not in check.stdout, check.stdout


def test_pre_commit_hook_checks_changed_plans():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    assert hook["entry"].endswith("site-builder check") and hook["language"] == "system"
    assert hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    assert files.search("content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md")
    assert not files.search("content/gioi-thieu.md") and not files.search("content/huong-dan/dang-van-ban.md")
    # The command the hook runs works on the paths pre-commit passes.
    result = run_cli("check", "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md")
    assert result.returncode == 0, result.stdout


def _workflow() -> dict:
    return yaml.safe_load((REPO / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))


def test_workflow_checks_builds_and_deploys_with_the_readme_commands():
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    steps = workflow["jobs"]["build"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in ("scripts/build-site", ".venv/bin/site-builder check", "scripts/setup"):
        assert command in runs, command
        assert command in readme, command
    upload = next(step for step in steps if "upload-pages-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "site" and "refs/heads/main" in upload["if"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and "refs/heads/main" in deploy["if"]
    assert any("deploy-pages" in step.get("uses", "") for step in deploy["steps"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_workflow_turns_checker_lines_into_annotations(tmp_path):
    step = next(s for s in _workflow()["jobs"]["build"]["steps"] if "::error" in s.get("run", ""))
    (tmp_path / "kiem-tra.txt").write_text(
        "content/ke-hoach/2025/x.md:4: lỗi: issuer: thiếu trường bắt buộc «issuer».\n"
        "content/ke-hoach/2025/x.md:5: cảnh báo: issued: ngày ban hành chưa đủ.\n"
        "Đã kiểm tra 1 tệp: 1 lỗi, 1 cảnh báo.\n",
        encoding="utf-8",
    )
    out = subprocess.run(["bash", "-c", step["run"]], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "::error file=content/ke-hoach/2025/x.md,line=4::issuer: thiếu trường bắt buộc «issuer».",
        "::warning file=content/ke-hoach/2025/x.md,line=5::issued: ngày ban hành chưa đủ.",
    ]


@pytest.mark.parametrize("command", ["import", "new"])
def test_help_is_vietnamese(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "Cách dùng:" in result.stdout and "Mã thoát" in result.stdout


def test_gitlab_pipeline_checks_builds_and_deploys_with_the_readme_commands():
    pipeline = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    check = "\n".join(pipeline["kiem-tra"]["script"])
    for command in ("scripts/setup", ".venv/bin/site-builder check"):
        assert command in check and command in readme, command
    assert pipeline["kiem-tra"]["artifacts"]["reports"]["codequality"] == "kiem-tra.json"
    assert "scripts/build-site" in pipeline["xay-dung"]["script"] and "scripts/build-site" in readme
    pages = pipeline["pages"]
    assert "scripts/build-site" in pages["script"] and pages["artifacts"]["paths"] == ["public"]
    assert pages["rules"] == [{"if": '$CI_COMMIT_BRANCH == "main"'}]


def test_code_quality_report_names_file_and_line(tmp_path):
    import json

    broken = tmp_path / "x.md"
    broken.write_text('---\ntitle: "A"\ndoc_type: "Kế hoạch"\nissued: 2025-02-30\n---\n\nNội dung.\n', encoding="utf-8")
    result = run_cli("check", "--format", "codequality", str(broken))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    issued = next(item for item in report if item["check_name"] == "issued")
    assert issued["location"] == {"path": str(broken), "lines": {"begin": 4}} and issued["severity"] == "major"
    assert "không tồn tại" in issued["description"] and len({i["fingerprint"] for i in report}) == len(report)


def test_the_guide_says_what_publishing_needs_and_the_commands_that_exist():
    """Issue 20: the guide promised «Không cần biết lập trình» while publishing needs a terminal, YAML and git,
    and the file `new` writes said `mkdocs serve` while the README says `site-builder serve`."""
    guide = _guide()
    assert "Không cần biết lập trình" not in guide
    for skill in ("Cửa sổ lệnh", "YAML", "git"):
        assert f"**{skill}" in guide or f"**Phần thông tin viết theo quy tắc {skill}" in guide, skill
    assert "mkdocs serve" not in guide and ".venv/bin/site-builder serve" in guide
    from site_builder.importer.skeleton import skeleton

    made = skeleton({"title": "Kế hoạch thử"})
    assert "mkdocs" not in made and "Xem trước: .venv/bin/site-builder serve" in made


def test_new_tells_the_official_the_preview_command_that_exists(tmp_path):
    result = run_cli("new", "--title", "Thử", "--issuer", "UBND xã Tân Phú", "-o", str(tmp_path / "x.md"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mkdocs" not in result.stdout and "«.venv/bin/site-builder serve»" in result.stdout
