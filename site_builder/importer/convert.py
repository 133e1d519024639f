"""Blocks of a document → front-matter values and a Markdown body, keeping every sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.citations import find_citations
from ..model.identity import without_own_mentions
from ..model.plans import Locality
from .consultation import find_consultation  # issue 17
from .header import (Header, Signer, clean_recipient, doc_type_of, parse_header, parse_signature, recipient_items,
                     title_span)
from .tasks import Found, find_tasks
from .text import (BULLET_RE, LETTER_RE, NUMBERED_RE, RECIPIENTS_RE, ROMAN_RE, Block, is_decoration, is_upper_line,
                   join_wrapped, title_words, wrap_width)

_AUTHORITY_START = re.compile(r"^(T\s*/\s*M\.?|TM\.|KT\.|TL\.|TUQ\.)\s", re.IGNORECASE)


@dataclass
class Imported:
    """What the importer found: front-matter values (only those the text states) and the body."""

    meta: dict = field(default_factory=dict)
    body: str = ""
    notes: list[str] = field(default_factory=list)  # things to review, in Vietnamese
    citations: list = field(default_factory=list)
    tasks: Found = field(default_factory=Found)


def convert(blocks: list[Block]) -> Imported:
    blocks = [b for b in blocks if b.table is not None or not is_decoration(b.text)]
    width = wrap_width([b for b in blocks if b.table is None])
    blocks = join_wrapped(blocks, width)
    result = Imported()
    meta = result.meta

    type_index = next((i for i, b in enumerate(blocks) if b.table is None and doc_type_of(b.full)), None)
    header = Header()
    start = 0
    if type_index is not None and type_index <= 20:
        header_lines = []
        for b in blocks[:type_index]:
            header_lines.extend([b.full] if b.table is None else [c for row in b.table for c in row])
        header = parse_header(header_lines)
        meta["doc_type"] = doc_type_of(blocks[type_index].full)
        span = title_span(blocks, type_index + 1)
        if span:
            title = " ".join(b.full for b in blocks[type_index + 1: type_index + 1 + span])
            meta["title"] = " ".join(title.split()).strip(" *")
        start = type_index + 1 + span
    else:
        result.notes.append("không tìm thấy dòng tên loại văn bản (ví dụ «KẾ HOẠCH»): chưa điền doc_type và title.")

    closing_at = next(
        (i for i in range(len(blocks) - 1, start - 1, -1) if blocks[i].table is None and RECIPIENTS_RE.match(blocks[i].full)),
        None,
    )
    body_blocks = blocks[start:closing_at] if closing_at is not None else blocks[start:]
    recipients_label, recipient_lines, signature_blocks = None, [], []
    if closing_at is not None:
        recipients_label, recipient_lines, signature_blocks = _split_closing(blocks[closing_at:])
    else:
        body_blocks, signature_blocks = _trailing_signature(body_blocks)
    signer = parse_signature([b.full for b in signature_blocks])

    _fill_meta(meta, header, signer, recipient_lines, result.notes)
    if "issuer" not in meta:
        hint = issuer_hint(body_blocks)
        if hint:
            result.notes.append(
                f"đầu văn bản không ghi cơ quan ban hành; câu mở đầu viết «{hint} …». "
                "Nếu đúng, hãy ghi issuer (ví dụ viết tắt «UBND xã …»)."
            )
    if "province" not in meta.get("locality", {}):
        province, others = province_in_text(body_blocks)
        if province:
            meta.setdefault("locality", {})["province"] = province
        elif others:
            result.notes.append("văn bản nhắc đến nhiều tỉnh/thành phố (" + ", ".join(others)
                                + "); chưa điền locality.province, hãy ghi tỉnh của cơ quan ban hành.")
    consultation, notes = find_consultation([b.full for b in blocks if b.table is None], meta.get("title"),  # issue 17
                                              meta.get("doc_type"))
    if consultation:
        meta["consultation"] = consultation
    result.notes += notes
    result.tasks = find_tasks(body_blocks)
    if result.tasks.tasks:
        meta["tasks"] = result.tasks.tasks
    body = render_body(body_blocks)
    closing = render_closing(recipients_label, recipient_lines, signer, signature_blocks)
    result.body = body + ("\n\n" + closing if closing else "") + "\n"
    year = int(str(meta["issued"])[:4]) if meta.get("issued") else None
    result.citations = without_own_mentions(find_citations(body), meta.get("number"), meta.get("issuer"),
                                            Locality(**meta.get("locality", {})), year)
    basis = _basis(body_blocks)
    if basis:
        meta["basis"] = basis
    return result


_PROVINCE = re.compile(
    r"(?<!\w)(?:tỉnh|Tỉnh|TỈNH)[ \t]+(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})"
    r"|(?<!\w)(?:thành phố|Thành phố|THÀNH PHỐ)[ \t]+(?P<city>Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)(?!\w)"
)


def province_in_text(blocks: list[Block]) -> tuple[str | None, list[str]]:
    """The province a plan names («của UBND tỉnh Thanh Hóa»), when it names only one; else the names seen.
    Only «tỉnh» followed by capitalised words counts: «UBND tỉnh» or «Tỉnh ủy» alone names none, and a city
    is a province only for the six that are («thành phố Hà Nội», not «thành phố Thanh Hóa»)."""
    names: list[str] = []
    for b in blocks:
        texts = [b.full] if b.table is None else [c for row in b.table for c in row]
        for text in texts:
            for m in _PROVINCE.finditer(text):
                words = []
                for word in (m["name"] or m["city"]).split():
                    if not word[0].isupper():
                        break
                    words.append(word)
                if words:
                    name = title_words(" ".join(words)) if is_upper_line(" ".join(words)) else " ".join(words)
                    if name not in names:
                        names.append(name)
    return (names[0], []) if len(names) == 1 else (None, names)


_ISSUER_HINT = re.compile(
    r"(?:^|[;,.:]\s*)(?P<who>(?:UBND|Ủy ban|Uỷ ban|Ban|Văn phòng|Đảng ủy|Đảng uỷ|Phòng|Sở|Hội đồng|Chi bộ|Huyện ủy|Thường trực)"
    r"[^,;.:()]{0,70}?)\s*(?:\([^)]{0,30}\)\s*)?(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|chương trình)",
    re.IGNORECASE,
)


def issuer_hint(blocks: list[Block]) -> str | None:
    """Who the opening sentence says makes the plan ("UBND xã Hoằng Hợp xây dựng kế hoạch …"):
    shown to the official as a hint, never written into the file."""
    for b in blocks[:3]:
        if b.table is None:
            m = _ISSUER_HINT.search(b.full)
            if m:
                return " ".join(m["who"].split())
    return None


def _split_closing(blocks: list[Block]) -> tuple[str, list[tuple[str, bool]], list[Block]]:
    first = blocks[0].full
    m = RECIPIENTS_RE.match(first)
    label = first[: m.end()].strip()
    lines: list[tuple[str, bool]] = []
    after = first[m.end():].strip()
    if after:
        lines.append((after, False))
    i = 1
    while i < len(blocks):
        b = blocks[i]
        text = b.full
        if b.table is not None:
            break
        if not BULLET_RE.match(text) and not b.label and (is_upper_line(text) or _AUTHORITY_START.match(text)):
            break
        if b.label == "-":
            text = "- " + b.text
        lines.append((text, b.indented))
        i += 1
    return label, lines, [b for b in blocks[i:] if b.table is None]


def _trailing_signature(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Without a "Nơi nhận" list, a signature is a few short lines at the end: capitals, then a name."""
    end = len(blocks)
    i = end
    while i > 0 and end - i < 5:
        b = blocks[i - 1]
        text = b.full
        if b.table is not None or len(text) > 60 or text.endswith((".", ";", ":")) or BULLET_RE.match(text):
            break
        i -= 1
    candidate = blocks[i:end]
    if len(candidate) >= 2 and is_upper_line(candidate[0].full) and not is_upper_line(candidate[-1].full):
        if not (ROMAN_RE.match(candidate[0].full) or NUMBERED_RE.match(candidate[0].full)):
            return blocks[:i], candidate
    return blocks, []


def _fill_meta(meta: dict, header: Header, signer: Signer, recipient_lines, notes: list[str]) -> None:
    if header.number:
        meta["number"] = header.number
    if header.issuer:
        meta["issuer"] = header.issuer
    if header.issued:
        meta["issued"] = header.issued
    elif header.issued_note:
        notes.append(f"dòng ngày tháng không dùng được: {header.issued_note}")
    if header.place:
        meta["place"] = header.place
    if header.locality:
        meta["locality"] = dict(header.locality)
    group = {k: v for k, v in (("name", signer.name), ("title", signer.title), ("authority", signer.authority)) if v}
    if group:
        meta["signer"] = group
    items = [clean_recipient(i) for i in recipient_items(recipient_lines)]
    items = [i for i in items if i]
    if items:
        meta["recipients"] = items


def _basis(blocks: list[Block]) -> list[str]:
    """Symbols cited in the opening "Căn cứ …" paragraphs: the legal basis of the document."""
    symbols: list[str] = []
    for b in blocks:
        if b.table is not None:
            break
        text = b.full
        if not text.casefold().startswith("căn cứ"):
            if symbols or not text.casefold().startswith(("thực hiện", "theo đề nghị", "xét đề nghị")):
                break
            continue
        for c in find_citations(text):
            if c.symbol.text not in symbols:
                symbols.append(c.symbol.text)
    return symbols


# ---------------------------------------------------------------- Markdown

def _escape_label(text: str, m: re.Match) -> str:
    """"1. Nội dung" → "1\\. Nội dung": the number stays text, as the document wrote it."""
    sep = m["sep"]
    return text[: m.start("sep")] + sep[:-1] + "\\" + sep[-1] + text[m.end("sep"):]


def _is_heading_text(text: str, bold: bool) -> bool:
    stripped = text.rstrip()
    if len(stripped) > 300:
        return False
    if bold:
        return not stripped.endswith((";", ",")) and len(stripped) <= 300
    return not stripped.endswith((".", ";", ",", "…"))


def render_block(b: Block) -> str:
    if b.table is not None:
        return render_table(b.table)
    text = b.text
    if b.label == "-":
        return "- " + text
    full = b.full
    m = ROMAN_RE.match(full)
    if m and len(full) <= 200 and not full.endswith((";", ",")):
        return "## " + full
    m = NUMBERED_RE.match(full)
    if m:
        if _is_heading_text(full, b.bold):
            depth = len(re.findall(r"\d+", m["num"]))
            return "#" * min(2 + depth, 6) + " " + full
        escaped = _escape_label(full, m)
        return f"**{escaped}**" if b.bold else escaped
    if b.heading and len(full) <= 300 and not full.endswith((".", ";", ",")):
        return "#" * min(b.heading + 1, 6) + " " + full
    m = LETTER_RE.match(full)
    if m and b.label:
        return _escape_label(full, m)
    m = BULLET_RE.match(full)
    if m and m["mark"] in "-+*":
        return f"{m['mark']} {full[m.end():]}"
    if full.startswith(("#", ">", "|")):
        return "\\" + full
    return f"**{full}**" if b.bold and not full.startswith("**") else full


def render_body(blocks: list[Block]) -> str:
    return "\n\n".join(render_block(b) for b in blocks if b.table is not None or b.full.strip())


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split("\n")).strip() or " "


def render_table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(_cell(c) for c in rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_closing(label: str | None, recipient_lines, signer: Signer, signature: list[Block]) -> str:
    if label is None and not signature:
        return ""
    parts = ['<div class="cuoi-van-ban" markdown>']
    if label is not None:
        items = recipient_items(recipient_lines)
        parts += ['<div class="noi-nhan" markdown>', "", f"**{label.rstrip(':').strip()}:**", ""]
        parts += [f"- {item}" for item in items]
        parts += ["", "</div>"]
    if signature:
        parts += ['<div class="chu-ky" markdown>', ""]
        written = [b.full for b in signature if b.full.strip()]
        lines = signer.lines or []
        if lines:
            parts.append("<br>\n".join(f"**{line}**" for line in lines))
            parts.append("")
        rest = written
        # The capitals were written above (re-split when authority and position shared a line).
        consumed = 0
        joined = " ".join(lines)
        while consumed < len(rest) and is_upper_line(rest[consumed]) and " ".join(rest[consumed].split()) in joined:
            consumed += 1
        for line in rest[consumed:]:
            if signer.name and line == signer.name:
                parts.append(f"**{line}**")
            else:
                parts.append(line)
            parts.append("")
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)
