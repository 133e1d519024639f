"""Links written inside a plan's text: a link must name, by a path relative to the plan, a file of the
content folder or one the site generates, and a "#…" link a heading of the same plan. MkDocs turns only
such a link into the address of the page; a folder ("../van-ban/"), a name without its ".md" or an
absolute path it leaves as written, and the browser then reads it from the page's own address, one
folder deeper than the file: the link is broken on the site although the path looks right.

MkDocs notices a broken link only while it builds, in English and without a line; `site-builder
check` never runs MkDocs. So the text is rendered here with Python-Markdown and the extensions of
mkdocs.yml that decide what is a link or a heading id: Markdown itself says what is a link (nothing
inside code is), and heading ids come from the toc extension with the slugify the plugin gives it
(`paths.toc_slugify`), "_1" suffixes of repeated headings included.
"""

from __future__ import annotations

import bisect
import difflib
import posixpath
import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urlsplit, urlunsplit

import markdown
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from ..load.content_tree import content_root, plain_file
from ..load.frontmatter import RawDocument
from ..model.diagnostics import Diagnostics
from ..model.paths import toc_slugify
from ..model.site_map import is_generated

# Ids the plan template puts around the text (templates/partials/plan-tasks.html, plan-history.html);
# a task's own anchor is passed in by the caller.
TEMPLATE_IDS = ("nhiem-vu", "phan-anh", "lich-su-thay-doi")

# Python-Markdown keeps no line numbers, so each URL is tagged with its line before rendering. The
# tag is made of private-use characters, which no plan contains; it only ever lands in a URL or in
# text that is not read.
_OPEN, _CLOSE = "\ue000", "\ue001"
_TAG = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
# Where a URL starts: after "](" of an inline link or image (and "<" of "<url>"), or after "[name]:"
# of a reference definition, as Python-Markdown's ReferenceProcessor reads one.
_URL_START = re.compile(r"\]\(\s*<?|^[ ]{0,3}\[[^\[\]\n]*\]:[ ]*<?", re.MULTILINE)
# Looser: wherever a URL may start at all (a definition in a list, its URL on the next line …), and
# whether it begins with a scheme: rendering costs a few ms a plan, and a text whose every link is
# absolute (or that has none) has nothing to check.
_ANY_URL_START = re.compile(r"\][(:]\s*<?(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*:)?")


class _Collect(Treeprocessor):
    """Last of the tree processors (after toc gave headings their ids and escapes are restored)."""

    def run(self, root: etree.Element) -> None:
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        for element in root.iter():
            if element.get("id"):
                self.ids.add(element.get("id"))
            if element.tag == "a":
                if element.get("name"):
                    self.ids.add(element.get("name"))
                if element.get("href") is not None:
                    self.links.append(("liên kết", element.get("href")))
            elif element.tag == "img" and element.get("src") is not None:
                self.links.append(("ảnh", element.get("src")))


class _RawIds(HTMLParser):
    """Ids written in raw HTML (`<a id="…">`), which a link may target as MkDocs allows."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        for key, value in attrs:
            if value and (key == "id" or (key == "name" and tag == "a")):
                self.ids.add(value)


_markdown: tuple[markdown.Markdown, _Collect] | None = None


def _renderer() -> tuple[markdown.Markdown, _Collect]:
    global _markdown
    if _markdown is None:
        # mkdocs.yml's extensions that change links or ids (admonition and md_in_html hold Markdown
        # that would otherwise be code or raw HTML); the plugin gives toc this slugify in on_config.
        md = markdown.Markdown(extensions=[TocExtension(slugify=toc_slugify), "attr_list", "md_in_html", "tables",
                                           "admonition", "sane_lists"])
        collect = _Collect(md)
        md.treeprocessors.register(collect, "site_builder_links", -10)
        _markdown = (md, collect)
    return _markdown


def _tagged(body: str, first_line: int) -> str:
    newlines = [i for i, c in enumerate(body) if c == "\n"]

    def tag(m: re.Match) -> str:
        return f"{m.group(0)}{_OPEN}{first_line + bisect.bisect_left(newlines, m.end())}{_CLOSE}"

    return _URL_START.sub(tag, body)


def links_and_ids(body: str, first_line: int = 1) -> tuple[list[tuple[str, str, int | None]], set[str]]:
    """(kind, URL as written, line) of every link and image of a Markdown text, and the ids its
    rendering has. The line is None when the URL could not be tagged (a definition inside a list)."""
    md, collect = _renderer()
    md.reset()
    md.convert(_tagged(body, first_line))
    links = []
    for kind, url in collect.links:
        found = _TAG.search(url)
        links.append((kind, _TAG.sub("", url).strip(), int(found.group(1)) if found else None))
    ids = {i for i in collect.ids if _OPEN not in i}
    raw = _RawIds()
    for block in md.htmlStash.rawHtmlBlocks:
        if isinstance(block, str):
            raw.feed(block)
    raw.close()
    return links, ids | raw.ids


def check_links(raw: RawDocument, source_file: Path | None, diags: Diagnostics, page_ids: Iterable[str] = ()) -> None:
    """Warn, with the line of the link, about every link of a plan's text that leads nowhere.

    `source_file` locates the content folder (None: only "#…" links are checked); `page_ids` are ids
    the plan's page has besides those of its text (its tasks' anchors)."""
    if all(m.group("scheme") for m in _ANY_URL_START.finditer(raw.body)):
        return  # an autolink needs a scheme too: it is absolute
    links, ids = links_and_ids(raw.body, raw.body_line)
    ids |= set(page_ids) | set(TEMPLATE_IDS)
    headings = sorted(i for i in ids if i not in page_ids and i not in TEMPLATE_IDS)
    root = content_root(source_file, raw.rel) if source_file is not None else None
    for kind, url, line in links:
        problem = _problem(url, raw.rel, root, ids, headings)
        if problem:
            diags.warning(raw.path, line or raw.body_line, "", f'{kind} "{url}" {problem}')


def _problem(url: str, rel: str, root: Path | None, ids: set[str], headings: list[str]) -> str | None:
    if not url or AMP_SUBSTITUTE in url:  # Markdown hides an e-mail autolink's address this way
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme or parts.netloc:  # http:, https:, mailto:, tel: … are not ours to check
        return None
    path = unquote(parts.path)
    if path and posixpath.normpath(path) != ".":  # "." is the page itself, wherever it is
        absolute = path.startswith("/")
        folder = posixpath.dirname(rel)
        target = posixpath.normpath(path.lstrip("/") if absolute else posixpath.join(folder, path))
        if target == ".." or target.startswith("../"):
            return "trỏ ra ngoài thư mục nội dung; tệp được liên kết phải nằm trong content/."
        if target != rel or absolute:
            if root is None:
                return None

            def exists(src: str) -> bool:
                return is_generated(src) or plain_file(root, src)

            if not absolute and exists(target):
                return None  # an anchor in another page is for MkDocs to check: it has that page's headings
            # MkDocs turns only a relative link naming a file into that file's address. Anything else it
            # leaves as written, for the browser to read from the page's address ("ke-hoach/2025/x/"),
            # a folder deeper than the file: so say which file was meant, by the path that works.
            meant = ([target] if absolute else []) + (
                [] if posixpath.splitext(target)[1] else [posixpath.normpath(f"{target}/index.md"), target + ".md"])
            found = next((m for m in meant if exists(m)), None)
            if found:
                fixed = urlunsplit(("", "", posixpath.relpath(found, folder or "."), parts.query, parts.fragment))
                why = ("là đường dẫn tuyệt đối nên trang web để nguyên, có thể không dẫn tới đúng chỗ" if absolute else
                       "không ghi tên tệp nên trang web để nguyên, không dẫn tới đâu")
                return f'{why}; hãy viết "{fixed}".'
            return f"trỏ tới tệp không có trong thư mục nội dung ({target}); đường dẫn tính từ thư mục của tệp kế hoạch."
    anchor = unquote(parts.fragment)
    if not anchor or anchor in ids:
        return None
    close = difflib.get_close_matches(anchor, headings, n=1, cutoff=0.6)
    hint = (f' Có phải ý bạn là "#{close[0]}"?' if close else
            " Mã của một đề mục là tiêu đề viết thường, không dấu, các chữ nối bằng «-» (ví dụ «## II. NỘI DUNG» → #ii-noi-dung).")
    return "trỏ tới đề mục không có trong kế hoạch này." + hint
