"""URLs and slugs. Slugs fold diacritics and đ→d because they are URLs, never identities."""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata
from typing import Any, Callable, TypeVar
from urllib.parse import quote, urlsplit

_NON_WORD = re.compile(r"[^a-z0-9]+")
T = TypeVar("T")


@functools.lru_cache(maxsize=1 << 16)  # every link to a place, issuer or year page asks again
def slugify(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub("-", ascii_text).strip("-") or "khac"


# Slugs the URL scheme gives meanings of its own: page n of every listing is "<folder>/trang-<n>/"
# (listings.page_src), and the plans that name no place or year are listed under "chua-ro-dia-ban" and
# "chua-ro-nam" (catalog). A province, issuer or unit whose name slugs to one of these would take that
# page's address, so its slug gets a doubled hyphen, which `slugify` never writes ("trang--2").
_RESERVED = re.compile(r"trang-\d+|chua-ro-dia-ban|chua-ro-nam")


def unreserved(slug: str) -> str:
    return slug.replace("-", "--", 1) if _RESERVED.fullmatch(slug) else slug


def name_slug(name: str) -> str:
    """The slug of a name that becomes a folder beside the pages of a listing."""
    return unreserved(slugify(name))


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


def unique_slugs(items: list[T], base: Callable[[T], str], alike: Callable[[T], str],
                 order: Callable[[T], Any]) -> tuple[dict[int, str], dict[str, list[T]]]:
    """A unique URL slug for each item (by `id`), depending on that item alone wherever it can: its
    `base` while no other item has that base; else `alike(item)`, a slug that keeps what the base
    folds away (Telex marks, the province…), so a third item alike moves neither of the first two.
    Items still alike (they differ in case or punctuation only) are numbered in `order`. No slug
    takes another item's base, nor a shared base: those are returned, with their items in `order`,
    for a page that lists them, so a link made before they were shared still leads somewhere."""
    by_base: dict[str, list[T]] = {}
    for item in items:
        by_base.setdefault(base(item), []).append(item)
    wanted: dict[int, str] = {}
    shared: dict[str, list[T]] = {}
    for slug, group in by_base.items():
        if len(group) == 1:
            wanted[id(group[0])] = slug
        else:
            shared[slug] = sorted(group, key=order)
            wanted.update((id(item), alike(item)) for item in group)
    owner = {slug: group[0] if len(group) == 1 else None for slug, group in by_base.items()}
    claimed: set[str] = set()
    slugs: dict[int, str] = {}
    for item in sorted(items, key=order):
        slug = candidate = wanted[id(item)]
        number = 1
        while candidate in claimed or owner.get(candidate, item) is not item:
            number += 1
            candidate = f"{slug}-{number}"
        claimed.add(candidate)
        slugs[id(item)] = candidate
    return slugs, shared


def toc_slugify(value: str, separator: str = "-") -> str:
    """Heading anchors for Python-Markdown's toc: the default drops "đ" entirely
    ("MỤC ĐÍCH" → "muc-ich"); this one reads it as "d" like the rest of the site's URLs."""
    return slugify(value).replace("-", separator)


def page_url(src_uri: str) -> str:
    """The URL MkDocs gives a Markdown file with `use_directory_urls` (the default); like index.md,
    a README.md is its folder's page."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem in ("index", "README"):
        return ""
    for name in ("/index", "/README"):
        if stem.endswith(name):
            return stem[: -len(name)] + "/"
    return stem + "/"


def url_path(path: str) -> str:
    """A site path ("ke-hoach/2025/a#b/") as it is written in a URL, percent-encoded as MkDocs writes its
    own: a file named «a#b.md», «a%20b.md» or «kế hoạch.md» is served at «a%23b/», «a%2520b/»,
    «k%E1%BA%BF%20ho%E1%BA%A1ch/»; written as is, the first would end at «#» and the others
    would name another file."""
    return quote(path)


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


# Never part of a URL (RFC 3986); a backslash is a "/" to browsers but not to urlsplit, so the host
# that was checked would not be the one visited.
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f\\]")


def web_url(text: str | None) -> str | None:
    """`text` (stripped) when it is an absolute http(s) URL with a host, else None: the only URLs from
    a data file (untrusted: it could say javascript:) that become links. Quotes and angle brackets
    may stay, as `esc` escapes every attribute."""
    text = text.strip() if text else ""
    if not text or _NOT_IN_URL.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:  # "http://[::1": an unclosed IPv6 host
        return None
    return text if parts.scheme in ("http", "https") and parts.hostname else None
