"""URLs and slugs. Slugs fold diacritics and đ→d because they are URLs, never identities."""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)  # every link to a place, issuer or year page asks again
def slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub("-", ascii_text).strip("-") or "khac"


# Telex, the way Vietnamese is typed on a plain keyboard: a slug that keeps every mark of a name
# ("Xuân Hòa" → "xuaan-hoaf", "Xuân Hóa" → "xuaan-hoas"), for names that the plain slug would merge.
_TELEX_MARKS = {"\u0302": None, "\u0306": "w", "\u031b": "w"}  # circumflex doubles the vowel
_TELEX_TONES = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex_slug(text: str) -> str:
    words = []
    for word in unicodedata.normalize("NFD", text.replace("đ", "dd").replace("Đ", "DD")).split():
        letters, tone = [], ""
        for c in word:
            if c in _TELEX_TONES:
                tone = _TELEX_TONES[c]
            elif c in _TELEX_MARKS:
                letters.append(_TELEX_MARKS[c] or (letters[-1] if letters else ""))
            elif not unicodedata.combining(c):
                letters.append(c)
        words.append("".join(letters) + tone)
    return slugify(" ".join(words))


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
    """Link from one directory URL ("ke-hoach/2025/x/") to another, as a relative href.

    Site URLs are already normal (no "." or ".." parts), so this works on the strings alone:
    `posixpath.relpath` asks the operating system for the working folder on every call, and a
    large site makes hundreds of thousands of links."""
    here = [part for part in from_url.split("/") if part]
    there = [part for part in to_url.split("/") if part]
    common = 0
    while common < len(here) and common < len(there) and here[common] == there[common]:
        common += 1
    rel = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    return rel + "/" if to_url.endswith("/") and not rel.endswith("/") else rel


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}>#|!])")


def md_escape(text: str) -> str:
    """Text from front-matter placed into generated Markdown must stay text, never markup.
    "<" is not a Markdown escape, so it becomes an entity (after "&", or it would be doubled)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
