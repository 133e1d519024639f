"""Cited-document pages on the seed site (issue 20): «Cơ quan chưa có kế hoạch» is said in every case,
a local document whose body and province are unknown names no other province's issuers and has no
«.md» in its address, and each count has one definition used everywhere: «Các kế hoạch trích dẫn (N)»
on the page, the index of documents, the search filter «Văn bản căn cứ» and «Tìm thấy N kế hoạch»."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import SEED_FILES, search_page, serve
from test_browser import browser  # noqa: F401  (the shared fixture, not a copy)

SILENT = "Cơ quan chưa có kế hoạch trích dẫn văn bản này"
CT33 = "van-ban/33-ct-ttg-2021"
CT33_LABEL = "Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ"


def _text(site: Path, url: str) -> str:
    page = (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"):page.index("</article>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


def _silent_section(text: str) -> str:
    return text.split(SILENT, 1)[1].split("Triển khai thực hiện", 1)[0]


def _documents(site: Path) -> list[dict]:
    return json.loads((site / "data/directives.json").read_text(encoding="utf-8"))


def test_every_issuer_having_a_plan_is_said(seed_site):
    section = _silent_section(_text(seed_site, CT33))
    assert "đều đã có kế hoạch trích dẫn văn bản này" in section


def test_local_document_of_an_unknown_body_and_province(seed_site):
    docs = _documents(seed_site)
    assert not [d["url"] for d in docs if d["url"].rstrip("/").endswith("-md")]
    assert not [p.name for p in (seed_site / "van-ban").iterdir() if p.name.endswith("-md")]
    (hd04,) = [d for d in docs if d["symbol"] == "04-HD/BDVTU"]
    assert hd04["url"] == "van-ban/04-hd-bdvtu-2022-chua-ro-co-quan-ke-hoach-2025-vinh-linh-dang-uy-cong-tac-dan-van/"
    section = _silent_section(_text(seed_site, hd04["url"]))
    # Cited only by Vĩnh Linh's plan, which names no province: the communes of other provinces owe it nothing.
    assert "không ghi tỉnh, thành phố" in section
    for issuer in ("UBND xã Hoằng Hợp", "UBND thị trấn Chợ Chùa", "UBND xã Đường An", "Văn phòng UBND tỉnh"):
        assert issuer not in section


def test_each_count_is_the_same_on_every_page(seed_site):
    index = (seed_site / "van-ban/index.html").read_text(encoding="utf-8")  # one page: fewer than 100 documents
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", index, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        link = re.search(r'href="([^"]+)"', row)
        if cells and link:
            rows["van-ban/" + link.group(1)] = [re.sub(r"<[^>]+>", "", c) for c in cells[-2:]]
    filters: dict[str, int] = {}
    for rel in SEED_FILES.values():
        page = (seed_site / rel.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        for label in re.findall(r'data-pagefind-filter="directive">([^<]*)<', page):
            filters[html.unescape(label)] = filters.get(html.unescape(label), 0) + 1
    for doc in _documents(seed_site):
        cited, carried = len(doc["citing"]), sum(c["implements"] for c in doc["citing"])
        text = _text(seed_site, doc["url"])
        assert f"Các kế hoạch trích dẫn ({cited})" in text, doc["url"]
        assert text.count(f"{cited} kế hoạch trên trang này trích dẫn văn bản này") == 1, doc["url"]
        assert (f"trong đó {carried} kế hoạch ghi là thực hiện" if carried else "chưa kế hoạch nào ghi là thực hiện") in text
        label = f"{doc['type']} số {doc['symbol']}" + (f" của {doc['body']}" if doc["body"] else "")
        page = (seed_site / doc["url"].strip("/") / "index.html").read_text(encoding="utf-8")
        if "data-pagefind-body" in page:  # a search result of its own, so a filter value too
            assert filters.get(label) == cited, label
        else:
            assert label not in filters
        assert rows[doc["url"]] == [str(cited), str(carried)], doc["url"]
    assert filters[CT33_LABEL] == 5


@pytest.fixture(scope="module")
def tab(browser, seed_site):  # noqa: F811
    with serve(seed_site) as base:
        page = browser.new_page()
        yield page, base
        page.close()


def test_search_counts_plans_and_the_filter_as_the_page_does(tab):
    page, base = tab
    newest, older = search_page(page, base, "33/CT-TTg")
    status = page.text_content(".sb-search-page .sb-search__status")
    assert status == "Tìm thấy 5 kế hoạch và 1 văn bản được trích dẫn.", status
    assert f"/{CT33}/" in newest + older
    option = page.eval_on_selector("#sb-f-directive", f"s => [...s.options].map(o => o.textContent).find(t => t.startsWith({json.dumps(CT33_LABEL)} + ' ('))")
    assert option == f"{CT33_LABEL} (5)"
    newest, older = search_page(page, base, can_cu=CT33_LABEL)
    assert page.text_content(".sb-search-page .sb-search__status") == "Tìm thấy 5 kế hoạch."
    assert len(newest + older) == 5 and f"/{CT33}/" not in newest + older
