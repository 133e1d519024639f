"""A portal: national pages built from the data of many independently built sites (issue 9).

Each province builds and hosts its own site; its `site/data/` folder (plans.json, directives.json,
manifest.json) is fetched before the portal's build into a local folder, and a member file that
officials edit names them:

    sites:
      - name: Tỉnh Thanh Hóa
        url: https://thanhhoa.example.vn/
        data: ../thanh-hoa/site/data

This module reads and checks that file and each member's data (untrusted: every problem is a
Vietnamese diagnostic with file, line and field; nothing raises), then merges the cited documents
across members. Identity is the one `identity` gives inside a site: symbol + year for nationally
unique issuers, symbol + year + issuing body otherwise; a body that a member could not place stays
private to that member, and a body below a province ("UBND huyện Yên Định") is told apart by the
province of the plans that cite it. Plain Python, no MkDocs; `portal_pages` renders the pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote

from .citations import Symbol, canonical_symbol
from .dates import DateError, PartialDate
from .diagnostics import Diagnostics
from .directives import CitedDocument, assign_slugs
from .exports import Column
from .frontmatter import decode, parse_yaml
from .html_blocks import web_url
from .identity import PRIVATE_BODY, DocumentKey, is_private_body, names_province, normalise_name
from .models import Locality
from .paths import page_url
from .site_map import national_document_page

# Fields of one member site, with the explanation messages and the README use.
MEMBER_FIELDS = {
    "name": "Tên trang thành viên như người dân biết, ví dụ «Tỉnh Thanh Hóa».",
    "url": "Địa chỉ gốc của trang thành viên: http:// hoặc https://, kết thúc bằng «/».",
    "data": "Thư mục chứa bản sao thư mục data/ của trang đó (plans.json, directives.json), tính từ thư mục "
            "của tệp này; tải về trước khi xây dựng (khi xây dựng không dùng mạng).",
}
TOP_KEYS = {"sites"}
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

    @property
    def slug(self) -> str:
        return self.doc.slug

    @property
    def citing(self) -> int:
        return sum(len(s.plans) for s in self.sites.values())

    @property
    def implementing(self) -> int:
        return sum(s.implementing for s in self.sites.values())

    def by_site(self) -> list[SiteCiting]:
        return [self.sites[i] for i in sorted(self.sites)]

    def not_citing(self, members: list[Member]) -> list[Member]:
        return [m for i, m in enumerate(members) if i not in self.sites]


@dataclass
class Portal:
    members: list[Member]
    documents: list[NationalDocument]  # most cited first
    files_read: int = 0


# -- reading ------------------------------------------------------------------------------------
class _Shape:
    """Checks the shape of one member data file; at most MAX_ERRORS_PER_FILE errors and as many
    warnings are shown."""

    def __init__(self, shown: str, diags: Diagnostics):
        self.shown, self.diags, self.errors, self.warnings = shown, diags, 0, 0

    def error(self, where: str, message: str) -> None:
        self.errors += 1
        if self.errors <= MAX_ERRORS_PER_FILE:
            self.diags.error(self.shown, 0, where, message)
        elif self.errors == MAX_ERRORS_PER_FILE + 1:
            self.diags.error(self.shown, 0, "", "còn nhiều lỗi khác; hãy tải lại thư mục data/ của trang này "
                             "(tệp phải do site-builder xây dựng).")

    def warning(self, where: str, message: str) -> None:
        self.warnings += 1
        if self.warnings <= MAX_ERRORS_PER_FILE:
            self.diags.warning(self.shown, 0, where, message)
        elif self.warnings == MAX_ERRORS_PER_FILE + 1:
            self.diags.warning(self.shown, 0, "", "còn nhiều cảnh báo khác như trên.")

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
        if not isinstance(value, list):
            self.error(where, f"phải là danh sách, không phải {_json_kind(value)}.")
            return []
        good = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                good.append((i, item))
            else:
                self.error(_at(where, str(i)), f"phải là một đối tượng JSON, không phải {_json_kind(item)}.")
        return good


def _json_kind(value: Any) -> str:
    kinds = ((bool, "true/false"), (int, "số"), (float, "số"), (str, "chuỗi"), (list, "danh sách"), (dict, "đối tượng"))
    return "null" if value is None else next((name for kind, name in kinds if isinstance(value, kind)), "giá trị khác")


def _read(path: Path, shown: str, diags: Diagnostics, missing: str | None) -> tuple[str, bytes] | None:
    """The decoded text of a file and its bytes; None after a message. A missing file is reported
    with `missing`, or not at all when that is None (an optional file)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if missing is not None:
            diags.error(shown, 0, "", missing)
        return None
    except OSError as exc:
        diags.error(shown, 0, "", f"không đọc được tệp: {exc.strerror or exc}.")
        return None
    text = decode(data, shown, diags)
    return None if text is None else (text, data)


def _read_json(path: Path, shown: str, diags: Diagnostics, optional: bool = False) -> tuple[Any, bytes] | None:
    read = _read(path, shown, diags, None if optional else (
        "không tìm thấy tệp; thư mục dữ liệu của một trang thành viên phải có " + " và ".join(DATA_FILES)
        + " (tải thư mục site/data/ của trang đó về)."))
    if read is None:
        return None
    report = diags.warning if optional else diags.error
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
class _Entry:
    """One document of one member's directives.json, checked."""

    member: int
    symbol: Symbol
    type: str
    year: int | None
    date: str | None
    body: str | None
    body_key: str | None
    title: str | None
    official_url: str | None
    in_registry: bool
    url: str | None
    citing: list[PortalPlan]


_PlanFacts = tuple[PartialDate | None, Locality, str | None]  # issued, locality, canonical number


def _load_plans(member: Member, shown: str, value: Any, diags: Diagnostics) -> dict[str, _PlanFacts]:
    """plans.json → {site path: facts}; shape errors go to `diags`."""
    shape = _Shape(shown, diags)
    if not isinstance(value, dict) or not isinstance(value.get("plans"), list):
        shape.error("plans", "plans.json phải là một đối tượng JSON có trường «plans» là danh sách các kế hoạch.")
        return {}
    found = {}
    for i, record in shape.items(value["plans"], "plans"):
        where = f"plans.{i}"
        url = shape.path(record, "url", where, required=True)
        issued = shape.date(record, "issued", where)
        locality = record.get("locality") or {}
        if not isinstance(locality, dict):
            shape.error(f"{where}.locality",
                        f"phải là đối tượng {{province, district, commune}}, không phải {_json_kind(locality)}.")
            locality = {}
        place = Locality(**{k: shape.text(locality, k, f"{where}.locality") for k in ("province", "district", "commune")})
        number = shape.text(record, "number_canonical", where)
        if url is not None:
            found[url] = (issued, place, number)
    if member.built_at is None:
        member.built_at = shape.moment(value, "generated", "")
    member.plans = len(value["plans"])
    return found


def _load_documents(index: int, member: Member, shown: str, value: Any, plans: dict[str, _PlanFacts],
                    diags: Diagnostics) -> list[_Entry] | None:
    shape = _Shape(shown, diags)
    entries = []
    if not isinstance(value, list):
        shape.error("", "directives.json phải là danh sách các văn bản được trích dẫn (mỗi văn bản một đối tượng JSON).")
        return None
    for i, record in shape.items(value, ""):
        where = str(i)
        raw_symbol = shape.text(record, "symbol", where, required=True)
        symbol = canonical_symbol(raw_symbol) if raw_symbol else None
        if raw_symbol and symbol is None:
            shape.error(f"{where}.symbol", f"«{raw_symbol}» không phải số, ký hiệu văn bản.")
        official = shape.text(record, "official_url", where)
        if official is not None and web_url(official) is None:
            shape.warning(f"{where}.official_url", f"«{official}» không phải địa chỉ http:// hay https://; "
                          "trang tổng hợp không tạo liên kết đến nó.")
        citing = []
        for j, item in shape.items(record.get("citing"), f"{where}.citing"):
            at = f"{where}.citing.{j}"
            path, title = shape.path(item, "url", at, required=True), shape.text(item, "title", at, required=True)
            number, issuer = shape.text(item, "number", at), shape.text(item, "issuer", at)
            implements = shape.flag(item, "implements", at)
            if path is None or title is None:
                continue
            issued, place, canonical = plans.get(path, (None, Locality(), None))
            citing.append(PortalPlan(member.url + path, title, canonical or number, issuer, issued, place, implements))
        entry = _Entry(index, symbol, shape.text(record, "type", where) or "Văn bản", shape.year(record, where),
                       None, shape.text(record, "body", where), shape.text(record, "body_key", where),
                       shape.text(record, "title", where), web_url(official), shape.flag(record, "in_registry", where),
                       shape.path(record, "url", where), citing)
        date = shape.date(record, "date", where)
        entry.date = date.iso() if date else None
        if symbol is not None:
            entries.append(entry)
    member.documents = len(value)
    return None if shape.errors else entries


def _load_member(index: int, member: Member, diags: Diagnostics, show: Callable[[Path], str]) -> list[_Entry] | None:
    loaded = {}
    for name in (*DATA_FILES, MANIFEST_FILE):
        path = member.data / name
        result = _read_json(path, show(path), diags, optional=name == MANIFEST_FILE)
        if result is not None:
            loaded[name] = result[0]
            member.sha256[name] = hashlib.sha256(result[1]).hexdigest()
    manifest = loaded.get(MANIFEST_FILE)
    if isinstance(manifest, dict):  # optional, and only read for its date: any other shape is ignored
        member.built_at = _Shape(show(member.data / MANIFEST_FILE), diags).moment(manifest, "built_at", "")
    if any(name not in loaded for name in DATA_FILES):
        return None
    plans = _load_plans(member, show(member.data / "plans.json"), loaded["plans.json"], diags)
    return _load_documents(index, member, show(member.data / "directives.json"), loaded["directives.json"], plans, diags)


def load_portal(path: Path, diags: Diagnostics, show: Callable[[Path], str] = str) -> Portal | None:
    """Read the member file at `path` and every member's data, and merge them; None after any error
    (each reported in `diags` with file, line and field). `show` turns a path into its shown form."""
    shown = show(path)
    errors_before = len(diags.errors)
    read = _read(path, shown, diags, "không tìm thấy tệp danh sách trang thành viên mà tùy chọn «portal» của plugin "
                 "site-builder trong mkdocs.yml chỉ đến (đường dẫn tính từ thư mục của mkdocs.yml).")
    parsed = parse_yaml(read[0], 1, shown, diags) if read is not None else None
    if parsed is None:
        return None
    values, lines = parsed
    for key in values:
        if key not in TOP_KEYS:
            diags.error(shown, lines.get(key, 1), _printable(key), "trường không có trong danh sách trang thành viên; chỉ dùng «sites».")
    sites = values.get("sites")
    if not isinstance(sites, list):
        diags.error(shown, lines.get("sites", 1), "sites", "phải có «sites»: danh sách các trang thành viên, mỗi trang gồm "
                    + ", ".join(MEMBER_FIELDS) + " (xem README, «Cổng tổng hợp nhiều trang»).")
        return None
    if not sites:
        diags.warning(shown, lines.get("sites", 1), "sites", "chưa có trang thành viên nào; các trang toàn quốc sẽ trống.")
    members = _members(sites, lines, path.parent, shown, diags, show)
    if len(diags.errors) > errors_before:
        return None
    entries = []
    files_read = 1
    for index, member in enumerate(members):
        loaded = _load_member(index, member, diags, show)
        files_read += len(member.sha256)
        entries += loaded or []
    if len(diags.errors) > errors_before:
        return None
    return Portal(members, merge(members, entries), files_read)


def _members(sites: list, lines: dict[str, int], base: Path, shown: str, diags: Diagnostics,
             show: Callable[[Path], str]) -> list[Member]:
    members: list[Member] = []
    seen: dict[tuple[str, str], int] = {}
    for i, item in enumerate(sites):
        where, line = f"sites.{i}", lines.get(f"sites.{i}", 1)
        if not isinstance(item, dict):
            diags.error(shown, line, where, "mỗi trang thành viên phải là một nhóm trường: " + ", ".join(MEMBER_FIELDS) + ".")
            continue
        ok = True
        for key in item:
            if key not in MEMBER_FIELDS:
                diags.error(shown, lines.get(f"{where}.{key}", line), f"{where}.{_printable(key)}",
                            "trường không có ở một trang thành viên; chỉ dùng: " + ", ".join(MEMBER_FIELDS) + ".")
                ok = False
        values = {}
        for key, help_text in MEMBER_FIELDS.items():
            value = item.get(key)
            at = lines.get(f"{where}.{key}", line)
            if value is None or (isinstance(value, str) and not value.strip()):
                diags.error(shown, line, f"{where}.{key}", f"thiếu trường «{key}». {help_text}")
                ok = False
            elif not isinstance(value, str):
                diags.error(shown, at, f"{where}.{key}", f"phải là một chuỗi. {help_text}")
                ok = False
            elif bad := _SURROGATE.search(value) or _CONTROL.search(value):
                # Only a YAML escape ("\0", "\ud800") writes one; no name, address or folder has one.
                diags.error(shown, at, f"{where}.{key}", f"có ký tự không hợp lệ (U+{ord(bad[0]):04X}: ký tự điều "
                            "khiển hoặc nửa cặp UTF-16); hãy xoá ký tự này.")
                ok = False
            else:
                values[key] = " ".join(value.split())
        url = values.get("url")
        if url is not None and (web_url(url) != url or not url.endswith("/")):
            diags.error(shown, lines.get(f"{where}.url", line), f"{where}.url",
                        f"«{url}» phải là địa chỉ http:// hoặc https:// kết thúc bằng «/» (địa chỉ gốc của trang).")
            ok = False
        folder = _folder(base, values["data"]) if "data" in values else None
        if folder is not None and not folder.is_dir():
            diags.error(shown, lines.get(f"{where}.data", line), f"{where}.data",
                        f"không tìm thấy thư mục dữ liệu «{values['data']}» ({show(folder)}): hãy tải thư mục site/data/ "
                        "của trang này về trước khi xây dựng.")
            ok = False
        for key in ("name", "url"):
            if key in values:
                first = seen.setdefault((key, normalise_name(values[key])), line)
                if first != line:
                    diags.error(shown, lines.get(f"{where}.{key}", line), f"{where}.{key}",
                                f"«{values[key]}» đã có ở trang thành viên khai báo tại dòng {first}.")
                    ok = False
        if ok:
            members.append(Member(values["name"], url, folder, line))
    return members


def _folder(base: Path, data: str) -> Path:
    """The member's data folder; a path the system cannot look up (too long, a loop of links, a
    character it refuses) is a folder that is not there, which the caller reports."""
    try:
        return (base / data).resolve()
    except (OSError, RuntimeError, ValueError):
        return base / data


# -- merging ------------------------------------------------------------------------------------
def _key(entry: _Entry, members: list[Member]) -> DocumentKey:
    """The identity across sites. A body a member could not place stays that member's own. A body
    below a province is named without it ("UBND huyện Yên Định"; every province has its districts and
    communes, and names repeat): it is the one in the province of the plans that cite it, and stays
    the member's own when they name no single province."""
    if entry.symbol.national:
        return DocumentKey(entry.symbol.text, entry.year, None)
    own = members[entry.member].url
    body = normalise_name(entry.body_key) if entry.body_key else None
    if body is None or is_private_body(body):
        body = f"{body or PRIVATE_BODY} · {own}"
    elif not names_province(body):
        provinces = {normalise_name(p.locality.province) for p in entry.citing if p.locality.province}
        body = f"{body} @ {provinces.pop()}" if len(provinces) == 1 else f"{body} · {own}"
    return DocumentKey(entry.symbol.text, entry.year, body)


def merge(members: list[Member], entries: list[_Entry]) -> list[NationalDocument]:
    """One national document per identity; a citation without a year joins the dated one when all
    members together know only one year for that symbol and body (as `DirectiveIndex` does in a site)."""
    keyed = [(entry, _key(entry, members)) for entry in entries]
    years: dict[tuple[str, str | None], set[int]] = {}
    for _, key in keyed:
        if key.year is not None:
            years.setdefault((key.symbol, key.body), set()).add(key.year)
    documents: dict[DocumentKey, NationalDocument] = {}
    # Facts from a member's registry first, then in the member file's order.
    for entry, key in sorted(keyed, key=lambda pair: (not pair[0].in_registry, pair[0].member)):
        known = years.get((key.symbol, key.body), set())
        if key.year is None and len(known) == 1:
            key = DocumentKey(key.symbol, next(iter(known)), key.body)
        national = documents.get(key)
        if national is None:
            national = documents[key] = NationalDocument(CitedDocument(key, entry.symbol, entry.type))
        doc = national.doc
        doc.in_registry = doc.in_registry or entry.in_registry
        doc.date = doc.date or entry.date
        doc.body = doc.body or entry.body
        doc.title = doc.title or entry.title
        doc.official_url = doc.official_url or entry.official_url
        site = national.sites.setdefault(entry.member, SiteCiting(members[entry.member]))
        if entry.url is not None and site.document_url is None:
            site.document_url = members[entry.member].url + entry.url
        for plan in entry.citing:
            earlier = site.plans.get(plan.url)
            if earlier is None or (plan.implements and not earlier.implements):
                site.plans[plan.url] = plan
    assign_slugs([n.doc for n in documents.values()])
    return sorted(documents.values(), key=lambda n: (-n.citing, n.doc.symbol.text, n.doc.year or 0, n.doc.key.body or ""))


# -- data/portal.json ---------------------------------------------------------------------------
# Tables that both write data/portal.json and document it (portal_pages), so the two cannot disagree.
PLAN_COLUMNS: tuple[Column, ...] = (
    Column("url", "Địa chỉ đầy đủ của trang kế hoạch, trên trang thành viên.", lambda p: p.url),
    Column("title", "Trích yếu.", lambda p: p.title),
    Column("number", "Số, ký hiệu (dạng chuẩn khi có); null khi văn bản chưa có số.", lambda p: p.number),
    Column("issuer", "Cơ quan ban hành.", lambda p: p.issuer),
    Column("issued", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng); null khi không rõ.",
           lambda p: p.issued.iso() if p.issued else None),
    Column("locality", "Địa bàn {province, district, commune} như kế hoạch ghi.",
           lambda p: {"province": p.locality.province, "district": p.locality.district, "commune": p.locality.commune}),
    Column("implements", "true khi kế hoạch thực hiện văn bản (không chỉ trích dẫn).", lambda p: p.implements),
)
SITE_COLUMNS: tuple[Column, ...] = (
    Column("name", "Tên trang thành viên.", lambda s: s.member.name),
    Column("url", "Địa chỉ gốc của trang thành viên.", lambda s: s.member.url),
    Column("document_url", "Trang của văn bản này trên trang thành viên; null khi dữ liệu không ghi.",
           lambda s: s.document_url),
    Column("citing", "Số kế hoạch của trang thành viên trích dẫn văn bản.", lambda s: len(s.plans)),
    Column("implementing", "Số kế hoạch của trang thành viên thực hiện văn bản.", lambda s: s.implementing),
    Column("plans", "Các kế hoạch đó, mỗi kế hoạch gồm: " + ", ".join(c.name for c in PLAN_COLUMNS) + ".",
           lambda s: [{c.name: c.value(p) for c in PLAN_COLUMNS} for p in s.sorted_plans()]),
)
DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("url", "Trang tổng hợp của văn bản trên cổng này, tính từ gốc trang web.",
           lambda n, members: page_url(national_document_page(n))),
    Column("symbol", "Số, ký hiệu viết theo dạng chuẩn (ví dụ «33/CT-TTg»).", lambda n, members: n.doc.symbol.text),
    Column("type", "Loại văn bản (Chỉ thị, Nghị quyết, Kết luận …).", lambda n, members: n.doc.type),
    Column("year", "Năm ban hành; null khi không rõ.", lambda n, members: n.doc.year),
    Column("date", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng); null khi không rõ.",
           lambda n, members: n.doc.date),
    Column("body", "Tên cơ quan ban hành.", lambda n, members: n.doc.body),
    Column("body_key", "Mã cơ quan ban hành dùng để phân biệt văn bản cùng số của hai cơ quan: null với văn bản của "
           "cơ quan trung ương (số, ký hiệu và năm đã đủ xác định văn bản, nên mọi trang thành viên được gộp chung); "
           "văn bản của địa phương chỉ được gộp khi mã này trùng nhau. Cơ quan dưới cấp tỉnh (huyện, xã …) được ghi kèm "
           "tỉnh của các kế hoạch trích dẫn («ubnd huyện … @ tỉnh»), vì tên huyện, xã có thể trùng ở hai tỉnh; văn bản "
           "mà trang thành viên chưa xác định được cơ quan ban hành («" + PRIVATE_BODY + " …»), hoặc của cơ quan dưới "
           "cấp tỉnh mà các kế hoạch trích dẫn không cùng một tỉnh, chỉ thuộc trang đó (mã kết thúc bằng «· địa chỉ "
           "trang»).", lambda n, members: n.doc.key.body),
    Column("title", "Trích yếu, theo danh mục văn bản căn cứ hoặc câu trích dẫn của trang thành viên.",
           lambda n, members: n.doc.title),
    Column("official_url", "Địa chỉ toàn văn chính thức (chỉ địa chỉ http:// hoặc https://); null khi không có.",
           lambda n, members: n.doc.official_url),
    Column("in_registry", "true khi văn bản có trong danh mục văn bản căn cứ của ít nhất một trang thành viên.",
           lambda n, members: n.doc.in_registry),
    Column("citing", "Tổng số kế hoạch trích dẫn văn bản, trên mọi trang thành viên.", lambda n, members: n.citing),
    Column("implementing", "Tổng số kế hoạch thực hiện văn bản, trên mọi trang thành viên.",
           lambda n, members: n.implementing),
    Column("sites", "Các trang thành viên có kế hoạch trích dẫn văn bản, theo thứ tự trong danh sách trang thành viên; "
           "mỗi trang gồm: " + ", ".join(c.name for c in SITE_COLUMNS) + ".",
           lambda n, members: [{c.name: c.value(s) for c in SITE_COLUMNS} for s in n.by_site()]),
    Column("not_citing", "Tên các trang thành viên chưa có kế hoạch nào trích dẫn văn bản.",
           lambda n, members: [m.name for m in n.not_citing(members)]),
)
MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("name", MEMBER_FIELDS["name"], lambda m: m.name),
    Column("url", MEMBER_FIELDS["url"], lambda m: m.url),
    Column("plans", "Số kế hoạch trong plans.json của trang.", lambda m: m.plans),
    Column("documents", "Số văn bản được trích dẫn trong directives.json của trang.", lambda m: m.documents),
    Column("built_at", "Thời điểm trang thành viên xây dựng dữ liệu (ISO 8601, theo data/manifest.json); null khi không rõ.",
           lambda m: m.built_at),
    Column("sha256", "Mã SHA-256 của từng tệp dữ liệu đã dùng ({tên tệp: mã}), để đối chiếu với tệp trên trang thành viên.",
           lambda m: dict(m.sha256)),
)
TOP_FIELDS: tuple[tuple[str, str], ...] = (
    ("generated", "Thời điểm xây dựng cổng (ISO 8601)."),
    ("site", "Tên cổng."),
    ("members", "Các trang thành viên, mỗi trang gồm: " + ", ".join(c.name for c in MEMBER_COLUMNS) + "."),
    ("count", "Số văn bản sau khi gộp."),
    ("documents", "Các văn bản được trích dẫn, gộp từ mọi trang thành viên, văn bản được trích dẫn nhiều nhất trước; "
     "mỗi văn bản gồm: " + ", ".join(c.name for c in DOCUMENT_COLUMNS) + "."),
)


def portal_json(portal: Portal, site_name: str, built_at: str) -> bytes:
    data = {
        "generated": built_at,
        "site": site_name,
        "members": [{c.name: c.value(m) for c in MEMBER_COLUMNS} for m in portal.members],
        "count": len(portal.documents),
        "documents": [{c.name: c.value(n, portal.members) for c in DOCUMENT_COLUMNS} for n in portal.documents],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
