"""One member site's data as a portal reads it: its data/ folder (plans.json, directives.json,
manifest.json), untrusted. Every problem is a Vietnamese warning with file, field and the member's
name; a bad record is skipped and the rest used, and data that cannot be used at all (missing, not
JSON, the wrong shape, beyond the limits below) leaves that member out of this build, so that one
member never stops the others. Also the model the portal merges this data into.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote

from ..catalog.directives import CitedDocument
from ..load.frontmatter import decode
from ..model.citations import Symbol, canonical_symbol
from ..model.dates import DateError, PartialDate
from ..model.diagnostics import Diagnostics
from ..model.plans import Locality
from ..render.html_blocks import web_url
from .search import NationalRecord, read_record

DATA_FILES = ("plans.json", "directives.json")
MANIFEST_FILE = "manifest.json"  # optional: the member's build time
MAX_ERRORS_PER_FILE = 20  # a file of the wrong kind would otherwise print one line per record

_SITE_PATH = re.compile(r"^[A-Za-z0-9._~%/-]*$")
# Characters no page can show: half of a UTF-16 pair (JSON can write "\ud800", and no encoding can
# write it back), and control characters that are not white space (white space becomes one space).
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# A moment as site-builder writes one (manifest.json built_at, plans.json generated): fromisoformat alone
# would take "20250307" or "2025-W10" too.
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")
_JSON_PROBLEMS = {
    "Expecting value": "thiếu giá trị",
    "Expecting ',' delimiter": "thiếu dấu phẩy «,»",
    "Expecting ':' delimiter": "thiếu dấu hai chấm «:»",
    "Expecting property name enclosed in double quotes": "tên trường phải đặt trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "có ký tự điều khiển trong chuỗi",
    "Extra data": "còn dữ liệu thừa sau phần JSON",
}


def _site_path(text: str) -> bool:
    """A path inside a site, relative to its root ("ke-hoach/2025/x/"): nothing that could leave it,
    as written or once percent-decoded (a browser reads "%2e%2e" as "..", and "%5c" is a backslash)."""
    plain = unquote(text)
    return bool(_SITE_PATH.match(text)) and not plain.startswith("/") and "\\" not in plain and not any(
        part in (".", "..") for part in plain.split("/"))


def _moment(text: str) -> bool:
    if not _MOMENT.fullmatch(text):
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:  # "2025-02-30"
        return False
    return True


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _printable(text: str) -> str:
    """Untrusted text quoted in a message: a lone surrogate cannot be printed, a control character
    would not be seen, so both are written as escapes ("\\ud800")."""
    return _CONTROL.sub(_escape, _SURROGATE.sub(_escape, text))


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match[0]):04x}"


# -- the model ----------------------------------------------------------------------------------
@dataclass
class Member:
    name: str
    url: str  # ends with "/"
    data: Path
    line: int  # where the member file declares it
    plans: int = 0
    documents: int = 0
    built_at: str | None = None  # from its data/manifest.json (or plans.json "generated")
    sha256: dict[str, str] = field(default_factory=dict)  # data file → SHA-256 of the copy used
    problem: str | None = None  # why its data is left out of this build (Vietnamese); None when used
    skipped: int = 0  # records of its data left out, each with a warning
    slug: str = ""  # its page and data file on the portal (portal.load_portal)


@dataclass(frozen=True)
class PortalPlan:
    """A citing plan as its member's data describes it; `url` is absolute, on the member's site."""

    url: str
    title: str
    number: str | None
    issuer: str | None
    issued: PartialDate | None
    locality: Locality
    implements: bool


@dataclass
class SiteCiting:
    member: Member
    document_url: str | None = None  # the document's own page on the member's site
    published_url: str | None = None  # the plan of the member's site that is the document itself
    plans: dict[str, PortalPlan] = field(default_factory=dict)  # url → plan

    @property
    def implementing(self) -> int:
        return sum(1 for p in self.plans.values() if p.implements)

    def sorted_plans(self) -> list[PortalPlan]:
        return sorted(self.plans.values(), key=lambda p: (not p.implements, p.title.casefold(), p.url))


@dataclass
class NationalDocument:
    doc: CitedDocument  # identity and facts (type, date, body, title, official_url, slug); no citing plans
    sites: dict[int, SiteCiting] = field(default_factory=dict)  # member index → its citing plans
    # What members say about the document that the portal does not take as its facts (portal.merge):
    # fact → [(value, names of the members saying it)].
    claims: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.doc.slug

    @property
    def citing(self) -> int:
        return sum(len(s.plans) for s in self.sites.values())

    @property
    def implementing(self) -> int:
        return sum(s.implementing for s in self.sites.values())

    @property
    def published(self) -> bool:
        """A member publishes the document's full text: it is one of its plans."""
        return any(s.published_url for s in self.sites.values())

    def by_site(self) -> list[SiteCiting]:
        return [self.sites[i] for i in sorted(self.sites)]

    def not_citing(self, members: list[Member]) -> list[Member]:
        """Members whose data was read and has no plan citing the document (of a member left out of
        this build nothing is known)."""
        return [m for i, m in enumerate(members) if i not in self.sites and m.problem is None]


@dataclass
class Portal:
    members: list[Member]
    documents: list[NationalDocument]  # most cited first
    files_read: int = 0
    records: list[NationalRecord] = field(default_factory=list)  # every used member's plans, for search

    @property
    def used(self) -> list[Member]:
        return [m for m in self.members if m.problem is None]

    def cited_by(self, index: int) -> list[NationalDocument]:
        """The documents plans of the `index`-th member cite, in the portal's order."""
        return [n for n in self.documents if index in n.sites]


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


class _Shape:
    """Checks one member data file. A problem in a record is a warning that names the record and the
    member, and the caller skips that record (`errors` counts them); at most MAX_ERRORS_PER_FILE
    problems and as many other warnings are shown."""

    def __init__(self, shown: str, diags: Diagnostics, member: Member):
        self.shown, self.diags, self.member = shown, diags, member
        self.errors, self.warnings = 0, 0
        self.record = ""  # the record being read ("0.citing.3"), named when it is skipped

    def error(self, where: str, message: str) -> None:
        self.errors += 1
        if self.errors <= MAX_ERRORS_PER_FILE:
            self.diags.warning(self.shown, 0, where, f"{message} Bỏ qua mục «{self.record}» của «{self.member.name}».")
        elif self.errors == MAX_ERRORS_PER_FILE + 1:
            self.diags.warning(self.shown, 0, "", f"còn nhiều mục hỏng khác của «{self.member.name}» cũng bị bỏ qua; "
                               "hãy tải lại thư mục data/ của trang này (tệp phải do site-builder xây dựng).")

    def warning(self, where: str, message: str) -> None:
        self.warnings += 1
        if self.warnings <= MAX_ERRORS_PER_FILE:
            self.diags.warning(self.shown, 0, where, message)
        elif self.warnings == MAX_ERRORS_PER_FILE + 1:
            self.diags.warning(self.shown, 0, "", "còn nhiều cảnh báo khác như trên.")

    def unusable(self, message: str, line: int = 0) -> None:
        """The file cannot be used at all: the member is left out of this build."""
        leave_out(self.member, self.shown, self.diags, message, line)
    def text(self, record: dict, key: str, where: str, required: bool = False) -> str | None:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            self.error(_at(where, key), f"phải là chuỗi, không phải {_json_kind(value)}.")
            return None
        if value and (bad := _SURROGATE.search(value)):
            # site-builder writes UTF-8, which cannot hold one: the file was made or changed elsewhere.
            self.error(_at(where, key), f"có ký tự không hợp lệ (U+{ord(bad[0]):04X}, nửa cặp UTF-16 «\\u{ord(bad[0]):04x}» "
                       "trong JSON); hãy tải lại thư mục data/ của trang này (tệp phải do site-builder xây dựng).")
            return None
        if value and (bad := _CONTROL.search(value)):
            # Pasted .docx text can hold them, so a member's own site may well publish them.
            self.warning(_at(where, key), f"có ký tự điều khiển không hiện được (U+{ord(bad[0]):04X}); đã bỏ đi.")
            value = _CONTROL.sub("", value)
        text = " ".join(value.split()) if value else None
        if text is None and required:
            self.error(_at(where, key), "thiếu trường này.")
        return text or None

    def path(self, record: dict, key: str, where: str, required: bool = False) -> str | None:
        value = self.text(record, key, where, required)
        if value is not None and not _site_path(value):
            self.error(_at(where, key),
                       f"«{value}» không phải địa chỉ trang tính từ gốc trang web (ví dụ «ke-hoach/2025/ten/»).")
            return None
        return value

    def date(self, record: dict, key: str, where: str) -> PartialDate | None:
        value = self.text(record, key, where)
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except DateError as exc:
            self.error(_at(where, key), str(exc))
            return None

    def moment(self, record: dict, key: str, where: str) -> str | None:
        """A build time (ISO 8601); only shown, so a bad one is left out with a warning."""
        value = record.get(key)
        if value is None or (isinstance(value, str) and _moment(value)):
            return value
        shown = f"«{_printable(value)}»" if isinstance(value, str) else _json_kind(value)
        self.warning(_at(where, key), f"{shown} không phải thời điểm dạng ISO 8601 (ví dụ «2025-03-07T10:00:00+07:00»); "
                     "cổng ghi thời điểm xây dựng dữ liệu của trang này là chưa rõ.")
        return None

    def flag(self, record: dict, key: str, where: str) -> bool:
        value = record.get(key, False)
        if not isinstance(value, bool):
            self.error(_at(where, key), f"phải là true hoặc false, không phải {_json_kind(value)}.")
            return False
        return value

    def year(self, record: dict, where: str) -> int | None:
        value = record.get("year")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            what = f"«{value}»" if isinstance(value, (int, float)) and not isinstance(value, bool) else _json_kind(value)
            self.error(_at(where, "year"), f"phải là năm (số, ví dụ 2021) hoặc null, không phải {what}.")
            return None
        return value

    def items(self, value: Any, where: str) -> list[tuple[int, dict]]:
        """The objects of a list, each with its position counted from 1, as messages name it («1.citing.2»)."""
        if not isinstance(value, list):
            self.error(where, f"phải là danh sách, không phải {_json_kind(value)}.")
            return []
        good = []
        for i, item in enumerate(value, start=1):
            if isinstance(item, dict):
                good.append((i, item))
            else:
                self.record = _at(where, str(i))
                self.error(self.record, f"phải là một đối tượng JSON, không phải {_json_kind(item)}.")
        return good


def _json_kind(value: Any) -> str:
    kinds = ((bool, "true/false"), (int, "số"), (float, "số"), (str, "chuỗi"), (list, "danh sách"), (dict, "đối tượng"))
    return "null" if value is None else next((name for kind, name in kinds if isinstance(value, kind)), "giá trị khác")


def leave_out(member: Member, shown: str, diags: Diagnostics, message: str, line: int = 0) -> None:
    """Leave a member's data out of this build, saying why; the other members are still merged."""
    if member.problem is None:
        member.problem = message
    diags.warning(shown, line, "", f"{message} Cổng không dùng dữ liệu của «{member.name}» lần này; các trang thành viên "
                  "khác vẫn được tổng hợp.")


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
        problem = next((vi for en, vi in _JSON_PROBLEMS.items() if exc.msg.startswith(en)), f"không đọc được ({exc.msg})")
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
    shape = _Shape(shown, diags, member)
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
                        f"phải là đối tượng {{province, district, commune}}, không phải {_json_kind(locality)}.")
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
    shape = _Shape(shown, diags, member)
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
            shape.error(f"{where}.citing", f"phải là danh sách, không phải {_json_kind(citing)}.")
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


def _symbol(shape: _Shape, record: dict, where: str) -> Symbol | None:
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
        member.built_at = _Shape(show(member.data / MANIFEST_FILE), diags, member).moment(manifest, "built_at", "")
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
