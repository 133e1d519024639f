"""Pagefind's index of the site, one bundle at a time (search_bundles), beside the rendering.

A full build hands each page to the indexer as soon as MkDocs has rendered it (`add`), the pages in
bundle order, so the indexer works on the second core; each bundle has an indexer process of its
own, which writes its bundle and stops while the next one indexes, so memory holds a bundle or two. A page that arrives for
a bundle already written (a page rendered out of order), and every bundle a preview rebuild touched,
is indexed again from the written files (`reindex`). Pagefind is the binary pinned in the project's
package-lock.json (`npm ci` in scripts/setup), or the one PAGEFIND_BINARY_PATH names.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from .pagefind_service import PagefindError, PagefindService
from .search_bundles import BUNDLES_FILE, SEARCH_DIR, Bundle, bundles_json

# Heading anchors ("¶") are part of the article but not of the text a citizen searches.
EXCLUDE_SELECTORS = [".headerlink"]
# What Pagefind writes beside an index that this site does not use (its own search UIs).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
SEARCH_BODY = "data-pagefind-body"


class SearchIndexError(Exception):
    """The search index could not be built; the message is Vietnamese."""


def pagefind_binary(*roots: Path) -> Path:
    """PAGEFIND_BINARY_PATH, else the binary `npm ci` put in node_modules/ of one of `roots` (the
    project holding mkdocs.yml, then this package's own checkout)."""
    named = os.environ.get("PAGEFIND_BINARY_PATH")
    if named:
        return Path(named).resolve()
    for root in roots:
        for name in ("pagefind_extended", "pagefind"):
            found = sorted(Path(root, "node_modules", "@pagefind").glob(f"*/bin/{name}"))
            if found:
                return found[0].resolve()
    raise SearchIndexError("không tìm thấy Pagefind (node_modules/@pagefind); hãy chạy scripts/setup để cài "
                           "(npm ci theo package-lock.json).")


def pagefind_version(binary: Path) -> str:
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"không chạy được Pagefind ({binary}): {exc}") from None
    return out.strip().rpartition(" ")[2] or "?"


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang=\"([^\"]*)\"")
_TITLE = re.compile(r"<title>.*?</title>", re.S)


def searched_part(html: str) -> str:
    """What Pagefind needs of a page: its language, its title and the element marked
    data-pagefind-body, without the theme around it (half of a plan page). Pagefind then reads
    and indexes a quarter faster (bench/README.md); the index is the same."""
    at = html.find(SEARCH_BODY)
    start = html.rfind("<", 0, at)
    tag = re.match(r"<([a-zA-Z][a-zA-Z0-9]*)", html[start:]) if start >= 0 else None
    if at < 0 or tag is None:
        return html
    depth = 0
    for match in re.compile(rf"<(/?){tag[1]}\b", re.I).finditer(html, start):
        depth += -1 if match[1] else 1
        if depth == 0:
            end = html.find(">", match.end()) + 1
            lang, title = _HTML_LANG.search(html), _TITLE.search(html)
            return (f'<!doctype html><html lang="{lang[1] if lang else ""}"><head><meta charset="utf-8">'
                    f'{title[0] if title else ""}</head><body>{html[start:end]}</body></html>')
    return html


def page_url(site_dir: Path, page_file: Path) -> str:
    """The URL Pagefind gives a result: the page's folder, from the site's root."""
    rel = page_file.relative_to(site_dir).as_posix()
    return "/" + (rel.removesuffix("index.html") if rel.endswith("index.html") else rel)


@dataclass
class _Run:
    """One indexer process making one bundle: written and stopped in the background when done, so
    the next bundle's process indexes while this one writes."""

    position: int
    service: PagefindService
    index_id: int
    waiting: list[Future] = field(default_factory=list)


class BundleIndexer:
    """The site's search index. `begin`, `add` each written page, `finish`: a full build; `update`:
    a preview rebuild. Kept across the builds of one `mkdocs serve` session: it remembers which
    pages are searched (`pages`) and what each bundle held."""

    def __init__(self, site_dir: Path, binary: Path) -> None:
        self.site_dir = site_dir
        self.binary = binary
        self.pages: dict[str, Path] = {}  # src_uri → written page, for every page with a search body
        self.bundles: list[Bundle] = []
        self.owner: dict[str, int] = {}  # src_uri of a plan → position of its bundle; others: the first
        self._held: dict[str, set[str]] = {}  # bundle id → the pages it indexed
        self._records: dict[str, list] = {}  # bundle id → the portal records it indexed (portal_search)
        self._counts: dict[str, int] = {}
        self._streaming = False  # a full build: pages are indexed as they are written
        self._open: _Run | None = None
        self._closing: list[threading.Thread] = []
        self._errors: list[str] = []
        self._written: set[int] = set()
        self.blocked = 0.0  # seconds the build spent handing pages over (bench/)

    def begin(self, bundles: list[Bundle], owner: dict[str, int]) -> None:
        """A full build: every bundle is made anew from the pages `add` receives."""
        self.bundles, self.owner, self.pages = bundles, owner, {}
        self._held, self._counts, self._written, self._open, self._errors = {}, {}, set(), None, []
        self.blocked = 0.0
        shutil.rmtree(self.site_dir / SEARCH_DIR, ignore_errors=True)  # hashed names would linger
        self.site_dir.mkdir(parents=True, exist_ok=True)  # MkDocs makes it with the first page
        self._streaming = True

    def add(self, src_uri: str, page_file: Path, html: str) -> None:
        """A page MkDocs has just written; indexed now when its bundle is the one open or to come."""
        self.pages.pop(src_uri, None)
        if SEARCH_BODY not in html:
            return
        self.pages[src_uri] = page_file
        if not self._streaming:
            return  # a preview rebuild: `update` indexes what changed, in the background
        position = self.owner.get(src_uri, 0)
        if position in self._written or (self._open and position < self._open.position):
            return  # out of order: `finish` indexes that bundle again from the files
        if self._open is None or self._open.position != position:
            self._close_open()
            self._open = self._start(position)
        mark = time.perf_counter()
        self._open.waiting.append(self._open.service.add_file(self._open.index_id, page_url(self.site_dir, page_file),
                                                              searched_part(html)))
        self.blocked += time.perf_counter() - mark  # the build waits here when the indexer is behind
        self._held.setdefault(self.bundles[position].id, set()).add(src_uri)

    def finish(self, version: str) -> None:
        """Write what is left; index again, from the files, every bundle that missed a page."""
        try:
            self._close_open()
            self._wait()
            members = self._members()
            for position, bundle in enumerate(self.bundles):
                if bundle.id not in self._held or self._held[bundle.id] != members[position]:
                    self._index_from_files(position, members[position])  # empty bundles too: the browser reads each
            self._counts = {bundle.id: len(self._held[bundle.id]) + len(bundle.records) for bundle in self.bundles}
        finally:
            self.close()
        self._publish(version)

    def update(self, bundles: list[Bundle], owner: dict[str, int], rendered: set[str], version: str) -> None:
        """A preview rebuild: index again, from the files, each bundle whose pages were rendered again
        or changed bundle; drop the folders of bundles that are gone."""
        self.bundles, self.owner = bundles, owner
        self.pages = {src: page for src, page in self.pages.items() if page.is_file()}  # deleted sources
        members = self._members()
        ids = {bundle.id for bundle in bundles}
        for gone in set(self._held) - ids:
            shutil.rmtree(self.site_dir / SEARCH_DIR / gone, ignore_errors=True)
            self._held.pop(gone)
        try:
            for position, bundle in enumerate(bundles):
                if (self._held.get(bundle.id) != members[position] or members[position] & rendered
                        or self._records.get(bundle.id, []) != bundle.records):  # a member's data changed
                    self._index_from_files(position, members[position])
        finally:
            self.close()
        self._counts = {bundle.id: len(self._held.get(bundle.id, ())) + len(bundle.records) for bundle in bundles}
        self._publish(version)

    def close(self) -> None:
        """Stop what still runs (after a failed build too)."""
        self._streaming = False
        if self._open is not None:
            self._open.service.close()
            self._open = None
        for thread in self._closing:
            thread.join()
        self._closing = []

    # -- inside ------------------------------------------------------------------------------------

    def _members(self) -> list[frozenset[str]]:
        groups: list[set[str]] = [set() for _ in self.bundles]
        for src_uri in self.pages:
            groups[self.owner.get(src_uri, 0)].add(src_uri)
        return [frozenset(group) for group in groups]

    def _start(self, position: int) -> _Run:
        service = PagefindService(self.binary, self.site_dir)
        try:
            run = _Run(position, service, service.new_index({"exclude_selectors": EXCLUDE_SELECTORS}))
        except PagefindError as exc:
            service.close()
            raise SearchIndexError(f"Pagefind không tạo được chỉ mục: {exc}") from None
        # A portal's records (portal_search) are part of their bundle however it is made.
        bundle = self.bundles[position]
        run.waiting += [service.add_record(run.index_id, record.pagefind()) for record in bundle.records]
        self._records[bundle.id] = bundle.records
        return run

    def _close_open(self) -> None:
        if self._open is None:
            return
        run, self._open = self._open, None
        self._written.add(run.position)
        run.waiting.append(run.service.write_files(run.index_id, self.site_dir / self.bundles[run.position].folder))
        thread = threading.Thread(target=self._end, args=(run,), daemon=True)
        thread.start()
        self._closing.append(thread)

    def _end(self, run: _Run) -> None:
        try:
            for future in run.waiting:
                future.result()
        except PagefindError as exc:
            self._errors.append(str(exc))
        finally:
            run.service.close()

    def _index_from_files(self, position: int, members: frozenset[str]) -> None:
        """One bundle, whole, from the written pages."""
        bundle = self.bundles[position]
        shutil.rmtree(self.site_dir / bundle.folder, ignore_errors=True)
        run = self._start(position)
        indexed = set()
        for src_uri in sorted(members):
            page_file = self.pages[src_uri]
            try:
                html = page_file.read_text(encoding="utf-8")
            except OSError:
                html = ""
            if SEARCH_BODY not in html:  # gone, or no longer searched, since it was written
                del self.pages[src_uri]
                continue
            run.waiting.append(run.service.add_file(run.index_id, page_url(self.site_dir, page_file), searched_part(html)))
            indexed.add(src_uri)
        self._open = run
        self._close_open()
        self._wait()  # one bundle at a time
        self._held[bundle.id] = indexed

    def _wait(self) -> None:
        for thread in self._closing:
            thread.join()
        self._closing = []
        if self._errors:
            raise SearchIndexError(f"Pagefind không tạo được chỉ mục tìm kiếm: {self._errors[0]}")

    def _publish(self, version: str) -> None:
        for bundle in self.bundles:
            folder = self.site_dir / bundle.folder
            if not self._counts.get(bundle.id):  # Pagefind cannot search an index of nothing
                shutil.rmtree(folder, ignore_errors=True)
                continue
            if not (folder / "pagefind.js").is_file():
                raise SearchIndexError(f"Pagefind không ghi được chỉ mục «{bundle.folder}».")
            for name in UNUSED:
                (folder / name).unlink(missing_ok=True)
        counts = [self._counts.get(bundle.id, 0) for bundle in self.bundles]
        (self.site_dir / SEARCH_DIR / BUNDLES_FILE).write_bytes(bundles_json(self.bundles, version, counts))
