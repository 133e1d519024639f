"""Read a Word (.docx) file with python-docx: paragraphs in order, Word's automatic numbering as
the labels it displays, whole-paragraph bold, tables, and the borderless layout tables that hold the
header (issuer/number beside the motto/date) and the closing ("Nơi nhận" beside the signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.text import nfc
from .header import MOTTO_RE, NUMBER_RE
from .text import RECIPIENTS_RE, Block

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocxError(Exception):
    """The file is not a Word document python-docx can read (message in Vietnamese)."""




@dataclass
class _Level:
    fmt: str
    text: str
    start: int


class _Numbering:
    """Word's list definitions, and the counters that turn them into "1.", "1.2.", "a)", "I."."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], _Level] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstracts = {}
        for abstract in root.findall(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId")
            abstracts[aid] = abstract
        for num in root.findall(f"{_W}num"):
            nid = num.get(f"{_W}numId")
            ref = num.find(f"{_W}abstractNumId")
            if ref is None or ref.get(f"{_W}val") not in abstracts:
                continue
            self.abstract_of[nid] = ref.get(f"{_W}val")
            for lvl in abstracts[ref.get(f"{_W}val")].findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                self.levels[(nid, ilvl)] = _Level(
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else f"%{ilvl + 1}.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )

    def label(self, nid: str, ilvl: int) -> str:
        level = self.levels.get((nid, ilvl))
        if level is None or level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return "-"
        counters = self.counters.setdefault(nid, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else self.levels[(nid, ilvl)].start

        def value(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lv = self.levels.get((nid, k), level)
            n = counters[k] or lv.start
            return _format(n, lv.fmt)

        return re.sub(r"%(\d)", value, level.text).strip()


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        pairs = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = ""
        for value, letters in pairs:
            while n >= value:
                out, n = out + letters, n - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(n)


def _num_pr(paragraph):
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is None:
        style = paragraph.style
        while style is not None and num_pr is None:
            s_pr = style.element.pPr
            num_pr = s_pr.numPr if s_pr is not None else None
            style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    nid = str(num_pr.numId.val)
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return nid, int(ilvl)


def _is_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(r.bold or (r.bold is None and (style_bold or (r.style is not None and r.style.font.bold))) for r in runs)


def _paragraph_blocks(paragraph, numbering: _Numbering, spacer: bool) -> list[Block]:
    text = nfc(paragraph.text).replace("\t", " ")
    if not text.strip():
        return []
    label = ""
    num = _num_pr(paragraph)
    if num is not None:
        label = numbering.label(*num)
    bold = _is_bold(paragraph)
    heading = _heading_level(paragraph)
    blocks = []
    for i, piece in enumerate(text.split("\n")):  # a soft line break (Shift+Enter)
        if not piece.strip():
            continue
        blocks.append(Block(piece.strip(), bold=bold, label=label if i == 0 else "",
                            spacer_before=spacer and i == 0, parts=[piece.strip()], heading=heading))
    return blocks


def _heading_level(paragraph) -> int:
    """1 for Word's "Heading 1" (or a localised "Tiêu đề 1"), 0 for any other style."""
    name = paragraph.style.name if paragraph.style is not None else ""
    m = re.match(r"^(?:Heading|Tiêu đề|Title)\s*(\d)?$", name or "", re.IGNORECASE)
    if not m:
        return 0
    return int(m.group(1) or 1)


def _unique_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(cell)
    return cells


def _is_layout_table(table) -> bool:
    text = nfc("\n".join(c.text for row in table.rows for c in _unique_cells(row)))
    return bool(MOTTO_RE.search(text) or NUMBER_RE.search(text)
                or any(RECIPIENTS_RE.match(line.strip()) for line in text.split("\n")))


def read_docx(path) -> list[Block]:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise DocxError("thiếu thư viện python-docx; hãy chạy scripts/setup.") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a broken or foreign file
        raise DocxError(
            "không mở được tệp Word (.docx): tệp hỏng hoặc không phải định dạng .docx. "
            "Nếu là tệp .doc (Word 97-2003), hãy mở bằng Word và Lưu thành… → Word Document (.docx)."
        ) from exc
    numbering = _Numbering(document)
    blocks: list[Block] = []
    spacer = False
    for element in document.element.body.iterchildren():
        if element.tag == f"{_W}p":
            paragraph = Paragraph(element, document)
            new = _paragraph_blocks(paragraph, numbering, spacer)
            spacer = not new
            blocks.extend(new)
        elif element.tag == f"{_W}tbl":
            table = Table(element, document)
            if _is_layout_table(table):
                for row in table.rows:
                    for cell in _unique_cells(row):
                        cell_spacer = True
                        for paragraph in cell.paragraphs:
                            new = _paragraph_blocks(paragraph, numbering, cell_spacer)
                            cell_spacer = not new
                            blocks.extend(new)
            else:
                rows = [[nfc(c.text).strip() for c in _unique_cells(row)] for row in table.rows]
                rows = [r for r in rows if any(r)]
                if rows:
                    blocks.append(Block(table=rows, spacer_before=True))
            spacer = True
    return blocks
