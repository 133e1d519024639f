"""Python-Markdown extension for a staged docs folder (stage.py): the per-page work the plugin did.

An engine of the MkDocs family (MkDocs without our plugin, Zensical) hands an extension nothing but a
page's Markdown text. What the plugin set on the extensions per page (citation targets, the citing
plan's identity, whether the page is generated, the task section in the table of contents) is
therefore written by the stage into the page itself, as the first line of its body:

    <!-- site-builder: page {"cites": …, "self": …, "generated": true, "toc": ["nhiem-vu", "phan-anh"]} -->

Why a first line, not a sidecar file keyed by path: the extension is never told which file it
renders, and the line travels with the page whatever copies or serves it. Why an HTML comment: an
engine that does not load this extension still renders nothing of it. The stage writes the line on
every page it writes, so the first line is always the stage's; a plan's text that starts with a copy
of it is the second line, read as the official's text (a comment, dropped by the sanitiser).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..model.plans import Locality
from .markdown_ext import CitationLinks, GeneratedBlocks
from .plan_view import SECTION_TITLES

MARK = "<!-- site-builder: page "
_END = " -->"


def page_line(data: dict) -> str:
    """The first line of a staged page's body. JSON on one line; «>» escaped so no value ends the comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return MARK + text.replace(">", "\\u003e").replace("\n", "\\n") + _END


def read_line(line: str) -> dict | None:
    if not (line.startswith(MARK) and line.endswith(_END)):
        return None
    try:
        data = json.loads(line[len(MARK):-len(_END)])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class _Plan:
    """What identity.mentions_itself reads of the citing plan, from the page line's "self"."""

    def __init__(self, data: dict) -> None:
        self.number_raw = data.get("number")
        self.issuer = data.get("issuer")
        self.locality = Locality(**{k: data.get(k) for k in ("province", "district", "commune")})
        self.listed_year = data.get("year")


class StagedPages(Extension):
    """Reads the page line and drives the plugin's own extensions (CitationLinks, GeneratedBlocks)
    with it. A new Markdown instance per page (MkDocs) or one reused (stage.py): the line of each
    page resets everything, and a page without one is an official's page with no targets."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.citations = CitationLinks()
        self.generated = GeneratedBlocks()
        self.toc: list[str] = []  # anchors of the sections the template adds after the text

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's API name
        self.citations.extendMarkdown(md)
        self.generated.extendMarkdown(md)
        # First of all preprocessors: before NFC (40), the generated blocks (30) and raw HTML (20).
        md.preprocessors.register(_ReadPageLine(md, self), "site_builder_page_line", 50)
        # After toc (5) has made its tokens, which MkDocs turns into page.toc.
        md.treeprocessors.register(_SectionsInToc(md, self), "site_builder_sections_toc", 3)

    def take(self, data: dict) -> None:
        targets = data.get("cites") or {}
        self.citations.targets = {symbol: [tuple(pair) for pair in pairs] for symbol, pairs in targets.items()}
        self.citations.plan = _Plan(data["self"]) if isinstance(data.get("self"), dict) else None
        self.generated.enabled = bool(data.get("generated"))
        self.toc = [anchor for anchor in data.get("toc") or [] if anchor in SECTION_TITLES]


class _ReadPageLine(Preprocessor):
    def __init__(self, md, ext: StagedPages):
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        data = read_line(lines[0]) if lines else None
        self.ext.take(data or {})
        return lines[1:] if data is not None else lines


class _SectionsInToc(Treeprocessor):
    """The sections the template adds after the text (partials/plan-tasks.html, plan-feedback.html): added to the
    table of contents last, at the level of the text's top headings, as engine.page_objects.add_sections_to_toc
    does to the plugin's page.toc."""

    def __init__(self, md, ext: StagedPages):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        if not self.ext.toc:
            return
        if not hasattr(self.md, "toc_tokens"):
            self.md.toc_tokens = []
        items = self.md.toc_tokens
        if items and items[0]["level"] == 1:
            items = items[0]["children"]
        for anchor in self.ext.toc:
            title = SECTION_TITLES[anchor]
            items.append({"level": items[-1]["level"] if items else 2, "id": anchor, "name": title, "html": title,
                          "data-toc-label": "", "children": []})


def makeExtension(**kwargs) -> StagedPages:  # noqa: N802 - Python-Markdown's API name
    return StagedPages(**kwargs)
