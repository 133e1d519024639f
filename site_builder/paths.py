"""URLs and slugs. Slugs fold diacritics and đ→d because they are URLs, never identities."""

from __future__ import annotations

import posixpath
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub("-", ascii_text).strip("-") or "khac"


def toc_slugify(value: str, separator: str = "-") -> str:
    """Heading anchors for Python-Markdown's toc: the default drops "đ" entirely
    ("MỤC ĐÍCH" → "muc-ich"); this one reads it as "d" like the rest of the site's URLs."""
    return slugify(value).replace("-", separator)


def page_url(src_uri: str) -> str:
    """The URL MkDocs gives a Markdown file with `use_directory_urls` (the default)."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return stem + "/"


def link(from_src_uri: str, to_src_uri: str) -> str:
    """A relative Markdown link between two source files, which MkDocs checks and rewrites."""
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")


def relative_url(from_url: str, to_url: str) -> str:
    """Link from one directory URL ("ke-hoach/2025/x/") to another, as a relative href."""
    rel = posixpath.relpath(to_url or ".", from_url or ".")
    return rel + "/" if to_url.endswith("/") and not rel.endswith("/") else rel


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}>#|!])")


def md_escape(text: str) -> str:
    """Text from front-matter placed into generated Markdown must stay text, never markup.
    "<" is not a Markdown escape, so it becomes an entity (after "&", or it would be doubled)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
