"""The preview an official keeps open while editing (`site-builder serve`): after the first build, a
save re-checks only the saved file and re-renders only the pages whose inputs changed, and the
result is the page a full build would give. Driven the way `mkdocs serve --dirty` drives a build:
one plugin instance (on_startup), the configuration loaded again, `build(dirty=True)` into the same
folder."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from conftest import REPO, SAMPLE_FRONT, copy_project, run_cli
from site_builder.model.paths import page_url, url_path
from site_builder.model.site_map import DIRECTIVES_JSON, PLANS_JSON

HOANG_HOP = "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"
VINH_LINH = "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md"
NEW_PLAN = "ke-hoach/2025/ke-hoach-moi-trong-luc-xem-truoc.md"
URL = "http://127.0.0.1:8000/"


class Preview:
    def __init__(self, project, site):
        self.project, self.site = project, site
        config = self.config()
        self.plugin = config.plugins["site-builder"]
        config.plugins.on_startup(command="serve", dirty=True)

    def config(self):
        config = load_config(config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.site))
        config.site_url = URL
        return config

    def build(self):
        build(self.config(), serve_url=URL, dirty=True)
        self.plugin._wait_background()

    def page(self, rel: str):
        return self.site / rel.removesuffix(".md") / "index.html"

    def html(self, rel: str) -> str:
        return self.page(rel).read_text(encoding="utf-8")

    def stamps(self, pattern: str = "*.html") -> dict[str, int]:
        return {p.relative_to(self.site).as_posix(): p.stat().st_mtime_ns for p in self.site.rglob(pattern)}


@pytest.fixture()
def preview(tmp_path):
    project = copy_project(tmp_path / "project")
    view = Preview(project, tmp_path / "preview")
    view.build()
    yield view
    view.config().plugins.on_shutdown()


def _edit(project, rel: str, old: str, new: str) -> None:
    path = project / "content" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_saved_plan_is_rendered_again_and_nothing_else(preview):
    before = preview.stamps()
    time.sleep(0.01)  # file times must be able to differ
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nMột câu vừa thêm khi xem trước.\n", encoding="utf-8")
    preview.build()
    after = preview.stamps()
    rewritten = sorted(rel for rel in after if after[rel] != before.get(rel))
    assert "Một câu vừa thêm khi xem trước." in preview.html(HOANG_HOP)
    # The plan's page, the theme's own templates (search page, 404) and the pages of the navigation
    # (MkDocs reads their titles only when it renders them) — not the other 130 pages.
    nav = {page_url(src) + "index.html" for src in _nav_sources(yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])}
    assert set(rewritten) - nav == {HOANG_HOP.removesuffix(".md") + "/index.html", "404.html", "tim-kiem/index.html"}
    assert len(after) > 100
    assert set(after) == set(before)
    # Each page MkDocs wrote still carries the security policy (given per page while serving).
    assert 'http-equiv="Content-Security-Policy"' in preview.html(HOANG_HOP)


def _nav_sources(items) -> list[str]:
    found = []
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found += _nav_sources(value) if isinstance(value, list) else [value]
    return found


def test_a_rebuild_with_nothing_changed_writes_no_data_file(preview):
    before = preview.stamps("*")
    time.sleep(0.01)
    preview.build()
    after = preview.stamps("*")
    # The search index (with its script and style) and the manifest are made again in the background;
    # the pages of the navigation and the theme's templates (sitemap too) are rendered every time.
    again = ("pagefind", "assets/sb-search.", "data/manifest.json", "data/SHA256SUMS", "sitemap.xml")
    rewritten = {rel for rel in after if after[rel] != before.get(rel) and not rel.startswith(again)}
    assert rewritten and all(rel.endswith(".html") for rel in rewritten), rewritten
    assert len(rewritten) < 20


def test_an_attachment_replaced_or_removed(preview):
    import hashlib
    import os

    folder = preview.project / "content" / "ke-hoach" / "2025"
    pdf = folder / "hoang-hop-ban-ky.pdf"
    pdf.write_bytes(b"%PDF-1.4 ban moi nhat\n")
    _edit(preview.project, HOANG_HOP, 'topics: ["dân vận chính quyền"]\n',
          'topics: ["dân vận chính quyền"]\nattachments: [{file: "hoang-hop-ban-ky.pdf", title: "Bản có chữ ký"}]\n')
    preview.build()
    served = preview.site / "ke-hoach" / "2025" / "hoang-hop-ban-ky.pdf"
    assert served.read_bytes() == pdf.read_bytes()
    # A scan saved before the last copy (moved in, its time kept): still the file now in content/.
    older = folder / "cu.pdf"
    older.write_bytes(b"%PDF-1.4 ban quet cu hon\n")
    os.utime(older, (1_600_000_000, 1_600_000_000))
    older.replace(pdf)
    preview.build()
    assert served.read_bytes() == pdf.read_bytes()
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() in preview.html(HOANG_HOP)
    # Removed from the plan and from the folder: gone from the preview too.
    _edit(preview.project, HOANG_HOP, 'attachments: [{file: "hoang-hop-ban-ky.pdf", title: "Bản có chữ ký"}]\n', "")
    pdf.unlink()
    preview.build()
    assert not served.exists()


def test_a_new_title_reaches_every_page_that_shows_it(preview):
    _edit(preview.project, VINH_LINH, 'title: "', 'title: "Đã sửa trong lúc xem trước: ')
    preview.build()
    assert "Đã sửa trong lúc xem trước" in preview.html(VINH_LINH)
    home = (preview.site / "index.html").read_text(encoding="utf-8")
    assert "Đã sửa trong lúc xem trước" in home
    directive = next(p for p in (preview.site / "van-ban").rglob("index.html") if "33-ct-ttg" in p.parent.name)
    assert "Đã sửa trong lúc xem trước" in directive.read_text(encoding="utf-8")
    assert "Đã sửa trong lúc xem trước" in (preview.site / "data" / "plans.json").read_text(encoding="utf-8")


def test_a_new_plan_appears_and_a_deleted_one_disappears(preview):
    text = SAMPLE_FRONT + "---\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 15/11/2023 của Thủ tướng Chính phủ.\n"
    (preview.project / "content" / NEW_PLAN).write_text(text, encoding="utf-8")
    preview.build()
    assert preview.page(NEW_PLAN).is_file()
    assert preview.page(NEW_PLAN).with_name("index.json").is_file()
    assert "Kế hoạch thử" in (preview.site / "index.html").read_text(encoding="utf-8")
    (preview.project / "content" / NEW_PLAN).unlink()
    preview.build()
    assert not preview.page(NEW_PLAN).parent.exists()  # the page and its JSON are gone
    assert "Kế hoạch thử" not in (preview.site / "index.html").read_text(encoding="utf-8")


def test_an_error_stops_the_rebuild_and_the_fix_brings_the_page_back(preview, caplog):
    _edit(preview.project, HOANG_HOP, "issued: ", "issued: 2025-02-30 #")
    with pytest.raises(Abort):
        preview.build()
    assert "issued" in caplog.text and HOANG_HOP in caplog.text
    _edit(preview.project, HOANG_HOP, "issued: 2025-02-30 #", "issued: ")
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nCâu sau khi sửa lỗi.\n", encoding="utf-8")
    preview.build()
    assert "Câu sau khi sửa lỗi." in preview.html(HOANG_HOP)


def test_a_plan_deleted_after_a_failed_build_leaves_no_page(preview):
    _edit(preview.project, HOANG_HOP, "issued: ", "issued: 2025-02-30 #")
    with pytest.raises(Abort):
        preview.build()
    (preview.project / "content" / VINH_LINH).unlink()
    _edit(preview.project, HOANG_HOP, "issued: 2025-02-30 #", "issued: ")
    preview.build()
    assert not preview.page(VINH_LINH).parent.exists()
    assert not any("vinh-linh" in p.as_posix() for p in preview.site.rglob("*.html"))


def test_a_link_is_rewritten_when_its_target_appears(preview):
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nXem [quy chế](../../quy-che.md).\n", encoding="utf-8")
    preview.build()
    assert 'href="../../quy-che.md"' in preview.html(HOANG_HOP)  # not a page yet: MkDocs leaves it
    (preview.project / "content" / "quy-che.md").write_text("# Quy chế\n\nNội dung.\n", encoding="utf-8")
    preview.build()
    assert 'href="../../../quy-che/"' in preview.html(HOANG_HOP)


def test_a_navigation_title_read_from_its_page(tmp_path):
    """A nav entry without a title shows the page's own: MkDocs knows it only for pages it renders."""
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - Giới thiệu: gioi-thieu.md", "  - gioi-thieu.md"),
                      encoding="utf-8")
    view = Preview(project, tmp_path / "preview")
    try:
        view.build()
        path = project / "content" / HOANG_HOP
        path.write_text(path.read_text(encoding="utf-8") + "\nThêm.\n", encoding="utf-8")
        view.build()
        assert ">None<" not in view.html(HOANG_HOP).replace(" ", "").replace("\n", "")
        _edit(project, "gioi-thieu.md", "title: Giới thiệu", "title: Trang giới thiệu mới")
        view.build()
        assert "Trang giới thiệu mới" in view.html(VINH_LINH)  # a page not edited shows the new title in its nav
        # Its text alone is not what other pages show: they are not rendered again.
        before = view.stamps()
        time.sleep(0.01)
        _edit(project, "gioi-thieu.md", "\n# ", "\nMột câu mở đầu.\n\n# ")
        view.build()
        assert view.stamps()[VINH_LINH.removesuffix(".md") + "/index.html"] == before[VINH_LINH.removesuffix(".md") + "/index.html"]
    finally:
        view.config().plugins.on_shutdown()


def test_an_unchanged_plan_is_not_read_again(preview, monkeypatch):
    import site_builder.stage.pipeline as pipeline

    read = []
    real = pipeline.load
    monkeypatch.setattr(pipeline, "load", lambda path, *rest: read.append(path.name) or real(path, *rest))
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nThêm.\n", encoding="utf-8")
    preview.build()
    assert read == [path.name]
    # A new attachment may be what a plan's link was waiting for: every file is checked again.
    (preview.project / "content" / "ke-hoach" / "2025" / "phu-luc-moi.pdf").write_bytes(b"%PDF-1.4\n")
    preview.build()
    assert len(read) > 5


def test_the_preview_equals_a_full_build(preview, tmp_path):
    """After edits, what the preview shows of each page is what a clean build makes of the same files."""
    _edit(preview.project, VINH_LINH, 'title: "', 'title: "Tiêu đề mới ')
    preview.build()
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nCâu cuối.\n", encoding="utf-8")
    preview.build()
    # A plan whose issuer's name slugs like Hoằng Hợp's: the Hoằng Hợp page, its file untouched, now
    # links to its issuer at another address.
    other = SAMPLE_FRONT.replace("UBND xã Thử", "UBND xã Hoằng Hớp").replace(
        'locality: {province: "Thanh Hóa", commune: "Thử"}', 'locality: {province: "Thanh Hóa", commune: "Hoằng Hớp"}')
    (preview.project / "content" / NEW_PLAN).write_text(other + "---\n\nNội dung.\n", encoding="utf-8")
    preview.build()
    assert "co-quan/ubnd-xax-hoawngf-howpj-thanh-hoa/" in preview.html(HOANG_HOP)
    clean = tmp_path / "clean"
    config = preview.config()
    config.site_dir = str(clean)
    config.plugins.on_startup(command="build", dirty=False)
    build(config, serve_url=URL)
    config.plugins.on_shutdown()

    def pages(site):
        out = {}
        for page in site.rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            # The instant a page was made differs between two builds by design.
            text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", "", text)
            text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
            out[page.relative_to(site).as_posix()] = text
        return out

    shown, expected = pages(preview.site), pages(clean)
    assert set(shown) == set(expected)
    different = [rel for rel in expected if shown[rel] != expected[rel]]
    assert different == [], different[:5]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_site_builder_serve_serves_the_site(tmp_path):
    project = copy_project(tmp_path / "project")
    port = _free_port()
    child = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                             env={"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, html = time.monotonic() + 300, None
        while time.monotonic() < deadline and html is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{HOANG_HOP.removesuffix('.md')}/", timeout=5) as r:
                    html = r.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert html is not None and "Hoằng Hợp" in html
    finally:
        child.terminate()
        output = child.communicate(timeout=60)[0]
    assert "dirty" not in output  # MkDocs' warning about dirty builds does not apply: see serve_cache
    assert "Traceback" not in output


def _get(url: str) -> tuple[int, str]:
    """A page of the preview: status and text. The timeout only turns a hung request into a failure."""
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _until(url: str, wanted, what: str) -> str:
    """Poll the page until `wanted(status, text)`: a save is picked up after MkDocs' own short delay."""
    deadline, last = time.monotonic() + 180, None
    while time.monotonic() < deadline:
        try:
            last = _get(url)
        except OSError:
            time.sleep(0.5)
            continue
        if wanted(*last):
            return last[1]
        time.sleep(0.5)
    raise AssertionError(f"{what}: {last}")


BANNER = 'id="sb-loi-xem-truoc"'


def test_serve_shows_content_errors_in_the_page_and_recovers_on_the_next_save(tmp_path):
    """Issue 20: after a content error MkDocs' server held every request (the page spun) and said in English
    «Aborted with a BuildError! … will appear stuck». Now the page answers at once with the findings, in
    Vietnamese with file and line, above the last good page, and the next good save clears them. A first
    build that fails still starts the preview."""
    project = copy_project(tmp_path / "project")
    _edit(project, HOANG_HOP, "issued: ", "issued: 2025-02-30 #")
    port = _free_port()
    page = f"http://127.0.0.1:{port}/{HOANG_HOP.removesuffix('.md')}/"
    finding = f"<code>content/{HOANG_HOP}:6</code>: lỗi: issued: ngày 30/2/2025 không tồn tại"
    child = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                             env={"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # The first build failed: no page yet, the findings alone, with the script that reloads it.
        text = _until(page, lambda status, text: BANNER in text, "the first build's findings")
        assert finding in text and "/livereload/" in text and 'lang="vi"' in text, text

        _edit(project, HOANG_HOP, "issued: 2025-02-30 #", "issued: ")
        text = _until(page, lambda status, text: status == 200 and BANNER not in text, "the page after the fix")
        assert "Hoằng Hợp" in text

        _edit(project, HOANG_HOP, "issued: ", "issued: 2025-13-01 #")
        text = _until(page, lambda status, text: BANNER in text, "the findings above the last good page")
        assert f"<code>content/{HOANG_HOP}:6</code>: lỗi: issued:" in text, text
        assert text.index(BANNER) < text.index("Hoằng Hợp"), "the findings come first, the last good page below"
        status, other = _get(f"http://127.0.0.1:{port}/")  # every page says so, not only the broken plan's
        assert status == 200 and BANNER in other

        _edit(project, HOANG_HOP, "issued: 2025-13-01 #", "issued: ")
        _until(page, lambda status, text: status == 200 and BANNER not in text and "Hoằng Hợp" in text, "recovery")
        assert child.poll() is None, "the preview keeps running through errors"
    finally:
        child.terminate()
        output = child.communicate(timeout=60)[0]
    assert f"content/{HOANG_HOP}:6: lỗi: issued: ngày 30/2/2025 không tồn tại" in output
    assert "Bản xem trước chưa cập nhật" in output and "Đã sửa xong các lỗi." in output
    for english in ("Aborted", "stuck", "BuildError", "Traceback", "unrecognized relative link", "Reloading browsers",
                    "Building documentation", "Documentation built", "Serving on", "Watching paths", "dirty"):
        assert english not in output, (english, output)


def test_serve_help_is_vietnamese():
    result = run_cli("serve", "--help")
    assert result.returncode == 0 and "xem trước" in result.stdout and "--dev-addr" in result.stdout


@pytest.fixture()
def committed_preview(tmp_path):
    """A preview of a project under git, as an official's checkout is: saved plans have commits."""
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-q", "-m", "Đăng kế hoạch")):
        subprocess.run(["git", "-C", str(project), *args], check=True, capture_output=True, env=env)
    view = Preview(project, tmp_path / "preview")
    view.build()
    yield view
    view.config().plugins.on_shutdown()


def _cited_lines(preview, plan_rel: str) -> list[int]:
    data = json.loads((preview.site / DIRECTIVES_JSON).read_text(encoding="utf-8"))
    return sorted(line for doc in data for c in doc["citing"] if c["url"] == page_url(plan_rel) for line in c["lines"])


def test_a_text_edit_keeps_what_the_plans_make_and_a_new_fact_remakes_it(committed_preview, tmp_path):
    """Saving a plan's text (its facts unchanged) reuses the catalog, the cited-document pages, the feeds
    and the exports of the last build (load_cache.Derived); moving a fact makes them again."""
    preview = committed_preview
    catalog, lines = preview.plugin.content.catalog, _cited_lines(preview, HOANG_HOP)
    path = preview.project / "content" / HOANG_HOP
    path.write_text(path.read_text(encoding="utf-8") + "\nMột câu vừa thêm khi xem trước.\n", encoding="utf-8")
    preview.build()
    assert "Một câu vừa thêm khi xem trước." in preview.html(HOANG_HOP)
    assert preview.plugin.content.catalog is catalog
    assert any(plan is preview.plugin.plans[HOANG_HOP] for plan in catalog.plans)  # the last build's object

    # A line inserted above the citations moves the lines the open data gives for them: a fact.
    _edit(preview.project, HOANG_HOP, "\nThực hiện Chỉ thị", "\nMột đoạn mở đầu mới.\n\nThực hiện Chỉ thị")
    preview.build()
    assert preview.plugin.content.catalog is not catalog
    assert _cited_lines(preview, HOANG_HOP) == [line + 2 for line in lines]
    catalog = preview.plugin.content.catalog

    _edit(preview.project, HOANG_HOP, 'title: "', 'title: "Tiêu đề đã sửa: ')
    preview.build()
    assert preview.plugin.content.catalog is not catalog
    assert "Tiêu đề đã sửa: Thực hiện công tác" in (preview.site / "nam" / "2025" / "index.html").read_text(encoding="utf-8")
    record = next(p for p in json.loads((preview.site / PLANS_JSON).read_text(encoding="utf-8"))["plans"]
                  if p["url"] == url_path(page_url(HOANG_HOP)))
    assert record["title"].startswith("Tiêu đề đã sửa: ")


# ---- what the preview rebuilds in the background: the search index and the manifest -------------

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser  # noqa: E402,F401  (the shared fixture, not a copy)

LATE_PLAN = "ke-hoach/2025/zz-ke-hoach-them-khi-xem-truoc.md"  # last by name, newest by date


def test_the_preview_refreshes_the_search_index_and_the_manifest(preview, browser):
    """A save reaches search and the manifest too, seconds after the page: an edited plan is found by
    its new words, a new plan by its own and first among the newest, a deleted one no longer."""
    import hashlib

    from conftest import search_page, serve

    hoang_hop, vinh_linh, late = ("/" + url_path(page_url(rel)) for rel in (HOANG_HOP, VINH_LINH, LATE_PLAN))
    with serve(preview.site) as base:
        tab = browser.new_page()
        assert vinh_linh in search_page(tab, base, "Vĩnh Linh")[0]
        assert search_page(tab, base, "zqmangcut") == [[], []]  # no indexed word begins it, nor does it begin one

        _edit(preview.project, HOANG_HOP, "\nThực hiện Chỉ thị", "\nHội nghị bàn về zqmangcut.\n\nThực hiện Chỉ thị")
        late_text = SAMPLE_FRONT.replace("issued: 2025-01-15", "issued: 2025-12-01") + "---\n\nNội dung về zqsaurieng.\n"
        (preview.project / "content" / LATE_PLAN).write_text(late_text, encoding="utf-8")
        (preview.project / "content" / VINH_LINH).unlink()
        preview.build()

        assert search_page(tab, base, "zqmangcut") == [[hoang_hop], []]
        assert search_page(tab, base, "zqsaurieng") == [[late], []]
        # Nor the page of the document only it cited (Pagefind's stand-ins for the words may answer).
        assert not [url for url in sum(search_page(tab, base, "Vĩnh Linh"), []) if "vinh-linh" in url]
        # Indexed again from the written pages (in the order of their names): the newest still first.
        newest, _ = search_page(tab, base, "", nam="2025")
        assert newest[0] == late and vinh_linh not in newest and hoang_hop in newest
        tab.close()

    manifest = json.loads((preview.site / "data" / "manifest.json").read_text(encoding="utf-8"))
    written = {p.relative_to(preview.site).as_posix() for p in preview.site.rglob("*") if p.is_file()}
    assert set(manifest["pages"]) == written - {"data/manifest.json", "data/SHA256SUMS", "data/SHA256SUMS-nguon"}
    for rel, sha in manifest["pages"].items():
        assert hashlib.sha256((preview.site / rel).read_bytes()).hexdigest() == sha, rel
    sources = {p.relative_to(preview.project).as_posix() for p in (preview.project / "content").rglob("*") if p.is_file()}
    assert set(manifest["sources"]) == sources
    for rel, sha in manifest["sources"].items():
        assert hashlib.sha256((preview.project / rel).read_bytes()).hexdigest() == sha, rel
