"""Link checker over the built seed site: every internal link and anchor resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for name in ("href", "src"):
            if attrs.get(name) and tag in ("a", "link", "script", "img", "source"):
                self.refs.append(attrs[name])


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, ref: str) -> Path | None:
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith(("mailto:", "tel:")):
        return None
    if not parts.path:
        return page
    path = (site / parts.path.lstrip("/")) if parts.path.startswith("/") else (page.parent / unquote(parts.path))
    path = path.resolve()
    if path.is_dir() or parts.path.endswith("/"):
        path = path / "index.html"
    return path


def broken_links(site: Path) -> tuple[list[str], int]:
    """Every internal link or anchor of a built site that leads nowhere, and how many pages were read."""
    site = site.resolve()
    parsed = {page: _parse(page) for page in site.rglob("*.html")}
    broken = []
    for page, refs in parsed.items():
        for ref in refs.refs:
            target = _target(site, page, ref)
            if target is None:
                continue
            where = f"{page.relative_to(site)} → {ref}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
                continue
            fragment = urlsplit(ref).fragment
            if fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{where}: no anchor")
    return broken, len(parsed)


def test_every_internal_link_and_anchor_resolves(seed_site: Path):
    broken, pages = broken_links(seed_site)
    assert broken == [], "\n".join(broken[:30])
    assert pages > 50  # the check really walked the site
