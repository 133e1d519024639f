"""Python-Markdown extension for plan texts; every engine of the MkDocs family runs these.

- Text is normalised to NFC: files typed on some systems arrive decomposed (NFD), which breaks
  search and comparison of Vietnamese words.
- Ordered lists keep the number they start with: in a legal text "3." is a citation target, and
  Markdown's default of renumbering from 1 would change the document.
- The HTML produced is sanitised with an allowlist (sanitize.py), last, after raw HTML blocks
  are put back: officials may write raw HTML, and nothing executable may reach a reader.
- A table of more than html_blocks.CARD_COLUMNS columns gets each cell labelled with its column
  (`data-label`), so a phone shows its rows as cards rather than a table cut off at the edge.
- Citations ("Chỉ thị số 33/CT-TTg") become links to the cited document's page. Which page a
  citation means depends on the citing plan (identity needs its locality), so the caller hands
  the extension one page's targets at a time through `CitationLinks.targets`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..model.citations import find_citations
from ..model.identity import mentions_itself, normalise_name
from ..model.text import nfc
from .html_blocks import CARD_COLUMNS, RAW_BLOCKS_MARK
from .sanitize import sanitise

_SKIP = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style"}


class _NFC(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return [nfc(line) for line in lines]


class _Sanitise(Postprocessor):
    def run(self, text: str) -> str:
        return sanitise(text)


_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")


class _CardLabels(Treeprocessor):
    """Label each cell of a wide Markdown table with its column, as html_blocks.table does for the
    generated ones. Only a table whose head is one row of plain cells: a label could not say which
    column a cell under a spanning header belongs to."""

    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            rows = table.findall("./thead/tr")
            heads = rows[0].findall("th") if len(rows) == 1 else []
            body = table.findall("./tbody/tr")
            cells = [cell for row in body for cell in row]
            if len(heads) <= CARD_COLUMNS or any(c.get("colspan") or c.get("rowspan") for c in (*heads, *cells)):
                continue
            # Inline HTML is still a placeholder here (\x02…\x03): the words around it make the label.
            labels = [" ".join(_PLACEHOLDER.sub("", "".join(th.itertext())).split()) for th in heads]
            for row in body:
                for label, cell in zip(labels, row.findall("td")):
                    cell.set("data-label", label)


class SiteBuilderExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's API name
        md.preprocessors.register(_NFC(md), "site_builder_nfc", 40)
        md.treeprocessors.register(_CardLabels(md), "site_builder_card_labels", 4)
        md.parser.blockprocessors["olist"].LAZY_OL = False
        # Lowest priority: after raw HTML (30), entities (20) and unescaping (10) are restored.
        md.postprocessors.register(_Sanitise(md), "site_builder_sanitise", 0)


# A raw HTML block of a generated page (html_blocks.block): at a line start, up to a blank line;
# never a `<div … markdown>` wrapper, whose content is Markdown for md_in_html.
_GENERATED_BLOCK = re.compile(r"^<(?:div|ul|ol|p|table)\b(?![^>\n]*\smarkdown\b)[^>\n]*>.*?(?=\n[ \t]*\n|\Z)", re.M | re.S)


class GeneratedBlocks(Extension):
    """On pages made with html_blocks, raw HTML blocks (values escaped there) go straight to
    Python-Markdown's stash, without its HTML parser or MkDocs' anchor scan: parsing them cost most
    of a cited document's page (issue 9). Two conditions, as neither alone is enough: the plugin
    sets `enabled` on pages the site generates (an official's plan page could start with anything),
    and the page's body starts with html_blocks.RAW_BLOCKS_MARK (some generated pages embed an
    official's Markdown: a removed plan's last version). The sanitiser still runs last over all of it."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.enabled = False

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's API name
        # After NFC (40), before MkDocs' raw HTML scan (21) and Python-Markdown's html_block (20).
        md.preprocessors.register(_StashGeneratedBlocks(md, self), "site_builder_generated_blocks", 30)


class _StashGeneratedBlocks(Preprocessor):
    def __init__(self, md, ext: GeneratedBlocks):
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        if not self.ext.enabled:
            return lines
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None or lines[first] != RAW_BLOCKS_MARK:
            return lines
        text = _GENERATED_BLOCK.sub(lambda m: self.md.htmlStash.store(m.group(0)), "\n".join(lines[first + 1:]))
        return text.split("\n")


class CitationLinks(Extension):
    """Links citations to document pages. `targets`: canonical symbol → [(body or None, href)];
    `plan`: the plan whose text it is, whose mentions of its own number link nowhere (a page of
    last year's plan of the same number is a target, and must not take them)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.targets: dict[str, list[tuple[str | None, str]]] = {}
        self.plan = None

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's API name
        md.treeprocessors.register(_LinkCitations(md, self), "site_builder_citations", 5)


class _LinkCitations(Treeprocessor):
    def __init__(self, md, ext: CitationLinks):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        if self.ext.targets:
            self._walk(root)

    def _href(self, citation) -> str | None:
        candidates = self.ext.targets.get(citation.symbol.text)
        if not candidates or (self.ext.plan is not None and mentions_itself(citation, self.ext.plan)):
            return None
        if len(candidates) > 1 and citation.body:
            wanted = normalise_name(citation.body)
            for body, href in candidates:
                if body and normalise_name(body) == wanted:
                    return href
        return candidates[0][1]

    def _walk(self, element: etree.Element) -> None:
        # Each child's position is counted as links are inserted: asking the parent for it
        # (`list(parent).index(child)`) made a paragraph of many elements quadratic.
        position = 0
        for child in list(element):
            if child.tag not in _SKIP:
                self._walk(child)
            position += 1 + self._link_text(element, child, "tail", position + 1)
        if element.tag not in _SKIP:
            self._link_text(element, None, "text", 0)

    def _link_text(self, parent: etree.Element, child: etree.Element | None, attr: str, index: int) -> int:
        """Turn the citations of `owner.text` or `.tail` into links inserted in `parent` at `index`;
        returns how many were inserted."""
        owner = child if attr == "tail" else parent
        text = getattr(owner, attr)
        if not text:
            return 0
        # Python-Markdown keeps inline HTML and entities in placeholders; never split inside one.
        if "\x02" in text or "\x03" in text:
            return 0
        found = [(c, self._href(c)) for c in find_citations(text)]
        found = [(c, h) for c, h in found if h]
        if not found:
            return 0
        # Offsets are in the NFC, dash-normalised text; Markdown text is NFC already and the
        # normalisation maps one character to one, so they hold for `text` too.
        pieces: list[etree.Element] = []
        head = text[: found[0][0].start]
        for i, (citation, href) in enumerate(found):
            a = etree.Element("a", {"href": href, "class": "sb-cite", "title": "Các kế hoạch trích dẫn văn bản này"})
            a.text = text[citation.start : citation.end]
            nxt = found[i + 1][0].start if i + 1 < len(found) else len(text)
            a.tail = text[citation.end : nxt]
            pieces.append(a)
        setattr(owner, attr, head)
        for offset, a in enumerate(pieces):
            parent.insert(index + offset, a)
        return len(pieces)


def makeExtension(**kwargs) -> SiteBuilderExtension:  # noqa: N802 - Python-Markdown's API name
    return SiteBuilderExtension(**kwargs)
