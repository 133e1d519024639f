"""Publication history from git: one repository-wide `git log` pass, parsed once per build.

Every plan gets its first publication, its last change and every change (date, short id, and the
change note officials write in front-matter). Commit messages are never read: they are written for
the people who keep the repository, in any language, and a citizen reads the public line instead
(`public_line`: the change note, or a neutral Vietnamese line). Files deleted from the repository are
remembered with their removal commit, so the site can list what was taken down. Without git, or
outside a repository, the build still works and falls back to file dates.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..model.diagnostics import Diagnostics
from .frontmatter import parse_yaml, split, without_unwritable

_RECORD, _UNIT = "\x1e", "\x1f"
_FORMAT = f"{_RECORD}%H{_UNIT}%h{_UNIT}%aI"  # no %s: see the module's docstring
NOTE_KEY = "change_note"
# What a citizen reads for a change whose version carries no change note of its own.
FIRST_LINE, UPDATE_LINE, READDED_LINE, RENAMED_LINE, REMOVED_LINE = (
    "Đăng lần đầu", "Cập nhật nội dung", "Đăng lại", "Chuyển sang địa chỉ mới", "Gỡ khỏi trang")


@dataclass(frozen=True)
class Change:
    commit: str
    short: str
    date: str  # ISO 8601 with offset, as git reports the author date
    kind: str  # A(dded), M(odified), D(eleted), R(enamed)
    note: str | None = None  # the change note this commit set or changed, if any

    @property
    def day(self) -> str:
        return self.date[:10]


@dataclass(frozen=True)
class Removal:
    path: str  # repository path of the deleted file, as it was last named
    change: Change  # the deleting commit
    last_commit: str  # the commit that still had the file
    last_source: str  # the file's text in that commit


@dataclass
class History:
    available: bool
    reason: str | None = None  # why history is unavailable, in Vietnamese
    head: str | None = None
    root: Path | None = None
    changes: dict[str, list[Change]] = field(default_factory=dict)  # repo path → newest first
    removed: list[Removal] = field(default_factory=list)
    content_prefix: str = ""  # repo path of the content folder, with a trailing "/" ("content/")

    def changes_of(self, rel: str) -> list[Change]:
        """Changes of a content file, by its path under the content folder; newest first."""
        return self.changes.get(self.content_prefix + rel, [])

    def public_changes(self, rel: str) -> list[tuple[Change, str]]:
        """Changes of a content file with the line the public site shows for each; newest first."""
        changes = self.changes_of(rel)
        return [(c, public_line(c, i == len(changes) - 1)) for i, c in enumerate(changes)]

    def rel_of(self, repo_path: str) -> str | None:
        return repo_path[len(self.content_prefix):] if repo_path.startswith(self.content_prefix) else None

    def summary_of(self, rel: str, file: Path) -> dict:
        """First publication and last change; without a commit, the file's own date stands in."""
        changes = self.changes_of(rel)
        if changes:
            return {"first_published": changes[-1].date, "last_changed": changes[0].date,
                    "changes": len(changes), "committed": True}
        try:
            stamp = dt.datetime.fromtimestamp(file.stat().st_mtime, dt.timezone.utc).isoformat(timespec="seconds")
        except OSError:
            stamp = None
        return {"first_published": None, "last_changed": stamp, "changes": 0, "committed": False}


def public_line(change: Change, first: bool) -> str:
    """What a citizen reads for one change: the change note its version set, else a neutral line."""
    if change.note:
        return change.note
    if change.kind == "D":
        return REMOVED_LINE
    if first:
        return FIRST_LINE
    return {"A": READDED_LINE, "R": RENAMED_LINE}.get(change.kind, UPDATE_LINE)


def _git(root: Path, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        # quotePath off: paths with Vietnamese letters come out as UTF-8, not "k\341\272\277…".
        ["git", "-C", str(root), "-c", "core.quotePath=false", *args], capture_output=True, input=stdin, check=True,
        env={**os.environ, "GIT_PAGER": "cat", "LC_ALL": "C.UTF-8"},
    )
    return result.stdout.decode("utf-8", errors="replace")


def read_history(content_dir: Path) -> History:
    """Read the whole history of `content_dir` in two git passes (changes, then change notes)."""
    content_dir = content_dir.resolve()
    if shutil.which("git") is None:
        return History(False, "không có chương trình git; ngày đăng lấy theo ngày sửa tệp")
    try:
        root = Path(_git(content_dir, "rev-parse", "--show-toplevel").strip()).resolve()
        head = _git(root, "rev-parse", "HEAD").strip()
    except (subprocess.CalledProcessError, OSError):
        return History(False, "thư mục nội dung không nằm trong kho git (hoặc kho chưa có commit); ngày đăng lấy theo ngày sửa tệp")
    scope = content_dir.relative_to(root).as_posix() or "."
    log = _git(root, "log", "--no-color", "-M", "--name-status", f"--format={_FORMAT}", "--", scope)
    notes = _change_notes(root, scope)
    changes, deletions = _parse_log(log, notes)
    prefix = "" if scope == "." else scope + "/"
    history = History(True, head=head, root=root, changes=changes, content_prefix=prefix)
    history.removed = _removals(root, deletions, changes)
    return history


def _parse_log(log: str, notes: dict[tuple[str, str], str]):
    """Newest first; renames are followed so a file keeps the history of its former names."""
    changes: dict[str, list[Change]] = {}
    current: dict[str, str] = {}  # a former name → the name it has now
    deletions: dict[str, Change] = {}
    for record in log.split(_RECORD)[1:]:
        header, _, body = record.partition("\n")
        commit, short, date = (header.split(_UNIT) + ["", "", ""])[:3]
        for line in body.split("\n"):
            if not line.strip():
                continue
            parts = line.split("\t")
            status = parts[0][:1]
            if status == "R" and len(parts) >= 3:
                old, new = parts[1], parts[2]
                target = current.get(new, new)
                current[old] = target
            else:
                target = current.get(parts[-1], parts[-1])
            change = Change(commit, short, date, status, notes.get((commit, target)) or notes.get((commit, parts[-1])))
            changes.setdefault(target, []).append(change)
            if status == "D" and target not in deletions and len(changes[target]) == 1:
                deletions[target] = change
    return changes, deletions


def _change_notes(root: Path, scope: str) -> dict[tuple[str, str], str]:
    """(commit, path) → the change note of that commit's version of the file, for the commits whose
    diff adds a `change_note:` line (the note was set or changed there; a version that merely keeps
    an older note does not repeat it). The value is read from the version's front-matter with the
    build's own YAML reader, so quoting, escapes and folded lines come out as the page shows them."""
    out = _git(root, "log", "--no-color", "-M", f"-G^{NOTE_KEY}:", "--unified=0", "-p", f"--format={_RECORD}%H", "--", scope)
    touched: list[tuple[str, str]] = []
    commit = path = None
    for line in out.split("\n"):  # not splitlines(): it also splits at \x1e
        if line.startswith(_RECORD):
            commit = line[1:].strip()
        elif line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith(f"+{NOTE_KEY}:") and commit and path and (commit, path) not in touched[-1:]:
            touched.append((commit, path))
    notes: dict[tuple[str, str], str] = {}
    for (commit, path), text in zip(touched, _blobs(root, [f"{c}:{p}" for c, p in touched])):
        if text is not None and (note := _note_of(text, path)):
            notes[(commit, path)] = note
    return notes


def _note_of(text: str, path: str) -> str | None:
    try:
        fm, fm_line, _, _ = split(text.replace("\r\n", "\n"))
        parsed = parse_yaml(fm, fm_line, path, Diagnostics()) if fm else None
    except Exception:  # an old version may be broken in any way: it then has no note to show
        return None
    meta = parsed[0] if parsed and isinstance(parsed[0], dict) else {}
    value = meta.get(NOTE_KEY)
    if not isinstance(value, str):
        return None
    return without_unwritable(" ".join(value.split())) or None


def _blobs(root: Path, specs: list[str]) -> list[str | None]:
    """The text of each `commit:path` (None when missing), in one `git cat-file --batch`."""
    if not specs:
        return []
    raw = subprocess.run(["git", "-C", str(root), "cat-file", "--batch"], input="".join(s + "\n" for s in specs).encode("utf-8"),
                         capture_output=True, check=True).stdout
    texts: list[str | None] = []
    pos = 0
    for _ in specs:
        header_end = raw.index(b"\n", pos)
        header = raw[pos:header_end].decode("utf-8", errors="replace").split()
        pos = header_end + 1
        if len(header) < 3 or header[1] == "missing":
            texts.append(None)
            continue
        size = int(header[2])
        texts.append(raw[pos : pos + size].decode("utf-8", errors="replace"))
        pos += size + 1
    return texts


def _removals(root: Path, deletions: dict[str, Change], changes: dict[str, list[Change]]) -> list[Removal]:
    gone = {path: change for path, change in deletions.items() if not (root / path).exists()}
    if not gone:
        return []
    removals = []
    for (path, change), text in zip(gone.items(), _blobs(root, [f"{c.commit}^:{p}" for p, c in gone.items()])):
        if text is None:
            continue
        # The change before the deletion is the last commit that still had the file.
        earlier = changes[path][1].commit if len(changes[path]) > 1 else change.commit
        removals.append(Removal(path, change, earlier, without_unwritable(text)))
    return sorted(removals, key=lambda r: r.change.date, reverse=True)
