"""Walk the first-minute journeys of issue 20 on a built site, at 360 px, and save a screenshot of each.

    .venv/bin/python scripts/journeys.py OUT_DIR [--site SITE_DIR]

Without --site it builds the seed site (content/) into a temporary folder first. Each step is a page
a citizen, a journalist or an official reaches first; the screenshots show what they see on a phone
(the first screen, or the part of the page the step is about), and the plan in print (A4 width).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLAN = "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"

# (file name, address, what to show: None = the first screen, or a CSS selector to scroll to)
STEPS = [
    ("01-trang-chu", "", None),
    ("02-ke-hoach-dau-trang", PLAN, None),
    ("03-ke-hoach-nhiem-vu", PLAN, "#sb-tasks-title"),
    ("04-ke-hoach-lich-su", PLAN, "#sb-history-title"),
    ("05-han-chot", "han-chot/", None),
    ("06-han-chot-bang", "han-chot/", "table"),
    ("07-don-vi", "don-vi/", None),
    ("08-van-ban-33", "van-ban/33-ct-ttg-2021/", None),
    ("09-van-ban-33-bang", "van-ban/33-ct-ttg-2021/", "table"),
    ("10-tim-kiem", "tim-kiem/?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o", None),
    ("11-thong-ke", "thong-ke/", None),
    ("12-nam-2025", "nam/2025/", None),
    ("13-du-lieu-mo", "du-lieu-mo/", None),
    ("14-huong-dan", "huong-dan/dang-van-ban/", None),
]


def build(out: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "site_builder.cli", "build", "-d", str(out)], cwd=REPO, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return out


def walk(site: Path, out: Path) -> list[str]:
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    out.mkdir(parents=True, exist_ok=True)
    notes = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            phone = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1, is_mobile=True,
                                        has_touch=True)
            tab = phone.new_page()
            for name, address, selector in STEPS:
                tab.goto(base + address, wait_until="networkidle")
                if selector:
                    found = tab.locator(selector).first
                    if found.count():
                        found.scroll_into_view_if_needed()
                    else:
                        notes.append(f"{name}: không có «{selector}»")
                tab.wait_for_timeout(300)
                tab.screenshot(path=str(out / f"{name}.png"))
                wide = tab.evaluate("() => document.documentElement.scrollWidth")
                notes.append(f"{name}: /{address} — rộng {wide} px")
            paper = browser.new_context(viewport={"width": 794, "height": 1123})
            tab = paper.new_page()
            tab.goto(base + PLAN, wait_until="networkidle")
            tab.emulate_media(media="print")
            tab.screenshot(path=str(out / "15-ban-in-trang-1.png"))
            tab.pdf(path=str(out / "15-ban-in.pdf"), format="A4")
            browser.close()
    finally:
        httpd.shutdown()
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--site", type=Path, help="a site built already")
    args = parser.parse_args()
    site = args.site or build(Path(tempfile.mkdtemp(prefix="journeys-")) / "site")
    for line in walk(site, args.out):
        print(line)


if __name__ == "__main__":
    main()
