"""Rebuild time under `mkdocs serve`: how long an official previewing the site waits after saving one plan.

    .venv/bin/python bench/serve_bench.py 1000 [--project DIR] [--edits 3]

Generates N plans (bench/corpus.py) unless --project names an existing project, starts
`mkdocs serve` on a free local port, waits for the first build, then appends a sentence to one
plan `--edits` times and reports, for each save, the seconds from the save until MkDocs reports
the rebuild done. Measured, not asserted; the latest figures go in bench/README.md.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import make_project  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--project", type=Path, help="an existing project (mkdocs.yml + content/) instead of a new corpus")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    project = args.project or make_project(Path(tempfile.mkdtemp(prefix="sb-serve-")), args.n)
    plan = sorted((project / "content" / "ke-hoach").rglob("*.md"))[0]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"]
    child = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: "queue.Queue[str]" = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in child.stdout], daemon=True).start()
    original = plan.read_text(encoding="utf-8")
    try:
        first = float(wait_for(lines, DONE, 3600).group(1))
        print(f"project: {project} ({sum(1 for _ in (project / 'content').rglob('*.md'))} Markdown files)")
        print(f"first build under serve: {first:.1f} s")
        for i in range(1, args.edits + 1):
            time.sleep(2)  # let the watcher settle
            start = time.monotonic()
            plan.write_text(original + f"\nCâu thêm lần {i} để đo thời gian xây dựng lại.\n", encoding="utf-8")
            built = float(wait_for(lines, DONE, 3600).group(1))
            print(f"edit {i}: rebuilt in {built:.1f} s (MkDocs), {time.monotonic() - start:.1f} s from save to done")
    finally:
        plan.write_text(original, encoding="utf-8")
        child.terminate()
        child.wait(timeout=30)


if __name__ == "__main__":
    main()
