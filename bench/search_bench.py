"""Search at scale: build (or take) a site of N plans and measure cold queries in headless Chromium.

    .venv/bin/python bench/search_bench.py N [--realistic] [--keep DIR] [-v]
    .venv/bin/python bench/search_bench.py --site DIR/project/site [-v]   # a site built already

Each query runs in a fresh browser context (nothing cached), typed into the header box at 1280 px,
as a citizen would: the time and bytes until the first result is on screen, and until every bundle
has answered (the status says «Tìm thấy …»). Bytes are what the local server sent, headers
included; it does not compress, so Pagefind's JavaScript counts at full size (its index files are
gzipped on disk). The queries: a phrase of common words, a directive's number, a plan's own number
(the newest plan's and the oldest dated plan's, in the first and the last bundle), a place name.
Measured, not asserted; copy the figures into bench/README.md.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import measure  # noqa: E402
from corpus import dir_size, make_project  # noqa: E402

DONE = "() => /Tìm thấy|Không tìm thấy|Chưa tải/.test(document.querySelector('.sb-search__panel .sb-search__status').textContent)"


FIRST_WATCH = """() => {
  const seen = () => document.querySelector('.sb-search__panel .sb-result');
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame((frame) => { window.sbFirstResult = frame; });
  }).observe(document.body, { subtree: true, childList: true });
}"""


def queries(site: Path) -> list[str]:
    plans = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))["plans"]
    dated = [p for p in plans if p.get("issued") and p.get("number")]
    newest = max(dated, key=lambda p: p["issued"])["number"]
    oldest = min(dated, key=lambda p: p["issued"])["number"]
    return ["dan van kheo", "33-CT/TTg", newest, oldest, "Hoang Hop"]


def measure_queries(site: Path, verbose: bool = False, asked: list[str] | None = None) -> list[dict]:
    """Each query of `asked` (default: `queries(site)`), cold, in the header box."""
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
            for query in asked or queries(site):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                tab = context.new_page()
                tab.goto(base + "/gioi-thieu/", wait_until="networkidle")
                fetched: list[tuple[str, int, float]] = []
                tab.on("requestfinished", lambda r: fetched.append(
                    (r.url, r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"], time.perf_counter())))
                # The first result is timed in the page, at the frame after it enters the list: Playwright's
                # own polling runs on the page's thread, which Pagefind keeps busy with the older bundles.
                tab.evaluate(FIRST_WATCH)
                start = time.perf_counter()
                page_start = tab.evaluate("() => performance.now()")
                tab.fill("#sb-search-q", query)
                tab.wait_for_selector(".sb-search__panel .sb-result", timeout=120_000)
                first_ms = tab.wait_for_function("() => window.sbFirstResult", timeout=120_000).json_value() - page_start
                first_bytes = sum(size for _, size, at in fetched if (at - start) * 1000 <= first_ms)
                tab.wait_for_function(DONE, timeout=120_000)
                all_ms = (time.perf_counter() - start) * 1000
                tab.wait_for_load_state("networkidle")
                status = tab.locator(".sb-search__panel .sb-search__status").inner_text()
                rows.append({"query": query, "first_ms": first_ms, "first_kb": first_bytes / 1024, "all_ms": all_ms,
                             "all_kb": sum(size for _, size, _ in fetched) / 1024, "status": status})
                if verbose:
                    for url, size, _ in fetched:
                        print(f"    {size / 1024:7.1f} KB  {url.removeprefix(base)}")
                context.close()
            browser.close()
    finally:
        httpd.shutdown()
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| query | first result | bytes until then | every result | bytes in all | status |", "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| `{r['query']}` | {r['first_ms']:.0f} ms | {r['first_kb']:.0f} KB | {r['all_ms']:.0f} ms "
                     f"| {r['all_kb']:.0f} KB | {r['status']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--realistic", action="store_true", help="many topics, each with its own vocabulary (bench/topics.py)")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every file a query fetches")
    args = parser.parse_args()
    site = args.site
    if site is None:
        root = args.keep or Path(tempfile.mkdtemp(prefix="sb-bench-"))
        project = make_project(root, args.n, realistic=args.realistic)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)}
        wall, rss, _, status, err = measure.run([sys.executable, "-m", "site_builder.cli", "build"], project, env)
        if status != 0:
            raise SystemExit(f"build failed: {err}")
        site = project / "site"
        print(f"plans: {args.n} ({'realistic' if args.realistic else 'worst case'}); build {wall:.1f} s, peak {rss / 1e9:.2f} GB")
    listing = json.loads((site / "pagefind" / "bundles.json").read_text(encoding="utf-8"))
    print(f"Pagefind {listing['pagefind']}: index {dir_size(site / 'pagefind') / 1e6:.1f} MB in "
          f"{len(listing['bundles'])} bundles: " + ", ".join(f"{b['id']} ({b['pages']})" for b in listing["bundles"]))
    print(table(measure_queries(site, args.verbose)))


if __name__ == "__main__":
    main()
