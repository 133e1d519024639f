"""Content-Security-Policy for every built page: only the site's own origin may supply scripts,
styles, images, fonts and data, so a mistake that lets markup through cannot load or run anything.

The policy is derived from what the site's own templates and assets emit, never from the finished
pages: they carry no inline script at all (Material's few are loaded from files, see
templates/partials/javascripts/), so the policy allows no inline script and is the same for every
page. A script that reached a page through content would be blocked even if escaping had failed.
`main.html` writes it as the first tag of <head> (a static site cannot rely on its host's headers);
`apply_to_site` adds it to any page a site's own template override left without one.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
MARKER = 'http-equiv="Content-Security-Policy"'
_HEAD_BYTES = 2048  # the policy is the first tag of <head>: it is within this much of the start


_ORIGIN = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]+)?")


def policy(extra_origins: list[str] = ()) -> str:
    """The policy; `extra_origins` are other sites whose search indexes this one merges. Only plain
    http(s) origins are kept, so the text never needs escaping in an attribute (templates/main.html)."""
    origins = {f"{p.scheme}://{p.netloc}" for p in map(urlsplit, extra_origins) if p.netloc}
    others = " ".join(sorted(o for o in origins if _ORIGIN.fullmatch(o)))
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",  # Pagefind runs WebAssembly
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
    if MARKER in html[:_HEAD_BYTES]:
        return html
    head = _HEAD.search(html)
    if head is None:
        return html
    tag = f'\n    <meta {MARKER} content="{policy(extra_origins)}">'
    return html[: head.end()] + tag + html[head.end():]


def apply_to_site(site_dir: Path, extra_origins: list[str] = ()) -> int:
    """Add the policy to every HTML page of a built site that lacks it; returns how many were changed.
    Pages from our templates have it already: only their first bytes are read."""
    changed = 0
    for path in Path(site_dir).rglob("*.html"):
        with path.open("rb") as page:
            if MARKER.encode() in page.read(_HEAD_BYTES):
                continue
        html = path.read_text(encoding="utf-8")
        updated = add_policy(html, extra_origins)
        if updated != html:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
