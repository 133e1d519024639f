"""Text of a document as a list of blocks, and the repair of its line breaks.

A .txt (often pasted from a PDF) arrives as lines: a paragraph may be cut into several lines (hard
wraps at the page width, a page break in the middle of a sentence) and may carry Markdown marks
(`**bold**`, `## `) left by an earlier conversion. A .docx arrives as paragraphs that are usually
whole. Both become `Block`s; `join_wrapped` glues the pieces of one paragraph back together
without ever changing a character of the wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    """One paragraph (or a piece of one, before joining), or a table."""

    text: str = ""
    bold: bool = False  # the whole paragraph is bold
    label: str = ""  # list label computed from Word's numbering ("1.", "a)", "-" for a bullet)
    table: list[list[str]] | None = None  # rows of cell texts
    spacer_before: bool = False  # an empty paragraph (or whitespace-only line) came before it
    line: int = 0  # 1-based line in the source text, for messages
    indented: bool = False  # the line started with spaces (a continuation in a "Nơi nhận" list)
    parts: list[str] = field(default_factory=list)  # the raw lines joined into this block
    heading: int = 0  # Word's "Heading N" style, when the paragraph has one

    @property
    def full(self) -> str:
        """The text as it reads, with Word's numbering label in front."""
        if not self.label:
            return self.text
        return f"{self.label} {self.text}".strip()


# Structural markers at the start of a paragraph.
BULLET_RE = re.compile(r"^(?P<mark>[-+•*–])\s+(?=\S)")
NUMBERED_RE = re.compile(r"^(?P<num>\d{1,3}(?:\s*\.\s*\d{1,3}){0,3})(?P<sep>\s*[.)])(?=\s|$)")
ROMAN_RE = re.compile(r"^(?P<num>[IVXL]{1,6})(?P<sep>\s*[./)])(?=\s|$)")
LETTER_RE = re.compile(r"^(?P<num>[a-zđ])(?P<sep>\))(?=\s)")
RECIPIENTS_RE = re.compile(r"^N[oơ]i\s+nh[aậ]n\s*:?", re.IGNORECASE)
DECORATION_RE = re.compile(r"^[\s\-_=*~.–—•o0]*$")
_TERMINAL = (".", ";", ":", "!", "?", "./.", "…")




def is_marker_start(text: str) -> bool:
    text = text.lstrip()
    return bool(
        BULLET_RE.match(text) or NUMBERED_RE.match(text) or ROMAN_RE.match(text) or LETTER_RE.match(text)
        or RECIPIENTS_RE.match(text)
    )


def is_upper_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(not c.islower() for c in letters)


def is_decoration(text: str) -> bool:
    """A rule under a heading ("-------", "___", "o0o"): layout, not wording."""
    stripped = text.strip()
    return bool(stripped) and bool(DECORATION_RE.match(stripped)) and not stripped.isdigit() and len(stripped) >= 3


_HEADING_HASHES = re.compile(r"^#{1,6}\s+")
_BOLD_WHOLE = re.compile(r"^\*\*(?P<inner>.+?)\*\*[:.]?$")


def strip_markup(line: str) -> tuple[str, bool]:
    """Remove Markdown marks an earlier conversion left around a whole line: "## **1. Tên:**".

    Returns (text, bold). Marks inside the line (an italic quotation) are kept as written.
    """
    text = line.strip()
    text = _HEADING_HASHES.sub("", text)
    bold = False
    while True:
        m = _BOLD_WHOLE.match(text)
        if not m or "**" in m["inner"]:
            break
        tail = text[len(m["inner"]) + 4:]
        text = m["inner"] + tail
        bold = True
    # A bold span opened on one line and closed on the next ("**KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**").
    if text.startswith("**") and text.count("**") == 1:
        text, bold = text[2:], True
    elif text.endswith("**") and text.count("**") == 1:
        text, bold = text[:-2], True
    return text.strip(), bold


def fragments_from_text(text: str) -> list[Block]:
    """Every non-empty line of a text as a block; empty lines are dropped, whitespace-only ones
    (what a PDF extraction leaves for an empty paragraph) mark a paragraph boundary."""
    blocks: list[Block] = []
    spacer = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            if raw:  # whitespace only
                spacer = True
            continue
        clean, bold = strip_markup(raw)
        if not clean:
            continue
        blocks.append(Block(clean, bold=bold, spacer_before=spacer, line=number,
                            indented=raw.startswith((" ", "\t")) and raw[:3].strip() == "", parts=[clean]))
        spacer = False
    return blocks


def wrap_width(blocks: list[Block]) -> int | None:
    """The page width of a hard-wrapped text (most lines end near it), or None if lines are paragraphs."""
    lengths = sorted(len(b.text) for b in blocks if not b.table)
    if len(lengths) < 8:
        return None
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if not 50 <= p90 <= 130:
        return None
    near = sum(1 for n in lengths if n >= 0.75 * p90)
    return p90 if near >= 0.4 * len(lengths) else None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _glue(prev: str, cur: str) -> str:
    """Join two pieces of one paragraph: no space after a hyphen cut inside a symbol ("123/KH-" + "UBND")."""
    prev, cur = prev.rstrip(), cur.strip()
    if re.search(r"[\w/]-$", prev) and re.match(r"[A-ZĐ0-9]", cur):
        return prev + cur
    return prev + " " + cur


def continues(prev: Block, cur: Block, width: int | None) -> bool:
    """Is `cur` the rest of the paragraph `prev` (a hard wrap or a page break)?"""
    if prev.table is not None or cur.table is not None or cur.label or prev.heading or cur.heading:
        return False
    p, c = prev.text.rstrip(), cur.text.strip()
    if not p or not c or is_marker_start(c) or RECIPIENTS_RE.match(p):
        return False
    if p.endswith("./.") or ((is_upper_line(c) or is_upper_line(p)) and not p.endswith("-")):
        return False
    if prev.bold != cur.bold and not (prev.bold and p.endswith(("-", ","))):
        return False
    if cur.spacer_before and not c[0].islower():
        return False
    if c[0].islower() or p.endswith("-") and not p.endswith(" -"):
        return True
    if re.match(r"\d", c) and not _ends_sentence(p):
        return True  # "nhiệm kỳ" / "2020-2025 thực sự …"
    list_item = bool(BULLET_RE.match(prev.full) or NUMBERED_RE.match(prev.full))
    if list_item and p.endswith((";", ",")) and not cur.spacer_before:
        return True  # a list item continued after a page break
    if width and len(prev.parts[-1]) >= 0.75 * width:
        return not p.endswith(":") or len(p) > width
    return False


def join_wrapped(blocks: list[Block], width: int | None) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if out and continues(out[-1], block, width):
            last = out[-1]
            last.text = _glue(last.text, block.text)
            last.parts.append(block.text)
            continue
        out.append(block)
    for block in out:
        block.text = re.sub(r"[ \t]{2,}", " ", block.text).strip()
    return out


# Capitalisation of position and body names written in capitals ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch").
_CANONICAL_PHRASES = [
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc",
    "Ban Thường vụ", "Ban Chấp hành", "Thường trực", "Đảng ủy", "Đảng bộ", "Chi bộ", "Huyện ủy", "Tỉnh ủy",
    "Thành ủy", "Thị ủy", "Quận ủy", "Bí thư", "Chủ tịch", "Văn phòng", "Giám đốc", "Chủ nhiệm",
    "Trưởng ban", "Trưởng phòng", "Chánh Văn phòng", "Ban Dân vận", "Ban Tuyên giáo", "Ủy ban Kiểm tra",
    "Ban Chỉ đạo", "Việt Nam",
]


def _uy_variants(word: str) -> str:
    return re.escape(word).replace("ủy", "(?:ủy|uỷ)").replace("Ủy", "(?:Ủy|Uỷ)")


def _apply_mask(matched: str, canonical: str) -> str:
    words, shape = matched.split(), canonical.split()
    return " ".join(w[0].upper() + w[1:] if s[0].isupper() else w for w, s in zip(words, shape))


def vn_case(text: str) -> str:
    """Sentence case for a line written in capitals, keeping names of bodies and positions
    in their conventional form and the document's own spelling (ủy/uỷ)."""
    lowered = " ".join(text.split()).lower()
    for phrase in sorted(_CANONICAL_PHRASES, key=len, reverse=True):
        pattern = r"(?<!\w)" + r"\s+".join(_uy_variants(w.lower()) for w in phrase.split()) + r"(?!\w)"
        lowered = re.sub(pattern, lambda m, p=phrase: _apply_mask(m.group(0), p), lowered)
    return lowered[:1].upper() + lowered[1:]


def title_words(text: str) -> str:
    """Every word capitalised, as Vietnamese writes place and person names: "TÂN PHÚ" → "Tân Phú"."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
