"""One member site's data as a portal reads it: its data/ folder (plans.json, directives.json,
manifest.json), untrusted. Every problem is a Vietnamese warning with file, field and the member's
name; a bad record is skipped and the rest used, and data that cannot be used at all (missing, not
JSON, the wrong shape, beyond the limits below) leaves that member out of this build, so that one
member never stops the others. Records are checked by `record_shape`; what is kept is `model`'s.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..load.frontmatter import decode
from ..model.citations import Symbol, canonical_symbol
from ..model.dates import PartialDate
from ..model.diagnostics import Diagnostics
from ..model.plans import Locality
from ..render.html_blocks import web_url
from .model import Member, NationalRecord, PortalPlan
from .record_shape import JSON_PROBLEMS, RecordShape, json_kind, leave_out
from .search import read_record

DATA_FILES = ("plans.json", "directives.json")
MANIFEST_FILE = "manifest.json"  # optional: the member's build time
# -- reading ------------------------------------------------------------------------------------
# Bounds on one member's data. A province of about a hundred communes publishes some hundreds of plans
# a year, each citing a few tens of documents: ten years of it is a directives.json of tens of MB and
# a few thousand documents, a document cited by a few thousand of its plans. Each document is a
# national page and each hundred citing plans another one, rendered by MkDocs at some 20 ms a page:
# without bounds, a 69 MB file of generated data ran past 600 s, and one document cited 300,000 times
# took 48 s and 1.1 GB before MkDocs started.
MAX_DATA_FILE_BYTES = 64 << 20
MAX_DOCUMENTS = 10_000  # documents in one member's directives.json
MAX_CITING = 10_000  # plans of one member citing one document


def read_file(path: Path, shown: str, diags: Diagnostics, missing: str | None, report=None,
              limit: int | None = None) -> tuple[str, bytes] | None:
    """The decoded text of a file and its bytes; None after a message (`report`, an error by default).
    A missing file is reported with `missing`, or not at all when that is None (an optional file);
    a file larger than `limit` is reported without being read."""
    report = report or diags.error
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            report(shown, 0, "", f"tệp lớn {_size(size)}, quá mức {_size(limit)} của dữ liệu một trang thành viên.")
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        if missing is not None:
            report(shown, 0, "", missing)
        return None
    except OSError as exc:
        report(shown, 0, "", f"không đọc được tệp: {exc.strerror or exc}.")
        return None
    problems = Diagnostics()
    text = decode(data, shown, problems)
    for problem in problems.items:
        report(problem.path, problem.line, problem.field, problem.message)
    return None if text is None else (text, data)


def _size(n: int) -> str:
    return f"{n / (1 << 20):,.0f} MB" if n >= 1 << 20 else f"{n:,} byte"


def _read_json(path: Path, shown: str, diags: Diagnostics, report, optional: bool = False) -> tuple[Any, bytes] | None:
    """A member's JSON file; every problem goes to `report`, a missing file too unless it is `optional`."""
    read = read_file(path, shown, diags, None if optional else (
        "không tìm thấy tệp; thư mục dữ liệu của một trang thành viên phải có " + " và ".join(DATA_FILES)
        + " (tải thư mục site/data/ của trang đó về)."), report, MAX_DATA_FILE_BYTES)
    if read is None:
        return None
    try:
        return json.loads(read[0]), read[1]
    except json.JSONDecodeError as exc:
        problem = next((vi for en, vi in JSON_PROBLEMS.items() if exc.msg.startswith(en)), f"không đọc được ({exc.msg})")
        report(shown, exc.lineno, "", f"tệp không phải JSON hợp lệ: {problem} (cột {exc.colno}). "
               "Hãy tải lại tệp này từ trang thành viên.")
    except ValueError:  # an integer of more digits than Python converts (4,300): no JSON site-builder writes
        report(shown, 0, "", "tệp có một số quá dài (hàng nghìn chữ số); đây không phải dữ liệu do site-builder tạo. "
               "Hãy tải lại tệp này từ trang thành viên.")
    except RecursionError:
        report(shown, 0, "", "tệp có các danh sách hoặc đối tượng lồng nhau quá sâu; đây không phải dữ liệu do "
               "site-builder tạo. Hãy tải lại tệp này từ trang thành viên.")
    return None


@dataclass
class Entry:
    """One document of one member's directives.json, checked."""

    member: int
    symbol: Symbol
    type: str | None
    year: int | None
    date: str | None
    body: str | None
    body_key: str | None
    title: str | None
    url: str | None
    citing: list[PortalPlan]
    published: str | None = None  # site path of the member's plan that is this document


_PlanFacts = tuple[PartialDate | None, Locality, str | None]  # issued, locality, canonical number


def _load_plans(member: Member, shown: str, value: Any, diags: Diagnostics,
                records: list[NationalRecord]) -> dict[str, _PlanFacts] | None:
    """plans.json → {site path: facts}, and each plan's search record added to `records`; None when the
    file cannot be used."""
    shape = RecordShape(shown, diags, member)
    if not isinstance(value, dict) or not isinstance(value.get("plans"), list):
        shape.unusable("plans.json phải là một đối tượng JSON có trường «plans» là danh sách các kế hoạch.")
        return None
    found = {}
    for i, record in shape.items(value["plans"], "plans"):
        where = shape.record = f"plans.{i}"
        before = shape.errors
        url = shape.path(record, "url", where, required=True)
        issued = shape.date(record, "issued", where)
        locality = record.get("locality") or {}
        if not isinstance(locality, dict):
            shape.error(f"{where}.locality",
                        f"phải là đối tượng {{province, district, commune}}, không phải {json_kind(locality)}.")
            locality = {}
        place = Locality(**{k: shape.text(locality, k, f"{where}.locality") for k in ("province", "district", "commune")})
        number = shape.text(record, "number_canonical", where)
        if shape.errors == before:
            found[url] = (issued, place, number)
            searched = read_record(shape, record, where, url, issued, place, number, member)
            if searched is not None:
                records.append(searched)
    if member.built_at is None:
        member.built_at = shape.moment(value, "generated", "")
    member.plans = len(value["plans"])
    member.skipped += shape.errors
    return found


def _load_documents(index: int, member: Member, shown: str, value: Any, plans: dict[str, _PlanFacts],
                    diags: Diagnostics) -> list[Entry] | None:
    """directives.json → its documents; None when the file cannot be used."""
    shape = RecordShape(shown, diags, member)
    if not isinstance(value, list):
        shape.unusable("directives.json phải là danh sách các văn bản được trích dẫn (mỗi văn bản một đối tượng JSON).")
        return None
    if len(value) > MAX_DOCUMENTS:
        shape.unusable(f"tệp có {len(value):,} văn bản, quá mức {MAX_DOCUMENTS:,} văn bản của một trang thành viên.")
        return None
    entries = []
    for i, record in shape.items(value, ""):
        where = shape.record = str(i)
        before = shape.errors
        citing = record.get("citing")
        if isinstance(citing, list) and len(citing) > MAX_CITING:
            shape.unusable(f"văn bản {where} có {len(citing):,} kế hoạch trích dẫn, quá mức {MAX_CITING:,} kế hoạch của "
                           "một trang thành viên cho một văn bản.")
            return None
        symbol = _symbol(shape, record, where)
        entry = Entry(index, symbol, shape.text(record, "type", where), shape.year(record, where), None,
                      shape.text(record, "body", where), shape.text(record, "body_key", where),
                      shape.text(record, "title", where), shape.path(record, "url", where), [])
        date = shape.date(record, "date", where)
        entry.date = date.iso() if date else None
        entry.published = shape.path(record, "published", where)  # absent from data built before issue 22
        shape.flag(record, "in_registry", where)  # its shape is checked; the fact is the portal's own registry's
        official = shape.text(record, "official_url", where)
        if official is not None and web_url(official) is None:
            shape.warning(f"{where}.official_url", f"«{official}» không phải địa chỉ http:// hay https://.")
        if not isinstance(citing, list):
            shape.error(f"{where}.citing", f"phải là danh sách, không phải {json_kind(citing)}.")
        if shape.errors > before:  # the document itself is unusable: its citing plans cannot be placed
            continue
        for j, item in shape.items(citing, f"{where}.citing"):
            at = shape.record = f"{where}.citing.{j}"
            before = shape.errors
            path, title = shape.path(item, "url", at, required=True), shape.text(item, "title", at, required=True)
            number, issuer = shape.text(item, "number", at), shape.text(item, "issuer", at)
            implements = shape.flag(item, "implements", at)
            if shape.errors == before:
                issued, place, canonical = plans.get(path, (None, Locality(), None))
                entry.citing.append(PortalPlan(member.url + path, title, canonical or number, issuer, issued, place,
                                               implements))
        entries.append(entry)
    member.documents = len(value)
    member.skipped += shape.errors
    return entries


def _symbol(shape: RecordShape, record: dict, where: str) -> Symbol | None:
    raw = shape.text(record, "symbol", where, required=True)
    symbol = canonical_symbol(raw) if raw else None
    if raw and symbol is None:
        shape.error(f"{where}.symbol", f"«{raw}» không phải số, ký hiệu văn bản.")
    return symbol


def load_member(index: int, member: Member, diags: Diagnostics, show: Callable[[Path], str],
                records: list[NationalRecord] | None = None) -> list[Entry]:
    """The documents of one member's data, checked; none when its data cannot be used this time. Its
    plans' search records (portal_search) are added to `records`."""
    loaded = {}
    for name in (*DATA_FILES, MANIFEST_FILE):
        path = member.data / name
        optional = name == MANIFEST_FILE
        report = diags.warning if optional else functools.partial(_unusable, member, diags)
        result = _read_json(path, show(path), diags, report, optional)
        if result is not None:
            loaded[name] = result[0]
            member.sha256[name] = hashlib.sha256(result[1]).hexdigest()
    manifest = loaded.get(MANIFEST_FILE)
    if isinstance(manifest, dict):  # optional, and only read for its date: any other shape is ignored
        member.built_at = RecordShape(show(member.data / MANIFEST_FILE), diags, member).moment(manifest, "built_at", "")
    if member.problem is not None:
        return []
    found: list[NationalRecord] = []
    plans = _load_plans(member, show(member.data / "plans.json"), loaded["plans.json"], diags, found)
    if plans is None:
        return []
    documents = _load_documents(index, member, show(member.data / "directives.json"), loaded["directives.json"],
                                plans, diags)
    if documents is not None and records is not None:  # a member left out is left out of the search too
        records += found
    return documents or []


def _unusable(member: Member, diags: Diagnostics, shown: str, line: int, field_name: str, message: str) -> None:
    leave_out(member, shown, diags, f"{field_name}: {message}" if field_name else message, line)
