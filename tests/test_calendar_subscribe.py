"""Subscribing to the deadline calendars (issue 20): the whole site, each issuer and each plan offer a
webcal: link and an https one when mkdocs.yml has site_url, with how to add it on Android and iPhone;
without site_url, only the download, saying why, and the build output says so. Events link back to
their plan and their UIDs use the site's host; every calendar is in the manifest and on the open
data page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import copy_project, run_cli
from test_browser import browser  # noqa: F401  (the shared fixture, not a copy)

SITE_URL = "https://ke-hoach.example.gov.vn/xa/"
HOST = "ke-hoach.example.gov.vn"
DUONG_AN = "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam"
DUONG_AN_ISSUER = "co-quan/ubnd-xa-duong-an"


def _build(root: Path, site_url: str | None) -> tuple[Path, str]:
    project = copy_project(root)
    if site_url:
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("site_dir: site\n", f"site_dir: site\nsite_url: {site_url}\n"),
                          encoding="utf-8")
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": "1764000000"})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site", result.stdout + result.stderr


@pytest.fixture(scope="module")
def with_url(tmp_path_factory) -> tuple[Path, str]:
    return _build(tmp_path_factory.mktemp("cal-url"), SITE_URL)


@pytest.fixture(scope="module")
def without_url(tmp_path_factory) -> tuple[Path, str]:
    return _build(tmp_path_factory.mktemp("cal-no-url"), None)


def _page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def _calendar_block(page: str) -> str:
    start = page.index('<div class="sb-calendar">')
    return page[start:page.index("</div>", start)]


@pytest.mark.parametrize("url, calendar", [
    ("han-chot", "data/han-chot.ics"),
    (DUONG_AN_ISSUER, f"{DUONG_AN_ISSUER}/han-chot.ics"),
    (DUONG_AN, f"{DUONG_AN}/han-chot.ics"),
])
def test_each_calendar_is_offered_as_a_subscription(with_url, url, calendar):
    site, _ = with_url
    block = _calendar_block(_page(site, url))
    assert f'href="webcal://{HOST}/xa/{calendar}"' in block
    assert f'href="{SITE_URL}{calendar}"' in block
    assert "iPhone" in block and "Android" in block and "download" not in block
    assert (site / calendar).is_file()


def test_issuer_calendar_holds_its_own_plans_events_linking_back(with_url):
    site, _ = with_url
    cal = Calendar.from_ical((site / DUONG_AN_ISSUER / "han-chot.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    assert str(cal["X-WR-CALNAME"]) == "Hạn chót: UBND xã Đường An"
    assert len(events) == 2  # the two deadlines of the one plan of UBND xã Đường An
    for event in events:
        assert str(event["URL"]).startswith(f"{SITE_URL}{DUONG_AN}/#")
        assert str(event["URL"]) in str(event["DESCRIPTION"])
        assert str(event["UID"]).endswith(f"@{HOST}")
    everything = Calendar.from_ical((site / "data/han-chot.ics").read_bytes())
    assert {str(e["UID"]) for e in events} < {str(e["UID"]) for e in everything.walk("VEVENT")}


def test_every_calendar_is_linked_listed_and_documented(with_url):
    site, _ = with_url
    calendars = {p.relative_to(site).as_posix() for p in site.rglob("*.ics")}
    issuers = {c for c in calendars if c.startswith("co-quan/")}
    # site, 3 issuers, 3 plans with deadlines, and the site's consultations (issue 17; none in the seed plans)
    assert len(issuers) == 3 and len(calendars) == 1 + 3 + 3 + 1 and "data/lay-y-kien.ics" in calendars
    linked = set()
    for page in site.rglob("index.html"):
        for target in re.findall(r'href="webcal://' + re.escape(HOST) + r'/xa/([^"]+)"', page.read_text(encoding="utf-8")):
            linked.add(target)
    assert linked == calendars
    manifest = json.loads((site / "data/manifest.json").read_text(encoding="utf-8"))
    assert calendars <= set(manifest["pages"])
    open_data = _page(site, "du-lieu-mo")
    assert "<code>data/han-chot.ics</code>" in open_data
    assert "<code>co-quan/&lt;mã cơ quan&gt;/han-chot.ics</code>" in open_data
    assert "<code>&lt;địa chỉ trang văn bản&gt;han-chot.ics</code>" in open_data


def test_without_site_url_only_the_download_and_why(without_url):
    site, output = without_url
    assert "chưa có site_url" in output and "webcal" in output
    for url, href in (("han-chot", "../data/han-chot.ics"), (DUONG_AN_ISSUER, "han-chot.ics"), (DUONG_AN, "han-chot.ics")):
        block = _calendar_block(_page(site, url))
        assert f'<a href="{href}">' in block and "site_url" in block
        assert "webcal" not in block and "download" not in block
    assert not any("webcal:" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_pages_with_a_subscription_are_valid_html(with_url, tmp_path):
    """The seed site (tests/test_html_valid.py) has no site_url: the subscription block is checked here."""
    import shutil

    from test_html_valid import _is_material_toggle, nu_errors

    site, _ = with_url
    for url in ("han-chot", DUONG_AN_ISSUER, DUONG_AN):
        (tmp_path / "site" / url).mkdir(parents=True)
        shutil.copy(site / url / "index.html", tmp_path / "site" / url / "index.html")
    assert [m["message"] for m in nu_errors(tmp_path / "site") if not _is_material_toggle(m)] == []


@pytest.mark.parametrize("url", ["han-chot", DUONG_AN_ISSUER, DUONG_AN])
def test_subscription_block_is_accessible_and_fits_360px(with_url, browser, url):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    from conftest import serve

    site, _ = with_url
    with serve(site) as base:
        tab = browser.new_page(viewport={"width": 360, "height": 740})
        tab.goto(f"{base}/{url}/", wait_until="networkidle")
        width = tab.evaluate("document.documentElement.scrollWidth")
        block = tab.evaluate("document.querySelector('.sb-calendar').getBoundingClientRect().right")
        # The block alone: the rest of these pages is tests/test_accessibility.py's (without site_url).
        result = Axe().run(tab, context=".sb-calendar")
        violations = [v["id"] for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
        tab.close()
    assert width <= 360 and block <= 360, (width, block)
    assert violations == []
