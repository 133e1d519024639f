"""Content-Security-Policy for every built page: only the site's own origin may supply scripts,
styles, images, fonts and data, so a mistake that lets markup through cannot load anything else.

Applied to the finished HTML files (any engine's output, like the search index), as a <meta>
tag because a static site cannot rely on its host's headers. Material writes a few small inline
scripts; each page's policy allows exactly those by their SHA-256, nothing else inline.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_DATA_TYPES = ("application/json", "application/ld+json")
MARKER = 'http-equiv="Content-Security-Policy"'


def _script_hashes(html: str) -> list[str]:
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match["attrs"] or ""
        if "src=" in attrs.lower() or any(t in attrs for t in _DATA_TYPES):
            continue  # external scripts are covered by 'self'; JSON data blocks never run
        digest = hashlib.sha256(match["body"].encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(set(hashes))


def policy(html: str, extra_origins: list[str] = ()) -> str:
    others = " ".join(sorted({f"{p.scheme}://{p.netloc}" for p in map(urlsplit, extra_origins) if p.netloc}))
    scripts = " ".join(["'self'", "'wasm-unsafe-eval'", *_script_hashes(html)])  # Pagefind runs WebAssembly
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",  # Material sets inline styles from its scripts
        "img-src 'self' data:",  # Material's icons are data: SVGs in its CSS
        "font-src 'self'",
        f"connect-src 'self' {others}".strip(),  # other sites' search indexes (multisite)
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def add_policy(html: str, extra_origins: list[str] = ()) -> str:
    if MARKER in html:
        return html
    head = _HEAD.search(html)
    if head is None:
        return html
    tag = f'\n    <meta {MARKER} content="{policy(html, extra_origins)}">'
    return html[: head.end()] + tag + html[head.end():]


def apply_to_site(site_dir: Path, extra_origins: list[str] = ()) -> int:
    """Add the policy to every HTML file of a built site; returns how many were changed."""
    changed = 0
    for path in Path(site_dir).rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        updated = add_policy(html, extra_origins)
        if updated != html:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
