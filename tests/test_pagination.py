"""Listings that grow with the site are paginated (issue 9): every plan is linked exactly once across
the pages of a listing, «Trang trước / Trang sau» lead to the neighbouring pages, and no page grows
with the number of plans."""

from __future__ import annotations

import html
import posixpath
import re

import pytest

from site_builder.render import listings
from site_builder.render.directive_pages import SILENT_SHOWN
from site_builder.render.listings import page_src, paginate
from site_builder.model.paths import page_url
from site_builder.stage.pipeline import load_site
from site_builder.model.settings import Settings

PLANS = 23
PER_PAGE = 5  # 23 plans → 5 pages
LINK = re.compile(r'<a href="([^"]*)">([^<]*)</a>')  # lists, tables and the pager are raw HTML


def _plan(i: int, province: str) -> str:
    return f"""---
title: "Kế hoạch số {i}"
doc_type: "Kế hoạch"
number: "{i + 1}/KH-UBND"
issuer: "UBND xã Xã {i}"
issued: 2025-01-{i % 28 + 1:02d}
locality: {{province: "{province}", commune: "Xã {i}"}}
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    content = tmp_path_factory.mktemp("p") / "content"
    (content / "ke-hoach").mkdir(parents=True)
    for i in range(PLANS):
        (content / "ke-hoach" / f"k{i:02d}.md").write_text(_plan(i, "Thanh Hóa"), encoding="utf-8")
    # Issuers in another province that cites nothing: not "silent" on a Thanh Hóa-only document.
    (content / "ke-hoach" / "khac.md").write_text(_plan(99, "Cà Mau").replace(
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ", "Thực hiện nhiệm vụ"), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(listings, "PER_PAGE", PER_PAGE)
        loaded = load_site(Settings(content, "thử"))
    assert not loaded.diagnostics.errors
    return loaded


def _pages_of(site, first: str) -> list:
    by_src = {p.src_uri: p for p in site.pages}
    pages, number = [], 1
    while page_src(first, number) in by_src:
        pages.append(by_src[page_src(first, number)])
        number += 1
    return pages


def _links(page, site) -> dict[str, list[str]]:
    """Link text → the source files linked to: hrefs are final URLs, resolved against the page's URL."""
    sources = {page_url(p.src_uri): p.src_uri for p in site.pages} | {page_url(p.rel): p.rel for p in site.plans}
    found: dict[str, list[str]] = {}
    for target, text in LINK.findall(page.markdown):
        url = posixpath.normpath(posixpath.join(page_url(page.src_uri), target))
        url = "" if url == "." else url + "/"
        found.setdefault(html.unescape(text), []).append(sources.get(url, url))
    return found


ALL = [f"ke-hoach/k{i:02d}.md" for i in range(PLANS)]


@pytest.mark.parametrize("first, expected", [
    ("nam/2025/index.md", ALL + ["ke-hoach/khac.md"]),  # year
    ("dia-ban/thanh-hoa/index.md", ALL),  # place, with a heading per commune
    ("van-ban/33-ct-ttg-2021/index.md", ALL),  # the citing plans of a directive
])
def test_listing_links_every_plan_once_with_working_pager(site, first, expected):
    pages = _pages_of(site, first)
    assert len(pages) == -(-len(expected) // PER_PAGE) > 1
    plan_links = []
    for number, page in enumerate(pages, 1):
        links = _links(page, site)
        plan_links += [t for targets in links.values() for t in targets if t.startswith("ke-hoach/")]
        assert f"Trang {number}/{len(pages)}" in page.markdown
        prev, nxt = links.get("← Trang trước", []), links.get("Trang sau →", [])
        assert prev == ([page_src(first, number - 1)] * 2 if number > 1 else [])  # above and below the list
        assert nxt == ([page_src(first, number + 1)] * 2 if number < len(pages) else [])
        if number > 1:
            assert page.src_uri == posixpath.dirname(first) + f"/trang-{number}/index.md"
    # Each plan once (the directive page also lists the cascade on page 1: count the table only).
    table_links = plan_links
    if first.startswith("van-ban/"):
        table_links = []
        for page in pages:
            table = page.markdown.split("## Triển khai thực hiện")[0]
            table_links += [t for ts in _links(type(page)(page.src_uri, table), site).values() for t in ts if t.startswith("ke-hoach/")]
    assert sorted(table_links) == sorted(expected)


def test_issuer_index_is_paginated(site):
    pages = _pages_of(site, "co-quan/index.md")
    assert len(pages) == -(-(PLANS + 1) // PER_PAGE)
    issuers = [t for p in pages for ts in _links(p, site).values() for t in ts if t.startswith("co-quan/ubnd")]
    assert len(issuers) == len(set(issuers)) == PLANS + 1


def test_silent_issuers_are_those_of_the_citing_provinces_and_capped(site):
    page = next(p for p in site.pages if p.src_uri == "van-ban/33-ct-ttg-2021/index.md")
    # Every Thanh Hóa issuer cites it; the Cà Mau one is in no citing plan's province.
    assert "đều đã có kế hoạch trích dẫn văn bản này" in page.markdown
    assert "UBND xã Xã 99" not in page.markdown


def test_silent_list_is_capped():
    from site_builder.render.directive_pages import IssuerScopes
    from site_builder.model.plans import Locality

    class P:
        def __init__(self, i):
            self.issuer, self.locality = f"UBND xã {i:03d}", Locality(province="Nghệ An")

    plans = [P(i) for i in range(SILENT_SHOWN * 3)]
    shown, total = IssuerScopes(plans).silent(plans[:2])
    assert len(shown) == SILENT_SHOWN and total == SILENT_SHOWN * 3 - 2
    assert "UBND xã 000" not in shown and shown[0] == "UBND xã 002"


def test_one_page_listing_has_no_pager():
    pages = paginate("x/index.md", [1, 2], lambda chunk, here: "".join(map(str, chunk)), title="T", description="d",
                     head=lambda here: "# T\n")
    assert len(pages) == 1 and "Trang 1/1" not in pages[0].markdown and "12" in pages[0].markdown
