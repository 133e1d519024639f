"""Staged build against the plugin's build (issue 16), on one corpus of N plans.

    .venv/bin/python bench/stage_bench.py 1000 [--rounds 2]

Builds the same project with `site-builder build` (the plugin renders the navigation of pages outside
it once per depth) and with `site-builder build --qua-thu-muc` (stage → plain MkDocs → publishing steps;
the theme renders the navigation on every page, and the stage renders each plan's text once more for its
search record), alternately, so load on a shared machine falls on both. Prints wall time and peak RSS of
each, and whether the two sites are the same files byte for byte.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import measure  # noqa: E402
from corpus import make_project  # noqa: E402


def build(project: Path, out: str, staged: bool, moment: str) -> tuple[float, int]:
    # One build instant for both, so that dates and feeds written by each can be compared.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": moment}
    command = [sys.executable, "-m", "site_builder.cli.main", "build", "-d", out] + (["--qua-thu-muc"] if staged else [])
    wall, rss, _, status, err = measure.run(command, project, env)
    if status != 0:
        raise SystemExit(f"build failed: {err}")
    return wall, rss


def differing(a: Path, b: Path) -> list[str]:
    found = []
    compared = filecmp.dircmp(a, b)
    found += [str(Path(a, name)) for name in compared.left_only + compared.right_only + compared.diff_files]
    for sub in compared.common_dirs:
        found += differing(a / sub, b / sub)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, nargs="?", default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), args.size)
        moment = str(int(time.time()))
        results: dict[str, list[tuple[float, int]]] = {"plugin": [], "staged": []}
        for _ in range(args.rounds):
            for name in ("plugin", "staged"):
                results[name].append(build(project, f"site-{name}", name == "staged", moment))
                print(f"{name}: {results[name][-1][0]:.1f} s", file=sys.stderr)
        print(f"N={args.size} plans, {args.rounds} rounds each (best wall time, its peak RSS)")
        for name, runs in results.items():
            wall, rss = min(runs)
            print(f"  {name:7} {wall:6.1f} s  {rss / 2**20:6.0f} MB   all: {', '.join(f'{w:.1f}' for w, _ in runs)}")
        diff = differing(project / "site-plugin", project / "site-staged")
        print(f"  differing files: {len(diff)}" + "".join(f"\n    {d}" for d in diff[:20]))


if __name__ == "__main__":
    main()
