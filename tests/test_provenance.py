"""History from git (with links to each commit), removed, withdrawn and replaced plans and the
integrity manifest, on a real repository made in the test: add, edit with a change note, delete,
build, and check it all."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import copy_project, run_cli

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Cán bộ", "GIT_AUTHOR_EMAIL": "can-bo@example.invalid",
    "GIT_COMMITTER_NAME": "Cán bộ", "GIT_COMMITTER_EMAIL": "can-bo@example.invalid",
}


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, **GIT_ENV}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env).stdout


HOANG_HOP = "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"
VINH_LINH = "content/ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md"
CHO_CHUA = "content/ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen.md"
# Where the repository is browsed; the trailing slash must not double in the commit links.
REPO_URL = "https://example.invalid/xa-thu/ke-hoach/"
NEW_PLAN = "content/ke-hoach/2025/ke-hoach-moi.md"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    repo = copy_project(tmp_path_factory.mktemp("repo"))
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: site\n", f"site_dir: site\nrepo_url: {REPO_URL}\n"),
                      encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Đăng năm kế hoạch đầu tiên", date="2025-02-01T09:00:00+07:00")

    (repo / NEW_PLAN).write_text("""---
title: "Kế hoạch sẽ bị gỡ"
doc_type: "Kế hoạch"
number: "99/KH-UBND"
issuer: "UBND xã Thử"
issued: 2025-03-01
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.
""", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Thêm kế hoạch 99/KH-UBND", date="2025-03-02T09:00:00+07:00")

    plan = repo / HOANG_HOP
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('topics: ["dân vận chính quyền"]\n', 'topics: ["dân vận chính quyền"]\nchange_note: "Bổ sung chủ đề và sửa lỗi trình bày."\n'), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Sửa kế hoạch Hoằng Hợp", date="2025-04-10T09:00:00+07:00")

    git(repo, "rm", "-q", NEW_PLAN)
    git(repo, "commit", "-q", "-m", "Gỡ kế hoạch 99/KH-UBND vì đăng nhầm", date="2025-05-20T09:00:00+07:00")

    replaced = repo / CHO_CHUA
    replaced.write_text(replaced.read_text(encoding="utf-8").replace(
        'topics: ["quy chế dân chủ ở cơ sở", "dân vận chính quyền"]\n',
        'topics: ["quy chế dân chủ ở cơ sở", "dân vận chính quyền"]\nstatus: "replaced"\n'
        'status_reason: "Ban hành lại theo Luật Thực hiện dân chủ ở cơ sở."\nreplaced_by: "20/KH-UBND"\n'), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Kế hoạch Chợ Chùa đã được thay thế", date="2025-05-25T09:00:00+07:00")

    withdrawn = repo / VINH_LINH
    withdrawn.write_text(withdrawn.read_text(encoding="utf-8").replace(
        'topics: ["công tác dân vận"]\n',
        'topics: ["công tác dân vận"]\nstatus: "withdrawn"\nstatus_reason: "Thu hồi để ban hành lại sau Đại hội."\n'), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Thu hồi kế hoạch Vĩnh Linh", date="2025-06-01T09:00:00+07:00")

    result = run_cli("build", cwd=repo, env={"SOURCE_DATE_EPOCH": "1751328000"})  # 2025-07-01
    assert result.returncode == 0, result.stdout + result.stderr
    return repo


def html(repo: Path, url: str) -> str:
    return (repo / "site" / url / "index.html").read_text(encoding="utf-8")


def test_history_lists_every_change_with_notes(repo):
    page = html(repo, "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen")
    assert "Đăng lần đầu ngày <time datetime=\"2025-02-01T09:00:00+07:00\">01/02/2025</time>" in page
    assert "cập nhật lần cuối ngày <time datetime=\"2025-04-10T09:00:00+07:00\">10/04/2025</time>" in page
    assert "Bổ sung chủ đề và sửa lỗi trình bày." in page and "Đăng lần đầu" in page
    # Commit messages are for the people who keep the repository (issue 20).
    assert "Sửa kế hoạch Hoằng Hợp" not in page and "Đăng năm kế hoạch đầu tiên" not in page
    short = git(repo, "log", "-1", "--format=%h", "--", HOANG_HOP).strip()
    assert f"<code>{short}</code>" in page


def test_removed_plan_is_listed_with_its_removal_commit(repo):
    page = html(repo, "go-bo")
    assert "Kế hoạch sẽ bị gỡ" in page and "99/KH-UBND" in page
    assert "20/05/2025" in page and "Gỡ kế hoạch 99/KH-UBND vì đăng nhầm" not in page
    removal = git(repo, "log", "-1", "--format=%h", "--diff-filter=D", "--", NEW_PLAN).strip()
    assert removal in page
    last = html(repo, "go-bo/ke-hoach-2025-ke-hoach-moi")
    assert "Văn bản đã gỡ bỏ" in last and "Thực hiện" in last and "33/CT-TTg" in last


def test_withdrawn_plan_stays_online_with_a_banner(repo):
    page = html(repo, "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van")
    assert "Đã thu hồi" in page and "Thu hồi để ban hành lại sau Đại hội." in page
    assert "công tác dân vận năm 2025" in page


def test_replaced_plan_stays_online_and_names_its_replacement(repo):
    page = html(repo, "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen")
    banner = page[page.index('class="admonition warning sb-status"'):]
    banner = banner[:banner.index("</div>")]
    assert "Đã được thay thế" in banner and "Đã thu hồi" not in banner
    assert "Ban hành lại theo Luật Thực hiện dân chủ ở cơ sở." in banner
    assert "Văn bản thay thế: <strong>20/KH-UBND</strong>" in banner
    assert "Thực hiện quy chế dân chủ ở cơ sở" in page  # the text itself stays
    plans = json.loads((repo / "site" / "data" / "plans.json").read_text(encoding="utf-8"))["plans"]
    record = next(p for p in plans if p["source"] == CHO_CHUA.removeprefix("content/"))
    assert (record["status"], record["status_reason"], record["replaced_by"]) == (
        "replaced", "Ban hành lại theo Luật Thực hiện dân chủ ở cơ sở.", "20/KH-UBND")
    in_force = [p for p in plans if p["source"] not in (CHO_CHUA.removeprefix("content/"), VINH_LINH.removeprefix("content/"))]
    assert in_force and all(p["status"] is None and p["replaced_by"] is None for p in in_force)
    assert "sb-status" not in html(repo, "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen")


def test_each_change_links_to_its_commit_in_the_repository(repo):
    page = html(repo, "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen")
    commits = git(repo, "log", "--format=%H %h", "--", HOANG_HOP).split("\n")
    assert len([c for c in commits if c]) == 2
    for full, short in (line.split() for line in commits if line):
        assert f'<a href="{REPO_URL}commit/{full}"><code>{short}</code></a>' in page
    assert page.count(f'href="{REPO_URL}commit/') == 2  # no link to a commit that did not touch the plan


def test_every_page_says_when_it_was_published_or_built(repo):
    site = repo / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    silent = []
    for rel in pages:
        page = (site / rel).read_text(encoding="utf-8")
        if not re.search(r"Đăng lần đầu ngày <time datetime=\"[^\"]+\">\d\d/\d\d/\d{4}</time>", page) and \
                "Trang này được tạo tự động từ các văn bản trên trang; cập nhật ngày" not in page:
            silent.append(rel)
    # The theme's two static templates hold nothing from the content: no date to give.
    assert silent == ["404.html", "tim-kiem/index.html"], silent
    assert len(pages) > 50
    assert "Trang này được tạo tự động" in html(repo, "nam") and "01/07/2025" in html(repo, "nam")


def test_manifest_hashes_match_the_files(repo):
    site = repo / "site"
    manifest = json.loads((site / "data" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["commit"] == git(repo, "rev-parse", "HEAD").strip()
    assert manifest["built_at"] == "2025-07-01T07:00:00+07:00"  # the SOURCE_DATE_EPOCH instant, in Việt Nam
    for rel, sha in manifest["pages"].items():
        assert hashlib.sha256((site / rel).read_bytes()).hexdigest() == sha, rel
    for rel, sha in manifest["sources"].items():
        assert hashlib.sha256((repo / rel).read_bytes()).hexdigest() == sha, rel
    assert "index.html" in manifest["pages"] and HOANG_HOP in manifest["sources"]
    # Every file is listed, whatever its kind (search index, feeds, calendars, assets, attachments),
    # except the three lists themselves; a file left out could be changed unnoticed.
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    lists = {"data/manifest.json", "data/SHA256SUMS", "data/SHA256SUMS-nguon"}
    assert set(manifest["pages"]) == files(site) - lists
    assert {rel.rsplit("/", 1)[-1].rpartition(".")[2] for rel in manifest["pages"]} >= {"html", "json", "js", "css", "xml", "ics", "csv"}
    assert set(manifest["sources"]) == {"content/" + rel for rel in files(repo / "content")}
    sums = (site / "data" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert {line.split("  ", 1)[1] for line in sums} == set(manifest["pages"])
    sources = (site / "data" / "SHA256SUMS-nguon").read_text(encoding="utf-8").splitlines()
    assert {line.split("  ", 1)[1] for line in sources} == set(manifest["sources"])
    # The documented one-liners, with standard tools only.
    subprocess.run(["sha256sum", "--quiet", "-c", "data/SHA256SUMS"], cwd=site, check=True)
    subprocess.run(["sha256sum", "--quiet", "-c", "site/data/SHA256SUMS-nguon"], cwd=repo, check=True)


def test_build_outside_git_says_so_and_still_works(tmp_path):
    project = copy_project(tmp_path / "p")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html").read_text(encoding="utf-8")
    assert "Không có lịch sử thay đổi" in page


def test_attachment_is_linked_with_size_and_hash(tmp_path):
    project = copy_project(tmp_path / "p")
    pdf = project / "content/ke-hoach/2025/hoang-hop-ban-ky.pdf"
    pdf.write_bytes(b"%PDF-1.4 ban ky so\n")
    plan = project / HOANG_HOP
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        'topics: ["dân vận chính quyền"]\n',
        'topics: ["dân vận chính quyền"]\nattachments: [{file: "hoang-hop-ban-ky.pdf", title: "Bản có chữ ký"}]\n'), encoding="utf-8")
    assert run_cli("build", cwd=project).returncode == 0
    page = (project / "site/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html").read_text(encoding="utf-8")
    assert 'href="../hoang-hop-ban-ky.pdf"' in page and "Bản có chữ ký" in page
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() in page and "19 byte" in page
    assert (project / "site/ke-hoach/2025/hoang-hop-ban-ky.pdf").read_bytes() == pdf.read_bytes()

    plan.write_text(plan.read_text(encoding="utf-8").replace("hoang-hop-ban-ky.pdf", "khong-co.pdf"), encoding="utf-8")
    broken = run_cli("check", cwd=project)
    assert broken.returncode == 1 and "attachments.1.file: không tìm thấy tệp «khong-co.pdf»" in broken.stdout


def test_open_data_matches_the_pages(repo):
    import csv
    import io
    import re
    import xml.etree.ElementTree as ET

    site = repo / "site"
    data = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))
    assert data["count"] == len(data["plans"]) == 5
    for plan in data["plans"]:
        page = (site / plan["url"] / "index.html").read_text(encoding="utf-8")
        assert re.search(rf"<h1[^>]*>{re.escape(plan['title'])}</h1>", page), plan["url"]
        beside = json.loads((site / plan["url"] / "index.json").read_text(encoding="utf-8"))
        assert beside["title"] == plan["title"] and beside["url"] == plan["url"]
    hoang_hop = next(p for p in data["plans"] if p["url"] == "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/")
    assert hoang_hop["history"]["first_published"].startswith("2025-02-01")
    assert any(c["note"] == "Bổ sung chủ đề và sửa lỗi trình bày." for c in hoang_hop["history"]["changes"])
    withdrawn = next(p for p in data["plans"] if p["url"] == "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van/")
    assert withdrawn["status"] == "withdrawn"

    raw = (site / "data" / "plans.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sorted(r["title"] for r in rows) == sorted(p["title"] for p in data["plans"])

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 5
    newest = entries[0]
    assert newest.find(f"{atom}title").text == "công tác dân vận năm 2025"  # last changed: withdrawn on 01/06
    assert "Bổ sung chủ đề" in ET.tostring(feed, encoding="unicode")
    for entry in entries:
        href = entry.find(f"{atom}link").get("href")
        assert (site / href.strip("/") / "index.html").is_file() or href.startswith("http"), href
    assert "plans.csv" in (site / "du-lieu-mo" / "index.html").read_text(encoding="utf-8")


def test_serve_rebuilds_read_git_history_once_per_commit(tmp_path, monkeypatch):
    """`mkdocs serve` loads the configuration again for every rebuild; the plugin must be the same
    instance each time (it defines on_startup), so history is read again only when HEAD moves."""
    from mkdocs.config import load_config

    import site_builder.load.history as history_module

    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Đăng", date="2025-02-01T09:00:00+07:00")
    reads = []
    real = history_module.read_history
    monkeypatch.setattr(history_module, "read_history", lambda path: reads.append(path) or real(path))

    def rebuild_history():
        config = load_config(config_file=str(project / "mkdocs.yml"))
        plugin = config.plugins["site-builder"]
        return plugin, plugin._history(config)

    first, history = rebuild_history()
    second, again = rebuild_history()
    assert second is first and again is history and len(reads) == 1
    (project / HOANG_HOP).write_text((project / HOANG_HOP).read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "Sửa", date="2025-03-01T09:00:00+07:00")
    _, after = rebuild_history()
    latest = git(project, "rev-parse", "HEAD").strip()
    assert len(reads) == 2 and [c.commit for c in after.changes_of(HOANG_HOP.removeprefix("content/"))][:1] == [latest]


def test_a_clone_at_the_same_commit_gets_its_own_history(tmp_path):
    """Two checkouts of one commit share HEAD but not their folder: the instance kept across builds
    must not hand the first one's history (its root, its file times) to the second."""
    from mkdocs.config import load_config

    first = copy_project(tmp_path / "first")
    git(first, "init", "-q", "-b", "main")
    git(first, "add", ".")
    git(first, "commit", "-q", "-m", "Đăng", date="2025-02-01T09:00:00+07:00")
    subprocess.run(["git", "clone", "-q", str(first), str(tmp_path / "second")], check=True)
    histories = []
    for project in (first, tmp_path / "second"):
        config = load_config(config_file=str(project / "mkdocs.yml"))
        histories.append(config.plugins["site-builder"]._history(config))
    assert histories[0].head == histories[1].head
    assert histories[1].root.resolve() == (tmp_path / "second").resolve()


def test_a_second_project_in_the_same_process_sees_nothing_of_the_first(tmp_path):
    """The plugin instance outlives a build (on_startup); a later build of another project, even with
    the plugin disabled, must read its own pages, not the sources the first build validated."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    first = copy_project(tmp_path / "first")
    build(load_config(config_file=str(first / "mkdocs.yml"), site_dir=str(tmp_path / "site-1")))
    second = copy_project(tmp_path / "second")
    (second / "content/gioi-thieu.md").write_text("# Trang khác\n\nNội dung của dự án thứ hai.\n", encoding="utf-8")
    config = second / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("plans_dir: ke-hoach", "plans_dir: ke-hoach\n      enabled: false"),
                      encoding="utf-8")
    build(load_config(config_file=str(config), site_dir=str(tmp_path / "site-2")))
    assert "Nội dung của dự án thứ hai." in (tmp_path / "site-2/gioi-thieu/index.html").read_text(encoding="utf-8")
