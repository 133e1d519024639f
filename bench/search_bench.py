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
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from site_builder.build import build_site, quiet_mkdocs_info  # noqa: E402
from site_builder.search import run_pagefind  # noqa: E402

PROVINCES = ["Thanh Hóa", "Quảng Ngãi", "Hải Phòng", "Nghệ An", "Đắk Lắk", "Lào Cai", "Cà Mau", "Đồng Tháp",
             "Quảng Trị", "Bắc Ninh", "Hà Tĩnh", "Điện Biên", "Lâm Đồng", "An Giang", "Tây Ninh", "Gia Lai"]
COMMUNE_PARTS = ["Hoằng", "Đông", "Tân", "Phú", "Xuân", "Quảng", "Nghĩa", "Vĩnh", "Đức", "Hòa", "An", "Bình",
                 "Thịnh", "Hưng", "Long", "Thạnh", "Mỹ", "Cẩm", "Kim", "Trung"]
CITED = ["33/CT-TTg", "16/CT-TTg", "114-KL/TW", "25-NQ/TW", "120-KL/TW", "01-CT/TW", "10/2022/QH15",
         "61/2018/NĐ-CP", "3177/QĐ-UBND", "88-KH/HU", "23-CT/TW", "04/2021/NĐ-CP"]
QUERIES = ("dan van kheo", "33-CT/TTg")  # cold first query, then a second one


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((REPO / "content" / "ke-hoach").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for line in body.splitlines():
            line = line.strip("-# ").strip()
            sentences += [s.strip() for s in re.split(r"(?<=[.;:])\s+", line) if len(s.split()) >= 6]
    return sentences


def plan_text(rng: random.Random, i: int, sentences: list[str]) -> tuple[str, str]:
    province = rng.choice(PROVINCES)
    commune = " ".join(rng.sample(COMMUNE_PARTS, 2))
    year = rng.choice([2023, 2024, 2025])
    number = i + 1  # unique: the checker rejects two plans with one number, issuer and year
    cites = rng.sample(CITED, 3)
    front = (
        "---\n"
        f'title: "Thực hiện công tác dân vận chính quyền xã {commune} năm {year} (bản {i})"\n'
        'doc_type: "Kế hoạch"\n'
        f'number: "{number}/KH-UBND"\n'
        f'issuer: "UBND xã {commune}"\n'
        f"issued: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
        f'locality: {{province: "{province}", commune: "{commune}"}}\n'
        "---\n\n"
    )
    parts = [f"Thực hiện Chỉ thị số {cites[0]} và Kết luận số {cites[1]}; căn cứ văn bản số {cites[2]}, "
             f"Ủy ban nhân dân xã {commune}, tỉnh {province} ban hành kế hoạch như sau:"]
    for section in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"):
        parts.append(f"## {section}")
        parts += [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(4, 9))]
    return f"ke-hoach/{year}/xa-{i:05d}.md", front + "\n\n".join(parts) + "\n"


def make_project(root: Path, n: int, seed: int = 4) -> Path:
    project = root / "project"
    (project / "content").mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for extra in ("gioi-thieu.md", "van-ban-can-cu.yml"):
        if (REPO / "content" / extra).exists():
            shutil.copy(REPO / "content" / extra, project / "content" / extra)
    rng = random.Random(seed)
    sentences = seed_sentences()
    for i in range(n):
        rel, text = plan_text(rng, i, sentences)
        (project / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / "content" / rel).write_text(text, encoding="utf-8")
    return project


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


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
