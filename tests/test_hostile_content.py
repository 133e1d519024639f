"""Hostile content, round two (issue 19): links and odd files under content/, file types a browser
would run, input that used to end in a traceback or take minutes. Each case is the input that showed
the hole; every one must end in a Vietnamese message naming the file, exit 1, and no site written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_FRONT, copy_project, run_cli

SECRET = "BI-MAT-NGOAI-KHO-7f3a"
HOANG_HOP = "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"


def _outside(tmp_path: Path) -> Path:
    """A folder beside the project, holding what no build may read."""
    folder = tmp_path / "ngoai"
    folder.mkdir(exist_ok=True)
    (folder / "bi-mat.md").write_text(f"# {SECRET}\n", encoding="utf-8")
    (folder / "bi-mat.pdf").write_text(SECRET, encoding="utf-8")
    return folder


def _attach(project: Path, name: str) -> None:
    plan = project / HOANG_HOP
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        'topics: ["dân vận chính quyền"]\n', f'topics: ["dân vận chính quyền"]\nattachments: [{{file: "{name}"}}]\n'),
        encoding="utf-8")


def _site_has(folder: Path, text: str) -> bool:
    return folder.exists() and any(text.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _plain_mkdocs(project: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(out)], cwd=project, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)})


# -- item 2: links ------------------------------------------------------------------------------
LINKS = {
    # name → (where the link is, what it points to relative to the outside folder or as written)
    "trang": ("content/leak.md", "{outside}/bi-mat.md"),
    "moi-truong": ("content/ke-hoach/2025/env.txt", "/proc/self/environ"),
    "thu-muc": ("content/ke-hoach/ngoai", "{outside}"),
    "dinh-kem": ("content/ke-hoach/2025/ban-ky.pdf", "{outside}/bi-mat.pdf"),
    "vong-lap": ("content/ke-hoach/loop", ".."),
}


@pytest.mark.parametrize("kind", sorted(LINKS))
def test_a_link_under_content_is_refused_and_never_followed(tmp_path, kind):
    project = copy_project(tmp_path / "p")
    outside = _outside(tmp_path)
    where, target = LINKS[kind]
    target = target.format(outside=outside)
    os.symlink(target, project / where)
    if kind == "dinh-kem":
        _attach(project, "ban-ky.pdf")
    checked = run_cli("check", cwd=project)
    assert checked.returncode == 1, checked.stdout
    expected = f"{where}: lỗi: là liên kết tượng trưng (symlink) đến «{target}»"
    assert any(line.startswith(expected) for line in checked.stdout.splitlines()), checked.stdout
    if kind == "dinh-kem":  # the plan's own check does not hash the target either
        assert "attachments.1.file: không tìm thấy tệp «ban-ky.pdf»" in checked.stdout
    built = run_cli("build", cwd=project)
    assert built.returncode == 1 and expected in built.stdout and "Traceback" not in built.stdout + built.stderr
    assert not (project / "site").exists()
    # Plain MkDocs (the plugin alone) refuses before it walks and copies the folder.
    out = tmp_path / "mkdocs-out"
    plain = _plain_mkdocs(project, out)
    assert plain.returncode == 1 and expected in plain.stderr and "Traceback" not in plain.stderr
    assert not _site_has(out, SECRET) and not _site_has(out, "PATH=")


def test_two_loops_end_in_a_message_at_once(tmp_path):
    project = copy_project(tmp_path / "p")
    os.symlink("..", project / "content/ke-hoach/loop")
    os.symlink("../..", project / "content/ke-hoach/2025/loop")
    expected = ("content/ke-hoach/2025/loop: lỗi: là liên kết tượng trưng (symlink) đến «../..», là thư mục chứa chính "
                "liên kết này (một vòng lặp)")
    for command in ("check", "build"):
        result = run_cli(command, cwd=project)  # before the fix: ELOOP, or running past any timeout
        assert result.returncode == 1, result.stdout + result.stderr
        assert expected in result.stdout
    # MkDocs' own walk follows links: the plugin must stop the build before it starts walking.
    plain = _plain_mkdocs(project, tmp_path / "out")
    assert plain.returncode == 1 and expected in plain.stderr


def test_a_link_named_on_the_command_line_is_not_read(tmp_path):
    project = copy_project(tmp_path / "p")
    outside = _outside(tmp_path)
    os.symlink(outside / "bi-mat.md", project / "content/leak.md")
    result = run_cli("check", "content/leak.md", cwd=project)
    assert result.returncode == 1 and "content/leak.md: lỗi: là liên kết tượng trưng" in result.stdout
    assert "nằm ngoài thư mục nội dung" in result.stdout and SECRET not in result.stdout


def test_a_link_inside_a_hidden_folder_still_stops_mkdocs_walk(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/.nhap").mkdir()
    os.symlink("../..", project / "content/.nhap/loop")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "content/.nhap/loop: lỗi: là liên kết tượng trưng" in result.stdout


def test_an_editor_lock_link_is_not_content(tmp_path):
    """Emacs marks a file being edited with a dangling link «.#name»: never published, so no error."""
    project = copy_project(tmp_path / "p")
    os.symlink("user@host.1234:1700000000", project / "content/ke-hoach/2025/.#hoang-hop-dan-van-chinh-quyen.md")
    result = run_cli("check", cwd=project)
    assert result.returncode == 0, result.stdout


def test_a_named_pipe_is_refused_not_read(tmp_path):
    project = copy_project(tmp_path / "p")
    os.mkfifo(project / "content/ke-hoach/2025/ong.md")  # reading it would wait for a writer for ever
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "content/ke-hoach/2025/ong.md: lỗi: không phải một tệp thông thường" in result.stdout


# -- item 3: only file types a browser does not run ---------------------------------------------
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>'


@pytest.mark.parametrize("name, data, words", [
    ("t.xht", b"<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>", "trình duyệt sẽ chạy nó"),
    ("t.xhtm", b"<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>", "trình duyệt sẽ chạy nó"),
    ("t.svgz", __import__("gzip").compress(SVG), "trình duyệt sẽ chạy nó"),
    ("T.SVG", SVG, "trình duyệt sẽ chạy nó"),
    ("chay.exe", b"MZ", "trang web chỉ đăng trang (.md)"),
    ("Makefile", b"all:\n", "«Makefile» (không có đuôi)"),
    # MkDocs renders these as pages, but the checks read ".md" only: published unchecked.
    ("trang.markdown", b"---\ntemplate: plan.html\n---\n", "hãy đổi tên thành «trang.md»"),
    ("TRANG.MD", b"x\n", "hãy đổi tên thành «TRANG.md»"),
])
def test_a_file_type_outside_the_allow_list_is_refused(tmp_path, name, data, words):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/2025" / name).write_bytes(data)
    result = run_cli("build", cwd=project)
    assert result.returncode == 1 and not (project / "site").exists()
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith(f"content/ke-hoach/2025/{name}:1: lỗi: tệp "))
    assert words in line, line


def test_the_usual_attachments_are_published(tmp_path):
    project = copy_project(tmp_path / "p")
    names = ["ban-ky.pdf", "anh-chup.JPG", "so-do.png", "bang-tong-hop.xlsx", "phu-luc.docx", "du-lieu.csv",
             "ho-so.zip", "thong-bao.mp3", "CNAME"]
    for name in names:
        (project / "content/ke-hoach/2025" / name).write_bytes(b"x")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout
    assert all((project / "site/ke-hoach/2025" / name).is_file() for name in names)


# -- item 4: messages, never tracebacks ---------------------------------------------------------
def _plan(project: Path, name: str, front: str = "", body: str = "Nội dung.\n", number: str = "12/KH-UBND") -> str:
    rel = f"content/ke-hoach/2025/{name}"
    (project / rel).write_text(SAMPLE_FRONT.replace("12/KH-UBND", number) + front + "---\n\n" + body, encoding="utf-8")
    return rel


def _fails_everywhere(project: Path, prefix: str, words: str = "") -> str:
    """check and build both exit 1 with a line starting with `prefix` (and holding `words`), and no
    traceback; returns it."""
    for command in ("check", "build"):
        result = run_cli(command, cwd=project)
        output = result.stdout + result.stderr
        assert result.returncode == 1 and "Traceback" not in output, output[-3000:]
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith(prefix) and words in ln), None)
        assert line is not None, result.stdout[-3000:]
    assert not (project / "site").exists()
    return line


def test_front_matter_nested_hundreds_deep(tmp_path):
    project = copy_project(tmp_path / "p")
    rel = _plan(project, "sau.md", "topics: " + "[" * 500 + "]" * 500 + "\n")
    line = _fails_everywhere(project, f"{rel}:9: lỗi: ")
    assert "front-matter lồng nhau quá 20 cấp" in line


@pytest.mark.parametrize("value, code", [("a\\ud800b", "U+D800"), ("a\\x1bb", "U+001B"), ("a\\x01", "U+0001"),
                                         ("\\u202eHĐND", "U+202E")])
def test_a_value_no_page_can_show_is_an_error(tmp_path, value, code):
    project = copy_project(tmp_path / "p")
    rel = _plan(project, "ky-tu.md")
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8").replace('"Kế hoạch thử"', f'"{value}"'), encoding="utf-8")
    line = _fails_everywhere(project, f"{rel}:2: lỗi: title: giá trị có ký tự ")
    assert f"({code}, " in line


def test_control_characters_in_the_text_are_errors_with_their_line(tmp_path):
    project = copy_project(tmp_path / "p")
    rel = _plan(project, "dieu-khien.md", body="Dòng một.\n\nDòng \x1b[31mđỏ\x01.\n")
    line = _fails_everywhere(project, f"{rel}:13: lỗi: dòng này có ký tự điều khiển")
    assert "U+001B" in line


def test_a_file_name_that_is_not_utf8(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/2025").joinpath(os.fsdecode(b"t\xffn.md")).write_text(
        SAMPLE_FRONT.replace("12/KH-UBND", "14/KH-UBND") + "---\n\nx\n", encoding="utf-8")
    line = _fails_everywhere(project, "content/ke-hoach/2025/t\\xffn.md: lỗi: tên có byte không phải mã UTF-8")
    assert "hãy đổi tên" in line


@pytest.mark.parametrize("body, line, words", [
    ("".join("    " * i + "- mục\n" for i in range(300)), 62, "thụt lề hơn 50 cấp"),
    (">" * 1000 + " x\n", 11, "trích dẫn «>» lồng nhau"),
    ("*" * 5000 + "x" + "*" * 5000 + "\n", 11, "dấu «*» hoặc «_» liền nhau"),
    ("<div>" * 3000 + "\n", 11, "thẻ HTML lồng nhau"),
    ("<div markdown>\n" * 400 + "x\n" + "</div>\n" * 400, 61, "thẻ HTML lồng nhau"),
])
def test_markdown_nested_beyond_what_python_markdown_renders(tmp_path, body, line, words):
    project = copy_project(tmp_path / "p")
    rel = _plan(project, "long-nhau.md", body=body)
    found = _fails_everywhere(project, f"{rel}:{line}: lỗi: văn bản có ")
    assert words in found


def test_history_cannot_carry_what_content_may_not(tmp_path):
    """A file committed without the checker and then removed: its last version is shown, read as
    strictly as content (a YAML alias is not expanded), and no control character of a commit
    message or of that version reaches a page or a feed."""
    from test_hardening import git

    project = copy_project(tmp_path / "p")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Đăng")
    bomb = "".join(f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 4))
    old = project / "content/ke-hoach/2025/cu.md"
    old.write_text('---\nl0: &l0 ["x"]\n' + bomb + "title: *l3\n---\n\nNội dung \x1b[31mcũ.\n", encoding="utf-8")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Thêm \x1b[31m văn bản")
    git(project, "rm", "-q", "content/ke-hoach/2025/cu.md")
    git(project, "commit", "-q", "-m", "Gỡ\x07")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (project / "site/go-bo/ke-hoach-2025-cu/index.html").read_text(encoding="utf-8")
    assert "['x', 'x'" not in page and "ke-hoach/2025/cu.md" in page  # the title is the path, not the expansion
    for path in (project / "site").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".ics", ".csv"):
            data = path.read_bytes()
            assert b"\x1b" not in data and b"\x07" not in data, path


# -- item 5: citation scanning in linear time, and a size limit -----------------------------------
def _best_of_two(text: str) -> float:
    import time

    from site_builder.model.citations import find_citations

    times = []
    for _ in range(2):
        start = time.perf_counter()
        find_citations(text)
        times.append(time.perf_counter() - start)
    return min(times)


def _list(unit: str, size: int) -> str:
    out, n, total = ["Chỉ thị số 1/CT-TTg"], 1, 0
    while total < size:
        out.append(unit.format(n=n))
        total, n = total + len(out[-1]), n + 1
    return "".join(out)


@pytest.mark.parametrize("make", [
    lambda size: _list("; số {n}/CT-TTg", size),  # the reported case: a list continuing one citation (218 s a MB)
    lambda size: _list(", {n}/QĐ-UBND", size),  # numbers sharing one type name
    lambda size: "Chỉ thị số 1/CT-TTg" + " " * size + ",",  # white space after a citation (regex backtracking)
    lambda size: "Chỉ thị số 1/CT-TTg;" + " " * size + "số:",
], ids=["list", "chain", "spaces-after-citation", "spaces-in-list-item"])
def test_citation_scanning_grows_linearly(make):
    """Four times the text must take about four times as long (quadratic: sixteen)."""
    small, large = _best_of_two(make(64_000)), _best_of_two(make(256_000))
    assert large < 9 * small + 0.05, (small, large)


def test_refs_reads_a_megabyte_of_hostile_list_in_seconds():
    body = "Chỉ thị số 1/CT-TTg" + "".join(f"; số {n}/CT-TTg" for n in range(2, 80_000))
    body = body.encode("utf-8")[: 1 << 20].decode("utf-8", "ignore")
    result = subprocess.run([*__import__("conftest").CLI, "refs", "-"], input=body, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0 and result.stdout.rstrip().endswith("trích dẫn.")


def test_refs_and_check_refuse_more_than_a_megabyte(tmp_path):
    path = tmp_path / "lon.md"
    path.write_text(SAMPLE_FRONT + "---\n\n" + "Nội dung. " * 120_000, encoding="utf-8")
    for command in ("refs", "check"):
        result = run_cli(command, str(path))
        assert result.returncode == 1 and f"{path}: lỗi: tệp lớn hơn 1 MB" in result.stdout, result.stdout


def test_a_plan_naming_hundreds_of_documents_is_refused_quickly(tmp_path):
    """Each cited document gets a page and a feed: 1 MB of numbers would make 66,000 of them."""
    project = copy_project(tmp_path / "p")
    body = "Căn cứ các Quyết định số 1/QĐ-UBND" + "".join(f", {n}/QĐ-UBND" for n in range(2, 700)) + " của UBND tỉnh.\n"
    rel = _plan(project, "danh-sach.md", body=body)
    result = run_cli("check", cwd=project, env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert result.returncode == 1
    assert f"{rel}:11: lỗi: văn bản trích dẫn hơn 500 số, ký hiệu khác nhau" in result.stdout


def _seconds(work) -> float:
    import time

    times = []
    for _ in range(2):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _linking(count: int):
    """The citation-linking tree processor over one paragraph of `count` elements, each followed by a citation."""
    import xml.etree.ElementTree as etree

    import markdown

    from site_builder.render.markdown_ext import CitationLinks

    ext = CitationLinks()
    ext.targets = {"33/CT-TTg": [(None, "../../van-ban/33-ct-ttg-2021/")]}
    md = markdown.Markdown(extensions=[ext])
    processor = md.treeprocessors["site_builder_citations"]

    def work():
        root = etree.Element("div")
        paragraph = etree.SubElement(root, "p")
        for _ in range(count):
            etree.SubElement(paragraph, "em").tail = " theo Chỉ thị số 33/CT-TTg; "
        processor.run(root)
        assert len(paragraph) == 2 * count

    return work


def _issuer(spaces: int):
    """The issuing body of a local citation, stated with a long run of spaces (the suffix pattern backtracked)."""
    from site_builder.model.citations import canonical_symbol
    from site_builder.model.identity import resolve_body
    from site_builder.model.plans import Locality

    return lambda: resolve_body.__wrapped__("UBND xã A" + " " * spaces + "B", canonical_symbol("1/KH-UBND"), Locality())


@pytest.mark.parametrize("work", [
    lambda n: (lambda: __import__("site_builder.check.safety").safety.scan("<" * n)),  # a "<" never closed, on one line
    lambda n: _linking(n // 40),  # an element's position was looked up for every link
    lambda n: _issuer(n // 20),
], ids=["secrecy-scan", "citation-links", "issuer-spaces"])
def test_other_scans_of_a_plan_grow_linearly(work):
    small, large = _seconds(work(100_000)), _seconds(work(400_000))
    assert large < 9 * small + 0.05, (small, large)


def test_a_paragraph_too_long_to_render(tmp_path):
    """Python-Markdown rewrites a paragraph for each emphasis in it: 256 KB of them took 22 s."""
    project = copy_project(tmp_path / "p")
    rel = _plan(project, "doan-dai.md", body="*a* " * 10_000 + "\n")
    found = _fails_everywhere(project, f"{rel}:11: lỗi: đoạn văn kết thúc ở dòng này dài hơn 32 KB")
    assert "Hãy tách đoạn bằng một dòng trống" in found


# -- item 6: every generated address is claimed once ----------------------------------------------
def _named(i: int, province: str, issuer: str, tasks: int = 0) -> str:
    items = "".join(f'  - {{id: "{i}-{t}", task: "Việc {t}", lead: "Trang 2", due: 2024-0{t % 9 + 1}-01}}\n'
                    for t in range(tasks))
    return (f'---\ntitle: "Kế hoạch {i}"\ndoc_type: "Kế hoạch"\nnumber: "{i + 1}/KH-UBND"\nissuer: "{issuer}"\n'
            f'issued: 2025-01-02\nlocality: {{province: "{province}"}}\n' + (f"tasks:\n{items}" if tasks else "")
            + "---\n\nNội dung.\n")


def test_names_cannot_take_the_address_of_a_listing_page(tmp_path):
    """A province, an issuer and a unit named «Trang 2» beside listings long enough to have a page 2,
    and a province named «Chưa rõ địa bàn» beside plans that name none."""
    from site_builder.render import listings
    from site_builder.stage.pipeline import load_site
    from site_builder.model.settings import Settings

    content = tmp_path / "content"
    (content / "ke-hoach").mkdir(parents=True)
    for i in range(6):
        (content / "ke-hoach" / f"k{i}.md").write_text(_named(i, f"Tỉnh {i}", f"UBND xã {i}", tasks=2), encoding="utf-8")
    (content / "ke-hoach" / "trang-2.md").write_text(_named(10, "Trang 2", "Trang 2", tasks=2), encoding="utf-8")
    (content / "ke-hoach" / "chua-ro.md").write_text(_named(11, "Chưa rõ địa bàn", "UBND xã Y"), encoding="utf-8")
    (content / "ke-hoach" / "khong-ro.md").write_text(_named(12, "", "UBND xã Z").replace('province: ""', ""),
                                                      encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(listings, "PER_PAGE", 5)
        site = load_site(Settings(content, "thử"), today=__import__("datetime").date(2025, 6, 1))
    assert not site.diagnostics.errors, [d.format() for d in site.diagnostics.errors]
    pages = {p.src_uri: p.markdown for p in site.pages}
    assert len(pages) == len(site.pages)  # one page per address
    for listing in ("han-chot", "dia-ban", "co-quan"):
        assert "(trang 2/" in pages[f"{listing}/trang-2/index.md"].split("\n", 3)[1], listing  # page 2 of the list
        assert f"{listing}/trang--2/index.md" in pages, listing  # the name's own page
    assert "don-vi/trang--2/trang--2/index.md" in pages
    assert "Chưa rõ địa bàn" in pages["dia-ban/chua--ro-dia-ban/index.md"]
    assert "Văn bản chưa rõ tỉnh/thành phố" in pages["dia-ban/chua-ro-dia-ban/index.md"]


def test_a_second_claim_of_an_address_is_an_error_naming_both():
    from site_builder.check.addresses import Claim, check_claims
    from site_builder.model.diagnostics import Diagnostics

    diags = Diagnostics()
    check_claims([Claim("han-chot/trang-2/index.html", "trang tự tạo «han-chot/trang-2/index.md»"),
                  Claim("han-chot/trang-2/index.html", "trang tự tạo «han-chot/trang-2/index.md» (tỉnh)")], "content", diags)
    assert [d.format() for d in diags.items] == [
        "content: lỗi: trang tự tạo «han-chot/trang-2/index.md» (tỉnh) có cùng địa chỉ «/han-chot/trang-2/» với trang "
        "tự tạo «han-chot/trang-2/index.md»; đây là lỗi của site-builder, hãy báo cho người phát triển."]


@pytest.mark.parametrize("rel, data, words", [
    # The plan «x.md» has its data beside its page: ke-hoach/2025/x/index.json and han-chot.ics.
    ("ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.json.md", b"# x\n", "vừa là tệp tự tạo"),
    ("data/plans.csv", b"a,b\n", "cùng địa chỉ «/data/plans.csv» với tệp tự tạo «data/plans.csv»"),
    ("nam/README.md", b"# Trang ghi de\n", "cùng địa chỉ «/nam/» với trang tự tạo «nam/index.md»"),
])
def test_content_cannot_take_or_shadow_a_generated_address(tmp_path, rel, data, words):
    project = copy_project(tmp_path / "p")
    (project / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
    (project / "content" / rel).write_bytes(data)
    _fails_everywhere(project, f"content/{rel}:1: lỗi: ", words)


# -- item 8: addresses in the open data are URLs ------------------------------------------------
ODD_NAMES = ("a#b", "a%20b", "kế hoạch xã", "a?b")


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("odd"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir:", "site_url: https://xa.example.vn/\ndocs_dir:"),
                      encoding="utf-8")
    folder = project / "content/ke-hoach/2025"
    for i, name in enumerate(ODD_NAMES):
        (folder / f"{name} bản ký.pdf").write_bytes(b"%PDF-1.4\n")
        (folder / f"{name}.md").write_text(SAMPLE_FRONT.replace("12/KH-UBND", f"{i + 30}/KH-UBND") + (
            f'attachments: [{{file: "{name} bản ký.pdf"}}]\n'
            f'tasks:\n  - {{id: "a", task: "Báo cáo", lead: "Văn phòng", due: 2025-09-30, '
            f'updates: [{{date: 2025-02-01, evidence: "{name} bản ký.pdf"}}]}}\n'
            "---\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n"), encoding="utf-8")
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": "1748736000"})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def _served(site: Path, url: str) -> Path:
    """The file a static server answers `url` (a site path or an absolute URL of the site) with."""
    from urllib.parse import unquote, urlsplit

    path = unquote(urlsplit(url).path.removeprefix("/").removeprefix("https://xa.example.vn/"))
    return site / path / "index.html" if path.endswith("/") or not path else site / path


def test_open_data_writes_addresses_as_urls(odd_site):
    import json
    import re
    from urllib.parse import quote

    plans = {p["source"]: p for p in json.loads((odd_site / "data/plans.json").read_text(encoding="utf-8"))["plans"]}
    for name in ODD_NAMES:
        record = plans[f"ke-hoach/2025/{name}.md"]
        assert record["url"] == quote(f"ke-hoach/2025/{name}/"), record["url"]
        assert record["absolute_url"] == "https://xa.example.vn/" + record["url"]
        assert _served(odd_site, record["url"]).is_file()
        attachment = record["attachments"][0]["url"]
        assert attachment == quote(f"ke-hoach/2025/{name} bản ký.pdf") and _served(odd_site, attachment).is_file()
        assert record["tasks"][0]["plan"] == record["url"]
    directives = json.loads((odd_site / "data/directives.json").read_text(encoding="utf-8"))
    citing = {c["url"] for d in directives for c in d["citing"]}
    assert {quote(f"ke-hoach/2025/{name}/") for name in ODD_NAMES} <= citing
    feed = (odd_site / "feed.xml").read_text(encoding="utf-8")
    hrefs = re.findall(r'<link [^>]*href="([^"]+)"', feed)
    assert all(_served(odd_site, h).is_file() for h in hrefs if h.startswith("https://xa.example.vn/ke-hoach/2025/"))
    assert "a#b/" not in feed and "a%20b/" not in feed and "kế hoạch xã/" not in feed
    calendar = (odd_site / "data/han-chot.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    urls = re.findall(r"^URL(?:;[^:]*)?:(.+)$", calendar, re.M)
    assert len(urls) >= len(ODD_NAMES)
    for url in urls:
        assert " " not in url and _served(odd_site, url.split("#")[0]).is_file(), url
    tasks = (odd_site / "data/tasks.csv").read_text(encoding="utf-8-sig")
    assert all(quote(f"ke-hoach/2025/{n}/") in tasks
               for n in ODD_NAMES)


def test_plan_pages_link_their_files_by_url(odd_site):
    import re

    for name in ODD_NAMES:
        page = _served(odd_site, __import__("urllib.parse").parse.quote(f"ke-hoach/2025/{name}/"))
        html = page.read_text(encoding="utf-8")
        links = [h for h in re.findall(r'href="([^"]+)"', html) if "b%E1%BA%A3n%20k%C3%BD" in h or "han-chot.ics" in h]
        assert len(links) >= 3, links  # the attachment, the evidence of the task, the calendar
        for href in links:
            if href.startswith(("https://", "webcal://")):  # a calendar subscription (site_url is set)
                target = _served(odd_site, "https://" + href.split("://", 1)[1])
            else:
                target = (page.parent / __import__("urllib.parse").parse.unquote(href)).resolve()
            assert target.is_file(), href


def test_a_symbol_twice_in_the_registry_is_an_error(tmp_path):
    project = copy_project(tmp_path / "p")
    registry = project / "content/van-ban-can-cu.yml"
    text = registry.read_text(encoding="utf-8")
    lines = text.count("\n")
    registry.write_text(text + '\n- symbol: "30c/NQ-CP"\n  issued: 2011-11-08\n  title: "Trích yếu khác"\n', encoding="utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert (f"content/van-ban-can-cu.yml:{lines + 2}: lỗi: symbol: văn bản «30c/NQ-CP» đã có trong danh mục ở dòng 11"
            in result.stdout), result.stdout[-2000:]
