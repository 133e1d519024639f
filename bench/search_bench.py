"""Search at scale: generate N plans, build the site, and measure Pagefind in headless Chromium.

    .venv/bin/python bench/search_bench.py [N] [--keep DIR]

Reports the index build time and size, the bytes a cold first query and a second query fetch,
and the time to first result on localhost. Measured, not asserted (tests stay fast); copy the
figures into bench/README.md. The corpus reshuffles the seed plans' sentences with varied places,
numbers and citations, so the vocabulary is smaller than N real plans would have: treat index
size as a lower bound.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dir_size, make_project  # noqa: E402
from site_builder.build import build_site, quiet_mkdocs_info  # noqa: E402
from site_builder.search import run_pagefind  # noqa: E402

QUERIES = ("dan van kheo", "33-CT/TTg")  # cold first query, then a second one


def measure_queries(site: Path, verbose: bool = False) -> list[tuple[str, int, float, str]]:
    """(query, bytes fetched, ms to first result, result count) per query, one tab, cold cache."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            tab = browser.new_page()
            tab.goto(base + "/gioi-thieu/", wait_until="networkidle")
            fetched: list[int] = []
            tab.on("requestfinished", lambda r: fetched.append((r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"])))
            for query in QUERIES:
                fetched.clear()
                # Old results would satisfy the wait below at once.
                tab.evaluate("document.querySelector('.sb-search__panel .sb-results').replaceChildren()")
                start = time.perf_counter()
                tab.fill("#sb-search-q", query)
                tab.wait_for_selector(".sb-search__panel .sb-result", timeout=60_000)
                elapsed = (time.perf_counter() - start) * 1000
                tab.wait_for_load_state("networkidle")
                count = tab.locator(".sb-search__status").inner_text()
                rows.append((query, sum(size for _, size in fetched), elapsed, count))
                if verbose:
                    for url, size in fetched:
                        print(f"    {size / 1024:7.1f} KB  {url.removeprefix(base)}")
                tab.fill("#sb-search-q", "")
            browser.close()
    finally:
        httpd.shutdown()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every file a query fetches")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="sb-bench-"))
    quiet_mkdocs_info()
    project = make_project(root, args.n)
    start = time.perf_counter()
    site = build_site(project / "mkdocs.yml", project / "site")
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    run_pagefind(site)  # again, alone, to time the indexer without MkDocs
    index_s = time.perf_counter() - start
    bundle = site / "pagefind"
    print(f"plans: {args.n}")
    print(f"site build (MkDocs + Pagefind): {build_s:.1f} s; Pagefind alone: {index_s:.1f} s")
    print(f"index: {dir_size(bundle) / 1e6:.1f} MB in {sum(1 for _ in bundle.rglob('*'))} files "
          f"(index chunks {dir_size(bundle / 'index') / 1e6:.1f} MB, fragments {dir_size(bundle / 'fragment') / 1e6:.1f} MB)")
    for query, size, ms, count in measure_queries(site, args.verbose):
        print(f"query {query!r}: {size / 1024:.0f} KB fetched, first result after {ms:.0f} ms ({count})")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
