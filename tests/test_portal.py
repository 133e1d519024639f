"""A portal built from independently built member sites (issue 9, «Beyond one machine»): national
pages per cited document merged from each member's data/ folder, a member page, data/portal.json,
and clear messages for a broken member file or broken member data (README, «Cổng tổng hợp nhiều trang»)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SAMPLE_FRONT, copy_project, run_cli
from test_links import broken_links
from site_builder.model.diagnostics import Diagnostics
from site_builder.render.labels import day_label
from site_builder.portal.merge import (DOCUMENT_COLUMNS, MEMBER_COLUMNS, MEMBER_DOCUMENT_COLUMNS, MEMBER_TOP_FIELDS, PLAN_COLUMNS,
                                 SITE_COLUMNS, TOP_FIELDS, load_portal)
from site_builder.portal.pages import render_document, render_members
from site_builder.catalog.registry import load_registry

SEEDS_A = ("ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md", "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen.md")
SEEDS_B = ("ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md",
           "ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi.md",
           "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam.md")
# Site B also has a plan of its own in Thanh Hóa (new tone placement, where site A's seed writes "Thanh Hoá"),
# citing the same provincial plan as site A's Hoằng Hợp seed, and a district plan of a different district.
EXTRA_B = "ke-hoach/2025/thu-thanh-hoa.md"
EXTRA_B_TEXT = SAMPLE_FRONT.replace('locality: {province: "Thanh Hóa", commune: "Thử"}',
                                    'locality: {province: "Thanh Hóa", district: "Khác", commune: "Thử"}') + """---

Thực hiện Kế hoạch số 172/KH-UBND ngày 26/6/2023 của UBND tỉnh về việc triển khai thi hành Luật thực hiện
dân chủ ở cơ sở; Kế hoạch số 123/KH-UBND ngày 30/6/2023 của UBND huyện về cùng nội dung.
"""
A_URL, B_URL = "https://a.example.vn/", "https://b.example.vn/"
MEMBER_FILE = f"""sites:
  - name: Tỉnh A
    url: {A_URL}
    data: ../a/site/data
  - name: Tỉnh B
    url: {B_URL}
    data: ../b/site/data
"""
NAV = """  - Toàn quốc:
      - Văn bản chỉ đạo trên toàn quốc: toan-quoc/index.md
      - Các trang thành viên: toan-quoc/thanh-vien/index.md
"""


def member_site(root: Path, name: str, keep: tuple[str, ...], extra: dict[str, str] | None = None) -> Path:
    project = copy_project(root / name)
    for plan in (project / "content" / "ke-hoach").rglob("*.md"):
        if plan.relative_to(project / "content").as_posix() not in keep:
            plan.unlink()
    for rel, text in (extra or {}).items():
        (project / "content" / rel).write_text(text, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def portal_project(root: Path, member_file: str = MEMBER_FILE, name: str = "portal") -> Path:
    """A project with no plans of its own whose plugin names a member file."""
    project = copy_project(root / name)
    shutil.rmtree(project / "content" / "ke-hoach")
    (project / "cong-thong-tin.yml").write_text(member_file, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      plans_dir: ke-hoach\n", "      plans_dir: ke-hoach\n      portal: cong-thong-tin.yml\n")
    config = config.replace("  - Giới thiệu: gioi-thieu.md\n", NAV + "  - Giới thiệu: gioi-thieu.md\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("portal")
    member_site(root, "a", SEEDS_A)
    member_site(root, "b", SEEDS_B, {EXTRA_B: EXTRA_B_TEXT})
    return root


@pytest.fixture(scope="module")
def portal(members) -> Path:
    project = portal_project(members)
    result = run_cli("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


class _Page(HTMLParser):
    """Links (href, text) and headings of a built page, in order."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.headings: list[str] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href, self._link_text = dict(attrs).get("href"), []
        if tag in ("h1", "h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text).strip()))
            self._href = None
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).replace("¶", "").strip())
            self._heading = None

    def handle_data(self, data):
        self._link_text.append(data)
        if self._heading is not None:
            self._heading.append(data)


def page(site: Path, url: str) -> tuple[_Page, str]:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(html)
    return parsed, html


def data_of(site: Path) -> dict:
    return json.loads((site / "data" / "portal.json").read_text(encoding="utf-8"))


def document(site: Path, symbol: str, body_key=None) -> dict:
    found = [d for d in data_of(site)["documents"] if d["symbol"] == symbol and d["body_key"] == body_key]
    assert len(found) == 1, found
    return found[0]


def member_files(site: Path) -> dict[str, dict]:
    """Each used member's data file (data/portal/<slug>.json), by member name."""
    return {m["name"]: json.loads((site / m["data"]).read_text(encoding="utf-8"))
            for m in data_of(site)["members"] if m["data"]}


def member_document(site: Path, member: str, symbol: str, body_key=None) -> dict:
    found = [d for d in member_files(site)[member]["documents"] if d["symbol"] == symbol and d["body_key"] == body_key]
    assert len(found) == 1, found
    return found[0]


def member_plan_urls(site: Path) -> list[str]:
    return [p["url"] for data in member_files(site).values() for d in data["documents"] for p in d["plans"]]


def plan_links(parsed: _Page) -> list[str]:
    return [href for href, _ in parsed.links if "/ke-hoach/" in href]


# -- the national pages -------------------------------------------------------------------------
def test_national_page_lists_every_citing_plan_grouped_by_site(portal):
    doc = document(portal, "33/CT-TTg")
    assert doc["url"] == "toan-quoc/van-ban/33-ct-ttg-2021/"
    parsed, html = page(portal, doc["url"])
    links = plan_links(parsed)
    expected_a = [A_URL + rel.removesuffix(".md") + "/" for rel in SEEDS_A]
    expected_b = [B_URL + rel.removesuffix(".md") + "/" for rel in SEEDS_B]
    assert sorted(links) == sorted(expected_a + expected_b)  # all five seeds, each once, on its own site
    # Grouped by member site, in the member file's order: every A plan before every B plan.
    assert max(links.index(u) for u in expected_a) < min(links.index(u) for u in expected_b)
    assert parsed.headings.index("Tỉnh A") < parsed.headings.index("Tỉnh B")
    assert "Các kế hoạch trích dẫn (5)" in parsed.headings
    assert "Kế hoạch của 2/2 trang thành viên trích dẫn văn bản này: 5 kế hoạch trích dẫn, trong đó 1 kế hoạch thực hiện." in html
    # Counts per site: A cites it twice (Hoằng Hợp carries it out), B three times.
    assert "2 kế hoạch trích dẫn, 1 kế hoạch thực hiện" in html and "3 kế hoạch trích dẫn, 0 kế hoạch thực hiện" in html
    assert "Mọi trang thành viên đều có kế hoạch trích dẫn văn bản này." in html
    # Each site's own page of the document, and the site itself.
    assert (A_URL + "van-ban/33-ct-ttg-2021/", "xem") in parsed.links
    assert (B_URL, "Tỉnh B") in parsed.links
    assert [s["name"] for s in doc["sites"]] == ["Tỉnh A", "Tỉnh B"]
    assert [(s["citing"], s["implementing"]) for s in doc["sites"]] == [(2, 1), (3, 0)]
    assert (doc["citing"], doc["implementing"], doc["not_citing"]) == (5, 1, [])
    assert 'data-pagefind-body' in html  # the directive template: the number finds this page


def _worth_a_result(doc: dict) -> bool:
    """The members' rule (directive_pages.worth_a_result) over portal.json."""
    return doc["in_registry"] or doc["citing"] >= 2 or any(s["published_url"] for s in doc["sites"])


def _indexed_urls(site: Path) -> set[str]:
    """Every page of the portal Pagefind indexed, from its fragments (one per page) in every bundle; the
    records of member plans (portal_search), which link to the members' sites, are not pages of it."""
    urls = set()
    for fragment in (site / "pagefind").glob("*/fragment/*"):
        data = gzip.decompress(fragment.read_bytes())
        url = json.loads(data[data.index(b"{"):])["url"]
        if not url.startswith(("https://", "http://")):
            urls.add(url.lstrip("/"))
    return urls


def test_national_pages_only_for_documents_worth_one(portal):
    """Issue 22: a national page, and a search result, for a document in the portal's registry or cited by
    plans of two members or more; a document of one member alone is listed on that member's page, linked
    to its page on the member's own site."""
    documents = data_of(portal)["documents"]
    for doc in documents:
        assert bool(doc["url"]) == (doc["in_registry"] or len(doc["sites"]) >= 2), doc
    with_page = {d["url"] for d in documents if d["url"]}
    assert 0 < len(with_page) < len(documents)  # both kinds are in this portal
    built = {p.parent.relative_to(portal).as_posix() + "/" for p in (portal / "toan-quoc" / "van-ban").rglob("index.html")
             if not p.parent.name.startswith("trang-")}
    assert built == with_page
    for url in with_page:
        assert _worth_a_result(document_at(portal, url))
        assert "data-pagefind-body" in (portal / url / "index.html").read_text(encoding="utf-8"), url
    assert _indexed_urls(portal) == with_page
    # A document of an unplaced local body, cited by one plan of one member: no national page, no result;
    # the member's page on the portal lists it, linked to the document's page on the member's site.
    once = document(portal, "88-KH/HU", "huyện ủy vĩnh linh · " + B_URL)
    assert once["citing"] == 1 and not once["in_registry"] and once["url"] is None
    parsed, html = page(portal, "toan-quoc/thanh-vien/tinh-b")
    assert once["sites"][0]["document_url"].startswith(B_URL + "van-ban/")
    assert [text for href, text in parsed.links if href == once["sites"][0]["document_url"]] == ["Kế hoạch số 88-KH/HU"]
    # Every document B's plans cite is a row of B's page, national ones linked to their national page.
    cited_by_b = [d for d in documents if "Tỉnh B" in [s["name"] for s in d["sites"]]]
    assert html.count("<tr>") - 1 == len(cited_by_b) == member_files(portal)["Tỉnh B"]["count"]
    assert ("../../van-ban/33-ct-ttg-2021/", "Chỉ thị số 33/CT-TTg") in parsed.links


def document_at(site: Path, url: str) -> dict:
    return next(d for d in data_of(site)["documents"] if d["url"] == url)


def test_national_search_rule(tmp_path):
    """In the portal's registry, published by a member, or cited by two plans (of one member or more)."""
    published = _cited("6/KH-UBND", 2024, "ubnd tỉnh thanh hóa", ["a5"]) | {"published": "ke-hoach/2024/kh-6/"}
    portal, diags = _load(tmp_path, [
        _cited("33/CT-TTg", 2021, None, ["a1"]),
        _cited("5/KH-UBND", 2024, "ubnd tỉnh thanh hóa", ["a2"]),
        published,
        _cited("9/KH-UBND", 2024, "ubnd tỉnh thanh hóa", ["a6", "a7"]),
        _cited("7/KH-UBND", 2024, "chưa rõ cơ quan · ke-hoach/x.md", ["a3"]),
    ], [
        _cited("5/KH-UBND", 2024, "ubnd tỉnh thanh hóa", ["b3"]),
        _cited("8/KH-UBND", 2024, "ubnd tỉnh nghệ an", ["b4"]),
    ], registry=PORTAL_REGISTRY)
    assert diags.errors == [], _messages(diags)
    found = {}
    for national in portal.documents:
        (first, *_) = render_document(national, portal)
        front = yaml.safe_load(first.markdown.split("---\n")[1])
        found[national.doc.symbol.text] = front["sb_document"]["searchable"]
    assert found == {"33/CT-TTg": True, "5/KH-UBND": True, "6/KH-UBND": True, "9/KH-UBND": True,
                     "7/KH-UBND": False, "8/KH-UBND": False}
    kh6 = next(n for n in portal.documents if n.doc.symbol.text == "6/KH-UBND")
    assert kh6.by_site()[0].published_url == A_URL + "ke-hoach/2024/kh-6/"


def test_document_cited_only_by_one_site_names_the_others(portal):
    doc = document(portal, "26/CT-TTg")
    assert [s["name"] for s in doc["sites"]] == ["Tỉnh A"] and doc["not_citing"] == ["Tỉnh B"]
    parsed, html = page(portal, doc["url"])
    assert plan_links(parsed) == [A_URL + "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"]
    assert "Kế hoạch của 1/2 trang thành viên trích dẫn văn bản này" in html
    article = html.split("<article", 1)[1]  # not the table of contents
    silent = article.split("Trang thành viên chưa có kế hoạch trích dẫn văn bản này")[1].split("Các kế hoạch trích dẫn")[0]
    assert B_URL in silent and A_URL not in silent


def test_local_documents_merge_only_with_the_same_issuing_body(portal):
    # "UBND tỉnh" in a Thanh Hóa plan of site B is the UBND tỉnh Thanh Hoá of site A's seed: one document.
    doc = document(portal, "172/KH-UBND", "ubnd tỉnh thanh hóa")
    assert [s["name"] for s in doc["sites"]] == ["Tỉnh A", "Tỉnh B"] and doc["citing"] == 2
    assert [p["url"] for p in member_document(portal, "Tỉnh B", "172/KH-UBND", "ubnd tỉnh thanh hóa")["plans"]] == [
        B_URL + "ke-hoach/2025/thu-thanh-hoa/"]
    # 123/KH-UBND of two different districts stays two documents; a district is named with its province.
    same_number = [d for d in data_of(portal)["documents"] if d["symbol"] == "123/KH-UBND"]
    assert sorted(d["body_key"] for d in same_number) == ["ubnd huyện hoằng hóa @ thanh hóa", "ubnd huyện khác @ thanh hóa"]
    # A body site B could not place is private to B, never merged with A's document of the same number.
    ones = [d for d in data_of(portal)["documents"] if d["symbol"] == "1256/QĐ-UBND"]
    assert len(ones) == 2 and sorted(len(d["sites"]) for d in ones) == [1, 1]
    assert {d["sites"][0]["name"] for d in ones} == {"Tỉnh A", "Tỉnh B"}


def test_index_lists_each_merged_document_once(portal):
    data = data_of(portal)
    assert len(data["documents"]) == data["count"]
    urls = [d["url"] for d in data["documents"] if d["url"]]
    assert len(urls) == len(set(urls))
    parsed, html = page(portal, "toan-quoc")
    others = data["count"] - len(urls)
    assert f"{others} văn bản khác chỉ được kế hoạch của một trang thành viên trích dẫn" in html
    listed = [href for href, _ in parsed.links if href.startswith("van-ban/")]
    assert sorted(listed) == sorted(u.removeprefix("toan-quoc/") for u in urls)
    assert sum(1 for _, text in parsed.links if text == "Chỉ thị số 33/CT-TTg") == 1
    assert urls[0] == "toan-quoc/van-ban/33-ct-ttg-2021/"  # most cited first
    # Every document of either member appears, merged: the union of their identities.
    assert {"Văn bản của trung ương", "Văn bản của địa phương"} <= set(parsed.headings)
    assert "Văn bản chỉ đạo trên toàn quốc" in [text for _, text in page(portal, "")[0].links]  # in the nav


def test_portal_json_and_its_documentation(portal, members):
    data = data_of(portal)
    assert list(data) == [name for name, _ in TOP_FIELDS]
    assert [m["name"] for m in data["members"]] == ["Tỉnh A", "Tỉnh B"]
    assert [(m["plans"], m["url"]) for m in data["members"]] == [(2, A_URL), (4, B_URL)]
    for member, folder in zip(data["members"], ("a", "b")):
        source = members / folder / "site" / "data"
        manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
        assert member["built_at"] == manifest["built_at"]
        assert member["documents"] == len(json.loads((source / "directives.json").read_text(encoding="utf-8")))
        assert member["sha256"]["plans.json"] == hashlib.sha256((source / "plans.json").read_bytes()).hexdigest()
    doc = data["documents"][0]
    assert list(doc) == [c.name for c in DOCUMENT_COLUMNS]
    assert list(doc["sites"][0]) == [c.name for c in SITE_COLUMNS]
    assert list(data["members"][0]) == [c.name for c in MEMBER_COLUMNS]
    files = member_files(portal)
    assert [m["data"] for m in data["members"]] == ["data/portal/tinh-a.json", "data/portal/tinh-b.json"]
    for name, own in files.items():
        assert list(own) == [n for n, _ in MEMBER_TOP_FIELDS] and own["member"] == name
        assert [list(d) for d in own["documents"]] == [[c.name for c in MEMBER_DOCUMENT_COLUMNS]] * own["count"]
        # The member's part of every merged document that names it, and only those, in portal.json's order.
        named = [(d, next(s for s in d["sites"] if s["name"] == name)) for d in data["documents"]
                 if name in [s["name"] for s in d["sites"]]]
        assert [(d["symbol"], d["year"], d["body_key"], d["url"], s["citing"], s["implementing"]) for d, s in named] == [
            (d["symbol"], d["year"], d["body_key"], d["national_url"], d["citing"], d["implementing"])
            for d in own["documents"]]
        assert all(len(d["plans"]) == d["citing"] for d in own["documents"])
    first = next(d for d in files["Tỉnh A"]["documents"] if d["symbol"] == doc["symbol"] and d["body_key"] == doc["body_key"])
    assert list(first["plans"][0]) == [c.name for c in PLAN_COLUMNS]
    plan = next(p for p in first["plans"] if p["url"].endswith("hoang-hop-dan-van-chinh-quyen/"))
    assert plan == {"url": A_URL + "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/",
                    "title": "Thực hiện công tác Dân vận chính quyền năm 2025", "number": "/KH-UBND",
                    "issuer": "UBND xã Hoằng Hợp", "issued": "2025-01",
                    "locality": {"province": "Thanh Hoá", "district": "Hoằng Hoá", "commune": "Hoằng Hợp"},
                    "implements": True}
    # Every field written is documented on the member page, and nothing else.
    _, html = page(portal, "toan-quoc/thanh-vien")
    for name in [n for n, _ in (*TOP_FIELDS, *MEMBER_TOP_FIELDS)] + [c.name for c in (
            *MEMBER_COLUMNS, *DOCUMENT_COLUMNS, *SITE_COLUMNS, *MEMBER_DOCUMENT_COLUMNS, *PLAN_COLUMNS)]:
        assert f"<code>{name}</code>" in html, name


def test_portal_data_passes_its_schemas(portal):
    from jsonschema import Draft202012Validator

    def validator(name: str) -> Draft202012Validator:
        schema = json.loads((portal / "data" / name).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        return Draft202012Validator(schema)

    data, own = data_of(portal), validator("portal-member.schema.json")
    assert [e.message for e in validator("portal.schema.json").iter_errors(data)] == []
    files = member_files(portal)
    assert len(files) == 2 and all(f["documents"][0]["plans"] for f in files.values())
    for name, member in files.items():
        assert [e.message for e in own.iter_errors(member)] == [], name
    member["documents"][0]["plans"][0]["extra"] = 1  # closed: a field the schema does not describe fails
    assert list(own.iter_errors(member))
    _, html = page(portal, "toan-quoc/thanh-vien")
    assert 'href="../../data/portal.schema.json"' in html and 'href="../../data/portal-member.schema.json"' in html


def test_member_file_kept_in_the_content_folder_is_not_published(members):
    """The member file is a build input whatever its name; under content/, MkDocs would copy it."""
    project = portal_project(members, name="portal-inside")
    (project / "cong-thong-tin.yml").unlink()
    (project / "content" / "thanh-vien.txt").write_text(MEMBER_FILE.replace("data: ../", "data: ../../"),
                                                        encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("portal: cong-thong-tin.yml", "portal: content/thanh-vien.txt"),
                      encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    assert (site / "toan-quoc" / "van-ban" / "33-ct-ttg-2021" / "index.html").is_file()
    assert not (site / "thanh-vien.txt").exists()


def test_member_page(portal, members):
    parsed, html = page(portal, "toan-quoc/thanh-vien")
    assert ("tinh-a/", "Tỉnh A") in parsed.links and (B_URL, B_URL) in parsed.links
    built = json.loads((members / "a" / "site" / "data" / "manifest.json").read_text(encoding="utf-8"))["built_at"]
    rows = [row for row in html.split("<tr>") if "Tỉnh A" in row or "Tỉnh B" in row]
    assert len(rows) == 2
    cells_a = [c.split(">", 1)[1].split("<")[0] for c in rows[0].split("<td")[1:]]
    assert cells_a[2:4] == ["2", str(data_of(portal)["members"][0]["documents"])]
    assert day_label(built) in rows[0]
    assert "../../data/portal.json" in html


def test_home_page_leads_to_the_national_pages(portal, seed_site):
    parsed, html = page(portal, "")
    data = data_of(portal)
    assert ("toan-quoc/", "văn bản chỉ đạo trên toàn quốc") in parsed.links
    assert ("toan-quoc/thanh-vien/", "trang thành viên") in parsed.links
    plans = sum(m["plans"] for m in data["members"])
    assert "Cổng tổng hợp 2 " in html and f"với {plans} kế hoạch" in html
    assert f"({len(data['documents'])} văn bản được trích dẫn)" in html
    assert "Cổng tổng hợp" not in (seed_site / "index.html").read_text(encoding="utf-8")


def test_portal_links_resolve_and_the_seed_site_is_unchanged(portal, seed_site):
    broken, pages = broken_links(portal)
    assert broken == [], "\n".join(broken[:30])
    assert pages > 50
    assert not (seed_site / "toan-quoc").exists() and not (seed_site / "data" / "portal.json").exists()


def test_the_portal_pages_are_valid_html(portal, tmp_path):
    """The national pages, the member pages and their index, through the Nu Html Checker as the seed site's."""
    from test_html_valid import _is_material_toggle, nu_errors

    shutil.copytree(portal / "toan-quoc", tmp_path / "site" / "toan-quoc")
    pages = list((tmp_path / "site").rglob("*.html"))
    assert any("thanh-vien/tinh-a" in p.as_posix() for p in pages) and len(pages) > 10
    assert [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in nu_errors(tmp_path / "site")
            if not _is_material_toggle(m)] == []


def test_plain_mkdocs_build_reads_the_portal_option(members, tmp_path):
    project = portal_project(members, name="portal-mkdocs")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "out")], cwd=project,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "toan-quoc" / "van-ban" / "33-ct-ttg-2021" / "index.html").is_file()


# -- untrusted member data ----------------------------------------------------------------------
def _altered_member(members: Path, name: str, citing: dict | None = None, **document) -> Path:
    """A portal over a copy of member A's data/ in which the 33/CT-TTg entry has `document`'s fields
    and its first citing plan `citing`'s; returns the portal project."""
    folder = members / name
    shutil.copytree(members / "a" / "site" / "data", folder)
    directives = json.loads((folder / "directives.json").read_text(encoding="utf-8"))
    doc = next(d for d in directives if d["symbol"] == "33/CT-TTg")
    doc.update(document)
    doc["citing"][0].update(citing or {})
    (folder / "directives.json").write_text(json.dumps(directives, ensure_ascii=False), encoding="utf-8")
    return portal_project(members, MEMBER_FILE.replace("../a/site/data", f"../{name}"), name=f"portal-{name}")


def test_member_data_is_escaped_and_only_web_links_are_made(members):
    project = _altered_member(members, "hostile", official_url="javascript:alert(1)", citing={
        "title": "<script>alert(1)</script> [bấm](javascript:alert(2)) *đậm* | ô",
        "issuer": "<img src=x onerror=alert(3)>"})
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "official_url: «javascript:alert(1)» không phải địa chỉ http:// hay https://" in result.stdout
    parsed, html = page(project / "site", "toan-quoc/van-ban/33-ct-ttg-2021")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert not [href for href, _ in parsed.links if not href.startswith(("https://", "#", ".", "/")) and ":" in href]
    # Shown as the text it is, in a link to the plan on its own site; Markdown in data stays text.
    assert (A_URL + "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen/",
            "<script>alert(1)</script> [bấm](javascript:alert(2)) *đậm* | ô") in parsed.links
    assert "<td data-label=\"Cơ quan ban hành\">&lt;img src=x onerror=alert(3)&gt;</td>" in html
    assert "Toàn văn chính thức" not in html


def test_odd_but_harmless_member_data_is_built_with_warnings(members):
    """A build time that is no ISO 8601 moment ("20250307") and a control character in a title, in a real
    build: warnings, and the pages say "chưa rõ" and show the title without it."""
    project = _altered_member(members, "odd", citing={"title": "Tiêu đề\u0007 có chuông"})
    odd = members / "odd"
    (odd / "manifest.json").write_text(json.dumps({"built_at": "20250307"}), encoding="utf-8")
    plans = json.loads((odd / "plans.json").read_text(encoding="utf-8")) | {"generated": "20250307"}
    (odd / "plans.json").write_text(json.dumps(plans, ensure_ascii=False), encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "odd/manifest.json: cảnh báo: built_at: «20250307» không phải thời điểm dạng ISO 8601" in result.stdout
    assert "odd/directives.json: cảnh báo: 1.citing.1.title: có ký tự điều khiển không hiện được (U+0007)" in result.stdout
    _, html = page(project / "site", "toan-quoc/thanh-vien")
    row = next(row for row in html.split("<tr>") if "Tỉnh A" in row)
    assert '<span data-sort="">chưa rõ</span>' in row
    parsed, _ = page(project / "site", "toan-quoc/van-ban/33-ct-ttg-2021")
    assert "Tiêu đề có chuông" in [text for _, text in parsed.links]


def test_member_text_with_a_lone_surrogate_skips_that_record(members):
    """Issue 19: one bad record of one member no longer stops the portal; it is skipped, named."""
    bad = members / "surrogate"
    shutil.copytree(members / "a" / "site" / "data", bad)
    text = (bad / "directives.json").read_text(encoding="utf-8")
    (bad / "directives.json").write_text(text.replace('"title": "', '"title": "\\ud800', 1), encoding="utf-8")
    project = portal_project(members, MEMBER_FILE.replace("../a/site/data", "../surrogate"), name="portal-surrogate")
    out = _builds(project)
    assert re.search(r"surrogate/directives\.json: cảnh báo: 1\.title: có ký tự không hợp lệ \(U\+D800.*"
                     r"Bỏ qua mục «1» của «Tỉnh A»\.", out), out


def _write_member(folder: Path, site: str, documents: list[dict], plans: list[dict] | None = None) -> None:
    folder.mkdir(parents=True)
    (folder / "plans.json").write_text(json.dumps({"generated": "2025-06-01T08:00:00+07:00", "site": site,
                                                   "count": len(plans or []), "plans": plans or []}), encoding="utf-8")
    (folder / "directives.json").write_text(json.dumps(documents), encoding="utf-8")  # "\ud800" stays writable


def _cited(symbol: str, year, body_key, plans: list[str], implements: bool = False) -> dict:
    return {"url": "van-ban/x/", "symbol": symbol, "type": "Chỉ thị", "year": year, "date": None, "issuer": [],
            "body": None, "body_key": body_key, "title": None, "official_url": None, "in_registry": False,
            "citing": [{"url": f"ke-hoach/{p}/", "title": f"Kế hoạch {p}", "number": None, "issuer": "UBND xã X",
                        "implements": implements, "lines": [3]} for p in plans]}


def _load(tmp_path: Path, a_docs: list[dict], b_docs: list[dict], a_plans: list[dict] | None = None,
          b_plans: list[dict] | None = None, member_file: str | None = None, registry: str | None = None):
    """A portal over two members written from these lists; `registry` is the portal's own van-ban-can-cu.yml."""
    _write_member(tmp_path / "a", "A", a_docs, a_plans)
    _write_member(tmp_path / "b", "B", b_docs, b_plans)
    text = member_file or MEMBER_FILE.replace("../a/site/data", "a").replace("../b/site/data", "b")
    (tmp_path / "members.yml").write_text(text, encoding="utf-8")
    diags = Diagnostics()
    entries = []
    if registry is not None:
        (tmp_path / "van-ban-can-cu.yml").write_text(registry, encoding="utf-8")
        entries = load_registry(tmp_path / "van-ban-can-cu.yml", "van-ban-can-cu.yml", diags)
    return load_portal(tmp_path / "members.yml", diags, registry=entries), diags


def _messages(diags: Diagnostics) -> str:
    return "\n".join(d.format() for d in diags.items)


def _in(province: str | None, *plans: str) -> list[dict]:
    """plans.json records of plans in `province`."""
    return [{"url": f"ke-hoach/{p}/", "issued": "2025-01-02", "locality": {"province": province}} for p in plans]


@pytest.mark.parametrize("province_b, keys", [
    # Two districts of one name in two provinces: two documents.
    ("Nghệ An", ["ubnd huyện yên định @ nghệ an", "ubnd huyện yên định @ thanh hóa"]),
    # The same district: the same province, however its name is accented.
    ("Thanh Hoá", ["ubnd huyện yên định @ thanh hóa"]),
    # A member that does not say where its plan is keeps the document its own.
    (None, ["ubnd huyện yên định @ thanh hóa", "ubnd huyện yên định · " + B_URL]),
])
def test_a_district_body_is_one_only_within_one_province(tmp_path, province_b, keys):
    body = "ubnd huyện yên định"
    portal, diags = _load(tmp_path, [_cited("01/KH-UBND", 2025, body, ["a1"]), _cited("3/KH-UBND", 2025, "ubnd tỉnh nghệ an", ["a1"])],
                          [_cited("01/KH-UBND", 2025, body, ["b1"]), _cited("3/KH-UBND", 2025, "ubnd tỉnh nghệ an", ["b1"])],
                          _in("Thanh Hóa", "a1"), _in(province_b, "b1"))
    assert diags.errors == [], _messages(diags)
    district = [n for n in portal.documents if n.doc.symbol.text == "01/KH-UBND"]
    assert sorted(n.doc.key.body for n in district) == keys
    assert sum(len(n.sites) for n in district) == 2
    # A province's own body names its province: one document whichever province cites it.
    assert [len(n.sites) for n in portal.documents if n.doc.symbol.text == "3/KH-UBND"] == [2]


def test_merge_rules(tmp_path):
    portal, diags = _load(tmp_path, [
        _cited("33-CT/TTg", 2021, None, ["a1"]),  # another spelling of the same number
        _cited("5/KH-UBND", 2024, "ubnd tỉnh thanh hoá", ["a2"]),
        _cited("7/KH-UBND", 2024, "chưa rõ cơ quan · ke-hoach/x.md", ["a3"]),
        _cited("16/CT-TTg", None, None, ["a4"]) | {"official_url": "https://vbpl.vn/van-ban(16)"},
    ], [
        _cited("33/CT-TTg", 2021, None, ["b1", "b2"], implements=True),
        _cited("5/KH-UBND", 2024, "ubnd tỉnh thanh hóa", ["b3"]),
        _cited("5/KH-UBND", 2024, "ubnd tỉnh nghệ an", ["b4"]),
        _cited("7/KH-UBND", 2024, "chưa rõ cơ quan · ke-hoach/x.md", ["b5"]),  # same private key text: not merged
        _cited("16/CT-TTg", 2016, None, ["b6"]),  # the only known year: the undated citation joins it
    ])
    assert diags.errors == [], [d.format() for d in diags.items]
    by = {}
    for n in portal.documents:
        by.setdefault(n.doc.symbol.text, []).append(n)
    assert len(by["33/CT-TTg"]) == 1 and by["33/CT-TTg"][0].citing == 3 and by["33/CT-TTg"][0].implementing == 2
    assert sorted(len(n.sites) for n in by["5/KH-UBND"]) == [1, 2]
    assert [len(n.sites) for n in by["7/KH-UBND"]] == [1, 1]
    assert len(by["16/CT-TTg"]) == 1 and by["16/CT-TTg"][0].doc.year == 2016
    assert by["16/CT-TTg"][0].doc.official_url is None  # never a member's word (issue 19; portal_facts)
    assert len({n.slug for n in portal.documents}) == len(portal.documents)


def test_member_text_that_no_page_can_hold(tmp_path):
    """A lone surrogate ("\\ud800" in JSON) leaves its record out with a warning, never a crash when the
    page is written; control characters (pasted .docx text has some) are dropped with a warning."""
    doc = _cited("33/CT-TTg", 2021, None, ["a1", "a2"])
    doc["citing"][0]["title"] = "Kế hoạch \ud800 một"
    doc["citing"][1]["title"] = "Kế hoạch\x07 hai\x7f"
    portal, diags = _load(tmp_path, [doc], [])
    out = _messages(diags)
    assert ("a/directives.json: cảnh báo: 1.citing.1.title: có ký tự không hợp lệ (U+D800, nửa cặp UTF-16 «\\ud800»" in out
            and "Bỏ qua mục «1.citing.1» của «Tỉnh A»." in out)
    assert "a/directives.json: cảnh báo: 1.citing.2.title: có ký tự điều khiển không hiện được (U+0007); đã bỏ đi." in out
    out.encode("utf-8")  # every message can be printed
    assert diags.errors == [] and [p.title for p in portal.documents[0].by_site()[0].sorted_plans()] == ["Kế hoạch hai"]
    assert portal.members[0].skipped == 1 and portal.members[0].problem is None


@pytest.mark.parametrize("text, message", [
    ("1" * 5000, "tệp có một số quá dài"),
    ("[" * 100_000 + "]" * 100_000, "tệp có các danh sách hoặc đối tượng lồng nhau quá sâu"),
])
def test_member_json_that_python_cannot_read(tmp_path, text, message):
    _write_member(tmp_path / "a", "A", [])
    (tmp_path / "a" / "directives.json").write_text(text, encoding="utf-8")
    portal, diags = _load(tmp_path / "p", [], [_cited("33/CT-TTg", 2021, None, ["b1"])],
                          member_file=MEMBER_FILE.replace("../a/site/data", str(tmp_path / "a")).replace("../b/site/data", "b"))
    assert f"a/directives.json: cảnh báo: {message}" in _messages(diags)
    assert "Cổng không dùng dữ liệu của «Tỉnh A» lần này" in _messages(diags) and diags.errors == []
    assert portal.members[0].problem and [s.member.name for s in portal.documents[0].by_site()] == ["Tỉnh B"]
    assert portal.documents[0].not_citing(portal.members) == []  # nothing is known of A: it is not «not citing»


@pytest.mark.parametrize("path", ["ke-hoach/%2e%2e/%2E%2e/x/", "ke-hoach/.%2E/x/", "%2e/x/", "x/%2e%2e%2f%2e%2e/y/",
                                  "x%5c..%5cy/", "x\\..\\y/", "%2F%2Fevil.example/"])
def test_member_paths_cannot_leave_the_member_site(tmp_path, path):
    doc = _cited("33/CT-TTg", 2021, None, ["a1", "a2"])
    doc["citing"][0]["url"] = path
    portal, diags = _load(tmp_path, [doc], [])
    assert f"1.citing.1.url: «{path}» không phải địa chỉ trang tính từ gốc trang web" in _messages(diags)
    assert [p.url for p in portal.documents[0].by_site()[0].sorted_plans()] == [A_URL + "ke-hoach/a2/"]


def test_bad_urls_and_paths_in_the_member_file(tmp_path):
    doc = _cited("33/CT-TTg", 2021, None, ["a1"]) | {"official_url": "http://[::1"}
    text = MEMBER_FILE.replace(B_URL, "http://[::1").replace("../a/site/data", "a").replace("../b/site/data", '"b\\0x"')
    portal, diags = _load(tmp_path, [doc], [], member_file=text + '  - name: "C\\ud800"\n    url: https://c.example.vn/\n    data: a\n')
    assert portal is None
    out = _messages(diags)
    # Characters no page can show are refused as the YAML is read, as in any content file (issue 19).
    assert "members.yml:7: lỗi: sites.2.data: giá trị có ký tự điều khiển, không hiện được (U+0000" in out
    assert "members.yml:8: lỗi: sites.3.name: giá trị có ký tự nửa cặp UTF-16, không phải một ký tự (U+D800" in out
    out.encode("utf-8")
    portal, diags = _load(tmp_path / "url", [doc], [], member_file=MEMBER_FILE.replace(B_URL, "http://[::1")
                          .replace("../a/site/data", "a").replace("../b/site/data", "b"))
    assert portal is None
    assert "members.yml:6: lỗi: sites.2.url: «http://[::1» phải là địa chỉ http:// hoặc https://" in _messages(diags)
    portal, diags = _load(tmp_path / "again", [doc], [])
    assert diags.errors == [] and portal.documents[0].doc.official_url is None
    assert "1.official_url: «http://[::1» không phải địa chỉ http:// hay https://" in _messages(diags)


def test_member_build_times_are_checked(tmp_path):
    _write_member(tmp_path / "a", "A", [])
    (tmp_path / "a" / "manifest.json").write_text(json.dumps({"built_at": "20250307"}), encoding="utf-8")
    plans = json.loads((tmp_path / "a" / "plans.json").read_text(encoding="utf-8")) | {"generated": "2025-W10"}
    (tmp_path / "a" / "plans.json").write_text(json.dumps(plans), encoding="utf-8")
    text = MEMBER_FILE.replace("../a/site/data", str(tmp_path / "a")).replace("../b/site/data", "b")
    portal, diags = _load(tmp_path / "p", [], [], member_file=text)
    assert diags.errors == [] and [m.built_at for m in portal.members] == [None, "2025-06-01T08:00:00+07:00"]
    out = _messages(diags)
    assert "a/manifest.json: cảnh báo: built_at: «20250307» không phải thời điểm dạng ISO 8601" in out
    assert "a/plans.json: cảnh báo: generated: «2025-W10» không phải thời điểm dạng ISO 8601" in out
    member_page = render_members(portal)[0].markdown
    assert '<span data-sort="">chưa rõ</span>' in member_page and ">01/06/2025</span>" in member_page
    assert day_label("20250307") is None and day_label("2025-03-07T10:00:00+07:00") == "07/03/2025"


def test_long_national_page_is_paginated_by_site(tmp_path):
    portal, diags = _load(tmp_path, [_cited("33/CT-TTg", 2021, None, [f"a{i:03}" for i in range(130)])],
                          [_cited("33/CT-TTg", 2021, None, [f"b{i:03}" for i in range(90)])])
    assert diags.errors == []
    pages = render_document(portal.documents[0], portal)
    assert [p.src_uri for p in pages] == ["toan-quoc/van-ban/33-ct-ttg-2021/index.md",
                                          "toan-quoc/van-ban/33-ct-ttg-2021/trang-2/index.md",
                                          "toan-quoc/van-ban/33-ct-ttg-2021/trang-3/index.md"]
    assert all(p.markdown.count("https://") <= 100 + 10 for p in pages)
    headings = [re.findall(r"^### (.*?) \{:", p.markdown, re.M) for p in pages]
    assert [[h for h in page if h.startswith("Tỉnh")] for page in headings] == [
        ["Tỉnh A"], ["Tỉnh A (tiếp)", "Tỉnh B"], ["Tỉnh B (tiếp)"]]
    assert "## Theo trang thành viên" in pages[0].markdown and "## Theo trang thành viên" not in pages[1].markdown


# -- failures: clear messages; a broken member file stops the build, a member's broken data does not --
def _builds(project: Path) -> str:
    """A portal whose member data has problems is built all the same, with warnings (issue 19)."""
    result = run_cli("build", cwd=project)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Traceback" not in output and (project / "site" / "toan-quoc" / "index.html").is_file()
    return result.stdout


def _fails(project: Path) -> str:
    result = run_cli("build", cwd=project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert not (project / "site").exists()
    assert sorted(p.name for p in project.iterdir()) == ["cong-thong-tin.yml", "content", "mkdocs.yml"]
    return result.stdout


def test_member_without_url(members):
    project = portal_project(members, MEMBER_FILE.replace(f"    url: {B_URL}\n", ""), name="no-url")
    out = _fails(project)
    assert "cong-thong-tin.yml:5: lỗi: sites.2.url: thiếu trường «url»." in out


def test_bad_member_file_lines_and_fields(members):
    text = MEMBER_FILE.replace(f"url: {B_URL}", "url: ftp://b.example.vn").replace("../b/site/data", "../khong-co")
    project = portal_project(members, text + "    trang: x\nkhac: 1\n", name="bad-file")
    out = _fails(project)
    assert ("cong-thong-tin.yml:6: lỗi: sites.2.url: «ftp://b.example.vn» phải là địa chỉ http:// hoặc https:// "
            "kết thúc bằng «/»") in out
    assert "cong-thong-tin.yml:7: lỗi: sites.2.data: không tìm thấy thư mục dữ liệu «../khong-co»" in out
    assert "cong-thong-tin.yml:8: lỗi: sites.2.trang: trường không có ở một trang thành viên" in out
    assert "cong-thong-tin.yml:9: lỗi: khac: trường không có trong danh sách trang thành viên" in out


def test_member_file_that_is_not_yaml(members):
    project = portal_project(members, 'sites:\n  - name: "Tỉnh A\n    url: x\n', name="not-yaml")
    out = _fails(project)
    assert "cong-thong-tin.yml:2: lỗi:" in out and "ngoặc kép" in out


def test_missing_member_file(members):
    project = portal_project(members, name="no-file")
    (project / "cong-thong-tin.yml").unlink()
    result = run_cli("build", cwd=project)
    assert result.returncode == 1 and not (project / "site").exists()
    assert "cong-thong-tin.yml: lỗi: không tìm thấy tệp danh sách trang thành viên" in result.stdout


def test_malformed_member_data(members):
    broken = members / "broken"
    shutil.copytree(members / "b" / "site" / "data", broken)
    text = (broken / "plans.json").read_text(encoding="utf-8").split("\n")
    text[2] = ' "site": Tỉnh B,'  # not JSON: an unquoted string
    (broken / "plans.json").write_text("\n".join(text), encoding="utf-8")
    project = portal_project(members, MEMBER_FILE.replace("../b/site/data", "../broken"), name="bad-json")
    out = _builds(project)
    assert ("broken/plans.json:3: cảnh báo: tệp không phải JSON hợp lệ: thiếu giá trị (cột 10). Hãy tải lại tệp này từ "
            "trang thành viên. Cổng không dùng dữ liệu của «Tỉnh B» lần này; các trang thành viên khác vẫn được tổng "
            "hợp.") in out
    _, html = page(project / "site", "toan-quoc/thanh-vien")
    assert "không dùng: tệp không phải JSON hợp lệ" in html  # the member page says so too
    assert data_of(project / "site")["members"][1]["problem"].startswith("tệp không phải JSON hợp lệ")


def test_member_data_of_the_wrong_shape(members):
    wrong = members / "wrong"
    shutil.copytree(members / "b" / "site" / "data", wrong)
    plans = json.loads((wrong / "plans.json").read_text(encoding="utf-8"))
    plans["plans"][1]["url"] = "https://evil.example/"
    (wrong / "plans.json").write_text(json.dumps(plans, ensure_ascii=False), encoding="utf-8")
    directives = json.loads((wrong / "directives.json").read_text(encoding="utf-8"))
    directives[0]["citing"][0]["url"] = "../../ra-ngoai/"
    directives[1]["year"] = "2020"
    del directives[2]["symbol"]
    (wrong / "directives.json").write_text(json.dumps(directives, ensure_ascii=False), encoding="utf-8")
    (wrong / "manifest.json").unlink()  # optional: the build date then comes from plans.json
    project = portal_project(members, MEMBER_FILE.replace("../b/site/data", "../wrong"), name="bad-shape")
    out = _builds(project)
    assert ("wrong/plans.json: cảnh báo: plans.2.url: «https://evil.example/» không phải địa chỉ trang tính từ gốc trang "
            "web (ví dụ «ke-hoach/2025/ten/»). Bỏ qua mục «plans.2» của «Tỉnh B».") in out
    assert "wrong/directives.json: cảnh báo: 1.citing.1.url: «../../ra-ngoai/» không phải địa chỉ trang" in out
    assert "wrong/directives.json: cảnh báo: 2.year: phải là năm" in out and "Bỏ qua mục «2» của «Tỉnh B»." in out
    assert "wrong/directives.json: cảnh báo: 3.symbol: thiếu trường này. Bỏ qua mục «3» của «Tỉnh B»." in out
    member = data_of(project / "site")["members"][1]
    assert member["problem"] is None and member["skipped"] == 4


def test_missing_data_file(members):
    partial = members / "partial"
    shutil.copytree(members / "b" / "site" / "data", partial)
    (partial / "directives.json").unlink()
    project = portal_project(members, MEMBER_FILE.replace("../b/site/data", "../partial"), name="no-directives")
    out = _builds(project)
    assert "partial/directives.json: cảnh báo: không tìm thấy tệp" in out and "Cổng không dùng dữ liệu của «Tỉnh B»" in out


# -- issue 19: one member cannot stop or mislead the others --------------------------------------
def test_a_member_plan_whose_file_name_has_spaces_and_marks(members, tmp_path):
    """«kế hoạch xã.md» passes its own site's build; its plans.json now writes its URL encoded, which the
    portal takes. Data from before (the URL as the file is named) is one record left out, named."""
    root = tmp_path / "m"
    member_site(root, "c", SEEDS_A[:1], {"ke-hoach/2025/kế hoạch xã.md": EXTRA_B_TEXT})
    text = MEMBER_FILE.replace("../a/site/data", str(root / "c" / "site" / "data")).replace("../b/site/data", "../b/site/data")
    project = portal_project(members, text, name="marks")
    _builds(project)
    plans = member_plan_urls(project / "site")
    assert A_URL + "ke-hoach/2025/k%E1%BA%BF%20ho%E1%BA%A1ch%20x%C3%A3/" in plans
    old = root / "c" / "site" / "data" / "directives.json"
    old.write_text(old.read_text(encoding="utf-8").replace("k%E1%BA%BF%20ho%E1%BA%A1ch%20x%C3%A3", "kế hoạch xã"),
                   encoding="utf-8")
    out = _builds(project)
    assert re.search(r"directives\.json: cảnh báo: (\d+)\.citing\.(\d+)\.url: «ke-hoach/2025/kế hoạch xã/» không phải "
                     r"địa chỉ trang tính từ gốc trang web \(ví dụ «ke-hoach/2025/ten/»\)\. Bỏ qua mục «\1\.citing\.\2» "
                     r"của «Tỉnh A»\.", out), out
    assert A_URL + "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/" in page(project / "site", "toan-quoc/van-ban/33-ct-ttg-2021")[1]


@pytest.mark.parametrize("limit, value, words", [
    ("MAX_DATA_FILE_BYTES", 1000, "byte, quá mức 1,000 byte của dữ liệu một trang thành viên"),
    ("MAX_DOCUMENTS", 2, "tệp có 3 văn bản, quá mức 2 văn bản của một trang thành viên"),
    ("MAX_CITING", 2, "văn bản 1 có 3 kế hoạch trích dẫn, quá mức 2 kế hoạch của một trang thành viên cho một văn bản"),
])
def test_member_data_beyond_the_limits_is_left_out(tmp_path, monkeypatch, limit, value, words):
    """A 69 MB directives.json ran past 600 s, 300,000 citing plans of one document took 48 s and 1.1 GB:
    beyond the limits (portal_data), the member is left out with a message and the others are merged."""
    from site_builder.portal import member_data as portal_data

    monkeypatch.setattr(portal_data, limit, value)
    big = [_cited(f"{n}/CT-TTg", 2021, None, ["a1", "a2", "a3"]) for n in range(1, 4)]
    portal, diags = _load(tmp_path, big, [_cited("1/CT-TTg", 2021, None, ["b1"])])
    out = _messages(diags)
    assert words in out and "Cổng không dùng dữ liệu của «Tỉnh A» lần này" in out and diags.errors == []
    assert [m.problem is None for m in portal.members] == [False, True]
    assert [(n.doc.symbol.text, [s.member.name for s in n.by_site()]) for n in portal.documents] == [("1/CT-TTg", ["Tỉnh B"])]


PORTAL_REGISTRY = """- symbol: "33/CT-TTg"
  type: "Chỉ thị"
  issued: 2021-11-26
  issuer: "Thủ tướng Chính phủ"
  title: "về tiếp tục tăng cường và đổi mới công tác dân vận"
"""


def test_central_facts_come_from_the_portal_registry_never_from_a_member(tmp_path):
    phish = {"title": "Giả mạo", "body": "Cơ quan giả", "official_url": "https://phish.example/33", "in_registry": True,
             "type": "Thông báo", "date": "2021-01-01"}
    hostile = [_cited("33/CT-TTg", 2021, None, ["a1"]) | phish, _cited("16/CT-TTg", 2016, None, ["a2"]) | phish]
    honest = [_cited("33/CT-TTg", 2021, None, ["b1"]), _cited("16/CT-TTg", 2016, None, ["b2"]) | {"title": "về thật"}]
    portal, diags = _load(tmp_path, hostile, honest, registry=PORTAL_REGISTRY)
    assert diags.errors == []
    by = {n.doc.symbol.text: n for n in portal.documents}
    known = by["33/CT-TTg"].doc  # in the portal's registry: its facts, and no member variant shown
    assert (known.title, known.body, known.type, known.date, known.official_url, known.in_registry) == (
        "về tiếp tục tăng cường và đổi mới công tác dân vận", "Thủ tướng Chính phủ", "Chỉ thị", "2021-11-26", None, True)
    assert by["33/CT-TTg"].claims == {}
    unknown = by["16/CT-TTg"]  # not in it: no facts from members, their words shown with their names
    assert (unknown.doc.title, unknown.doc.body, unknown.doc.type, unknown.doc.official_url, unknown.doc.in_registry) == (
        None, None, "Chỉ thị", None, False)
    assert unknown.claims["title"] == [("Giả mạo", ["Tỉnh A"]), ("về thật", ["Tỉnh B"])]
    assert unknown.claims["type"] == [("Thông báo", ["Tỉnh A"]), ("Chỉ thị", ["Tỉnh B"])]  # its number says Chỉ thị
    html = render_document(unknown, portal)[0].markdown
    assert "phish.example" not in html and "Toàn văn chính thức" not in html
    assert "Cổng chưa có văn bản này trong danh mục văn bản căn cứ của mình; các trang thành viên ghi:" in html
    assert "Trích yếu: «Giả mạo» (Tỉnh A); «về thật» (Tỉnh B)" in html


def test_members_disagreeing_on_a_local_document_are_shown(tmp_path):
    body = "ubnd tỉnh thanh hóa"
    same = {"type": "Kế hoạch", "body": "UBND tỉnh Thanh Hóa"}
    portal, diags = _load(tmp_path, [_cited("5/KH-UBND", 2024, body, ["a1"]) | same | {"title": "về A"}],
                          [_cited("5/KH-UBND", 2024, body, ["b1"]) | same | {"title": "về B"}])
    national = portal.documents[0]
    assert national.doc.body == "UBND tỉnh Thanh Hóa"  # all members agree: a fact
    assert national.doc.title is None and national.claims == {"title": [("về A", ["Tỉnh A"]), ("về B", ["Tỉnh B"])]}
    assert "Các trang thành viên ghi khác nhau về văn bản này:" in render_document(national, portal)[0].markdown


def test_a_hostile_member_listed_first_changes_no_fact_of_a_built_portal(members):
    project = _altered_member(members, "phish", official_url="https://phish.example/33", in_registry=True,
                              title="Giả mạo", body="Cơ quan giả")
    _builds(project)
    parsed, html = page(project / "site", "toan-quoc/van-ban/33-ct-ttg-2021")
    assert "phish.example" not in html and "Giả mạo" not in html and "Cơ quan giả" not in html
    assert "về tiếp tục tăng cường và đổi mới công tác dân vận" in html  # the portal's own registry (content/)
    doc = document(project / "site", "33/CT-TTg")
    assert (doc["official_url"], doc["in_registry"], doc["member_facts"]) == (None, True, {})
