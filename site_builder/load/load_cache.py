"""Each content file's checked result, kept between the builds of one `mkdocs serve` session so
that saving one plan re-reads and re-checks that plan alone.

A file's check depends on more than its own bytes: links and attachments are checked against the
other files of the content folder, deadlines against the day. So the whole cache is dropped when
any of that moves, and one entry when its file's size or modification time does.

Most saves change a plan's text, not its facts (title, number, dates, citations and their lines,
tasks …). Such a plan keeps the object of the last build (`keep_facts`), so that everything made
from the plans (listings, cited-document pages, feeds, exports) is, when no plan's object changed,
the last build's (`derived`) instead of being made again for every plan of the site.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..model.diagnostics import Diagnostic
from ..model.plans import Plan
from .content_tree import walk
from .frontmatter import RawDocument


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


@dataclass(frozen=True)
class Derived:
    key: tuple
    content: object  # pipeline.Content
    findings: tuple[Diagnostic, ...]  # what the steps after the files' own checks reported
    holds: tuple  # the objects whose ids are in `key`, kept alive so that no other object takes an id


def same_facts(plan: Plan, old: Plan) -> bool:
    """Everything the site shows of a plan outside its own page's text is the same (the catalog sets
    `issuer_slug` after the check: it is the old plan's until the catalog is made again)."""
    return dataclasses.replace(plan, issuer_slug=old.issuer_slug) == old


class LoadCache:
    def __init__(self) -> None:
        self._entries: dict[str, Checked] = {}
        self._context: object = None
        self._plans: dict[str, Plan] = {}
        self._derived: Derived | None = None

    def begin(self, root: Path, today: dt.date, plans_prefix: str, state: frozenset) -> None:
        """Start a build: keep the entries only if nothing they depend on besides their file moved
        (`state`: the content folder's `ContentTree.state`)."""
        context = (Path(root).resolve(), today, plans_prefix, state)
        if context != self._context:
            self._entries.clear()
            self._plans, self._derived = {}, None
            self._context = context

    def get(self, rel: str, path: Path) -> Checked | None:
        entry = self._entries.get(rel)
        return entry if entry is not None and entry.stamp == stamp(path) else None

    def put(self, rel: str, entry: Checked) -> None:
        self._entries[rel] = entry

    def keep_facts(self, plans: list[Plan], committed) -> list[Plan]:
        """`plans` with each re-checked plan whose facts did not move replaced by its object of the
        last build. Only a plan with commits (`committed(rel)`): an uncommitted file's date of last
        change is its modification time, which every save moves."""
        kept = []
        for plan in plans:
            old = self._plans.get(plan.rel)
            if old is not None and old is not plan and committed(plan.rel) and same_facts(plan, old):
                entry = self._entries.get(plan.rel)
                if entry is not None and entry.plan is plan:
                    self._entries[plan.rel] = dataclasses.replace(entry, plan=old)
                plan = old
            kept.append(plan)
        self._plans = {plan.rel: plan for plan in kept}
        return kept

    def derived(self, key: tuple) -> Derived | None:
        return self._derived if self._derived is not None and self._derived.key == key else None

    def keep_derived(self, key: tuple, content: object, findings: tuple[Diagnostic, ...], holds: tuple) -> None:
        self._derived = Derived(key, content, findings, holds)
