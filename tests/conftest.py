"""Shared fixtures: the real seed site, built once per test session with the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
CLI = [sys.executable, "-m", "site_builder.cli"]

# Which content file publishes which seed, and the seed lines that moved into front-matter.
SEED_FILES = {
    "000_566781da1b547808.txt": "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md",
    "001_b6ebb32041facff5.txt": "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen.md",
    "002_83576d4c190ef1ef.txt": "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md",
    "003_b7d91b333b96f748.txt": "ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi.md",
    "004_c1cb2d977fcd6646.txt": "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam.md",
}


def run_cli(*args: str, cwd: Path = REPO, env: dict | None = None, input_text: str | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [*CLI, *args], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=600, input=input_text
    )


def copy_project(dest: Path) -> Path:
    """A private copy of mkdocs.yml and content/, so a test may break it freely."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(REPO / "content", dest / "content")
    return dest


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("seed-project"))
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"
