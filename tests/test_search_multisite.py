"""Multisite search: a portal searches several independently built sites at once (Pagefind's
mergeIndex, set by `extra.search_merge` in mkdocs.yml; README, «Tìm kiếm»)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from urllib.parse import urlencode

import pytest
import yaml

from conftest import copy_project, run_cli, serve

playwright_sync = pytest.importorskip("playwright.sync_api")
from test_browser import browser  # noqa: E402,F401  (the shared fixture, not a copy)

KEEP = {
    "a": "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md",
    "b": "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen.md",
}


def small_site(root: Path, name: str, merge: list[str]) -> Path:
    """One seed plan, its own number set, and (for the portal) other sites to search too."""
    project = copy_project(root / f"project-{name}")
    for plan in (project / "content" / "ke-hoach").rglob("*.md"):
        if plan.relative_to(project / "content").as_posix() != KEEP[name]:
            plan.unlink()
    plan = project / "content" / KEEP[name]
    text = plan.read_text(encoding="utf-8")
    if name == "a":  # NFD on purpose: a file typed on some systems arrives decomposed
        text = unicodedata.normalize("NFD", text.replace('number: "/KH-UBND"', 'number: "12/KH-UBND"'))
    plan.write_text(text, encoding="utf-8")
    config_path = project / "mkdocs.yml"
    config = config_path.read_text(encoding="utf-8")
    extra = yaml.safe_dump({"search_merge": merge}, allow_unicode=True)
    config = config.replace("extra:\n", "extra:\n" + "".join(f"  {line}\n" for line in extra.splitlines()), 1)
    config_path.write_text(config, encoding="utf-8")
    result = run_cli("build", "-d", str(root / "www" / name), cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "www" / name


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """Two sites under one origin, /a/ and /b/; /a/ also searches /b/."""
    root = tmp_path_factory.mktemp("multisite")
    small_site(root, "a", ["/b/pagefind/"])
    small_site(root, "b", [])
    with serve(root / "www") as base:
        yield base


def results(browser, base: str, site: str, query: str) -> list[str]:
    tab = browser.new_page()
    tab.goto(f"{base}/{site}/tim-kiem/?{urlencode({'q': query})}")
    tab.wait_for_function("() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('.sb-search-page .sb-search__status').textContent)")
    urls = [h.removeprefix(base) for h in tab.eval_on_selector_all(".sb-search-page .sb-result__title", "els => els.map(a => a.href)")]
    tab.close()
    return urls


def test_portal_finds_plans_of_both_sites(portal, browser):
    found = results(browser, portal, "a", "dân vận chính quyền")
    assert "/a/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/" in found
    assert "/b/ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen/" in found
    assert results(browser, portal, "a", "Cho Chua")[0] == "/b/ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen/"


def test_a_site_without_merge_searches_only_itself(portal, browser):
    found = results(browser, portal, "b", "dân vận chính quyền")
    assert found and all(url.startswith("/b/") for url in found)


def test_own_number_and_nfd_source_are_found(portal, browser):
    assert results(browser, portal, "a", "12/KH-UBND")[0] == "/a/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"
    assert results(browser, portal, "a", "Hoằng Hợp")[0] == "/a/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"
    assert "/a/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/" in results(browser, portal, "a", "dang uy")
