"""Raw HTML for the bulky parts of generated pages: tables, lists of plans, the pager.

Python-Markdown passes a raw HTML block through untouched, where a Markdown table or list of
escaped links costs its inline processing on every cell (issue 9: most of the time spent on a
cited document's page). Headings stay Markdown, so the table of contents and anchors are MkDocs'.

The rules for a raw block in a generated page:
- it starts at the beginning of a line, with a blank line before and after (`block`), and is
  never inside a `<div … markdown>` wrapper (md_in_html would parse it into elements again);
- every value is escaped here, exactly once (`esc`), never with `paths.md_escape`;
- links are final URLs: MkDocs rewrites the `.md` links of Markdown, never the hrefs of raw HTML,
  so `href` turns source paths into the directory URLs the site uses (`use_directory_urls`, which
  `directory_urls_problem` makes a site keep);
- only tags and attributes that the sanitiser allows (sanitize.py) are used, or they vanish;
- a page made of these blocks starts its body with RAW_BLOCKS_MARK.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote

from ..model.paths import page_url, relative_url, url_path, web_url

# Search must not index what carries this (see templates/directive.html).
IGNORE = " data-pagefind-ignore"

# The first line of the body of a page whose raw HTML blocks all come from here (listings.paginate,
# the home page). markdown_ext.GeneratedBlocks passes raw blocks straight through only on such a page:
# a generated page that embeds an official's own Markdown (a removed plan's last version) has no mark,
# so that text is read as on a plan page. An HTML comment: an engine without the extension drops it.
RAW_BLOCKS_MARK = "<!-- site-builder: html_blocks -->"


def esc(text: object) -> str:
    """Text (from front-matter, so untrusted) as HTML text or attribute value."""
    return html.escape(str(text), quote=True)


def url_of(src_uri: str) -> str:
    """Where a source file ends up, from the site root: a page's directory URL, any other file as is."""
    return page_url(src_uri) if src_uri.endswith(".md") else src_uri


def url_to(here: str, to: str, fragment: str = "") -> str:
    """Relative URL from the page `here` to the page or file `to` (both source paths), as MkDocs
    would have rewritten a Markdown link between them: percent-encoded, as MkDocs' own URLs are,
    so a file named «kế hoạch 1.md» is linked as it is served. Not escaped (for page_templates)."""
    target = url_of(to)
    rel = relative_url(page_url(here), target)
    if to.endswith(".md") and not rel.endswith("/"):
        rel += "/"  # the home page, whose URL is "": "../", not ".."
    return url_path(rel) + (f"#{quote(fragment, safe='')}" if fragment else "")


def href(here: str, to: str, fragment: str = "") -> str:
    """`url_to`, escaped for an attribute."""
    return esc(url_to(here, to, fragment))


def a(here: str, to: str, text: str, fragment: str = "") -> str:
    """A link between two generated or plan pages; `text` is escaped here."""
    return f'<a href="{href(here, to, fragment)}">{esc(text)}</a>'


def external(url: str | None, text: str) -> str | None:
    """A link to another site, only for a `web_url`."""
    url = web_url(url)
    return f'<a href="{esc(url)}">{esc(text)}</a>' if url else None


def date_cell(iso: str | None, label: str | None) -> str:
    """A date in a sortable table: sorted by its ISO form (sortable.js reads data-sort), shown as
    `label`; "chưa rõ", sorted first, when either is missing."""
    if not iso or not label:
        return '<span data-sort="">chưa rõ</span>'
    return f'<span data-sort="{esc(iso)}">{esc(label)}</span>'


def directory_urls_problem(config) -> str | None:
    """Why the site cannot be built with this MkDocs `config`, or None. Every href written here is a
    directory URL ("ke-hoach/2025/x/"); with `use_directory_urls: false` MkDocs writes "x.html" files
    and each of those links would lead nowhere. For the plugin's on_config (the core imports no MkDocs)."""
    if config.get("use_directory_urls", True) is False:
        name = Path(config.get("config_file_path") or "mkdocs.yml").name
        return (f"{name}: «use_directory_urls: false» không dùng được với plugin site-builder: các trang được "
                "tạo liên kết đến nhau bằng địa chỉ thư mục (ví dụ «ke-hoach/2025/ten/»). Hãy xoá dòng này hoặc "
                "ghi «use_directory_urls: true».")
    return None


_BLANK_LINES = re.compile(r"\n\s*\n")


def block(markup: str) -> str:
    """A raw HTML block, set off from the Markdown around it by blank lines. A blank line inside
    (a value with one) would end the block for anything that reads Markdown line by line; in HTML
    outside <pre> it is just white space, so it becomes one newline."""
    return f"\n{_BLANK_LINES.sub(chr(10), markup)}\n\n"


def ul(items: Iterable[str], attrs: str = "") -> str:
    """A list of ready HTML items (each the inside of an <li>), as Python-Markdown writes one."""
    return f"<ul{attrs}>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


# A table wider than this many columns cannot be read on a 360 px phone without scrolling sideways
# (issue 20); site-builder.css lays out its rows as cards there, from its cells' `data-label`.
CARD_COLUMNS = 3


def table(head: Sequence[str], rows: Iterable[Sequence[str]], cls: str = "sb-sortable", attrs: str = "") -> str:
    """A table in a `<div class="…">` (sortable.js sorts `.sb-sortable table`), laid out as
    Python-Markdown's tables extension writes one: <thead> of <th>, <tbody> of <td>. `head` is
    plain text; the cells of `rows` are ready HTML. A table of more than CARD_COLUMNS columns labels
    each cell with its column (`data-label`): on a phone it shows as one card per row (issue 20)."""
    out = [f'<div class="{cls}"{attrs}>\n<table>\n<thead>\n<tr>\n']
    out += [f"<th>{esc(h)}</th>\n" for h in head]
    out.append("</tr>\n</thead>\n<tbody>\n")
    opens = [f'<td data-label="{esc(h)}">' for h in head] if len(head) > CARD_COLUMNS else []
    for row in rows:
        out.append("<tr>\n" + "".join(f"{opens[i] if i < len(opens) else '<td>'}{cell}</td>\n"
                                        for i, cell in enumerate(row)) + "</tr>\n")
    out.append("</tbody>\n</table>\n</div>")
    return "".join(out)
