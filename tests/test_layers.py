"""The stages import one way (DESIGN.md, issue 16): `lint-imports` checks the contracts in pyproject.toml, and a
back edge planted in a copy of the package is caught, so the check is not vacuous."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True)


def test_the_package_keeps_its_layers():
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "site_builder", tmp_path / "site_builder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    return tmp_path


def test_an_import_against_the_flow_breaks_the_build(tmp_path):
    root = _copy(tmp_path)
    model = root / "site_builder" / "model" / "dates.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom ..render import listings  # noqa\n", encoding="utf-8")
    result = _lint(root)
    assert result.returncode != 0
    assert "site_builder.model is not allowed to import site_builder.render" in result.stdout


def test_mkdocs_outside_the_engine_breaks_the_build(tmp_path):
    root = _copy(tmp_path)
    render = root / "site_builder" / "render" / "labels.py"
    render.write_text(render.read_text(encoding="utf-8") + "\nimport mkdocs  # noqa\n", encoding="utf-8")
    result = _lint(root)
    assert result.returncode != 0
    assert "site_builder.render is not allowed to import mkdocs" in result.stdout


def test_siblings_on_one_layer_stay_apart(tmp_path):
    root = _copy(tmp_path)
    importer = root / "site_builder" / "importer" / "writer.py"
    importer.write_text(importer.read_text(encoding="utf-8") + "\nfrom ..engine import build  # noqa\n",
                        encoding="utf-8")
    result = _lint(root)
    assert result.returncode != 0
    assert "site_builder.importer is not allowed to import site_builder.engine" in result.stdout
