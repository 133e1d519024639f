"""Publication history from git: one repository-wide `git log` pass, parsed once per build.

Every plan gets its first publication, its last change and every change (date, message, short
id, and the change note officials write in front-matter). Files deleted from the repository are
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

from .frontmatter import without_unwritable

_RECORD, _UNIT = "\x1e", "\x1f"
_FORMAT = f"{_RECORD}%H{_UNIT}%h{_UNIT}%aI{_UNIT}%s"
NOTE_KEY = "change_note"


@dataclass(frozen=True)
class Change:
    commit: str
    short: str
    date: str  # ISO 8601 with offset, as git reports the author date
    message: str
    kind: str  # A(dded), M(odified), D(eleted), R(enamed)
    note: str | None = None  # the change note added in this commit, if any

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
        commit, short, date, message = (header.split(_UNIT) + ["", "", "", ""])[:4]
        message = without_unwritable(message)
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
            change = Change(commit, short, date, message, status, notes.get((commit, target)) or notes.get((commit, parts[-1])))
            changes.setdefault(target, []).append(change)
            if status == "D" and target not in deletions and len(changes[target]) == 1:
                deletions[target] = change
    return changes, deletions


def _change_notes(root: Path, scope: str) -> dict[tuple[str, str], str]:
    """(commit, path) → the change note that commit wrote into the file's front-matter."""
    out = _git(root, "log", "--no-color", "-M", f"-G^{NOTE_KEY}:", "--unified=0", "-p", f"--format={_RECORD}%H", "--", scope)
    notes: dict[tuple[str, str], str] = {}
    commit = path = None
    for line in out.split("\n"):  # not splitlines(): it also splits at \x1e
        if line.startswith(_RECORD):
            commit = line[1:].strip()
        elif line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith(f"+{NOTE_KEY}:") and commit and path:
            value = line[len(NOTE_KEY) + 2 :].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            if value := without_unwritable(value):
                notes[(commit, path)] = value
    return notes


def _removals(root: Path, deletions: dict[str, Change], changes: dict[str, list[Change]]) -> list[Removal]:
    gone = {path: change for path, change in deletions.items() if not (root / path).exists()}
    if not gone:
        return []
    # One `git cat-file --batch` for every removed file's last version.
    requests = "".join(f"{change.commit}^:{path}\n" for path, change in gone.items())
    raw = subprocess.run(["git", "-C", str(root), "cat-file", "--batch"], input=requests.encode("utf-8"),
                         capture_output=True, check=True).stdout
    removals, pos = [], 0
    for path, change in gone.items():
        header_end = raw.index(b"\n", pos)
        header = raw[pos:header_end].decode("utf-8", errors="replace").split()
        pos = header_end + 1
        if len(header) < 3 or header[1] == "missing":
            continue
        size = int(header[2])
        text = without_unwritable(raw[pos : pos + size].decode("utf-8", errors="replace"))
        pos += size + 1
        # The change before the deletion is the last commit that still had the file.
        earlier = changes[path][1].commit if len(changes[path]) > 1 else change.commit
        removals.append(Removal(path, change, earlier, text))
    return sorted(removals, key=lambda r: r.change.date, reverse=True)
