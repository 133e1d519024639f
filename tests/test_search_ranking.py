"""Search filters and ranking (issue 21, item 3), on a small site built so that a wrong answer is
possible: plans that differ only by accents, by issuer, by the directive they carry out, by year, and
a bundle of older plans (search_bundles) holding words the newest lack and lacking words they hold.
Driven through our search page in headless Chromium, as a citizen uses it (test_search.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import SAMPLE_FRONT, copy_project, run_cli, search_page, serve

PLACE = "Hội nghị tại thôn {}."
PARTY = "Ban Thường vụ Đảng ủy chỉ đạo công tác dân vận."
COUNCIL = "Ủy ban nhân dân chỉ đạo công tác dân vận."
SKILFUL = "Phong trào thi đua dân vận khéo được phát động."
CT33 = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."
NQ25 = "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương."
# A local plan numbered 33 of another type: «33/CT» must not find it.
KH33 = "Căn cứ Kế hoạch số 33/KH-UBND ngày 02/01/2024 của UBND huyện Thử."
HERE = ("UBND xã Thử", "Thanh Hóa")
THERE = ("UBND thị trấn Khác", "Quảng Ngãi")

# name → (issued, (issuer, province), doc_type, directive sentence, text). Neighbours differ in one thing;
# the dates are not in the order of the names (nor of the files), so «newest first» is a sort, not luck.
PLANS = {
    "2025/a": ("2025-04-02", HERE, "Kế hoạch", CT33, [PLACE.format("Hoằng Hợp"), PARTY]),
    "2025/b": ("2025-06-01", HERE, "Kế hoạch", CT33, [PLACE.format("Hoàng Hợp"), PARTY]),  # a, accents apart
    "2025/c": ("2025-03-01", THERE, "Kế hoạch", CT33, [PLACE.format("Hoàng Hà"), COUNCIL, SKILFUL]),
    "2025/e": ("2025-05-01", HERE, "Kế hoạch", CT33, [PLACE.format("Hoàng Hà"), COUNCIL, SKILFUL]),  # c, issuer apart
    "2025/f": ("2025-04-01", HERE, "Kế hoạch", NQ25, [PLACE.format("Hoàng Hà"), COUNCIL, SKILFUL]),  # e, directive apart
    "2024/d": ("2024-02-01", HERE, "Kế hoạch", NQ25, [PLACE.format("Hoàng Hà"), COUNCIL, SKILFUL, KH33]),  # f, year apart
    # The older bundle's decoy: «dân vận» and «Ủy» but neither «khéo», «Hợp» nor «Đảng».
    "2024/g": ("2024-04-01", HERE, "Chương trình", CT33, [PLACE.format("Hoàng Hà"), COUNCIL]),
}
URL = {name: f"/ke-hoach/{name}/" for name in PLANS}
CT33_PAGE = "/van-ban/33-ct-ttg-2021/"
CT33_LABEL = "Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ"
NQ25_LABEL = "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI)"


def urls(*names: str) -> list[str]:
    return [URL[name] for name in names]


def make_site(root: Path) -> Path:
    project = copy_project(root)
    for old in (project / "content" / "ke-hoach").rglob("*.md"):
        old.unlink()
    for number, (name, (issued, (issuer, province), doc_type, directive, text)) in enumerate(PLANS.items(), start=1):
        code = "CTr" if doc_type == "Chương trình" else "KH"
        front = (SAMPLE_FRONT.replace('"Kế hoạch thử"', f'"Công tác dân vận, văn bản {name[-1]}"')
                 .replace('doc_type: "Kế hoạch"', f'doc_type: "{doc_type}"')
                 .replace("12/KH-UBND", f"{number}/{code}-UBND").replace("UBND xã Thử", issuer)
                 .replace("issued: 2025-01-15", f"issued: {issued}")
                 .replace('{province: "Thanh Hóa", commune: "Thử"}', f'{{province: "{province}"}}'))
        path = project / "content" / "ke-hoach" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front + "---\n\n" + directive + "\n\n" + " ".join(text) + "\n", encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("search-choices"))


playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser  # noqa: E402,F401  (the shared fixture, not a copy)


@pytest.fixture(scope="module")
def base(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def tab(browser, base):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    yield page
    page.close()
    assert [url for url in requests if not url.startswith(base) and not url.startswith("data:")] == []


# ---- words: accents, đ, several words ------------------------------------------------------

@pytest.mark.parametrize("query, first, second", [("Hoằng Hợp", "2025/a", "2025/b"), ("Hoàng Hợp", "2025/b", "2025/a")])
def test_the_plan_with_the_accents_typed_ranks_first(tab, base, query, first, second):
    # Pagefind folds tone marks, so both plans answer; the one spelled as typed comes first. The
    # older plans have «Hoàng» but not «Hợp»: they are not results.
    assert search_page(tab, base, query) == [urls(first, second), []]


@pytest.mark.parametrize("query", ["hoang hop", "HOANG HOP"])
def test_without_accents_both_spellings_answer_and_nothing_else(tab, base, query):
    newest, older = search_page(tab, base, query)
    assert sorted(newest) == urls("2025/a", "2025/b") and older == []


@pytest.mark.parametrize("query", ["dan van kheo", "dân vận khéo", "DÂN VẬN KHÉO", unicodedata.normalize("NFD", "dân vận khéo")])
def test_every_word_must_be_in_a_result(tab, base, query):
    # Every plan says «dân vận»; only four say «khéo» — the older decoy g does not.
    newest, older = search_page(tab, base, query)
    assert sorted(newest) == urls("2025/c", "2025/e", "2025/f") and older == urls("2024/d")


@pytest.mark.parametrize("query", ["dang uy", "Đảng ủy", "đảng uỷ", "DANG UY"])
def test_d_without_its_stroke_finds_dang_uy_only(tab, base, query):
    # «Ủy ban» (c … g) has «ủy» without «Đảng»: not a result.
    newest, older = search_page(tab, base, query)
    assert sorted(newest) == urls("2025/a", "2025/b") and older == []


@pytest.mark.parametrize("query", ["33/CT", "33/CT-TTg", "33-CT/TTg", "33/ct-ttg", "33 / CT-TTg"])
def test_a_directive_number_in_any_shape_finds_its_page_then_the_plans_citing_it(tab, base, query):
    # d cites 33/KH-UBND and carries out 25-NQ/TW; f carries out 25-NQ/TW: neither is a result.
    newest, older = search_page(tab, base, query)
    assert newest[0] == CT33_PAGE
    assert sorted(newest[1:]) == urls("2025/a", "2025/b", "2025/c", "2025/e") and older == urls("2024/g")


# ---- filters, alone (newest first) and with words -----------------------------------------

@pytest.mark.parametrize("filters, newest, older", [
    ({"tinh": "Quảng Ngãi"}, ["2025/c"], []),
    ({"tinh": "Thanh Hóa"}, ["2025/b", "2025/e", "2025/a", "2025/f"], ["2024/g", "2024/d"]),
    ({"nam": "2024"}, [], ["2024/g", "2024/d"]),
    ({"nam": "2025"}, ["2025/b", "2025/e", "2025/a", "2025/f", "2025/c"], []),
    ({"co_quan": "UBND thị trấn Khác"}, ["2025/c"], []),
    ({"co_quan": "UBND xã Thử"}, ["2025/b", "2025/e", "2025/a", "2025/f"], ["2024/g", "2024/d"]),
    ({"loai": "Chương trình"}, [], ["2024/g"]),
    ({"loai": "Kế hoạch"}, ["2025/b", "2025/e", "2025/a", "2025/f", "2025/c"], ["2024/d"]),
    ({"can_cu": NQ25_LABEL}, ["2025/f"], ["2024/d"]),
    ({"can_cu": CT33_LABEL}, ["2025/b", "2025/e", "2025/a", "2025/c"], ["2024/g"]),
    ({"can_cu": CT33_LABEL, "nam": "2024"}, [], ["2024/g"]),
])
def test_a_filter_alone_lists_its_plans_newest_first(tab, base, filters, newest, older):
    assert search_page(tab, base, "", **filters) == [urls(*newest), urls(*older)]


@pytest.mark.parametrize("query, filters, newest, older", [
    ("dân vận khéo", {"tinh": "Thanh Hóa"}, ["2025/e", "2025/f"], ["2024/d"]),
    ("dân vận khéo", {"co_quan": "UBND xã Thử", "can_cu": CT33_LABEL}, ["2025/e"], []),
    ("dân vận khéo", {"nam": "2024"}, [], ["2024/d"]),
    ("Hoàng Hà", {"can_cu": CT33_LABEL, "loai": "Chương trình"}, [], ["2024/g"]),
    ("dang uy", {"tinh": "Quảng Ngãi"}, [], []),
])
def test_words_and_filters_together(tab, base, query, filters, newest, older):
    found_newest, found_older = search_page(tab, base, query, **filters)
    assert (sorted(found_newest), sorted(found_older)) == (urls(*newest), urls(*older))


def test_a_word_only_older_plans_hold_empties_the_newest_list(tab, base):
    # «huyện» is in d alone (2024): the newest plans saying «Hoàng Hà» lack it, so are not results.
    assert search_page(tab, base, "Hoàng Hà huyện") == [[], urls("2024/d")]


@pytest.mark.parametrize("query, newest, older", [
    ("Hoằng Hợp", ["2025/a", "2025/b"], []),
    ("dang uy", ["2025/a", "2025/b"], []),
    ("Hoàng Hà huyện", [], ["2024/d"]),
])
def test_the_header_box_answers_as_the_search_page(tab, base, query, newest, older):
    tab.goto(base + "/gioi-thieu/")
    tab.fill("#sb-search-q", query)
    tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search__panel .sb-search__status').textContent)")
    found = tab.evaluate("""() => [
        [...document.querySelectorAll('.sb-search__panel ol.sb-results:not(.sb-results--older) .sb-result__title')],
        [...document.querySelectorAll('.sb-search__panel .sb-results--older .sb-result__title')],
    ].map(links => links.map(a => a.getAttribute('href')))""")
    assert (sorted(found[0]), found[1]) == (urls(*newest), urls(*older))
