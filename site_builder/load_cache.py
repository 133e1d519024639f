"""Each content file's checked result, kept between the builds of one `mkdocs serve` session so
that saving one plan re-reads and re-checks that plan alone.

A file's check depends on more than its own bytes: links and attachments are checked against the
other files of the content folder, deadlines against the day. So the whole cache is dropped when
any of that moves, and one entry when its file's size or modification time does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .content_tree import walk
from .diagnostics import Diagnostic
from .frontmatter import RawDocument
from .models import Plan


@dataclass(frozen=True)
class Checked:
    stamp: tuple[int, int]  # (st_mtime_ns, st_size) when the file was read
    raw: RawDocument | None
    plan: Plan | None
    findings: tuple[Diagnostic, ...]


def stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def folder_state(root: Path) -> frozenset:
    """`ContentTree.state` of a folder the build does not otherwise walk (templates)."""
    return walk(root).state()


class LoadCache:
    def __init__(self) -> None:
        self._entries: dict[str, Checked] = {}
        self._context: object = None

    def begin(self, root: Path, today: dt.date, plans_prefix: str, state: frozenset) -> None:
        """Start a build: keep the entries only if nothing they depend on besides their file moved
        (`state`: the content folder's `ContentTree.state`)."""
        context = (Path(root).resolve(), today, plans_prefix, state)
        if context != self._context:
            self._entries.clear()
            self._context = context

    def get(self, rel: str, path: Path) -> Checked | None:
        entry = self._entries.get(rel)
        return entry if entry is not None and entry.stamp == stamp(path) else None

    def put(self, rel: str, entry: Checked) -> None:
        self._entries[rel] = entry
