"""Search (issue 4): Pagefind runs in every build, and Vietnamese queries work in real Chromium.

The browser tests search the built seed site through our own UI (the header box and the search
page), not Pagefind's API directly, so they also cover the folding and number handling in
site_builder/assets/sb-search.js.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from conftest import REPO, SEED_FILES, copy_project, run_cli, search_page
from site_builder.render.search import fold_d

PLANS = {rel: "/" + rel.removesuffix(".md") + "/" for rel in SEED_FILES.values()}


def plans_whose_text(predicate) -> set[str]:
    """URLs of the seed plans whose source (NFC, lower case) satisfies `predicate`."""
    found = set()
    for rel, url in PLANS.items():
        text = unicodedata.normalize("NFC", (REPO / "content" / rel).read_text(encoding="utf-8")).lower()
        if predicate(text):
            found.add(url)
    return found


# ---- the build ---------------------------------------------------------------------------

def test_fold_d_only_folds_d_and_accepts_nfd():
    assert fold_d("Đảng ủy") == "Dảng ủy"
    assert fold_d(unicodedata.normalize("NFD", "QĐ-UBND đã")) == "QD-UBND dã"


def test_build_writes_the_search_index_and_no_material_search(seed_site: Path):
    import json

    listing = json.loads((seed_site / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    assert listing["pagefind"] == "1.6.0"  # the binary pinned in package-lock.json, not PyPI's
    for bundle in listing["bundles"]:
        assert (seed_site / "pagefind" / bundle["id"] / "pagefind.js").is_file()
        assert any((seed_site / "pagefind" / bundle["id"] / "index").iterdir())
    manifest = json.loads((seed_site / "data" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pagefind"] == "1.6.0"
    assert (seed_site / "assets" / "sb-search.js").is_file()
    assert (seed_site / "tim-kiem" / "index.html").is_file()
    assert not (seed_site / "search" / "search_index.json").exists()  # Material's 20 KB-per-plan index


def test_only_plan_bodies_are_indexed(seed_site: Path):
    for url in PLANS.values():
        html = (seed_site / url.strip("/") / "index.html").read_text(encoding="utf-8")
        assert html.count("data-pagefind-body") == 1, url
        for name in ("province", "year", "issuer", "type"):
            assert f'data-pagefind-filter="{name}"' in html
        for name in ("number", "issuer", "issued"):
            assert f'data-pagefind-meta="{name}"' in html
    for page in ("index.html", "gioi-thieu/index.html", "nam/index.html", "tim-kiem/index.html"):
        assert "data-pagefind-body" not in (seed_site / page).read_text(encoding="utf-8"), page


def test_document_pages_are_indexed_when_worth_a_result(tmp_path):
    """Registry documents, and documents cited by two plans, are results of their own; a local
    document only one plan cites is found through that plan (directive_pages.searchable)."""
    import json

    from conftest import SAMPLE_FRONT

    project = copy_project(tmp_path / "p")
    once = "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2025 của UBND huyện Thử.\n"
    twice = "Căn cứ Nghị quyết số 7/NQ-HĐND ngày 03/01/2025 của HĐND xã Thử.\n"
    for name, number, body in (("a", "21/KH-UBND", once + twice), ("b", "22/KH-UBND", twice)):
        text = SAMPLE_FRONT.replace("12/KH-UBND", number).replace('"Kế hoạch thử"', f'"Kế hoạch thử {name}"')
        (project / f"content/ke-hoach/2025/thu-{name}.md").write_text(text + "---\n\n" + body, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    documents = {d["symbol"]: d for d in json.loads((site / "data/directives.json").read_text(encoding="utf-8"))}

    def indexed(symbol: str) -> bool:
        return "data-pagefind-body" in (site / documents[symbol]["url"] / "index.html").read_text(encoding="utf-8")

    assert not documents["5/KH-UBND"]["in_registry"] and len(documents["5/KH-UBND"]["citing"]) == 1
    assert not indexed("5/KH-UBND")
    assert len(documents["7/NQ-HĐND"]["citing"]) == 2 and indexed("7/NQ-HĐND")
    assert documents["33/CT-TTg"]["in_registry"] and indexed("33/CT-TTg")


def test_every_page_has_the_search_box(seed_site: Path):
    for page in ("index.html", "gioi-thieu/index.html", "404.html", PLANS[SEED_FILES["000_566781da1b547808.txt"]].strip("/") + "/index.html"):
        html = (seed_site / page).read_text(encoding="utf-8")
        assert 'data-sb-search="header"' in html, page
        assert "Tìm kiếm kế hoạch" in html


def test_folded_copy_holds_the_d_words(seed_site: Path):
    html = (seed_site / "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van/index.html").read_text(encoding="utf-8")
    folded = re.search(r'data-pagefind-weight="0.5">([^<]*)<', html).group(1).split()
    assert "Dảng" in folded or "dảng" in folded
    assert not any("đ" in word.lower() for word in folded)
    assert len(folded) == len({w.lower() for w in folded})  # once each: the index stays small


def test_a_pagefind_failure_keeps_the_previous_site(tmp_path, monkeypatch, caplog):
    from site_builder.engine import build, plugin
    from site_builder.publish.search_index import SearchIndexError

    project = copy_project(tmp_path / "p")
    assert run_cli("build", cwd=project).returncode == 0
    before = sorted(p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*"))

    def broken(self, version):
        raise SearchIndexError("Pagefind không tạo được chỉ mục tìm kiếm: hỏng")

    monkeypatch.setattr(plugin.BundleIndexer, "finish", broken)
    monkeypatch.chdir(project)
    with pytest.raises(build.BuildFailed) as failure:
        build.build_site(project / "mkdocs.yml")
    assert "trang cũ" in str(failure.value)
    assert "Tìm kiếm: Pagefind không tạo được chỉ mục tìm kiếm: hỏng" in caplog.text
    after = sorted(p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*"))
    assert after == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"]


# ---- in the browser ----------------------------------------------------------------------

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser, server  # noqa: E402,F401  (the shared fixtures, not copies)

DONE = re.compile(r"Tìm thấy|Không tìm thấy|Nhập từ khóa")


@pytest.fixture
def page(browser, server):
    """A fresh tab that records every request, so each test can check none left the origin."""
    tab = browser.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    outside = [url for url in tab.requests if not url.startswith(server) and not url.startswith("data:")]
    tab.close()
    assert outside == [], outside


def wait_done(tab, status_selector: str) -> str:
    status = tab.locator(status_selector)
    tab.wait_for_function(
        "([sel, re]) => new RegExp(re).test(document.querySelector(sel).textContent)",
        arg=[status_selector, DONE.pattern],
    )
    return status.inner_text()


def page_results(tab, server, query: str = "", **params) -> list[str]:
    """Search on the search page; returns result URLs (paths) in order."""
    from urllib.parse import urlencode

    tab.goto(f"{server}/tim-kiem/?{urlencode({'q': query, **params})}")
    wait_done(tab, ".sb-search-page .sb-search__status")
    return [h.removeprefix(server) for h in tab.eval_on_selector_all(".sb-search-page .sb-result__title", "els => els.map(a => a.href)")]


# Which words find which plans, accents, đ, ranking and every filter: test_search_ranking.py, on plans
# built so that a wrong answer is possible (each seed says «dân vận khéo» and «Đảng ủy»).


def test_ascii_qd_finds_qd_with_stroke(page, server):
    expected = plans_whose_text(lambda t: "qđ-ubnd" in t)
    assert 0 < len(expected) < len(PLANS)
    newest, older = search_page(page, server, "QD-UBND")
    assert expected <= set(newest + older)
    # Pagefind also matches «QĐ» and «UBND» apart (346/QĐ-TTg … UBND): such plans come after.
    plans = [url for url in newest if url.startswith("/ke-hoach/")]
    saying_it = expected & set(plans)
    assert saying_it and set(plans[:len(saying_it)]) == saying_it, plans


@pytest.mark.parametrize("query", ["33-CT/TTg", "33/CT-TTg", "33/ct-ttg", "33 / CT-TTg", "33/CT"])
def test_directive_number_in_any_shape_finds_its_page_then_all_five_plans(page, server, query):
    results = page_results(page, server, query)
    assert results[0] == "/van-ban/33-ct-ttg-2021/"  # the directive's own page first
    assert set(results[1:]) == set(PLANS.values())


@pytest.mark.parametrize("number, seed", [("88-KH/HU", "002_83576d4c190ef1ef.txt"), ("175/KH-UBND", "003_b7d91b333b96f748.txt")])
def test_a_cited_plan_number_finds_the_plan_citing_it(page, server, number, seed):
    results = page_results(page, server, number)
    assert results[0].startswith("/van-ban/")  # the cited document's page, then who cites it
    assert results[1] == PLANS[SEED_FILES[seed]]


def test_the_plan_count_leaves_out_the_pages_of_cited_documents(page, server):
    """Issue 22: «N kế hoạch» counts plans; the document pages found are counted apart."""
    status = ".sb-search-page .sb-search__status"
    results = page_results(page, server, "33/CT-TTg")
    documents = [r for r in results if r.startswith("/van-ban/")]
    assert len(documents) == 1 and len(results) == len(PLANS) + 1
    assert page.locator(status).inner_text() == f"Tìm thấy {len(PLANS)} kế hoạch và 1 văn bản được trích dẫn."
    # With a filter chosen only plans can match, whatever the type counts say.
    page_results(page, server, "33/CT-TTg", loai="Kế hoạch")
    assert page.locator(status).inner_text() == f"Tìm thấy {len(PLANS)} kế hoạch."
    # The header box, which loads no filter data, counts results and never calls them plans.
    page.goto(server + "/gioi-thieu/")
    page.fill("#sb-search-q", "33/CT-TTg")
    assert wait_done(page, ".sb-search__panel .sb-search__status") == f"Tìm thấy {len(PLANS) + 1} kết quả."


def test_results_show_title_number_issuer_date_and_excerpt(page, server):
    page_results(page, server, "Hoang Hop")
    first = page.locator(".sb-search-page .sb-result").first
    assert first.locator(".sb-result__title").inner_text() == "Thực hiện công tác Dân vận chính quyền năm 2025"
    meta = first.locator(".sb-result__meta").inner_text()
    assert "Kế hoạch số /KH-UBND" in meta and "UBND xã Hoằng Hợp" in meta and "Tháng 01 năm 2025" in meta
    assert first.locator(".sb-result__excerpt mark").count() > 0


def test_filter_without_query_narrows_and_clearing_restores(page, server):
    everything = page_results(page, server, "dân vận")
    # All five plans, and the pages of cited documents whose titles speak of "dân vận".
    assert {r for r in everything if r.startswith("/ke-hoach/")} == set(PLANS.values())
    page.select_option("#sb-f-province", "Quảng Ngãi")
    wait_done(page, ".sb-search-page .sb-search__status")
    page.wait_for_function("(n) => document.querySelectorAll('.sb-search-page .sb-result').length === n", arg=1)
    assert "tinh=" in page.url  # the filtered list has a shareable address
    page.select_option("#sb-f-province", "")
    page.wait_for_function("(n) => document.querySelectorAll('.sb-search-page .sb-result').length === n", arg=len(everything))

    only_filter = page_results(page, server, "", tinh="Quảng Ngãi")
    assert only_filter == [PLANS[SEED_FILES["001_b6ebb32041facff5.txt"]]]


def test_header_box_from_the_keyboard(page, server):
    page.goto(server + "/gioi-thieu/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "sb-search-q"
    page.keyboard.type("hoang hop")
    wait_done(page, ".sb-search__panel .sb-search__status")
    page.wait_for_selector(".sb-search__panel .sb-result")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('sb-result__title')")
    page.keyboard.press("Escape")
    assert page.locator(".sb-search__panel").is_hidden()
    assert page.evaluate("document.activeElement.id") == "sb-search-q"
    page.keyboard.press("ArrowDown")  # panel closed: nothing to move to, stays in the box
    page.keyboard.press("Enter")  # the form opens the full search page
    page.wait_for_url(re.compile(r"/tim-kiem/\?q=hoang"))
    wait_done(page, ".sb-search-page .sb-search__status")
    assert page.locator(".sb-search-page .sb-result").count() >= 1


def test_search_pages_request_nothing_outside_the_origin(page, server):
    # The `page` fixture asserts it on teardown; exercise every path that loads search files.
    page.goto(server + "/", wait_until="networkidle")
    page.fill("#sb-search-q", "dang uy")
    page.wait_for_selector(".sb-search__panel .sb-result")
    # A year filter: the plans of 2025 only (the chỉ thị's own page has no year, the undated plan neither).
    in_2025 = page_results(page, server, "33/CT-TTg", nam="2025")
    assert sorted(in_2025) == sorted(url for rel, url in PLANS.items() if rel.startswith("ke-hoach/2025/"))
    page.wait_for_load_state("networkidle")
    assert any("/pagefind/" in url for url in page.requests)
