"""History extraction at scale: N plans, C commits; time `read_history` (the two git passes and
their parsing) on its own. Issue 6's target: 1,000 plans with 3,000 commits in under 2 s.

    .venv/bin/python bench/history_bench.py 1000 3000
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import add_history, make_project  # noqa: E402
from site_builder.load.history import read_history  # noqa: E402


def main() -> None:
    plans = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    commits = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), plans)
        add_history(project, commits)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            history = read_history(project / "content")
            runs.append(time.perf_counter() - start)
        files = len(history.changes)
        changes = sum(len(c) for c in history.changes.values())
        print(f"| {plans:,} plans | {commits:,} commits | {files:,} files, {changes:,} changes | "
              f"read_history median {statistics.median(runs):.2f} s (runs: {', '.join(f'{r:.2f}' for r in runs)}) |")


if __name__ == "__main__":
    main()
