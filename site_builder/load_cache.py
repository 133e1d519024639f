"""Each content file's checked result, kept between the builds of one `mkdocs serve` session so
that saving one plan re-reads and re-checks that plan alone.

A file's check depends on more than its own bytes: links and attachments are checked against the
other files of the content folder, deadlines against the day. So the whole cache is dropped when
any of that moves, and one entry when its file's size or modification time does.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

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
    """What a file's check may look at besides the file: which Markdown files exist (links), and
    every other file with its size and time (attachments are measured and hashed)."""
    state = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            state.append((rel, None) if name.endswith(".md") else (rel, stamp(path)))
    return frozenset(state)


class LoadCache:
    def __init__(self) -> None:
        self._entries: dict[str, Checked] = {}
        self._context: object = None

    def begin(self, root: Path, today: dt.date, plans_prefix: str) -> None:
        """Start a build: keep the entries only if nothing they depend on besides their file moved."""
        context = (Path(root).resolve(), today, plans_prefix, folder_state(root))
        if context != self._context:
            self._entries.clear()
            self._context = context

    def get(self, rel: str, path: Path) -> Checked | None:
        entry = self._entries.get(rel)
        return entry if entry is not None and entry.stamp == stamp(path) else None

    def put(self, rel: str, entry: Checked) -> None:
        self._entries[rel] = entry
