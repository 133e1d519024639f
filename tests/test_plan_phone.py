"""Issue 20, as a citizen meets the site: a plan's tasks at its top and in its table of contents, the
words for tasks nobody reported on, the search page on a phone (results first, filters behind one
button), and a plan printed for a notice board (title and panel on the first sheet, no navigation or
history, the page's address and a QR code when the site says where it lives)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import SAMPLE_FRONT, copy_project, run_cli, serve

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser, server  # noqa: E402,F401  (the shared fixtures, not copies)

DUONG_AN = "/ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam/"
PHONE = {"width": 360, "height": 740}
SITE_URL = "https://congkhai.example.vn/xa-thu/"

# One task done, one with progress reported, two with nothing reported; one deadline far ahead.
MIXED = SAMPLE_FRONT.replace('title: "Kế hoạch thử"', 'title: "Kế hoạch có nhiệm vụ đã báo cáo"') + """tasks:
  - {id: a, task: "Việc đã xong", status: "hoàn thành", completed: 2025-02-01}
  - {id: b, task: "Việc đang làm", status: "đang thực hiện", progress: 40}
  - {id: c, task: "Việc chưa ai báo cáo", due: "31/12/2098"}
  - {id: d, task: "Việc có hạn gần nhất", due: "30/06/2098"}
---

## Nội dung

Nội dung kế hoạch.
"""
NO_TASKS = SAMPLE_FRONT.replace('title: "Kế hoạch thử"', 'title: "Kế hoạch không có nhiệm vụ"').replace(
    'number: "12/KH-UBND"', 'number: "13/KH-UBND"') + "---\n\n## Nội dung\n\nNội dung kế hoạch.\n"

# A panel as long as a real one: a long title and many recipients (a copy of the content has no git
# history, so the panel lacks the two dates a published site shows).
RECIPIENTS = [f"Phòng chuyên môn số {n} thuộc Ủy ban nhân dân xã (để thực hiện)" for n in range(1, 13)]
LONG_PANEL = SAMPLE_FRONT.replace('title: "Kế hoạch thử"', 'title: "' + "Triển khai thực hiện công tác dân vận "
                                  "của các cơ quan hành chính nhà nước, chính quyền cơ sở trên địa bàn xã Thử "
                                  "trong sáu tháng cuối năm 2025 và những năm tiếp theo" + '"').replace(
    'number: "12/KH-UBND"', 'number: "14/KH-UBND"') + "recipients: " + repr(RECIPIENTS).replace("'", '"') + """
topics: ["dân vận chính quyền", "cải cách hành chính", "dân chủ ở cơ sở"]
tasks:
  - {id: a, task: "Việc có hạn", due: "30/06/2098"}
---

## Nội dung

Nội dung kế hoạch.
"""


@pytest.fixture(scope="module")
def project_site(tmp_path_factory) -> Path:
    """The seed content with `site_url` set, plus a plan with some tasks reported and one without tasks."""
    project = copy_project(tmp_path_factory.mktemp("plan-phone"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_description:", f"site_url: {SITE_URL}\nsite_description:", 1), encoding="utf-8")
    (project / "content/ke-hoach/2025/thu-da-bao-cao.md").write_text(MIXED, encoding="utf-8")
    (project / "content/ke-hoach/2025/thu-khong-nhiem-vu.md").write_text(NO_TASKS, encoding="utf-8")
    (project / "content/ke-hoach/2025/thu-bang-tin.md").write_text(LONG_PANEL, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def project_server(project_site):
    with serve(project_site) as base:
        yield base


def html(site: Path, url: str) -> str:
    return (site / url.strip("/") / "index.html").read_text(encoding="utf-8")


# ---- tasks first ------------------------------------------------------------------------------

def test_task_summary_comes_before_the_text_on_a_phone_and_leads_to_the_tasks(server, browser):
    tab = browser.new_page(viewport=PHONE)
    tab.goto(server + DUONG_AN, wait_until="networkidle")
    brief, text = tab.locator(".sb-brief"), tab.locator(".sb-plan__text")
    assert brief.bounding_box()["y"] + brief.bounding_box()["height"] <= PHONE["height"]  # on the first screen
    assert brief.bounding_box()["y"] < text.bounding_box()["y"]
    assert "6 nhiệm vụ, chưa báo cáo kết quả" in brief.inner_text()
    brief.get_by_role("link", name="Xem nhiệm vụ, thời hạn và tiến độ").click()
    tab.wait_for_function("() => location.hash === '#nhiem-vu'")
    top = tab.evaluate("() => document.getElementById('nhiem-vu').getBoundingClientRect().top")
    tab.close()
    assert 0 <= top < PHONE["height"] / 2


def test_task_section_is_in_the_table_of_contents(server, browser):
    tab = browser.new_page(viewport={"width": 1280, "height": 800})
    tab.goto(server + DUONG_AN, wait_until="networkidle")
    links = tab.locator(".md-sidebar--secondary nav a.md-nav__link")
    last = links.nth(links.count() - 2)  # issue 17: «Phản ánh, kiến nghị», at the very end of every plan, comes last
    assert links.nth(links.count() - 1).get_attribute("href") == "#phan-anh"
    assert last.is_visible() and last.inner_text().strip() == "Nhiệm vụ, thời hạn và tiến độ"
    assert last.get_attribute("href") == "#nhiem-vu"
    last.click()
    tab.wait_for_function("() => location.hash === '#nhiem-vu'")
    tab.close()


def test_phone_menu_has_the_plans_table_of_contents(server, browser):
    tab = browser.new_page(viewport=PHONE)
    tab.goto(server + DUONG_AN, wait_until="networkidle")
    tab.click(".md-header label[for=__drawer]")
    here = tab.locator(".md-sidebar--primary .sb-nav-here")
    here.locator("> label").click()
    link = here.locator("a[href='#nhiem-vu']")
    link.wait_for(state="visible")
    assert link.inner_text().strip() == "Nhiệm vụ, thời hạn và tiến độ"
    assert here.get_by_role("link", name="I. MỤC ĐÍCH YÊU CẦU").is_visible()  # the text's headings too
    link.click()
    tab.wait_for_function("() => location.hash === '#nhiem-vu'")
    tab.close()
    wide = browser.new_page(viewport={"width": 1280, "height": 800})
    wide.goto(server + DUONG_AN, wait_until="networkidle")
    assert not wide.locator(".md-sidebar--primary .sb-nav-here").is_visible()  # beside the page there
    wide.close()


def test_tasks_nobody_reported_on_are_not_called_undone(seed_site):
    page = html(seed_site, DUONG_AN)
    section = page[page.index('id="nhiem-vu"'):]
    assert "6 nhiệm vụ, chưa báo cáo kết quả, 2 quá hạn" in section
    assert "0/6" not in page


def test_some_reported_and_a_plan_without_tasks(project_site):
    mixed = html(project_site, "/ke-hoach/2025/thu-da-bao-cao/")
    brief = mixed[mixed.index('class="sb-brief"'):]
    brief = brief[:brief.index("</div>")]
    assert "1/4 nhiệm vụ hoàn thành, 2 chưa báo cáo, 0 quá hạn" in brief
    # the nearest deadline ahead, linked to its task, not the later one
    assert 'Hạn gần nhất: <a href="#nv-d"><time datetime="2098-06-30">30/06/2098</time></a>' in brief
    assert 'href="#nhiem-vu"' in brief
    bare = html(project_site, "/ke-hoach/2025/thu-khong-nhiem-vu/")
    assert "sb-brief" not in bare and "#nhiem-vu" not in bare and 'id="nhiem-vu"' not in bare


# ---- search on a phone --------------------------------------------------------------------------

def _search(tab, base: str, query: str) -> None:
    tab.goto(f"{base}/tim-kiem/?{query}")
    tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/"
                          ".test(document.querySelector('.sb-search-page .sb-search__status').textContent)")


def test_search_on_a_phone_shows_results_first_and_folds_the_filters(server, browser):
    tab = browser.new_page(viewport=PHONE)
    _search(tab, server, "q=d%C3%A2n+v%E1%BA%ADn&nam=2025")
    first = tab.locator(".sb-search-page .sb-result").first
    assert first.bounding_box()["y"] + 60 <= PHONE["height"]  # its title at least, on the first screen
    fieldset, toggle = tab.locator(".sb-filters"), tab.locator(".sb-filters-toggle")
    assert not fieldset.is_visible()
    assert toggle.inner_text() == "Bộ lọc (1 đang dùng)" and toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert fieldset.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    assert tab.input_value("#sb-f-year") == "2025"
    tab.select_option("#sb-f-province", index=1)
    tab.wait_for_function("() => document.querySelector('.sb-filters-toggle').textContent === 'Bộ lọc (2 đang dùng)'")
    tab.select_option("#sb-f-year", "")
    tab.select_option("#sb-f-province", "")
    tab.wait_for_function("() => document.querySelector('.sb-filters-toggle').textContent === 'Bộ lọc'")
    toggle.click()
    assert not fieldset.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    tab.close()


def test_search_on_a_wide_screen_keeps_the_filters_open(server, browser):
    tab = browser.new_page(viewport={"width": 1280, "height": 800})
    _search(tab, server, "q=d%C3%A2n+v%E1%BA%ADn")
    assert tab.locator(".sb-filters").is_visible() and not tab.locator(".sb-filters-toggle").is_visible()
    tab.close()


# ---- print ----------------------------------------------------------------------------------------

def _pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_print_has_no_navigation_or_history_and_ends_with_the_address(project_server, browser):
    tab = browser.new_page()
    tab.goto(project_server + DUONG_AN, wait_until="networkidle")
    assert not tab.locator(".sb-print").is_visible()  # on screen: no QR code, no address block
    tab.emulate_media(media="print")
    shown = tab.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer',
        '.sb-history', '.sb-brief__link', '.sb-calendar'].map(s => [s, getComputedStyle(document.querySelector(s)).display])""")
    assert all(display == "none" for _, display in shown), shown
    for part in (".sb-meta", ".sb-plan__text", ".sb-tasks", ".sb-print", ".sb-print svg"):
        assert tab.locator(part).first.is_visible(), part
    address = SITE_URL + "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam/"
    assert tab.locator(".sb-print__url").inner_text() == address
    assert tab.locator(".sb-print svg title").text_content() == f"Mã QR: {address}"
    whole = _pages(tab.pdf(format="A4"))
    assert 1 < whole < 8
    # The address fits under the task table: the sheet it is printed on is not a page of its own (a
    # padded table caption once made Chromium break after the table, leaving the address alone).
    tab.evaluate("() => document.querySelector('.sb-print').remove()")
    assert _pages(tab.pdf(format="A4")) == whole
    tab.close()


@pytest.mark.parametrize("url", [DUONG_AN, "/ke-hoach/2025/thu-bang-tin/"])
def test_print_puts_title_and_panel_on_the_first_sheet(project_server, browser, url):
    """Title, task summary and panel alone fit one A4 sheet: nothing forces a break between them, and
    a long panel (twelve recipients) is not pushed whole to the second sheet, leaving the title alone."""
    tab = browser.new_page()
    tab.goto(project_server + url, wait_until="networkidle")
    tab.emulate_media(media="print")
    assert len(tab.locator(".sb-meta li").all()) >= (12 if "bang-tin" in url else 1)
    tab.evaluate("""() => document.querySelectorAll('.sb-plan > :has(> .sb-meta) ~ *, .sb-plan ~ *')
        .forEach(e => e.remove())""")
    first = _pages(tab.pdf(format="A4"))
    tab.close()
    assert first == 1, f"title and panel take {first} pages"


def test_the_qr_code_is_the_pages_address(project_site):
    segno = pytest.importorskip("segno")
    page = html(project_site, DUONG_AN)
    address = SITE_URL + quote("ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam/")
    svg = page[page.rindex("<svg", 0, page.index("class=\"sb-print__qr\"")):]
    svg = svg[:svg.index("</svg>") + 6]
    # The same code segno makes for that address: the modules in the SVG are the address's.
    code = segno.make(address, error="m", micro=False, mask=0, boost_error=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=4, nl=False,
              svgclass="sb-print__qr", lineclass=None, title=f"Mã QR: {address}")
    assert svg == buffer.getvalue().decode("utf-8")
    assert code.version >= 1 and code.error == "M"


def test_print_without_site_url_says_the_address_is_unknown(server, browser, seed_site):
    assert "sb-print__qr" not in html(seed_site, DUONG_AN)
    tab = browser.new_page()
    tab.goto(server + DUONG_AN, wait_until="networkidle")
    tab.emulate_media(media="print")
    note = tab.locator(".sb-print")
    assert note.is_visible() and "chưa khai báo địa chỉ" in note.inner_text() and "site_url" in note.inner_text()
    tab.close()


def test_plan_page_with_qr_code_is_valid_html(project_site, tmp_path):
    from test_html_valid import _is_material_toggle, nu_errors

    folder = tmp_path / "site"
    folder.mkdir()
    shutil.copy(project_site / DUONG_AN.strip("/") / "index.html", folder / "index.html")
    errors = [f"{m.get('lastLine')}: {m['message']}" for m in nu_errors(folder) if not _is_material_toggle(m)]
    assert errors == []
