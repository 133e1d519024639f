"""Build benchmark: generate corpora of N plans, build each with `site-builder build`, print one table.

    .venv/bin/python bench/build_bench.py 500 1000 [--history 3000] [--keep DIR] [--realistic]

Per N: wall time and peak RSS of the whole build (the build and Pagefind's indexer beside it, added
up: bench/measure.py), the time per phase (pipeline: loading, validation, catalog and generated
pages; MkDocs rendering with the search index made beside it; CSP; the last index bundle; manifest —
reported by the plugin through SITE_BUILDER_TIMINGS), git history
extraction on its own, plan page size and its shell (the page minus the plan's own text), total
site size and search index size. In the same run it measures the floor: plain PyYAML +
Python-Markdown over the same files, so the overhead is a ratio that holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import markdown  # noqa: E402
import yaml  # noqa: E402

import measure  # noqa: E402
from corpus import add_history, dir_size, make_project  # noqa: E402
from site_builder.load.history import read_history  # noqa: E402


def floor(content: Path) -> float:
    """PyYAML + Python-Markdown alone over every plan: what any tool must at least spend."""
    start = time.perf_counter()
    for path in content.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2) if text.startswith("---\n") else ("", "", text)
        yaml.safe_load(front)
        markdown.markdown(body, extensions=["toc", "tables", "attr_list", "md_in_html"])
    return time.perf_counter() - start


def build(project: Path) -> tuple[float, int, dict, dict]:
    """Wall time, peak RSS of the whole build (every process together), that peak per program, phases."""
    timings = project / "timings.json"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_BUILDER_TIMINGS": str(timings), "PYTHONPATH": str(REPO)}
    wall, rss, by_program, status, err = measure.run([sys.executable, "-m", "site_builder.cli", "build"], project, env)
    if status != 0:
        raise SystemExit(f"build failed: {err}")
    return wall, rss, by_program, json.loads(timings.read_text())


def plan_page_sizes(site: Path) -> tuple[int, int]:
    """Size of one plan page, and of its shell: the page without the plan's own rendered text."""
    page = next((site / "ke-hoach").rglob("index.html"))
    html = page.read_text(encoding="utf-8")
    match = re.search(r'<div class="sb-plan__text">(.*?)</div>\s*(?:<div class="sb-search-extra"|\{%|<div hidden)', html, re.S)
    text = len(match.group(1).encode()) if match else 0
    extras = sum(len(m.encode()) for m in re.findall(r'<div class="sb-search-extra"[^>]*>.*?</div>', html, re.S))
    size = len(html.encode())
    return size, size - text - extras


def run(n: int, root: Path, commits: int, realistic: bool) -> dict:
    project = make_project(root / f"n{n}", n, realistic=realistic)
    if commits:
        add_history(project, commits)
    base = floor(project / "content")
    history = 0.0
    if commits:
        start = time.perf_counter()
        read_history(project / "content")
        history = time.perf_counter() - start
    wall, rss, by_program, phases = build(project)
    site = project / "site"
    page, shell = plan_page_sizes(site)
    return {"n": n, "wall": wall, "floor": base, "rss": rss, "by_program": by_program, "phases": phases, "history": history,
            "page": page, "shell": shell, "site": dir_size(site), "index": dir_size(site / "pagefind")}


def table(rows: list[dict]) -> str:
    head = ("| N | build | floor (YAML+MD) | build/floor | peak RSS (all processes) | of which Pagefind | pipeline "
            "| MkDocs render + index | of which handing pages to Pagefind | CSP | last index bundle | manifest | git history | plan page | page shell | site "
            "| search index size |")
    lines = [head, "|" + "|".join(["---"] * 17) + "|"]
    mb = lambda b: f"{b / 1e6:.1f} MB"  # noqa: E731
    for r in rows:
        p = r["phases"]
        lines.append("| " + " | ".join([
            f"{r['n']:,}", f"{r['wall']:.1f} s", f"{r['floor']:.1f} s", f"{r['wall'] / r['floor']:.1f}×", mb(r["rss"]),
            mb(sum(v for k, v in r["by_program"].items() if k.startswith("pagefind"))),
            f"{p.get('pipeline', 0):.1f} s", f"{p.get('mkdocs_render', 0):.1f} s", f"{p.get('index_handover', 0):.1f} s",
            f"{p.get('csp', 0):.1f} s",
            f"{p.get('search_index', 0):.1f} s", f"{p.get('manifest', 0):.1f} s",
            f"{r['history']:.2f} s" if r["history"] else "—",
            f"{r['page'] / 1024:.0f} KB", f"{r['shell'] / 1024:.0f} KB", mb(r["site"]), mb(r["index"]),
        ]) + " |")
    if len(rows) > 1:
        small, large = rows[0], rows[-1]
        lines.append(f"\ntime({large['n']:,}) / time({small['n']:,}) = {large['wall'] / small['wall']:.1f} "
                     f"for {large['n'] / small['n']:.0f}× the plans")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 1000])
    parser.add_argument("--history", type=int, default=0, metavar="COMMITS", help="give the corpus a git history")
    parser.add_argument("--keep", type=Path, help="build here and keep the projects")
    parser.add_argument("--realistic", action="store_true", help="many topics, each with its own vocabulary (bench/topics.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        rows = []
        for n in args.sizes:
            rows.append(run(n, root, args.history, args.realistic))
            print(f"N={n}: {rows[-1]['wall']:.1f} s", file=sys.stderr)
        print(table(rows))


if __name__ == "__main__":
    main()
