"""Markdown that Python-Markdown cannot render: too deeply nested, or one paragraph too long.

Python-Markdown (and the `toc` extension after it) parses nested lists, block quotes, admonitions,
raw HTML and emphasis by recursion, so a few hundred levels end the build in a RecursionError, and
nested block quotes cost time quadratic in their depth. Plans nest three or four levels; the limits
below are far above that and far below where rendering fails (about 200 levels of lists inside
MkDocs' own call stack). Its inline processing rewrites a paragraph's whole text for every link or
emphasis in it, so one paragraph of 256 KB of emphasis took 22 s, a megabyte minutes; a paragraph
of a real plan is a few kilobytes. The checker reports the line before the build can fail on it.
"""

from __future__ import annotations

import re

from ..model.diagnostics import Diagnostics

MAX_LEVELS = 50
MAX_PARAGRAPH = 32 * 1024  # characters between two blank lines, not counting table rows and list items
_ITEM_OR_ROW = re.compile(r"[ \t]*(?:\||[-*+][ \t]|\d{1,9}[.)][ \t]|$)")
MAX_EMPHASIS_RUN = 500  # "*" or "_" in a row: 250 levels of emphasis at most
_QUOTES = re.compile(r"[ \t]*(?:>[ \t]?)+")
_RUN = re.compile(r"\*{%d,}|_{%d,}" % (MAX_EMPHASIS_RUN + 1, MAX_EMPHASIS_RUN + 1))
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


def _indent_levels(line: str) -> int:
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width // 4


def check_markdown_limits(body: str, first_line: int, path: str, diags: Diagnostics) -> bool:
    """Report the first line nested too deeply or ending a paragraph too long; True when the text is fine."""
    depth = paragraph = 0
    for number, line in enumerate(body.split("\n"), first_line):
        problem = None
        # Each table row and list item is rendered on its own: they start a new count.
        paragraph = (0 if _ITEM_OR_ROW.match(line) else paragraph) + len(line) + 1
        if paragraph > MAX_PARAGRAPH:
            diags.error(path, number, "", f"đoạn văn kết thúc ở dòng này dài hơn {MAX_PARAGRAPH // 1024} KB mà không có dòng "
                        "trống nào; trang web không dựng được đoạn dài như vậy. Hãy tách đoạn bằng một dòng trống.")
            return False
        if _indent_levels(line) > MAX_LEVELS:
            problem = f"dòng thụt lề hơn {MAX_LEVELS} cấp (hơn {MAX_LEVELS * 4} dấu cách)"
        elif (quotes := _QUOTES.match(line)) and quotes[0].count(">") > MAX_LEVELS:
            problem = f"trích dẫn «>» lồng nhau hơn {MAX_LEVELS} cấp"
        elif _RUN.search(line):
            problem = f"hơn {MAX_EMPHASIS_RUN} dấu «*» hoặc «_» liền nhau"
        else:
            for tag in _TAG.finditer(line):
                closing, name, self_closing = tag.groups()
                if name.lower() in _VOID or self_closing:
                    continue
                depth = max(depth - 1, 0) if closing else depth + 1
                if depth > MAX_LEVELS:
                    problem = f"thẻ HTML lồng nhau hơn {MAX_LEVELS} cấp"
                    break
        if problem:
            diags.error(path, number, "", f"văn bản có {problem}: trang web không dựng được trang lồng sâu như vậy. "
                        "Hãy viết lại đoạn này (danh sách, trích dẫn hay khung lồng nhau không quá vài cấp).")
            return False
    return True
