"""Raw HTML for the bulky parts of generated pages: tables, lists of plans, the pager.

Python-Markdown passes a raw HTML block through untouched, where a Markdown table or list of
escaped links costs its inline processing on every cell (issue 9: most of the time spent on a
cited document's page). Headings stay Markdown, so the table of contents and anchors are MkDocs'.

The rules for a raw block in a generated page:
- it starts at the beginning of a line, with a blank line before and after (`block`), and is
  never inside a `<div … markdown>` wrapper (md_in_html would parse it into elements again);
- every value is escaped here, exactly once (`esc`), never with `paths.md_escape`;
- links are final URLs: MkDocs rewrites the `.md` links of Markdown, never the hrefs of raw HTML,
  so `href` turns source paths into the directory URLs the site uses (`use_directory_urls`);
- only tags and attributes that the sanitiser allows (sanitize.py) are used, or they vanish.
"""

from __future__ import annotations

import html
import re
from typing import Iterable, Sequence

from .paths import page_url, relative_url

# Search must not index what carries this (see templates/directive.html).
IGNORE = " data-pagefind-ignore"


def esc(text: object) -> str:
    """Text (from front-matter, so untrusted) as HTML text or attribute value."""
    return html.escape(str(text), quote=True)


def url_of(src_uri: str) -> str:
    """Where a source file ends up, from the site root: a page's directory URL, any other file as is."""
    return page_url(src_uri) if src_uri.endswith(".md") else src_uri


def href(here: str, to: str, fragment: str = "") -> str:
    """Escaped relative href from the page `here` to the page or file `to` (both source paths),
    as MkDocs would have rewritten a Markdown link between them."""
    target = url_of(to)
    rel = relative_url(page_url(here), target)
    if to.endswith(".md") and not rel.endswith("/"):
        rel += "/"  # the home page, whose URL is "": "../", not ".."
    return esc(rel + (f"#{fragment}" if fragment else ""))


def a(here: str, to: str, text: str, fragment: str = "") -> str:
    """A link between two generated or plan pages; `text` is escaped here."""
    return f'<a href="{href(here, to, fragment)}">{esc(text)}</a>'


def external(url: str | None, text: str) -> str | None:
    """A link to another site, only for http(s) URLs (a URL from a data file could say javascript:)."""
    if not url or not url.strip().lower().startswith(("https://", "http://")):
        return None
    return f'<a href="{esc(url.strip())}">{esc(text)}</a>'


_BLANK_LINES = re.compile(r"\n\s*\n")


def block(markup: str) -> str:
    """A raw HTML block, set off from the Markdown around it by blank lines. A blank line inside
    (a value with one) would end the block for anything that reads Markdown line by line; in HTML
    outside <pre> it is just white space, so it becomes one newline."""
    return f"\n{_BLANK_LINES.sub(chr(10), markup)}\n\n"


def ul(items: Iterable[str], attrs: str = "") -> str:
    """A list of ready HTML items (each the inside of an <li>), as Python-Markdown writes one."""
    return f"<ul{attrs}>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


def table(head: Sequence[str], rows: Iterable[Sequence[str]], cls: str = "sb-sortable", attrs: str = "") -> str:
    """A table in a `<div class="…">` (sortable.js sorts `.sb-sortable table`), laid out as
    Python-Markdown's tables extension writes one: <thead> of <th>, <tbody> of <td>. `head` is
    plain text; the cells of `rows` are ready HTML."""
    out = [f'<div class="{cls}"{attrs}>\n<table>\n<thead>\n<tr>\n']
    out += [f"<th>{esc(h)}</th>\n" for h in head]
    out.append("</tr>\n</thead>\n<tbody>\n")
    for row in rows:
        out.append("<tr>\n" + "".join(f"<td>{cell}</td>\n" for cell in row) + "</tr>\n")
    out.append("</tbody>\n</table>\n</div>")
    return "".join(out)
