"""The search index in bundles (issue 15): the newest plans in a first bundle that answers at once,
the older ones after it, each made by its own indexer run beside the rendering."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import SAMPLE_FRONT, copy_project, serve
from site_builder.publish import search_bundles
from site_builder.publish.search_bundles import plan_bundles


class _Plan:
    def __init__(self, year, i):
        self.listed_year, self.rel = year, f"ke-hoach/{year}/{i}.md"


def _plans(counts: dict) -> list[_Plan]:
    return [_Plan(year, i) for year, n in counts.items() for i in range(n)]


def test_the_first_bundle_holds_the_newest_year_only(monkeypatch):
    monkeypatch.setattr(search_bundles, "MAX_PLANS", 10)
    bundles = plan_bundles(_plans({2025: 3, 2024: 4, 2023: 5, 2022: 9, 2021: 25, None: 2}))
    assert [b.first for b in bundles] == [True] + [False] * 6
    assert [(b.id, len(b.plans)) for b in bundles] == [
        ("2025", 3),  # alone, however small: it answers first (with the pages of cited documents)
        ("2023-2024", 9),  # small older years share a bundle
        ("2022", 9),  # 9 + 9 would pass the limit
        ("2021", 9), ("2021-2", 8), ("2021-3", 8),  # a large year in equal parts, newest first
        ("chua-ro-nam", 2),  # undated last, never shared
    ]
    assert bundles[1].years == {2023, 2024}


def test_a_bundle_id_depends_only_on_its_years(monkeypatch):
    """A preview rebuilds the bundles a save touched: one more 2025 plan must not rename the others."""
    monkeypatch.setattr(search_bundles, "MAX_PLANS", 10)
    before = [b.id for b in plan_bundles(_plans({2025: 3, 2024: 4, 2023: 5}))]
    after = [b.id for b in plan_bundles(_plans({2025: 4, 2024: 4, 2023: 5}))]
    assert before == after == ["2025", "2023-2024"]
    assert [(b.id, b.first) for b in plan_bundles([])] == [("van-ban", True)]  # a site of cited documents only


PLANS = {  # rel → (issued, a word only it has)
    "ke-hoach/2025/moi.md": ("2025-03-01", "xoaituong"),
    "ke-hoach/2025/moi-hai.md": ("2025-02-01", "mangcut"),
    "ke-hoach/2024/cu.md": ("2024-05-01", "chomchom"),
    "ke-hoach/2023/cu-hon.md": ("2023-05-01", "sauriengg"),
    "ke-hoach/chua-ro-nam/khong-ngay.md": (None, "thanhlongg"),
}


def _project(root: Path) -> Path:
    project = copy_project(root)
    for old in (project / "content" / "ke-hoach").rglob("*.md"):
        old.unlink()
    for i, (rel, (issued, word)) in enumerate(PLANS.items()):
        front = SAMPLE_FRONT.replace("12/KH-UBND", f"{i + 1}/KH-UBND").replace('"Kế hoạch thử"', f'"Kế hoạch thử {word}"')
        front = front.replace("issued: 2025-01-15\n", f"issued: {issued}\n" if issued else "")
        path = project / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        cites = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\n" if "2024" in rel else ""
        path.write_text(front + f"---\n\n{cites}Nội dung về {word} và công tác dân vận.\n", encoding="utf-8")
    return project


def _urls(bundle_dir: Path) -> set[str]:
    urls = set()
    for fragment in (bundle_dir / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes())
        urls.add(json.loads(data[data.index(b"{"):])["url"])
    return urls


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """A site of five plans in three bundles (the limit lowered to two plans, in this process)."""
    from site_builder.engine import build

    project = _project(tmp_path_factory.mktemp("bundles") / "p")
    patch = pytest.MonkeyPatch()
    patch.setattr(search_bundles, "MAX_PLANS", 2)
    patch.chdir(project)
    try:
        build.build_site(project / "mkdocs.yml")
    finally:
        patch.undo()
    return project / "site"


def test_each_plan_is_indexed_in_its_bundle(bundled):
    listing = json.loads((bundled / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert listing["pagefind"] == "1.6.0"
    assert [(b["id"], b["first"], b["years"], b["undated"]) for b in listing["bundles"]] == [
        ("2025", True, [2025], False), ("2023-2024", False, [2024, 2023], False), ("chua-ro-nam", False, [], True)]
    first, older, undated = (_urls(bundled / "pagefind" / b["id"]) for b in listing["bundles"])
    # Every searched page that is not a plan is in the first, even a document only an older plan cites.
    assert first == {"/ke-hoach/2025/moi/", "/ke-hoach/2025/moi-hai/", "/van-ban/33-ct-ttg-2021/"}
    assert older == {"/ke-hoach/2024/cu/", "/ke-hoach/2023/cu-hon/"}
    assert undated == {"/ke-hoach/chua-ro-nam/khong-ngay/"}
    assert [b["pages"] for b in listing["bundles"]] == [len(first), 2, 1]
    for bundle in listing["bundles"]:  # Pagefind's own search UIs are not shipped
        assert not (bundled / "pagefind" / bundle["id"] / "pagefind-ui.js").exists()


def test_a_page_rendered_out_of_order_still_reaches_its_bundle(tmp_path, monkeypatch):
    """The indexer writes a bundle when the next one starts; a late page makes it index that bundle again."""
    from site_builder.publish.search_bundles import Bundle
    from site_builder.publish.search_index import BundleIndexer, pagefind_binary
    from conftest import REPO

    site = tmp_path / "site"
    pages = {}
    for name in ("a", "b", "c"):
        pages[name] = site / name / "index.html"
        pages[name].parent.mkdir(parents=True)
        pages[name].write_text(f'<html lang="vi"><body><main data-pagefind-body><p>từ{name} chung</p></main></body></html>',
                               encoding="utf-8")
    bundles = [Bundle("moi", ["a"], {2025}), Bundle("cu", ["b", "c"], {2024})]
    indexer = BundleIndexer(site, pagefind_binary(REPO))
    indexer.begin(bundles, {"a": 0, "b": 1, "c": 1})
    for name in ("a", "b", "a", "c"):  # "a" again after its bundle was written
        indexer.add(name, pages[name], pages[name].read_text(encoding="utf-8"))
    indexer.finish("1.6.0")
    assert _urls(site / "pagefind" / "moi") == {"/a/"}
    assert _urls(site / "pagefind" / "cu") == {"/b/", "/c/"}


def test_a_failing_indexer_is_a_vietnamese_error(tmp_path):
    from site_builder.publish.search_bundles import Bundle
    from site_builder.publish.search_index import BundleIndexer, SearchIndexError

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'hỏng rồi' >&2\nexit 3\n")
    fake.chmod(0o755)
    page = tmp_path / "site" / "a" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<main data-pagefind-body>x</main>", encoding="utf-8")
    indexer = BundleIndexer(tmp_path / "site", fake)
    with pytest.raises(SearchIndexError, match="Pagefind.*hỏng rồi"):
        indexer.begin([Bundle("0", [], set())], {})
        indexer.add("a", page, page.read_text(encoding="utf-8"))
        indexer.finish("?")


# ---- in the browser ----------------------------------------------------------------------

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import ARGS, CHROMIUM  # noqa: E402


def _search(base: str, query: str, **params) -> dict:
    from urllib.parse import urlencode

    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/tim-kiem/?{urlencode({'q': query, **params})}")
        tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search-page .sb-search__status').textContent)")
        found = tab.evaluate("""() => ({
            newest: [...document.querySelectorAll('.sb-search-page ol.sb-results:not(.sb-results--older) .sb-result__title')].map(a => a.getAttribute('href')),
            older: [...document.querySelectorAll('.sb-search-page .sb-results--older .sb-result__title')].map(a => a.getAttribute('href')),
            olderShown: !document.querySelector('.sb-search-page__older').hidden,
            status: document.querySelector('.sb-search-page .sb-search__status').textContent})""")
        browser.close()
    return found


def test_newest_results_come_first_and_older_ones_below(bundled):
    with serve(bundled) as base:
        everything = _search(base, "dân vận")
        newest_only = _search(base, "xoaituong")
        older_only = _search(base, "chomchom")
        by_year = _search(base, "", nam="2024")
    assert {u for u in everything["newest"] if "/ke-hoach/" in u} == {"/ke-hoach/2025/moi/", "/ke-hoach/2025/moi-hai/"}
    assert set(everything["older"]) == {"/ke-hoach/2024/cu/", "/ke-hoach/2023/cu-hon/", "/ke-hoach/chua-ro-nam/khong-ngay/"}
    documents = len([u for u in everything["newest"] if "/van-ban/" in u])
    assert everything["olderShown"] and everything["status"] == (
        "Tìm thấy 5 kế hoạch" + (f" và {documents} văn bản được trích dẫn." if documents else "."))
    assert newest_only["newest"] == ["/ke-hoach/2025/moi/"] and newest_only["older"] == [] and not newest_only["olderShown"]
    assert older_only["newest"] == [] and older_only["older"] == ["/ke-hoach/2024/cu/"]
    assert by_year["newest"] == [] and by_year["older"] == ["/ke-hoach/2024/cu/"]  # the year filter across bundles


def test_a_request_failing_as_the_indexer_stops_is_settled_once(tmp_path):
    """The reader thread fails every pending request when Pagefind stops; a request whose write fails at
    that moment was settled twice (InvalidStateError instead of the Vietnamese error, a flaky test)."""
    from site_builder.publish.pagefind_service import PagefindError, PagefindService

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o755)
    service = PagefindService(fake, tmp_path)
    try:
        class Stopping:
            """stdin of a Pagefind that stops as the request is written: the reader fails it first."""

            def write(self, data):
                service._fail_pending("Pagefind đã dừng")
                raise BrokenPipeError

            def flush(self):
                pass

            def close(self):
                pass

        real, service._process.stdin = service._process.stdin, Stopping()
        future = service.add_file(1, "/a/", "<p>x</p>")
        with pytest.raises(PagefindError, match="Pagefind đã dừng"):
            future.result(timeout=5)
    finally:
        service._process.stdin = real
        service._process.kill()
        service.close()
