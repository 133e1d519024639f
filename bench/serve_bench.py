"""Rebuild time under `mkdocs serve`: how long an official previewing the site waits after saving one plan.

    .venv/bin/python bench/serve_bench.py 1000 [--project DIR] [--edits 3] [--history 30] [--full]

Generates N plans (bench/corpus.py; with --history, committed to git in that many commits, as an
official's checkout is) unless --project names an existing project, starts `site-builder serve` (a
dirty `mkdocs serve`: only changed pages are rendered again; with --full, plain `mkdocs serve`, which
renders every page on every save) on a free local port, waits for the first build, then appends a
sentence to one plan `--edits` times (its text changes, its facts do not), then changes its title
once (a fact: every listing, feed and export showing it changes), and reports, for each save, the
seconds from the save until MkDocs reports the rebuild done and whether the served page shows the
edit. Measured, not asserted; the latest figures go in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import add_history, make_project  # noqa: E402

DONE = re.compile(r"Documentation built in ([\d.]+) seconds")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(lines: "queue.Queue[str]", pattern: re.Pattern, timeout: float) -> re.Match:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        match = pattern.search(line)
        if match:
            return match
        if "Error" in line or "Traceback" in line:
            print(line.rstrip(), file=sys.stderr)
    raise SystemExit(f"mkdocs serve: no {pattern.pattern!r} within {timeout:.0f} s")


def served_page(address: str, project: Path, plan: Path) -> str:
    rel = plan.relative_to(project / "content").with_suffix("").as_posix()
    with urllib.request.urlopen(f"http://{address}/{urllib.parse.quote(rel)}/", timeout=30) as response:
        return response.read().decode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--project", type=Path, help="an existing project (mkdocs.yml + content/) instead of a new corpus")
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--history", type=int, default=0, help="commit a new corpus to git in this many commits")
    parser.add_argument("--full", action="store_true", help="plain `mkdocs serve` (every page rendered on every save)")
    args = parser.parse_args()
    project = args.project
    if project is None:
        project = make_project(Path(tempfile.mkdtemp(prefix="sb-serve-")), args.n)
        if args.history:
            add_history(project, args.history)
    plan = sorted((project / "content" / "ke-hoach").rglob("*.md"))[0]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)}
    address = f"127.0.0.1:{free_port()}"
    command = ([sys.executable, "-m", "mkdocs", "serve", "-a", address] if args.full else
               [sys.executable, "-m", "site_builder.cli", "serve", "-a", address])
    child = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: "queue.Queue[str]" = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in child.stdout], daemon=True).start()
    original = plan.read_text(encoding="utf-8")
    try:
        first = float(wait_for(lines, DONE, 3600).group(1))
        print(f"project: {project} ({sum(1 for _ in (project / 'content').rglob('*.md'))} Markdown files)")
        print(f"first build under serve: {first:.1f} s")
        edits = [(f"edit {i} (text)", original + f"\nCâu thêm lần {i} để đo thời gian xây dựng lại.\n",
                  f"Câu thêm lần {i}") for i in range(1, args.edits + 1)]
        edits.append(("edit (title)", original.replace('title: "', 'title: "Đã sửa trích yếu: ', 1), "Đã sửa trích yếu: "))
        for name, text, mark in edits:
            time.sleep(2)  # let the watcher settle
            start = time.monotonic()
            plan.write_text(text, encoding="utf-8")
            built = float(wait_for(lines, DONE, 3600).group(1))
            waited = time.monotonic() - start
            shown = mark in served_page(address, project, plan)
            print(f"{name}: rebuilt in {built:.1f} s (MkDocs), {waited:.1f} s from save to done; "
                  f"page shows the edit: {'yes' if shown else 'NO'}")
    finally:
        plan.write_text(original, encoding="utf-8")
        child.terminate()
        child.wait(timeout=30)


if __name__ == "__main__":
    main()
