"""The repository must work on its own: a clone has nothing beside it (no team folder next to it).

Two guards, because neither alone covers everything:
- `escapes` reads the code (site_builder/, tests/, bench/, scripts/) for paths built to leave the
  repository: `Path(__file__)` climbed past the root, a root variable's `.parent`, the team's
  `shared/` folder, a shell script that climbs above its project.
- `ReadGuard` watches every file the test process opens or lists while the tests run and refuses
  those in the folder that holds the repository but outside the repository itself.
"""

from __future__ import annotations

import ast
import os
import re
import sys
import sysconfig
import tempfile
from pathlib import Path

CHECKED_FOLDERS = ("site_builder", "tests", "bench", "scripts")
_SHARED = re.compile(r"(^|[/\\])\.\.[/\\]shared\b|\bshared[/\\]seeds\b")
_CLIMB = re.compile(r"(^|[/\"'\s])\.\.([/\"'\s]|$)")
_SCRIPT_ROOT = '"$(dirname "$0")/.."'  # the one climb a script may make: from scripts/ to the root


def escapes(root: Path) -> list[str]:
    """Every place under CHECKED_FOLDERS that builds a path outside `root`, as «file:line: what»."""
    found: list[str] = []
    for folder in CHECKED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            rel = path.relative_to(root)
            if not path.is_file() or "__pycache__" in rel.parts or "fixtures" in rel.parts:
                continue
            if path.suffix == ".py":
                found += [f"{rel}:{line}: {what}" for line, what in _python_escapes(path, len(rel.parts) - 1)]
            elif path.suffix == "" and path.read_bytes().startswith(b"#!"):
                found += [f"{rel}:{line}: {what}" for line, what in _script_escapes(path)]
    return found


def _python_escapes(path: Path, depth: int) -> list[tuple[int, str]]:
    """`depth` is how many folders lie between the root and the file (tests/x.py: 1)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    levels: dict[str, int] = {}  # a name bound to a folder → how deep that folder is below the root
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            level = _level(node.value, depth, levels)
            if level is not None:
                levels[node.targets[0].id] = level
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Subscript, ast.BinOp)):
            level = _level(node, depth, levels)
            if level is not None and level < 0:
                found.append((node.lineno, f"đường dẫn ra ngoài kho ({ast.unparse(node)})"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SHARED.search(node.value):
            found.append((node.lineno, f"đọc thư mục «shared» bên ngoài kho ({node.value!r})"))
    for node in ast.walk(tree):  # `X / "shared"`: a folder of the team's machines, next to the clone
        if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.right, ast.Constant)
                and node.right.value == "shared"):
            found.append((node.lineno, f"đọc thư mục «shared» bên ngoài kho ({ast.unparse(node)})"))
    return sorted(set(found))


def _level(node: ast.AST, depth: int, levels: dict[str, int]) -> int | None:
    """How deep below the root the folder `node` names lies, when it is built from `__file__`
    (or from a name bound to such a folder); None when it is not such a path."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("resolve", "absolute"):
        return _level(node.func.value, depth, levels)
    if isinstance(node, ast.Call) and _is_name(node.func, "Path") and len(node.args) == 1:
        arg = node.args[0]
        if _is_name(arg, "__file__"):
            return depth + 1  # the file itself: one below its folder
        return _level(arg, depth, levels)
    if isinstance(node, ast.Name):
        return levels.get(node.id)
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        inner = _level(node.value, depth, levels)
        return None if inner is None else inner - 1
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "parents":
        inner = _level(node.value.value, depth, levels)
        index = node.slice
        if inner is not None and isinstance(index, ast.Constant) and isinstance(index.value, int):
            return inner - 1 - index.value
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        inner = _level(node.left, depth, levels)
        if inner is not None and isinstance(node.right, ast.Constant) and isinstance(node.right.value, str):
            for part in Path(node.right.value).parts:
                inner += -1 if part == ".." else 0 if part == "." else 1
            return inner
    return None


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _script_escapes(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("#", 1)[0] if not line.lstrip().startswith("#!") else ""
        if _SHARED.search(code) or _CLIMB.search(code.replace(_SCRIPT_ROOT, "")):
            found.append((number, f"lệnh đi ra ngoài kho ({line.strip()})"))
    return found


class ReadGuard:
    """An audit hook (PEP 578) that refuses, in this process, to open or list anything in the folder
    holding the repository but outside the repository: what a clone would not have beside it.

    Places every machine has are allowed even when they happen to lie there: the temporary folder,
    Python's own prefixes and site-packages, and dot-folders of the home directory (caches). Such a
    place holding the repository's folder itself allows nothing: a clone in /tmp/x/repo must still
    not read /tmp/x/shared."""

    def __init__(self, root: Path) -> None:
        self.root = str(root.resolve())
        self.outside = str(root.resolve().parent)
        allowed = {tempfile.gettempdir(), sys.prefix, sys.base_prefix, sys.exec_prefix, *sysconfig.get_paths().values()}
        self.allowed = tuple(os.path.realpath(p) for p in allowed if p)
        self.home = os.path.realpath(os.path.expanduser("~"))
        self.refused: list[str] = []

    def install(self) -> None:
        if self.outside != os.sep:  # a repository at the top of the disk has nothing beside it to read
            sys.addaudithook(self)

    def __call__(self, event: str, args: tuple) -> None:
        if event not in ("open", "os.listdir", "os.scandir") or not args:
            return
        target = args[0]
        if not isinstance(target, (str, bytes, os.PathLike)):
            return  # a file descriptor
        path = os.path.abspath(os.fsdecode(target))
        if _under(path, self.outside) and self.forbidden(os.path.realpath(path)):
            self.refused.append(path)
            raise PermissionError(f"kiểm thử đọc {path}, nằm ngoài kho {self.root}: bản sao mới không có tệp này")

    def forbidden(self, path: str) -> bool:
        if not _under(path, self.outside) or _under(path, self.root):
            return False
        if any(_under(path, allowed) and not _under(self.outside, allowed) for allowed in self.allowed):
            return False
        if _under(path, self.home):
            rest = os.path.relpath(path, self.home)
            return not rest.startswith(".")
        return True


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
