"""The parts of a document that become front-matter: the header block (issuer, number, place and
date, the national motto), the type line and trích yếu, and the closing ("Nơi nhận", signature).

Only what the text states is returned; anything else stays None so the checker can say it is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.citations import canonical_symbol
from ..model.dates import DateError, PartialDate
from ..model.doctypes import TYPE_NAMES
from ..model.text import nfc, plain_key
from .text import BULLET_RE, RECIPIENTS_RE, Block, is_decoration, is_upper_line, title_words, vn_case

_DASH = r"\s*[-–—‐]\s*"
MOTTO_RE = re.compile(
    r"C[ỘO]NG\s+H[ÒÓOÕ]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM"
    rf"|Độc\s+lập{_DASH}Tự\s+do{_DASH}Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)
DATE_LINE_RE = re.compile(
    r"(?P<place>[^\W\d_][^,\n]{0,60}?)\s*,\s*ngày\s*(?P<rest>.*?năm\s*(?P<y>\d{4}))"
    r"|(?P<place2>[^\W\d_][^,\n]{0,60}?)\s*,\s*ngày\s*(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})",
    re.IGNORECASE,
)
_DAY_MONTH_RE = re.compile(r"^(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm", re.IGNORECASE)
NUMBER_RE = re.compile(
    r"(?<!\w)Số\s*:?\s*(?P<num>(?:\d+[a-z]?)?\s*(?:/\s*\d{4}\s*)?[/-]\s*[A-ZĐa-zđ][A-Za-zĐđ0-9]*"
    r"(?:\s*[-/.&]\s*[A-ZĐ][A-Za-zĐđ0-9]*)*)",
    re.IGNORECASE,
)

_TYPES_UPPER = {plain_key(n): n for n in TYPE_NAMES}
_AUTHORITY_RE = re.compile(r"^(?P<prefix>T\s*/\s*M\.?|TM\.|KT\.|TL\.|TUQ\.|Q\.|Q\s+\.)\s*(?P<rest>.*)$", re.IGNORECASE)
# Positions, longest first, so a single line "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" can be split.
_POSITIONS = sorted(
    [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ", "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
        "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
        "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "THỦ TRƯỞNG", "TRƯỞNG THÔN", "CHÁNH THANH TRA", "TỔNG BIÊN TẬP",
    ],
    key=len,
    reverse=True,
)
_SIGNED_NOTE = re.compile(r"^\(?\s*(đã\s+ký|ký[, ].*|ký tên.*|đóng dấu.*)\)?$", re.IGNORECASE)
_ORG_HEADS = {
    "ỦY BAN NHÂN DÂN": "UBND", "UỶ BAN NHÂN DÂN": "UBND", "UBND": "UBND",
    "HỘI ĐỒNG NHÂN DÂN": "HĐND", "HĐND": "HĐND",
    "ĐẢNG ỦY": "Đảng ủy", "ĐẢNG UỶ": "Đảng uỷ", "ĐẢNG BỘ": "Đảng bộ",
}
_LEVELS = ("THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "ĐẶC KHU", "PHƯỜNG", "QUẬN", "HUYỆN", "TỈNH", "XÃ", "TP.")
_LOCALITY_KEY = {"XÃ": "commune", "PHƯỜNG": "commune", "THỊ TRẤN": "commune", "ĐẶC KHU": "commune",
                 "HUYỆN": "district", "QUẬN": "district", "THỊ XÃ": "district",
                 "TỈNH": "province", "THÀNH PHỐ": "province"}


@dataclass
class Header:
    number: str | None = None
    place: str | None = None
    issued: str | None = None  # ISO, possibly partial ("2025-01")
    issued_note: str | None = None  # why a date was not taken
    issuer: str | None = None
    issuer_lines: list[str] = field(default_factory=list)
    locality: dict[str, str] = field(default_factory=dict)
    motto: bool = False


def doc_type_of(text: str) -> str | None:
    """"KẾ HOẠCH" (a line in capitals that is exactly a type name) → "Kế hoạch"."""
    stripped = text.strip().strip("*").strip()
    if not is_upper_line(stripped):
        return None
    return _TYPES_UPPER.get(plain_key(stripped))


def canonical_number(raw: str) -> str:
    compact = re.sub(r"\s+", "", nfc(raw)).replace("–", "-").rstrip(".")
    symbol = canonical_symbol(compact)
    return symbol.text if symbol is not None and compact.split("/")[0].split("-")[0] else compact


def parse_date(rest: str, year: str) -> tuple[str | None, str | None]:
    """"12 tháng 01 năm 2026" → "2026-01-12"; a blank day or month stays out ("2025-01")."""
    m = _DAY_MONTH_RE.match(rest.strip())
    day = month = None
    if m:
        day, month = m["d"], m["m"]
    try:
        if month is None:
            date = PartialDate.parse(year)
        elif day is None:
            date = PartialDate.parse(f"{year}-{int(month):02d}")
        else:
            date = PartialDate.parse(f"{year}-{int(month):02d}-{int(day):02d}")
    except DateError as exc:
        return None, str(exc)
    return date.iso(), None


def parse_header(lines: list[str]) -> Header:
    """Lines above the type line: issuer, motto, "Số: …", "<place>, ngày … tháng … năm …"."""
    header = Header()
    rest: list[str] = []
    for line in lines:
        text = nfc(line)
        if MOTTO_RE.search(text):
            header.motto = True
            text = MOTTO_RE.sub(" ", text)
        number = NUMBER_RE.search(text)
        if number and header.number is None:
            header.number = canonical_number(number["num"])
            text = text[: number.start()] + " " + text[number.end():]
        date = DATE_LINE_RE.search(text)
        if date and header.issued is None and header.place is None:
            if date["place"] is not None:
                header.place = _place(date["place"])
                header.issued, header.issued_note = parse_date(date["rest"], date["y"])
            else:
                header.place = _place(date["place2"])
                header.issued, header.issued_note = parse_date(f"{date['d2']} tháng {date['m2']} năm", date["y2"])
            text = text[: date.start()] + " " + text[date.end():]
        text = " ".join(text.split()).strip(" -–_*")
        if text and not is_decoration(text):
            rest.append(text)
    header.issuer_lines = [r for r in rest if is_upper_line(r)]
    header.issuer, header.locality = issuer_from_lines(header.issuer_lines)
    return header


def _place(prefix: str) -> str:
    """The place name before ", ngày": when a PDF put the issuer on the same line ("XÃ TÂN PHÚ Tân Phú"),
    keep the words after the last one in capitals."""
    words = prefix.split()
    tail: list[str] = []
    for word in reversed(words):
        if is_upper_line(word) and tail:
            break
        tail.insert(0, word)
    return " ".join(tail if tail and not all(is_upper_line(w) for w in tail) else words)


def _split_level(text: str) -> tuple[str, str] | None:
    for level in _LEVELS:
        if text.startswith(level + " "):
            return level, text[len(level) + 1:].strip()
    return None


def issuer_from_lines(lines: list[str]) -> tuple[str | None, dict[str, str]]:
    """"ỦY BAN NHÂN DÂN" / "XÃ TÂN PHÚ" → "UBND xã Tân Phú" (and the commune it names).

    With two bodies ("UBND HUYỆN A" over "PHÒNG NỘI VỤ"), the lower one issues the document.
    """
    if not lines:
        return None, {}
    words = [" ".join(line.upper().split()) for line in lines]
    locality: dict[str, str] = {}

    def place_of(text: str) -> str | None:
        split = _split_level(text)
        if split is None:
            return None
        level, name = split
        key = _LOCALITY_KEY.get("THÀNH PHỐ" if level == "TP." else level)
        if key:
            locality.setdefault(key, title_words(name))
        return f"{level.lower()} {title_words(name)}"

    for i in range(len(words) - 1, -1, -1):
        line = words[i]
        for head, short in _ORG_HEADS.items():
            if line == head and i + 1 < len(words):
                place = place_of(words[i + 1])
                if place:
                    for above in words[:i]:  # a superior body above names a larger place
                        _record_superior(above, locality)
                    return f"{short} {place}", locality
            if line.startswith(head + " "):
                place = place_of(line[len(head) + 1:])
                if place:
                    for above in words[:i]:
                        _record_superior(above, locality)
                    return f"{short} {place}", locality
    # Any other body: the last line names it ("PHÒNG VĂN HÓA - XÃ HỘI", "HUYỆN ỦY VĨNH LINH").
    last = lines[-1]
    return vn_case(last), locality


def _record_superior(line: str, locality: dict[str, str]) -> None:
    for head in list(_ORG_HEADS) + ["HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY"]:
        if line.startswith(head + " "):
            split = _split_level(line[len(head) + 1:])
            if split:
                key = _LOCALITY_KEY.get(split[0])
                if key:
                    locality.setdefault(key, title_words(split[1]))


def title_span(blocks: list[Block], start: int) -> int:
    """How many blocks after the type line make up the trích yếu (one or more lines)."""
    from ..model.citations import find_citations

    count = 0
    first_bold = None
    for block in blocks[start:]:
        text = block.text.strip()
        if block.table is not None or not text or BULLET_RE.match(text) or RECIPIENTS_RE.match(text):
            break
        if count == 0:
            if is_decoration(text):
                break
            first_bold = block.bold
            count = 1
            if text.endswith((":", ";")) or len(text) > 300:
                break
            continue
        if block.spacer_before or is_decoration(text) or block.bold != first_bold:
            break
        if first_bold is False and (find_citations(text) or len(text) > 160 or text.endswith((".", ":", ";"))):
            break
        if text[:1].isupper() and not first_bold and not blocks[start + count - 1].text.rstrip().endswith((",", "-")) \
                and not block.spacer_before and _looks_like_opening(text):
            break
        count += 1
    return count


def _looks_like_opening(text: str) -> bool:
    return text.casefold().startswith(("thực hiện ", "căn cứ ", "triển khai ", "nhằm ", "để "))


@dataclass
class Signer:
    authority: str | None = None
    title: str | None = None
    name: str | None = None
    lines: list[str] = field(default_factory=list)  # the signature lines as written (capitals)
    notes: list[str] = field(default_factory=list)  # "(Đã ký)"


def parse_signature(lines: list[str]) -> Signer:
    """Authority (TM./KT./T/M …), position and name from the signature block."""
    signer = Signer()
    texts = [" ".join(line.split()) for line in lines if line.strip() and not is_decoration(line)]
    kept = []
    for t in texts:
        if _SIGNED_NOTE.match(t):
            signer.notes.append(t)
        else:
            kept.append(t)
    if not kept:
        return signer
    name_index = None
    for i in range(len(kept) - 1, -1, -1):
        if not is_upper_line(kept[i]):
            name_index = i
            break
    if name_index is None and len(kept) >= 2 and not _is_position(kept[-1]):
        name_index = len(kept) - 1  # a name written in capitals
    if name_index is not None:
        raw_name = kept[name_index]
        signer.name = raw_name if not is_upper_line(raw_name) else title_words(raw_name)
        upper = [t for t in kept[:name_index] if is_upper_line(t)]
    else:
        upper = [t for t in kept if is_upper_line(t)]
    signer.lines = upper
    if not upper:
        return signer
    first = upper[0]
    m = _AUTHORITY_RE.match(first)
    if m:
        prefix, rest = m["prefix"].upper().replace(" ", ""), m["rest"].strip()
        if len(upper) == 1:
            # "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": the position is the end of the line.
            for position in _POSITIONS:
                if rest.endswith(" " + position) and len(rest) > len(position):
                    signer.lines = [f"{m['prefix']} {rest[: -len(position)].strip()}", position]
                    signer.authority = f"{prefix} {vn_case(rest[: -len(position)])}"
                    signer.title = vn_case(position)
                    return signer
            signer.authority = f"{prefix} {vn_case(rest)}" if rest else prefix
            return signer
        authorities = [f"{prefix} {vn_case(rest)}" if rest else prefix]
        k = 1
        while k < len(upper) - 1 and (more := _AUTHORITY_RE.match(upper[k])):  # "TM. UBND" / "KT. CHỦ TỊCH"
            authorities.append(f"{more['prefix'].upper().replace(' ', '')} {vn_case(more['rest'])}".strip())
            k += 1
        signer.authority = ", ".join(authorities)
        signer.title = vn_case(" ".join(upper[k:]))
    else:
        signer.title = vn_case(" ".join(upper))
    return signer


def _is_position(text: str) -> bool:
    return " ".join(text.upper().split()) in _POSITIONS


def recipient_items(lines: list[tuple[str, bool]]) -> list[str]:
    """Items of the "Nơi nhận" list: a line starting with a dash opens an item, a line starting in
    lower case (or indented) continues it."""
    items: list[str] = []
    for text, indented in lines:
        t = " ".join(text.split())
        if not t:
            continue
        m = BULLET_RE.match(t)
        if m:
            items.append(t[m.end():])
        elif items and (t[0].islower() or indented):
            items[-1] += " " + t
        else:
            items.append(t)
    return items


def clean_recipient(item: str) -> str:
    return re.sub(r"\s*(\./\.|[;,.])\s*$", "", " ".join(item.split()))
