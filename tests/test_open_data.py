"""Open data from the seed content: plans.json, plans.csv, per-plan JSON, Atom feeds and the page
that documents them, all parsed back with standard tools (no site build)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from conftest import SEED_FILES, copy_project
from fidelity import split_front_matter
from site_builder.model.site_map import PLANS_CSV, PLANS_JSON
from site_builder.publish.exports import render_exports
from site_builder.render.data_records import CSV_COLUMNS, FEED, JSON_FIELDS, PLAN_JSON_NAME, directive_feed, plan_json_path
from site_builder.load.history import Change, History
from site_builder.publish.manifest import MANIFEST, SITE_SUMS, SOURCE_SUMS
from site_builder.render.open_data_page import OPEN_DATA, render_open_data_page
from site_builder.model.paths import page_url
from site_builder.stage.pipeline import load_site
from site_builder.model.settings import Settings
from site_builder.model.site_map import DIRECTIVES_JSON, PLANS_SCHEMA, SOURCE_SCHEMA

SITE = "Công khai kế hoạch của chính quyền địa phương"
BUILT = "2025-11-22T05:00:00+00:00"
ATOM = "{http://www.w3.org/2005/Atom}"
HOANG_HOP = SEED_FILES["000_566781da1b547808.txt"]
BASE = "https://example.gov.vn/xa/"  # where a site-relative link is resolved in these tests


def _load(root: Path):
    content = load_site(Settings(root / "content", SITE))
    assert not content.diagnostics.errors
    return content


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("open-data"))


@pytest.fixture(scope="module")
def content(project):
    return _load(project)


@pytest.fixture(scope="module")
def files(content) -> dict[str, bytes]:
    return render_exports(content, SITE, None, BUILT)


def _front_matter(project: Path, rel: str) -> dict:
    return yaml.safe_load(split_front_matter((project / "content" / rel).read_text(encoding="utf-8"))[0])


def _feed(data: bytes) -> ET.Element:
    root = ET.fromstring(data)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    assert [l for l in root.findall(f"{ATOM}link") if l.get("rel") == "self"]
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "summary", "content"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}link").get("href")
    return root


def _entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def _plan_urls_linked(feed_path: str, root: ET.Element) -> list[str]:
    """Resolve each entry link as a feed reader would: against the feed's own address."""
    feed_address = urljoin(BASE, feed_path)
    return [urljoin(feed_address, e.find(f"{ATOM}link").get("href"))[len(BASE):] for e in _entries(root)]


def test_plans_json_has_every_plan_with_its_url_and_title(project, content, files):
    data = json.loads(files[PLANS_JSON])
    assert data["count"] == 5 and data["site"] == SITE and data["generated"] == BUILT
    plans = data["plans"]
    assert [p["source"] for p in plans] == [p.rel for p in content.catalog.plans]
    assert {p["source"] for p in plans} == set(SEED_FILES.values())
    for plan in plans:
        assert list(plan) == [c.name for c in JSON_FIELDS]
        assert plan["url"] == page_url(plan["source"])
        assert plan["absolute_url"] is None
        assert plan["title"] == _front_matter(project, plan["source"])["title"]
    hoang_hop = next(p for p in plans if p["source"] == HOANG_HOP)
    assert hoang_hop["number"] == "/KH-UBND" and hoang_hop["number_canonical"] is None
    assert hoang_hop["issued"] == "2025-01"
    assert hoang_hop["locality"] == {"province": "Thanh Hoá", "district": "Hoằng Hoá", "commune": "Hoằng Hợp"}
    assert hoang_hop["signer"]["name"] == "Lê Văn Phượng"
    assert "33/CT-TTg" in hoang_hop["cites"]
    (carried_out,) = [d for d in hoang_hop["implements_documents"] if d["symbol"] == "33/CT-TTg"]
    assert carried_out["url"].startswith("van-ban/")
    # The copy is not a git repository: the file date stands in, and the JSON says so.
    assert hoang_hop["history"]["committed"] is False and hoang_hop["history"]["changes"] == []
    assert hoang_hop["history"]["last_changed"]


def test_each_plan_has_its_json_beside_its_page(project, content, files):
    """`ke-hoach/2025/x.md` is the page `ke-hoach/2025/x/`, its JSON `ke-hoach/2025/x/index.json`: the
    record of that plan, read from its own front-matter, and the same as in plans.json."""
    beside = {rel: data for rel, data in files.items() if rel.endswith("/" + PLAN_JSON_NAME)}
    assert set(beside) == {rel.removesuffix(".md") + "/index.json" for rel in SEED_FILES.values()}
    listed = {p["source"]: p for p in json.loads(files[PLANS_JSON])["plans"]}
    for rel in SEED_FILES.values():
        record = json.loads(beside[rel.removesuffix(".md") + "/index.json"])
        meta = _front_matter(project, rel)
        assert (record["source"], record["url"]) == (rel, rel.removesuffix(".md") + "/")
        for key in ("title", "doc_type", "issuer", "recipients", "topics"):
            assert record[key] == meta.get(key, [] if key in ("recipients", "topics") else None), (rel, key)
        assert record["number"] == meta.get("number") and record["issued"] == (str(meta["issued"]) if "issued" in meta else None)
        assert record == listed[rel]
    assert all(plan_json_path(plan) in beside for plan in content.plans)


def test_plans_csv_opens_in_excel_with_vietnamese_intact(project, files):
    raw = files[PLANS_CSV]
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n") == 6
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 5
    assert list(rows[0]) == [c.name for c in CSV_COLUMNS]
    by_url = {r["url"]: r for r in rows}
    for rel in SEED_FILES.values():
        assert by_url[page_url(rel)]["title"] == _front_matter(project, rel)["title"]
    row = by_url[page_url(HOANG_HOP)]
    assert (row["commune"], row["district"], row["signer_name"]) == ("Hoằng Hợp", "Hoằng Hoá", "Lê Văn Phượng")
    assert "33/CT-TTg" in row["implements"].split("; ")


def test_site_feed_is_atom_with_every_plan_newest_first(files):
    root = _feed(files[FEED])
    entries = _entries(root)
    assert len(entries) == 5
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 5 and all(i.startswith("tag:") for i in ids)
    assert sorted(_plan_urls_linked(FEED, root)) == sorted(page_url(rel) for rel in SEED_FILES.values())
    updated = [e.findtext(f"{ATOM}updated") for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert root.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == "vi"


def test_directive_feed_lists_the_plans_citing_it(content, files):
    (doc,) = [d for d in content.directives.documents.values() if d.symbol.text == "33/CT-TTg"]
    path = directive_feed(doc)
    assert path == f"van-ban/{doc.slug}/feed.xml"
    root = _feed(files[path])
    assert len(_entries(root)) == 5
    assert sorted(_plan_urls_linked(path, root)) == sorted(page_url(rel) for rel in SEED_FILES.values())
    assert "33/CT-TTg" in root.findtext(f"{ATOM}title")


def test_place_feeds_cover_every_plan_once(files):
    place_feeds = [p for p in files if p.startswith("dia-ban/") and p.endswith("/" + FEED)]
    assert "dia-ban/thanh-hoa/feed.xml" in place_feeds
    linked = [url for path in place_feeds for url in _plan_urls_linked(path, _feed(files[path]))]
    assert sorted(linked) == sorted(page_url(rel) for rel in SEED_FILES.values())


def test_with_site_url_links_and_ids_are_absolute(content):
    files = render_exports(content, SITE, "https://example.gov.vn/xa", BUILT)
    plan = json.loads(files[PLANS_JSON])["plans"][0]
    assert plan["absolute_url"] == "https://example.gov.vn/xa/" + plan["url"]
    root = _feed(files[FEED])
    (self_link,) = [l for l in root.findall(f"{ATOM}link") if l.get("rel") == "self"]
    assert self_link.get("href") == "https://example.gov.vn/xa/feed.xml"
    entry = _entries(root)[0]
    assert entry.find(f"{ATOM}link").get("href").startswith("https://example.gov.vn/xa/ke-hoach/")
    assert entry.findtext(f"{ATOM}id").startswith("tag:example.gov.vn,2025:xa/ke-hoach/")
    rows = list(csv.DictReader(io.StringIO(files[PLANS_CSV].decode("utf-8-sig"), newline="")))
    assert all(r["url"].startswith("https://example.gov.vn/xa/") for r in rows)


def test_history_and_change_notes_reach_json_and_feed(content):
    note = "Sửa thời hạn báo cáo <15/11> & bổ sung"
    changes = [
        Change("b" * 40, "bbbbbbb", "2026-02-01T09:00:00+07:00", "M", note),
        Change("a" * 40, "aaaaaaa", "2026-01-01T09:00:00+07:00", "A"),
    ]
    added = Change("c" * 40, "ccccccc", "2026-01-01T08:00:00+07:00", "A")
    by_path = {"content/" + rel: [added] for rel in SEED_FILES.values()}
    by_path["content/" + HOANG_HOP] = changes
    history = History(True, head="b" * 40, changes=by_path, content_prefix="content/")
    files = render_exports(dataclasses.replace(content, history=history), SITE, None, BUILT)
    plan = json.loads(files[page_url(HOANG_HOP) + PLAN_JSON_NAME])
    assert plan["history"]["first_published"] == "2026-01-01T09:00:00+07:00"
    assert plan["history"]["last_changed"] == "2026-02-01T09:00:00+07:00"
    assert [c["commit"] for c in plan["history"]["changes"]] == ["bbbbbbb", "aaaaaaa"]
    assert plan["history"]["changes"][0]["note"] == note
    first = _entries(_feed(files[FEED]))[0]
    assert first.findtext(f"{ATOM}title") == plan["title"]
    assert first.findtext(f"{ATOM}published") == "2026-01-01T09:00:00+07:00"
    body = first.findtext(f"{ATOM}content")
    # The note is text inside the HTML body, never markup.
    assert "Sửa thời hạn báo cáo &lt;15/11&gt; &amp; bổ sung" in body and "bbbbbbb" in body


def test_odd_text_stays_data(project):
    content = _load(project)
    plan = next(p for p in content.plans if p.rel == HOANG_HOP)
    plan.title = "=1+1 \x0b<b>đậm</b>"
    plan.number_raw = "-KH/ĐU"
    files = render_exports(content, SITE, None, BUILT)
    row = next(r for r in csv.DictReader(io.StringIO(files[PLANS_CSV].decode("utf-8-sig"), newline=""))
               if r["url"] == page_url(HOANG_HOP))
    assert row["title"].startswith("'=1+1") and row["number"] == "'-KH/ĐU"
    assert json.loads(files[page_url(HOANG_HOP) + PLAN_JSON_NAME])["number"] == "-KH/ĐU"
    titles = [e.findtext(f"{ATOM}title") for e in _entries(_feed(files[FEED]))]
    assert "=1+1 <b>đậm</b>" in titles


def test_open_data_page_documents_every_file_and_field(content, files):
    page = render_open_data_page(SITE)
    assert page.src_uri == OPEN_DATA
    text = page.markdown
    assert text.startswith("---\ntitle: \"Dữ liệu mở\"")
    for name in (PLANS_JSON, PLANS_CSV, FEED, DIRECTIVES_JSON, PLANS_SCHEMA, SOURCE_SCHEMA, MANIFEST, SITE_SUMS, SOURCE_SUMS):
        assert f"`{name}`" in text or f"<code>{name}</code>" in text, name
    for path in files:  # by name, or by the pattern of its family
        if f"`{path}`" in text:
            continue
        if path.endswith("/" + PLAN_JSON_NAME):
            assert f"`<địa chỉ trang văn bản>{PLAN_JSON_NAME}`" in text
        else:
            assert path.endswith("/" + FEED) and f"`{path.split('/')[0]}/<" in text and f">/{FEED}`" in text, path
    for column in JSON_FIELDS + CSV_COLUMNS:
        assert f"| `{column.name}` |" in text
    directives = json.loads(content.files[DIRECTIVES_JSON])
    keys = {k for d in directives for k in d} | {k for d in directives for c in d["citing"] for k in c}
    section = text.split(f"## {DIRECTIVES_JSON}")[1]
    for key in keys:
        assert key in section, key
    assert "(../data/plans.json)" in text and "(../feed.xml)" in text  # relative, so any base path works
    assert "sha256sum -c data/SHA256SUMS" in text and "sha256sum index.html" in text
    assert "theo giấy phép CC BY 4.0" in text and "Điều 15 Luật Sở hữu trí tuệ" in text


def test_tasks_are_in_plans_json_and_tasks_csv(tmp_path):
    import csv
    import io

    from conftest import copy_project
    from site_builder.publish.exports import TASKS_CSV, render_exports
    from site_builder.stage.pipeline import load_site

    project = copy_project(tmp_path / "p")
    content = load_site(Settings(project / "content", "Thử"), built_at="2025-11-24T00:00:00+00:00")
    files = render_exports(content, "Thử", None, "2025-11-24T00:00:00+00:00")
    plans = json.loads(files["data/plans.json"])["plans"]
    tasks = [t for p in plans for t in p["tasks"]]
    assert len(tasks) == sum(len(p.tasks) + len(p.targets) for p in content.plans) > 0
    rows = list(csv.DictReader(io.StringIO(files[TASKS_CSV].decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [t["id"] for t in tasks]
    report_2 = next(r for r in rows if r["id"] == "bao-cao-2")  # due 02/12/2025, not yet overdue on 24/11
    assert report_2["due_date"] == "2025-12-02" and report_2["overdue"] == "không"
    report_1 = next(r for r in rows if r["id"] == "bao-cao-1")  # due 03/9/2025, nothing reported
    assert report_1["overdue"] == "có"
