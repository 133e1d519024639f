"""Find citations of other documents in running Vietnamese text, and canonicalise their numbers.

Real text is sloppy: "Số:" or "số", spaces around "/" and "-", a line break inside a symbol,
"33-CT/TTg" (party shape, state issuer), "NQUBTVQH15" (no hyphen), ASCII "QD" for "QĐ", NFD
text, Unicode dashes. Each citation keeps its raw text; the symbol is stored canonical.
Never fold Đ to D here: HĐ and HD, ĐA and DA are different document types.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from .doctypes import TYPE_CODES

# Type names as they open a citation, longest first so "Thông báo kết luận" beats "Thông báo".
TYPE_WORDS = sorted(
    [
        "Chỉ thị", "Nghị quyết liên tịch", "Nghị quyết", "Kết luận", "Kế hoạch", "Quyết định", "Quy định",
        "Quy chế", "Hướng dẫn", "Thông báo kết luận", "Thông báo", "Nghị định", "Thông tư liên tịch",
        "Thông tư", "Luật", "Pháp lệnh", "Công văn", "Văn bản", "Đề án", "Chương trình", "Báo cáo",
        "Tờ trình", "Công điện", "Phương án", "Quy chế",
    ],
    key=len,
    reverse=True,
)
_TYPE_BY_FOLDED = {w.casefold(): w for w in TYPE_WORDS}

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"), "-")
_SLASHES = dict.fromkeys(map(ord, "\u2044\u2215\uff0f"), "/")

_CODE = r"[^\W\d_][^\W_]*"  # a letter, then letters or digits: KH, UBND, QĐi, QH15, UBTVQH15
_SYMBOL = rf"""
    (?P<num>\d{{1,6}}[a-zđ]?)
    (?:\s*/\s*(?P<year>(?:19|20)\d\d)(?=\s*/))?
    \s*(?P<sep1>[/-])\s*(?P<seg1>{_CODE})
    (?:\s*(?P<sep2>[/-])\s*(?P<seg2>{_CODE}))?
    (?:-(?P<seg3>(?-i:[A-ZĐ][A-ZĐ0-9]*)))?
    (?![\w/])
"""
_TYPE = "|".join(r"\s+".join(map(re.escape, w.split())) for w in TYPE_WORDS)
# Never two runs of white space that can take the same spaces ("\s*:?\s*"): on a long run the
# engine would try every split of it, and a page of spaces would take hours.
_NUMBER_WORD = r"(?:\s+số\b(?:\s*:)?)?\s*"
# "các Nghị định của Chính phủ: số 59/2023/NĐ-CP …": the body may come before the numbers.
_BODY_FIRST = r"(?:\s+của\s+(?P<prebody>[^:;\n]{1,60}?)\s*:)?"
CITATION_RE = re.compile(rf"(?<!\w)(?=[^\W\d_])(?P<type>{_TYPE}){_BODY_FIRST}{_NUMBER_WORD}{_SYMBOL}", re.IGNORECASE | re.VERBOSE)
# "…; số 61/2023/NĐ-CP": a later item of a list whose type name came earlier.
_LIST_ITEM_RE = re.compile(rf"[;,]\s*số\b(?:\s*:)?\s*{_SYMBOL}", re.IGNORECASE | re.VERBOSE)
_LIST_REACH = 300
# A further number after the first, sharing its type: "các Quyết định số 217-QĐ/TW, 218-QĐ/TW".
_MORE_RE = re.compile(rf"\s*(?:,|\bvà\b)\s*(?:số\b(?:\s*:)?\s*)?{_SYMBOL}", re.IGNORECASE | re.VERBOSE)
SYMBOL_RE = re.compile(rf"^\s*{_SYMBOL}\s*$", re.IGNORECASE | re.VERBOSE)

_DATE_RE = re.compile(
    r"""\s*(?:,\s*)?(?:ngày\s+)+(?:
        (?P<d1>\d{1,2})\s*[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})
      | (?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))""",
    re.IGNORECASE | re.VERBOSE,
)
_BODY_STOPS = (
    "về|của|ban hành|và|quy định|hướng dẫn|triển khai|thực hiện|tại|nhằm|để|sửa đổi|trong|đã|đến|theo|"
    "phê duyệt|giao|đánh giá|phát động|công bố|chỉ đạo|tiếp tục|được"
).replace(" ", r"\s+")
_BODY_RE = re.compile(
    rf"""^\s*,?\s*của\s+(?P<body>.+?
            (?:,\s*khóa\s+[IVXLC]+)?       # "Hội nghị Tỉnh ủy lần thứ 5, khóa XX"
            (?:\s*\(khóa\s+[IVXLC]+\))?    # "Ban Chấp hành Trung ương (khóa XI)"
        )\s*
        (?=[;,.:“”"(\[]|\s(?:{_BODY_STOPS})(?=[\s,.;:]|$)|$)""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_MAX_BODY = 90
# A subject stops at the end of its paragraph ("\n" in the window, see _window) and never starts
# in the next one.
_SUBJECT_RE = re.compile(r"^ *(?P<subject>(?:về|ban\s+hành|quy\s+định|hướng\s+dẫn)\b[^;:.“”\n]{3,240})", re.IGNORECASE)

# Issuers whose series are nationwide, so symbol + year identify the document.
_NATIONAL = re.compile(r"^(?:TTg|CP|VPCP|CTN|QH\d*|UBTVQH\d*|TW|VPTW|BCT|BBT|[A-ZĐ]*TW|TANDTC|VKSNDTC|B[A-ZĐ]{1,6})$")
_PARTY_ISSUER = re.compile(r"^(?:[A-ZĐ]*)(?:TW|TƯ|TU|HU|ĐU|QU|TXU|ĐUK|BCS)$")
_STATE_ISSUER_FIX = {"TTG": "TTg", "HDND": "HĐND"}
_ASCII_TYPE_FIX = {"QD": "QĐ", "ND": "NĐ", "QDI": "QĐi"}
_CODE_BY_FOLDED = {code.casefold(): code for code in TYPE_CODES}
# Where a hyphen was dropped ("NQUBTVQH15"), only these issuers are split off a type code.
_GLUED_ISSUER = re.compile(r"^(?:UBTVQH\d+|QH\d+|CP|TTg|UBND|HĐND)$", re.IGNORECASE)


@dataclass(frozen=True)
class Symbol:
    """A canonical document number: "33/CT-TTg", "61/2018/NĐ-CP", "114-KL/TW"."""

    text: str
    number: str
    year: int | None
    type_code: str | None
    issuers: tuple[str, ...]
    party: bool

    @functools.cached_property  # asked for every citation of every plan, several times
    def national(self) -> bool:
        if not self.issuers:
            return False
        issuer = self.issuers[0]
        local = _PARTY_ISSUER.match(issuer) and not issuer.endswith(("TW", "TƯ"))
        return bool(_NATIONAL.match(issuer)) and not local and not issuer.startswith("BCĐ")


@dataclass(frozen=True)
class Citation:
    symbol: Symbol
    type: str  # full type name as the text names it ("Chỉ thị")
    date: str | None  # ISO, from the text
    body: str | None  # issuing body as the text names it
    raw: str  # type name through the symbol, as written
    line: int  # 1-based line of the number, in the text given
    start: int  # offsets of `raw` in the (NFC, dash-normalised) text
    end: int
    subject: str | None = None  # "về …" as the citing text describes the document

    @property
    def nonstandard(self) -> bool:
        """The text writes the number other than its canonical form (spaces, shape, case)."""
        written = self.raw[self.raw_symbol_offset :]
        return written != self.symbol.text

    @property
    def raw_symbol_offset(self) -> int:
        match = re.search(r"\d", self.raw)
        return match.start() if match else 0

    @property
    def year(self) -> int | None:
        if self.symbol.year:
            return self.symbol.year
        return int(self.date[:4]) if self.date else None

    def as_dict(self) -> dict:
        return {
            "symbol": self.symbol.text,
            "type": self.type,
            "type_code": self.symbol.type_code,
            "issuer": list(self.symbol.issuers),
            "date": self.date,
            "body": self.body,
            "raw": self.raw,
            "line": self.line,
            "nonstandard": self.nonstandard,
        }


_ASCII_PUNCT = {**_DASHES, **_SLASHES}
_UNICODE_PUNCT = re.compile("[" + "".join(re.escape(chr(c)) for c in _ASCII_PUNCT) + "]")


def prepare(text: str) -> str:
    """NFC with Unicode dashes and slashes made ASCII; one character for one, so offsets hold.
    `str.translate` walks every character through a dict, so it runs only on text that needs it."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_ASCII_PUNCT) if _UNICODE_PUNCT.search(text) else text


@functools.lru_cache(maxsize=1024)
def _type_code(code: str) -> str | None:
    if code in TYPE_CODES:
        return code
    folded = code.casefold()
    if folded in _CODE_BY_FOLDED:
        return _CODE_BY_FOLDED[folded]
    fixed = _ASCII_TYPE_FIX.get(code.upper())
    return fixed if fixed in TYPE_CODES else None


@functools.lru_cache(maxsize=1024)
def _issuer(code: str) -> str:
    upper = code.upper()
    return _STATE_ISSUER_FIX.get(upper, upper)


def _from_match(m: re.Match) -> Symbol | None:
    return _symbol(*m.group("num", "year", "sep1", "seg1", "sep2", "seg2", "seg3"))


@functools.lru_cache(maxsize=4096)  # a plan cites a few documents many times
def _symbol(num: str, year: str | None, sep1: str, seg1: str, sep2: str | None, seg2: str | None,
            seg3: str | None) -> Symbol | None:
    num, year = num.lower(), int(year) if year else None
    if sep1 == "-" and sep2 == "/" and seg2:
        # Party shape NUMBER-TYPE/ISSUER, unless the issuer is a state body ("33-CT/TTg").
        type_code, issuer = _type_code(seg1), _issuer(seg2)
        if type_code is None:
            return None
        if _PARTY_ISSUER.match(issuer):
            return Symbol(f"{num}-{type_code}/{issuer}", num, year, type_code, (issuer,), True)
        return _state(num, year, type_code, [issuer] + ([seg3] if seg3 else []))
    if sep1 != "/" or (sep2 == "/"):
        return None
    parts = [seg1] + ([seg2] if seg2 else []) + ([seg3] if seg3 else [])
    type_code = _type_code(parts[0])
    if type_code is not None and len(parts) > 1:
        return _state(num, year, type_code, [_issuer(p) for p in parts[1:]])
    if len(parts) == 1:
        glued = _split_glued(parts[0])
        if glued:
            return _state(num, year, glued[0], [glued[1]])
        if year is not None:  # "10/2022/QH15": a law, the symbol is its issuer
            return Symbol(f"{num}/{year}/{_issuer(parts[0])}", num, year, None, (_issuer(parts[0]),), False)
        if _type_code(parts[0]) is not None:
            return None  # "12/KH" with no issuer identifies nothing
    # Công văn: NUMBER/ISSUER-UNIT, no type code ("1520/UBND-NC").
    issuers = tuple(_issuer(p) for p in parts)
    text = f"{num}/" + (f"{year}/" if year else "") + "-".join(issuers)
    return Symbol(text, num, year, None, issuers, False)


def _state(num: str, year: int | None, type_code: str, issuers: list[str]) -> Symbol:
    issuers = [_issuer(i) for i in issuers]
    text = f"{num}/" + (f"{year}/" if year else "") + "-".join([type_code, *issuers])
    return Symbol(text, num, year, type_code, tuple(issuers), False)


def _split_glued(code: str) -> tuple[str, str] | None:
    for length in (3, 2):
        head, rest = code[:length], code[length:]
        type_code = _type_code(head)
        if type_code and _GLUED_ISSUER.match(rest):
            return type_code, _issuer(rest)
    return None


def canonical_symbol(text: str) -> Symbol | None:
    """Canonicalise a bare number-and-symbol ("33-CT/TTg" → "33/CT-TTg"); None if it is not one."""
    m = SYMBOL_RE.match(prepare(text))
    return _from_match(m) if m else None


def _date_after(text: str, pos: int) -> tuple[str | None, int]:
    m = _DATE_RE.match(text, pos)
    if not m:
        return None, pos
    d, mo, y = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat(), m.end()
    except ValueError:
        return None, m.end()


def _body_after(text: str, pos: int, blocks: "_Blocks") -> str | None:
    return _body_and_subject(text, pos, blocks)[0]


# What a body ("của …") or a subject ("về …") starts with: most citations have neither, and building
# the window costs more than the rest of a citation.
_BODY_OR_SUBJECT_START = re.compile(r"\s*(?:,\s*)?(?:của\s|về\b|ban\s|quy\s|hướng\s)", re.IGNORECASE)


def _body_and_subject(text: str, pos: int, blocks: "_Blocks") -> tuple[str | None, str | None]:
    if not _BODY_OR_SUBJECT_START.match(text, pos):
        return None, None
    window = _window(text[pos : min(pos + 400, blocks.end_after(pos))])
    m = _BODY_RE.match(window)
    body = " ".join(m["body"].split()).strip(" -–") if m else None
    if body is not None and not 0 < len(body) <= _MAX_BODY:
        body = None
    rest = window[m.end():] if m and body else window
    subject = _SUBJECT_RE.match(rest)
    return body, (subject["subject"].rstrip(" ,") if subject else None)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _window(text: str) -> str:
    """What follows a citation, one space between words and "\n" where a paragraph ends. An issuing
    body reads on across a blank line: text converted from PDF has one after every line («của Chủ
    tịch \\n\\n UBND tỉnh»), and a body is a short name that ends at a stop word anyway. A title does not."""
    return "\n".join(" ".join(part.split()) for part in _BLANK_LINE.split(text))


# Where a heading starts and where its line ends ("# …", or a line over a "===" / "---" underline):
# nothing read after a citation runs past it, so «# Kế hoạch 1/KH-BCĐ về … (Nghệ An)» followed by
# «Căn cứ …» has a title of one line.
_HEADING_EDGE = re.compile(
    r"(?P<end>^[ \t]{0,3}\#{1,6}(?:[ \t][^\n]*)?$)"
    r"|\n(?=[ \t]{0,3}(?:\#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$))",
    re.MULTILINE,
)


class _Blocks:
    """The heading edges of one text, found in one pass when a citation first needs them."""

    def __init__(self, text: str):
        self.text = text
        self.edges: list[int] | None = None

    def end_after(self, pos: int) -> int:
        if self.edges is None:
            self.edges = [m.end() if m.lastgroup == "end" else m.start() for m in _HEADING_EDGE.finditer(self.text)]
        i = bisect.bisect_left(self.edges, pos)
        return self.edges[i] if i < len(self.edges) else len(self.text)


class _Lines:
    """Line numbers of offsets in one text, from one pass over it (counting from the start of the
    text for each citation made scanning quadratic)."""

    def __init__(self, text: str, first_line: int):
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.first = first_line

    def at(self, offset: int) -> int:
        return self.first + bisect.bisect_left(self.breaks, offset)


def find_citations(text: str, first_line: int = 1) -> list[Citation]:
    """Every citation in `text`, in order. Never raises on any input; time linear in its length."""
    text = prepare(text)
    found: list[Citation] = []
    lines: _Lines | None = None
    blocks = _Blocks(text)
    for m in CITATION_RE.finditer(text):
        symbol = _from_match(m)
        type_word = _TYPE_BY_FOLDED.get(" ".join(m["type"].split()).casefold(), m["type"])
        chain = [(m, symbol, *_date_after(text, m.end()))]  # (match, symbol, date after it, where that ends)
        # Further numbers after the same type name.
        while more := _MORE_RE.match(text, chain[-1][3]):
            chain.append((more, _from_match(more), *_date_after(text, more.end())))
        last_body: list[str | None] = []  # the body stated after the chain's last item, read once
        for i, (match, sym, date, after) in enumerate(chain):
            if sym is None:
                continue
            start = m.start() if i == 0 else match.start("num")
            end = match.end()
            body, subject = _body_and_subject(text, after, blocks)
            if body is None and i < len(chain) - 1:
                # "A, B ngày … của X": a list shares the date and body stated after its last item.
                last_body = last_body or [_body_after(text, chain[-1][3], blocks)]
                date, body = date or chain[-1][2], last_body[0]
            if body is None and m["prebody"]:
                body = " ".join(m["prebody"].split())
            raw = " ".join(text[start:end].split()) if i == 0 else type_word + " " + " ".join(text[start:end].split())
            lines = lines or _Lines(text, first_line)
            found.append(Citation(sym, type_word, date, body, raw, lines.at(match.start("num")), start, end, subject))
    return _with_list_items(text, found, lines, blocks)


def _with_list_items(text: str, found: list[Citation], lines: "_Lines | None", blocks: _Blocks) -> list[Citation]:
    """Add "; số N/…" items that continue a list of the citation just before them.

    One pass over the list items and the citations together, both in the order of the text: the
    citations found so far do not overlap, so the last one ending before an item is the item's
    previous citation, and only the next one can contain the item's number."""
    if not found or lines is None:
        return found
    extra: list[Citation] = []
    ahead = 0  # index of the first citation that ends after the current item's start
    for m in _LIST_ITEM_RE.finditer(text):
        start, end = m.start("num"), m.end()
        while ahead < len(found) and found[ahead].end <= m.start():
            ahead += 1
        if ahead < len(found) and found[ahead].start <= start < found[ahead].end:
            continue  # already part of a citation
        candidates = ([found[ahead - 1]] if ahead else []) + extra[-1:]
        if not candidates:
            continue
        previous = max(candidates, key=lambda c: c.end)
        if m.start() - previous.end > _LIST_REACH or CITATION_RE.search(text, previous.end, m.start()):
            continue
        sym = _from_match(m)
        if sym is None:
            continue
        date, after = _date_after(text, end)
        body, subject = _body_and_subject(text, after, blocks)
        raw = f"{previous.type} " + " ".join(text[m.start("num"):end].split())
        extra.append(Citation(sym, previous.type, date, body or previous.body, raw, lines.at(start), start, end, subject))
    return sorted(found + extra, key=lambda c: c.start)
