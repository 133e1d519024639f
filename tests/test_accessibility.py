"""axe-core in Chromium on every kind of page: no serious or critical violations. Also the page at
360 px (no sideways scrolling) and the print layout (no header, navigation or search)."""

from __future__ import annotations

import pytest

from conftest import SEED_FILES
from site_builder.model.paths import page_url

axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

from test_browser import browser, server  # noqa: E402,F401  (shared fixtures)

PAGES = {
    "trang chủ": "/",
    "kế hoạch": "/" + page_url(SEED_FILES["000_566781da1b547808.txt"]),
    "danh sách": "/nam/chua-ro-nam/",
    "văn bản chỉ đạo": "/van-ban/33-ct-ttg-2021/",
    "mục lục văn bản": "/van-ban/",
    "tìm kiếm": "/tim-kiem/?q=d%C3%A2n+v%E1%BA%ADn",
    "dữ liệu mở": "/du-lieu-mo/",
}


def _ready(tab, path):
    if path.startswith("/tim-kiem/"):
        tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search-page .sb-search__status').textContent)")


@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violation(server, browser, name):
    tab = browser.new_page()
    tab.goto(server + PAGES[name], wait_until="networkidle")
    _ready(tab, PAGES[name])
    result = axe_module.Axe().run(tab)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    tab.close()
    assert serious == [], "\n".join(serious)


@pytest.mark.parametrize("name", list(PAGES))
def test_readable_at_360px(server, browser, name):
    tab = browser.new_page(viewport={"width": 360, "height": 740})
    tab.goto(server + PAGES[name], wait_until="networkidle")
    _ready(tab, PAGES[name])
    width = tab.evaluate("document.documentElement.scrollWidth")
    tab.close()
    assert width <= 360, f"{name}: {width}px wide"


def test_print_layout_keeps_the_text_and_drops_the_chrome(server, browser):
    tab = browser.new_page()
    tab.goto(server + PAGES["kế hoạch"], wait_until="networkidle")
    tab.emulate_media(media="print")
    hidden = tab.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.sb-search', '.md-footer']
        .map(s => document.querySelector(s)).filter(Boolean)
        .map(e => getComputedStyle(e).display)""")
    assert hidden and all(d == "none" for d in hidden), hidden
    assert tab.locator(".sb-meta").is_visible() and tab.locator(".sb-plan__text").is_visible()
    pdf = tab.pdf(format="A4")
    tab.close()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_search_page_filters_work_from_the_keyboard(server, browser):
    """Type a query, Tab to the province filter, pick a province with the arrow keys: the list
    narrows; back to «Tất cả»: the whole list comes back; Tab to the reset button and press Enter:
    query, filters and results are cleared and the box has the focus again."""
    tab = browser.new_page()
    tab.goto(server + "/tim-kiem/", wait_until="networkidle")
    status = ".sb-search-page .sb-search__status"
    done = "() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search-page .sb-search__status').textContent)"
    tab.focus("#sb-page-q")
    tab.keyboard.type("dân vận")
    tab.keyboard.press("Enter")
    tab.wait_for_function(done)
    everything = tab.locator(".sb-search-page .sb-result").count()
    assert everything >= 5
    for _ in range(10):  # Tab through the form until the province filter has focus
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.id") == "sb-f-province":
            break
    assert tab.evaluate("document.activeElement.id") == "sb-f-province"
    tab.evaluate("document.querySelector('.sb-search-page .sb-results').replaceChildren()")
    tab.keyboard.press("ArrowDown")  # the first province
    tab.wait_for_function("() => document.querySelectorAll('.sb-search-page .sb-result').length > 0")
    tab.wait_for_function(done)
    narrowed = tab.locator(".sb-search-page .sb-result").count()
    assert 0 < narrowed < everything, (narrowed, everything)
    assert "tinh=" in tab.url
    tab.keyboard.press("ArrowUp")  # back to «Tất cả»
    tab.wait_for_function("(n) => document.querySelectorAll('.sb-search-page .sb-result').length === n", arg=everything)
    tab.wait_for_function(done)
    assert tab.evaluate("document.activeElement.id") == "sb-f-province" and "tinh=" not in tab.url
    tab.focus("button[type=reset]")
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => document.querySelector('.sb-search-page .sb-search__status').textContent.startsWith('Nhập từ khóa')")
    assert tab.input_value("#sb-page-q") == "" and tab.input_value("#sb-f-province") == ""
    assert tab.locator(".sb-search-page .sb-result").count() == 0
    assert tab.evaluate("document.activeElement.id") == "sb-page-q" and "?" not in tab.url
    tab.close()
