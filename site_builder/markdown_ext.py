"""Python-Markdown extension for plan texts; every engine of the MkDocs family runs these.

- Text is normalised to NFC: files typed on some systems arrive decomposed (NFD), which breaks
  search and comparison of Vietnamese words.
- Ordered lists keep the number they start with: in a legal text "3." is a citation target, and
  Markdown's default of renumbering from 1 would change the document.
"""

from __future__ import annotations

import unicodedata

from markdown import Extension
from markdown.preprocessors import Preprocessor


class _NFC(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return [unicodedata.normalize("NFC", line) for line in lines]


class SiteBuilderExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's API name
        md.preprocessors.register(_NFC(md), "site_builder_nfc", 40)
        md.parser.blockprocessors["olist"].LAZY_OL = False


def makeExtension(**kwargs) -> SiteBuilderExtension:  # noqa: N802 - Python-Markdown's API name
    return SiteBuilderExtension(**kwargs)
