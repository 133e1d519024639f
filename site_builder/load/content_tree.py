"""The content folder as the build may read it: one walk that follows no symbolic link.

MkDocs walks docs_dir with `os.walk(followlinks=True)` and copies every file it finds, so a link
under content/ would publish whatever it points to (`/proc/self/environ`, a file outside the
repository), and a link to a parent folder makes it walk for ever. This walk looks at every entry
once, without following a link and without opening a file, and returns the regular files the
site may use together with what it refuses; the pipeline and the plugin refuse to build while
anything is refused, so MkDocs never walks such a folder. Files and folders whose name starts
with "." are not published (MkDocs excludes them), but a link to a folder among them is still
refused: MkDocs walks into it before excluding anything.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

# A name the site cannot write into a page or a URL: bytes that are not UTF-8 (Python reads them as
# lone surrogates) or control characters (a line break in a name would split a checker's line).
_BAD_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """A name or path as a message can print it: undecodable bytes as «\\xff», controls as «\\x1b»."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _BAD_NAME.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


@dataclass
class ContentTree:
    root: Path
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # rel → (st_mtime_ns, st_size)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (rel as printable, Vietnamese reason)

    def markdown(self) -> list[Path]:
        return [self.root / rel for rel in sorted(self.files, key=lambda r: r.split("/")) if rel.endswith(".md")]

    def state(self) -> frozenset:
        """What a file's check may look at besides the file (load_cache): which Markdown files exist
        (links), and every other file with its time and size (attachments are measured and hashed)."""
        return frozenset((rel, None) if rel.endswith(".md") else (rel, stamp) for rel, stamp in self.files.items())


def walk(root: Path) -> ContentTree:
    tree = ContentTree(Path(root))
    real_root = os.path.realpath(root)
    pending = [("", False)]  # (folder relative to root, inside a hidden folder)
    while pending:
        folder, hidden_above = pending.pop()
        try:
            with os.scandir(os.path.join(root, folder) if folder else root) as entries:
                found = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            tree.refused.append((printable(folder or "."), f"không đọc được thư mục: {exc.strerror or exc}."))
            continue
        for entry in found:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            hidden = hidden_above or entry.name.startswith(".")
            try:
                status = entry.stat(follow_symlinks=False)
            except OSError as exc:
                tree.refused.append((printable(rel), f"không đọc được: {exc.strerror or exc}."))
                continue
            if hidden and not (stat.S_ISDIR(status.st_mode) or stat.S_ISLNK(status.st_mode) and _is_folder(entry.path)):
                continue  # never published (MkDocs excludes it), and MkDocs' walk does not enter it
            reason = refusal(entry.path, status.st_mode, real_root)
            if reason is not None:
                tree.refused.append((printable(rel), reason))
            elif stat.S_ISDIR(status.st_mode):
                pending.append((rel, hidden))
            elif not hidden:
                tree.files[rel] = (status.st_mtime_ns, status.st_size)
    tree.refused.sort()
    return tree


def refusal(path: str, mode: int, real_root: str) -> str | None:
    """Why the entry at `path` (its `lstat` mode) may not be read or published, or None."""
    if stat.S_ISLNK(mode):
        return _link_reason(path, real_root)
    if _BAD_NAME.search(os.path.basename(path)):
        return ("tên có byte không phải mã UTF-8 hoặc ký tự điều khiển, nên trang web không ghi được nó vào địa chỉ "
                "hay trang nào; hãy đổi tên (chỉ chữ, số, «-»).")
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):  # a named pipe would block its reader for ever
        return "không phải một tệp thông thường (ống dẫn, thiết bị hay socket); hãy xoá nó khỏi thư mục nội dung."
    return None


def _is_folder(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except OSError:  # pragma: no cover - isdir answers False on every OS error
        return False


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _link_reason(path: str, real_root: str) -> str:
    try:
        target = printable(os.readlink(path))
    except OSError:  # pragma: no cover - replaced by something else since the walk saw it
        target = "?"
    resolved = os.path.realpath(path)
    if not _within(resolved, real_root):
        where = "nằm ngoài thư mục nội dung"
    elif _is_folder(path) and _within(os.path.realpath(os.path.dirname(path)), resolved):
        where = "là thư mục chứa chính liên kết này (một vòng lặp)"
    else:
        where = "nằm trong thư mục nội dung"
    return (f"là liên kết tượng trưng (symlink) đến «{target}», {where}. Trang web không đọc và không đăng tệp qua "
            "liên kết; hãy chép tệp hoặc thư mục thật vào đây rồi xoá liên kết.")


def content_root(source_file: Path, rel: str) -> Path:
    """The content folder of the file at `source_file`, which is `rel` within it (a file checked on
    its own has its name as `rel`, and so its own folder as root)."""
    return source_file.parents[len(PurePosixPath(rel).parts) - 1]


def plain_file(base: Path, rel: str) -> bool:
    """Whether `base/rel` is a regular file reached through no symbolic link below `base`: what a check
    may read (an attachment is hashed) or link to, whatever the folder holds."""
    path, mode = Path(base), None
    for part in Path(rel).parts:
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except (OSError, ValueError):
            return False
        if stat.S_ISLNK(mode):
            return False
    return mode is not None and stat.S_ISREG(mode)
