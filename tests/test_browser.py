"""The seed site in real headless Chromium: no request leaves the origin, and a 360 px phone
reads a plan without sideways scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import serve

playwright_sync = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def server(seed_site: Path):
    with serve(seed_site) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is required: apt-get install -y chromium")
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


PAGES = [
    "/",
    "/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/",
    "/nam/",
    "/nam/chua-ro-nam/",
    "/co-quan/",
    "/dia-ban/",
    "/huong-dan/truong-thong-tin/",
    "/gioi-thieu/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_request_leaves_the_origin(server, browser, path):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(server + path, wait_until="networkidle")
    assert response is not None and response.ok
    outside = [url for url in requests if not url.startswith(server) and not url.startswith("data:")]
    assert outside == [], outside
    page.close()


def test_plan_reads_on_a_360px_phone(server, browser):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(server + "/ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen/", wait_until="networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"page is {width}px wide on a 360px screen"
    panel = page.locator(".sb-meta")
    assert panel.is_visible()
    assert "UBND thị trấn Chợ Chùa" in panel.inner_text()
    assert page.locator("h1").inner_text().startswith("Thực hiện quy chế dân chủ")
    page.close()


def test_listing_links_open_the_plan(server, browser):
    page = browser.new_page()
    page.goto(server + "/nam/", wait_until="networkidle")
    page.get_by_role("link", name="2025").first.click()
    page.get_by_role("link", name="Thực hiện công tác Dân vận chính quyền năm 2025").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/")
    assert "/KH-UBND (chưa ghi số)" in page.locator(".sb-meta").inner_text()
    page.close()
