"""`site-builder import`: a .docx or .txt plan → a Markdown file with front-matter.

    read (docx.py / text.py) → blocks → join hard wraps (text.py) → header, title, closing (header.py)
    → front-matter values + Markdown body (convert.py), tasks of the «NHIỆM VỤ» section and the assignment
    table (tasks.py) → file (writer.py)

Only what the text states goes into front-matter; the checker reports the rest. `skeleton` is `site-builder new`:
an empty plan with every field explained.

May import `stage` and everything below it.
"""

from __future__ import annotations

from pathlib import Path

from ..load.frontmatter import decode, without_unwritable
from ..model.diagnostics import Diagnostics
from .convert import Imported, convert
from .text import Block, fragments_from_text
from .writer import markdown

SUPPORTED = (".docx", ".txt", ".md")


class ImportFailed(Exception):
    """A file that cannot be imported; the message is Vietnamese and meant for the official."""


def read_blocks(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from .docx import DocxError, read_docx

        try:
            return read_docx(path)
        except DocxError as exc:
            raise ImportFailed(str(exc)) from None
    if suffix in (".doc", ".pdf", ".odt", ".rtf"):
        raise ImportFailed(
            f"chưa đọc được tệp {suffix}: hãy mở bằng Word (hoặc LibreOffice) và lưu thành .docx, "
            "hoặc chép toàn văn vào một tệp .txt (mã UTF-8)."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"không đọc được tệp: {exc.strerror or exc}.") from None
    if data.startswith(b"PK\x03\x04"):
        raise ImportFailed("tệp này là tệp nén (có thể là .docx bị đổi tên); hãy đặt lại đuôi .docx.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            pass
    diags = Diagnostics()
    text = decode(data, str(path), diags)
    if text is None:
        raise ImportFailed(" ".join(f.message for f in diags.sorted()))
    # Text copied out of Word carries a line break as "\v" and a page break as "\f"; the checker refuses
    # such characters in a plan (frontmatter.unwritable), so the file made here would fail at once.
    return fragments_from_text(without_unwritable(text.replace("\v", "\n").replace("\f", "\n\n")))


def import_file(path: Path) -> tuple[Imported, str]:
    """(what was found, the Markdown file's text)."""
    result = convert(read_blocks(path))
    return result, markdown(result.meta, result.body)


__all__ = ["ImportFailed", "Imported", "SUPPORTED", "import_file", "read_blocks"]
