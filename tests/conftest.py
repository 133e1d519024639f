"""Shared fixtures: the real seed site, built once per test session with the real CLI."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from self_contained import ReadGuard

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seeds"  # the five source texts (README there)
CLI = [sys.executable, "-m", "site_builder.cli"]

# A clone has nothing beside it: no test may read outside the repository (tests/self_contained.py).
READ_GUARD = ReadGuard(REPO)
READ_GUARD.install()


def pytest_sessionfinish(session, exitstatus):
    # A read refused inside a library that swallowed the error must still fail the run.
    if READ_GUARD.refused:
        print("\nĐã chặn các lần đọc ngoài kho:\n  " + "\n  ".join(sorted(set(READ_GUARD.refused))))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# Which content file publishes which seed, and the seed lines that moved into front-matter.
SEED_FILES = {
    "000_566781da1b547808.txt": "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md",
    "001_b6ebb32041facff5.txt": "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen.md",
    "002_83576d4c190ef1ef.txt": "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md",
    "003_b7d91b333b96f748.txt": "ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi.md",
    "004_c1cb2d977fcd6646.txt": "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam.md",
}


# A valid plan front-matter, for tests that break or extend one thing at a time.
SAMPLE_FRONT = """---
title: "Kế hoạch thử"
doc_type: "Kế hoạch"
number: "12/KH-UBND"
issuer: "UBND xã Thử"
issued: 2025-01-15
locality: {province: "Thanh Hóa", commune: "Thử"}
signer: {name: "Nguyễn Văn A", title: "Chủ tịch"}
"""
SAMPLE_PLAN = SAMPLE_FRONT + "---\n\nNội dung kế hoạch.\n"


@contextlib.contextmanager
def serve(directory: Path):
    """A quiet static server on 127.0.0.1 for a built site; yields its base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # keep test output readable
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def search_page(tab, base: str, query: str = "", **filters: str) -> list[list[str]]:
    """Search on the site's search page in a browser tab (Playwright); filters by their address names
    (`co_quan` for «co-quan»). Returns the two result lists, in order: the newest bundle's, then
    «Kết quả cũ hơn»."""
    from urllib.parse import urlencode

    params = {"q": query, **{name.replace("_", "-"): value for name, value in filters.items()}}
    tab.goto(f"{base}/tim-kiem/?{urlencode(params)}")
    tab.wait_for_function("() => /Tìm thấy|Không tìm thấy|Nhập từ khóa/"
                          ".test(document.querySelector('.sb-search-page .sb-search__status').textContent)")
    return tab.evaluate("""() => [
        [...document.querySelectorAll('.sb-search-page ol.sb-results:not(.sb-results--older) .sb-result__title')],
        [...document.querySelectorAll('.sb-search-page .sb-results--older .sb-result__title')],
    ].map(links => links.map(a => a.getAttribute('href')))""")


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
