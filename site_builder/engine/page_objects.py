"""MkDocs' Page objects for the pages outside the navigation (plans and generated pages), made before
MkDocs makes them.

MkDocs makes one Page per page on every build, a preview rebuild included, and gives each its
canonical address with `urllib.parse.urljoin`: at 10,000 plans (31,000 pages) that alone was 1.5 s
of a 6 s preview rebuild. A page's address here is a relative path of plain segments, so the
canonical address is the site's address followed by it; anything else goes through MkDocs' own way.
MkDocs keeps a Page a plugin made in `on_files` (`get_navigation` makes one only where `file.page`
is None); pages named in mkdocs.yml's `nav` are left to MkDocs, which gives them their nav title.
"""

from __future__ import annotations

import functools
from typing import Iterable
from urllib.parse import urlsplit

from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from ..render.plan_view import SECTION_TITLES, sections_after_text


@functools.lru_cache(maxsize=8)
def _base(site_url: str) -> tuple[str, str] | None:
    """The site's address with a final "/" and its path, or None when joining needs urljoin."""
    parts = urlsplit(site_url)
    if not parts.scheme or not parts.netloc or parts.query or parts.fragment:
        return None
    base = site_url if site_url.endswith("/") else site_url + "/"
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return base, path


def _plain(url: str) -> bool:
    if url.startswith("/") or ":" in url.split("/", 1)[0] or "?" in url or "#" in url or "\\" in url:
        return False
    return not any(segment in (".", "..") for segment in url.split("/"))


class OutsidePage(Page):
    def _set_canonical_url(self, base: str | None) -> None:
        known = _base(base) if base else None
        url = self.url
        if known is None or not _plain(url):
            super()._set_canonical_url(base)
            return
        self.canonical_url = known[0] + url
        self.abs_url = known[1] + url


def make_pages(files: Iterable[File], config, in_nav: set[str]) -> None:
    """A Page for each documentation file of `files` that has none and is not in the navigation."""
    for file in files:
        if file.page is None and file.src_uri not in in_nav and file.is_documentation_page():
            OutsidePage(None, file, config)


def nav_sources(nav) -> set[str]:
    """The source paths mkdocs.yml's `nav` names (None: MkDocs builds the navigation from the files,
    and gives every page its title itself)."""
    found: set[str] = set()

    def walk(item) -> None:
        if isinstance(item, str):
            found.add(item.lstrip("/"))
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    return found




def add_sections_to_toc(toc, plan_panel: dict) -> None:
    """The sections after a plan's text (render.plan_view.sections_after_text), last, at the level of the text's
    own top headings (when the first heading is of level 1, the theme lists only its children; partials/toc.html)."""
    for anchor in sections_after_text(plan_panel):
        _add_last(toc, SECTION_TITLES[anchor], anchor)


def _add_last(toc, title: str, anchor: str) -> None:
    items = toc.items
    if items and items[0].level == 1:
        items = items[0].children
    items.append(AnchorLink(title, anchor, items[-1].level if items else 2))
