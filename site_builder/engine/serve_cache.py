"""Which pages a `mkdocs serve` rebuild must render again (issue 9: an official who saves one plan
sees it within seconds, not after the whole site is rebuilt).

On a dirty rebuild (`site-builder serve`, or `mkdocs serve --dirty`) MkDocs renders and writes only
the files whose `is_modified()` is true, and for a generated file that is always true. The plugin
knows what every page is made of: a generated page's or file's content; for a page written by an
official, its text and everything the plugin adds to it (the plan's panel, citation targets, whether
the files it links to exist); for an attachment, its size and time. Each
gets a fingerprint; a file whose fingerprint and output are as the last successful build left them
is told unmodified. What the fingerprints cannot see (templates, mkdocs.yml, the day) is the
`context`: when it moves, everything is rendered again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from mkdocs.structure.files import Files
from mkdocs.utils import get_markdown_title
from mkdocs.utils.meta import get_data


def fingerprint(*parts) -> str:
    """A digest of text, bytes and JSON-like values (sets and paths are read as text)."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            data = part
        elif isinstance(part, str):
            data = part.encode("utf-8", "surrogatepass")
        else:
            data = json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _unchanged() -> bool:
    return False


def _changed() -> bool:
    return True


class OutputCache:
    def __init__(self) -> None:
        self._context: object = None
        self._prints: dict[str, str] = {}  # src_uri → fingerprint, as the last successful build wrote it
        self._written: dict[str, str] = {}  # src_uri → abs_dest_path of every output any build may have written
        self._pending: tuple[object, dict[str, str]] | None = None

    def skip_unchanged(self, files: Files, prints: dict[str, str], context: object, always: set[str]) -> int:
        """Tell MkDocs which of `files` it need not render or write again (never those in `always`);
        remove the outputs of files that are gone since any earlier build. Returns how many files
        will be written."""
        if context != self._context:
            self._prints = {}
        outputs: dict[str, str] = {}
        written = 0
        for file in files:
            print_ = prints.get(file.src_uri)
            if print_ is None:
                continue  # nothing the plugin can say of it: MkDocs compares its times itself
            outputs[file.src_uri] = file.abs_dest_path
            # Read by MkDocs' dirty build for this File only; its own test compares the times of the
            # source and the output, which says nothing of what the plugin adds to a page.
            if (file.src_uri not in always and self._prints.get(file.src_uri) == print_
                    and os.path.isfile(file.abs_dest_path)):
                file.is_modified = _unchanged
            else:
                file.is_modified = _changed
                written += 1
        kept = set(outputs.values())
        for src_uri, dest in list(self._written.items()):
            if src_uri not in outputs:
                if dest not in kept:
                    _remove(Path(dest))
                del self._written[src_uri]
        self._written.update(outputs)  # before the build: a failed one may have written some of them
        self._pending = (context, prints)
        return written

    def commit(self) -> None:
        """The build succeeded: what it wrote is what the next one compares with."""
        if self._pending is not None:
            self._context, self._prints = self._pending
            self._pending = None

    def forget(self) -> None:
        """The build failed: some outputs may be half done, so the next build writes everything (and
        still knows every output it may have to remove)."""
        self._context, self._prints, self._pending = None, {}, None


def _remove(dest: Path) -> None:
    try:
        dest.unlink()
        dest.parent.rmdir()  # a page's folder, when it held only that page
    except OSError:
        pass


# Where a Markdown link's address starts, inline or in a reference definition (as content_links
# reads them); a loose match is safe: an address counted that is no link only adds to a fingerprint.
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|^[ ]{0,3}\[[^\]\n]*\]:[ ]*<?([^\s>]+)", re.MULTILINE)


def link_targets(markdown: str, src_uri: str, files: Files) -> list[tuple[str, bool]]:
    """Each relative link of a page with whether its target is a file of the site now: MkDocs writes
    a link as the target's address only while the target exists, so a page must be rendered again
    when a file it links to appears or goes."""
    found = set()
    for match in _LINK.finditer(markdown):
        try:
            address = urlsplit(match[1] or match[2])
        except ValueError:  # "http://[::1": not a link MkDocs rewrites either
            continue
        if address.scheme or address.netloc or not address.path or address.path.startswith("/"):
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), unquote(address.path)))
        found.add((target, files.get_file_from_path(target) is not None))
    return sorted(found)


def nav_shape(items, sources: dict[str, str]) -> list:
    """The navigation as every page shows it: each entry's title, and for a page what Material's
    navigation reads of it besides (its front-matter: icon, subtitle, status …) and, without a title
    in mkdocs.yml, the title its text gives."""
    shape = []
    for item in items:
        if item.is_page:
            source = sources.get(item.file.src_uri) or ""
            markdown, meta = get_data(source)
            explicit = item.__dict__.get("title")  # set from mkdocs.yml; otherwise read from the page
            title = explicit if explicit is not None else meta.get("title") or get_markdown_title(markdown)
            shape.append((item.file.src_uri, title, meta))
        elif item.is_section:
            shape.append((item.title, nav_shape(item.children, sources)))
        else:
            shape.append((item.title, item.url))
    return shape


def without_moment(data: bytes, built_at: str) -> bytes:
    """A generated data file without the build time it records (plans.json "generated", a
    calendar's DTSTAMP, a feed's updated), so that it is written again only when its data moves."""
    moment = dt.datetime.fromisoformat(built_at)
    utc = moment.astimezone(dt.timezone.utc)
    for form in {built_at, utc.isoformat(timespec="seconds"), utc.strftime("%Y%m%dT%H%M%SZ"),
                 utc.isoformat(timespec="seconds").replace("+00:00", "Z")}:
        data = data.replace(form.encode("ascii"), b"")
    return data


class CompiledTemplates(BytecodeCache):
    """Every build makes a new Jinja environment, which compiles each template again (about half a
    second a rebuild); this keeps the compiled code of one serve session in memory. Jinja checks each
    entry against its template's source, so an edited template is compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
