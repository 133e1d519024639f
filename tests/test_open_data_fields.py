"""Each field of the open data from a small project written for it (no site build): a plan with every
field filled and one with only the required ones, their records in plans.json, their rows in plans.csv
and tasks.csv, and their entries in the Atom feeds. A few seconds, so a mutation run of exports.py
(bench/mutation.py) can afford it; tests/test_open_data.py covers the seed content."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from site_builder.model.site_map import PLANS_CSV, PLANS_JSON, TASKS_CSV
from site_builder.publish import exports
from site_builder.publish.exports import render_exports
from site_builder.render import data_records
from site_builder.render.data_records import FEED, PLAN_JSON_NAME
from site_builder.load.history import Change, History
from site_builder.stage.pipeline import load_site
from site_builder.model.settings import Settings

SITE = "Xã Thử"
BUILT = "2025-11-22T05:00:00+00:00"
ATOM = "{http://www.w3.org/2005/Atom}"
PDF = b"%PDF-1.4 ban ky\n"

FULL = """---
title: "Kế hoạch thực hiện công tác dân vận năm 2025"
doc_type: "Kế hoạch"
number: "12/KH-UBND"
issuer: "UBND xã Thử"
issued: 2025-01-15
place: "Thử"
locality: {province: "Thanh Hóa", commune: "Thử"}
signer: {name: "Nguyễn Văn A", title: "Chủ tịch", authority: "TM. Ủy ban nhân dân"}
recipients: ["UBND huyện", "Các thôn"]
topics: ["Dân vận", "Cải cách hành chính"]
implements: ["33/CT-TTg", "25/KH-UBND"]
basis: ["61/2018/NĐ-CP"]
attachments:
  - file: "ban-ky.pdf"
    title: "Bản có chữ ký"
change_note: "Sửa thời hạn báo cáo."
status: "replaced"
status_reason: "Đã có kế hoạch mới."
replaced_by: "20/KH-UBND"
description: "Kế hoạch thử của xã."
tasks:
  - id: "bao-cao"
    task: "Báo cáo kết quả."
    lead: ["Văn phòng", "Công an xã"]
    due: 2025-12-02
targets:
  - id: "chi-tieu"
    target: "100% thôn tổ chức đối thoại."
    lead: "Văn phòng"
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 20/12/2024 của Thủ tướng Chính phủ.

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.
"""
FULL_REL = "ke-hoach/2025/day-du.md"

BARE = """---
title: "Kế hoạch tuyên truyền"
doc_type: "Kế hoạch"
issuer: "UBND xã Khác"
---

Nội dung.
"""
BARE_REL = "ke-hoach/2024/toi-thieu.md"

# Six changes of the full plan, newest first; the bare plan was added once, later.
CHANGES = [Change(f"{i}" * 40, f"{i}" * 7, f"2025-0{i}-10T09:00:00+07:00", "M" if i > 1 else "A", f"Lần sửa {i}")
           for i in range(6, 0, -1)]
HISTORY = History(True, head="6" * 40, content_prefix="content/", changes={
    "content/" + FULL_REL: CHANGES,
    "content/" + BARE_REL: [Change("7" * 40, "7777777", "2025-08-01T10:00:00+07:00", "A")],
})


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    root = tmp_path_factory.mktemp("open-data-fields") / "content"
    for rel, text in ((FULL_REL, FULL), (BARE_REL, BARE)):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "ke-hoach/2025/ban-ky.pdf").write_bytes(PDF)
    loaded = load_site(Settings(root, SITE), built_at=BUILT)
    assert not loaded.diagnostics.errors, [d.format() for d in loaded.diagnostics.errors]
    return dataclasses.replace(loaded, history=HISTORY)


@pytest.fixture(scope="module")
def files(content) -> dict[str, bytes]:
    return render_exports(content, SITE, None, BUILT)


def _record(files, rel: str) -> dict:
    return json.loads(files[rel.removesuffix(".md") + "/" + PLAN_JSON_NAME])


def _rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _entries(data: bytes) -> dict[str, ET.Element]:
    """A feed's entries by title."""
    return {e.findtext(f"{ATOM}title"): e for e in ET.fromstring(data).findall(f"{ATOM}entry")}


def test_the_full_plan_record_has_each_field_as_written(files):
    record = _record(files, FULL_REL)
    assert {k: record[k] for k in ("url", "absolute_url", "source", "number", "number_canonical", "issued", "year",
                                   "year_source", "place")} == {
        "url": "ke-hoach/2025/day-du/", "absolute_url": None, "source": FULL_REL, "number": "12/KH-UBND",
        "number_canonical": "12/KH-UBND", "issued": "2025-01-15", "year": 2025, "year_source": "ngày ban hành",
        "place": "Thử"}
    assert record["locality"] == {"province": "Thanh Hóa", "district": None, "commune": "Thử"}
    assert record["signer"] == {"name": "Nguyễn Văn A", "title": "Chủ tịch", "authority": "TM. Ủy ban nhân dân"}
    assert (record["recipients"], record["topics"]) == (["UBND huyện", "Các thôn"], ["Dân vận", "Cải cách hành chính"])
    assert (record["implements"], record["basis"]) == (["33/CT-TTg", "25/KH-UBND"], ["61/2018/NĐ-CP"])
    assert record["cites"] == ["33/CT-TTg", "61/2018/NĐ-CP"]
    assert [d["symbol"] for d in record["implements_documents"]] == ["33/CT-TTg"]
    assert record["implements_documents"][0]["url"].startswith("van-ban/")
    assert (record["status"], record["status_reason"], record["replaced_by"]) == ("replaced", "Đã có kế hoạch mới.", "20/KH-UBND")
    assert (record["change_note"], record["description"]) == ("Sửa thời hạn báo cáo.", "Kế hoạch thử của xã.")
    assert record["attachments"] == [{"url": "ke-hoach/2025/ban-ky.pdf", "absolute_url": None, "title": "Bản có chữ ký",
                                      "size": len(PDF), "sha256": hashlib.sha256(PDF).hexdigest()}]
    history = record["history"]
    assert (history["first_published"], history["last_changed"], history["committed"]) == (
        "2025-01-10T09:00:00+07:00", "2025-06-10T09:00:00+07:00", True)
    assert [c["commit"] for c in history["changes"]] == ["6666666", "5555555", "4444444", "3333333", "2222222", "1111111"]
    assert history["changes"][0] == {"date": "2025-06-10T09:00:00+07:00", "commit": "6666666", "note": "Lần sửa 6",
                                     "text": "Lần sửa 6"}


def test_a_task_and_a_target_are_told_apart_in_the_record(files):
    task, target = _record(files, FULL_REL)["tasks"]
    assert (task["id"], task["kind"], task["lead"], task["due_date"]) == ("bao-cao", "nhiệm vụ", ["Văn phòng", "Công an xã"], "2025-12-02")
    assert (target["id"], target["kind"], target["lead"]) == ("chi-tieu", "chỉ tiêu", ["Văn phòng"])


def test_the_bare_plan_record_says_null_where_nothing_was_written(files):
    record = _record(files, BARE_REL)
    for key in ("number", "number_canonical", "issued", "place", "signer", "status", "status_reason", "replaced_by",
                "change_note", "description"):
        assert record[key] is None, key
    # No date of issue: the year of the folder it is filed in, and it says so.
    assert (record["year"], record["year_source"]) == (2024, "thư mục")
    assert record["locality"] == {"province": None, "district": None, "commune": None}
    assert record["implements"] == record["implements_documents"] == record["attachments"] == record["tasks"] == []


def test_each_csv_cell_of_both_plans(files):
    rows = {r["url"]: r for r in _rows(files[PLANS_CSV])}
    full, bare = rows["ke-hoach/2025/day-du/"], rows["ke-hoach/2024/toi-thieu/"]
    assert {k: full[k] for k in ("number", "issued", "year", "province", "district", "commune", "signer_name",
                                 "signer_title", "topics", "status", "first_published", "last_changed")} == {
        "number": "12/KH-UBND", "issued": "2025-01-15", "year": "2025", "province": "Thanh Hóa", "district": "",
        "commune": "Thử", "signer_name": "Nguyễn Văn A", "signer_title": "Chủ tịch",
        "topics": "Dân vận; Cải cách hành chính", "status": "replaced",
        "first_published": "2025-01-10T09:00:00+07:00", "last_changed": "2025-06-10T09:00:00+07:00"}
    # Declared, and found in the «Thực hiện …» sentence: each once.
    assert full["implements"] == "33/CT-TTg; 25/KH-UBND"
    assert {k: bare[k] for k in ("number", "issued", "year", "province", "signer_name", "signer_title", "topics",
                                 "implements", "status")} == {
        "number": "", "issued": "", "year": "2024", "province": "", "signer_name": "", "signer_title": "",
        "topics": "", "implements": "", "status": ""}


def test_tasks_csv_names_the_plan_and_the_kind(files, content):
    rows = _rows(files[TASKS_CSV])
    assert [(r["id"], r["plan"], r["kind"], r["lead"]) for r in rows] == [
        ("bao-cao", "ke-hoach/2025/day-du/", "nhiệm vụ", "Văn phòng; Công an xã"),
        ("chi-tieu", "ke-hoach/2025/day-du/", "chỉ tiêu", "Văn phòng")]
    with_url = _rows(render_exports(content, SITE, "https://example.gov.vn/xa/", BUILT)[TASKS_CSV])
    assert {r["plan"] for r in with_url} == {"https://example.gov.vn/xa/ke-hoach/2025/day-du/"}


def test_a_feed_entry_shows_the_plan_its_status_and_its_five_latest_changes(files):
    root = ET.fromstring(files[FEED])
    assert [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")] == [
        "Kế hoạch tuyên truyền", "Kế hoạch thực hiện công tác dân vận năm 2025"]  # newest change first
    assert root.findtext(f"{ATOM}updated") == "2025-08-01T10:00:00+07:00"
    entry = _entries(files[FEED])["Kế hoạch thực hiện công tác dân vận năm 2025"]
    assert entry.findtext(f"{ATOM}updated") == "2025-06-10T09:00:00+07:00"
    assert entry.findtext(f"{ATOM}published") == "2025-01-10T09:00:00+07:00"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "UBND xã Thử"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == ["Dân vận", "Cải cách hành chính"]
    body = entry.findtext(f"{ATOM}content")
    assert "<strong>Đã được thay thế</strong>: Đã có kế hoạch mới." in body
    shown = [line for line in body.splitlines() if line.startswith("<li>")]
    assert shown == [f"<li>2025-0{i}-10: Lần sửa {i} [{i}{i}{i}{i}{i}{i}{i}]</li>" for i in range(6, 1, -1)]
    bare = _entries(files[FEED])["Kế hoạch tuyên truyền"]
    assert "<strong>" not in bare.findtext(f"{ATOM}content")


def test_place_feeds_are_titled_by_province_and_link_to_themselves(files):
    known = ET.fromstring(files["dia-ban/thanh-hoa/feed.xml"])
    assert known.findtext(f"{ATOM}title") == "Văn bản ở Thanh Hóa"
    assert list(_entries(files["dia-ban/thanh-hoa/feed.xml"])) == ["Kế hoạch thực hiện công tác dân vận năm 2025"]
    links = {l.get("rel"): l.get("href") for l in known.findall(f"{ATOM}link")}
    assert links == {"self": "feed.xml", "alternate": "./"}  # relative to the feed's own folder
    (unknown,) = [path for path in files if path.endswith("/" + FEED) and path.startswith("dia-ban/")
                  and path != "dia-ban/thanh-hoa/feed.xml"]
    assert ET.fromstring(files[unknown]).findtext(f"{ATOM}title") == "Văn bản chưa rõ tỉnh/thành phố"
    assert list(_entries(files[unknown])) == ["Kế hoạch tuyên truyền"]


def test_without_any_date_of_change_a_feed_falls_back_to_the_issue_date_then_the_build(content, tmp_path):
    """Uncommitted files that cannot be read any more (so no file date): the full plan is dated by its
    issue date, the bare one (no date at all) by the build."""
    undated = dataclasses.replace(content, history=History(False), docs_dir=tmp_path / "khong-co")
    files = render_exports(undated, SITE, None, BUILT)
    entries = _entries(files[FEED])
    assert entries["Kế hoạch thực hiện công tác dân vận năm 2025"].findtext(f"{ATOM}updated") == "2025-01-15T00:00:00+00:00"
    assert entries["Kế hoạch tuyên truyền"].findtext(f"{ATOM}updated") == "2025-11-22T05:00:00+00:00"
    assert entries["Kế hoạch thực hiện công tác dân vận năm 2025"].find(f"{ATOM}published") is None


def test_a_feed_keeps_its_hundred_newest_entries(content):
    """Readers poll a feed again and again: a hundred entries, the rest is in plans.json. (A hundred
    and one plans would take a load of their own; the same plan a hundred and one times is enough.)"""
    ctx = data_records.Context(content, SITE, None, HISTORY, dt.date.fromisoformat(BUILT[:10]))
    plan = next(p for p in content.plans if p.rel == FULL_REL)
    records = {plan.rel: data_records.plan_record(plan, ctx)}
    data = exports._render_feed(exports.Feed(FEED, "Thử", "index.md", (plan,) * 101), records, ctx, BUILT)
    assert len(ET.fromstring(data).findall(f"{ATOM}entry")) == 100


def test_a_long_site_name_still_makes_a_valid_tag_authority(content):
    """The name stands in for a domain when the site has no address: a DNS label is at most 63 characters."""
    name = "Cổng thông tin công khai kế hoạch của Ủy ban nhân dân xã Hoằng Hợp huyện Hoằng Hóa"
    tag = ET.fromstring(render_exports(content, name, None, BUILT)[FEED]).findtext(f"{ATOM}id")
    authority = tag.removeprefix("tag:").split(",")[0]
    label = authority.removesuffix(".invalid")
    assert authority.endswith(".invalid") and 0 < len(label) <= 63 and not label.endswith("-")
    assert label.startswith("cong-thong-tin-cong-khai-ke-hoach")


def test_a_blank_site_url_is_no_address(content):
    files = render_exports(content, SITE, "  ", BUILT)
    assert json.loads(files[PLANS_JSON])["plans"][0]["absolute_url"] is None
    assert ET.fromstring(files[FEED]).findtext(f"{ATOM}id").startswith("tag:xa-thu.invalid,2025:")
