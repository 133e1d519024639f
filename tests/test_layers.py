"""The stages import one way (DESIGN.md, issue 16): `lint-imports` checks the contracts in pyproject.toml, and a
back edge planted in a copy of the package is caught, so the check is not vacuous."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), str(root / "pyproject.toml"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True)


def test_the_package_keeps_its_layers():
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "site_builder", tmp_path / "site_builder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    return tmp_path


@pytest.mark.parametrize("module, line, broken", [
    ("model/dates.py", "from ..render import listings", "site_builder.model is not allowed to import site_builder.render"),
    ("render/labels.py", "import mkdocs", "site_builder.render is not allowed to import mkdocs"),
    ("importer/writer.py", "from ..engine import build", "site_builder.importer is not allowed to import site_builder.engine"),
], ids=["against-the-flow", "mkdocs-outside-the-engine", "between-siblings"])
def test_a_planted_back_edge_breaks_the_build(tmp_path, module, line, broken):
    root = _copy(tmp_path)
    planted = root / "site_builder" / module
    planted.write_text(planted.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint(root)
    assert result.returncode != 0
    assert broken in result.stdout


def test_no_module_imports_itself_back():
    """Layers order the packages; inside one, modules importing each other round a loop (even for type hints
    only) would be a cycle the contract cannot see (issue 16 listed several)."""
    import grimp

    graph = grimp.build_graph("site_builder")
    ours = {m for m in graph.modules if m.startswith("site_builder.")}
    loops = [(a, b) for a in sorted(ours) for b in sorted(graph.find_modules_directly_imported_by(a))
             if b in ours and not a.startswith(b + ".") and graph.chain_exists(importer=b, imported=a)]
    assert loops == []
