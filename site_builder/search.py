"""Search over the finished site: Pagefind indexes the built HTML, plus our small search UI.

Runs after any engine has written the site (the MkDocs plugin calls it in `on_post_build`), so
search survives a change of site engine. What gets indexed is decided by the templates
(`data-pagefind-body`, `-meta`, `-filter`, `-weight`); this module only runs the indexer.

Vietnamese folding, in short: Pagefind (>= 1.5) folds tone and vowel marks itself, and joins
`33/CT-TTg`, `33-CT/TTg` and `33/ct-ttg` into one token, but it cannot fold `đ` (U+0111 has no
Unicode decomposition). The plan template therefore indexes, at a lower weight, every word of the
plan that contains đ/Đ once more with `d`/`D` (`fold_d` below is the same rule in Python), and
the browser script normalises the query to NFC. See README, «Tìm kiếm».
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from importlib import resources
from pathlib import Path

BUNDLE_DIR = "pagefind"  # Pagefind's own default; the browser script loads /pagefind/pagefind.js
ASSETS = ("sb-search.js", "sb-search.css")  # copied from site_builder/assets to <site>/assets/
# Heading anchors ("¶") are part of the article but not of the text a citizen searches.
EXCLUDE_SELECTORS = ".headerlink"
TIMEOUT_SECONDS = 1800  # 10,000 plans index in well under a minute; this only stops a hung binary


class SearchIndexError(Exception):
    """The search index could not be built; the message is Vietnamese."""


def fold_d(text: str) -> str:
    """The one fold Pagefind does not do: đ→d, Đ→D (after NFC, so NFD input folds the same).
    Only ever used for search: identities keep their Đ (HĐ ≠ HD)."""
    return unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")


_TRIM = ".,;:!?()[]\"'«»“”…¶"


def search_record(title: str, html: str, plan: dict) -> dict:
    """The extra search words of a plan page (partials/search-record.html), computed once per plan.

    `plan` is the panel (plan_view.panel), `html` the rendered text of the plan. Returns
    - "extra": the panel's values (number, issuer, place, signer, topics, directives implemented);
    - "folded": every word of title, text and extra containing đ/Đ, folded by `fold_d`, stripped of
      punctuation, once each (first spelling wins, compared case-insensitively);
    - "tail": how many words the two add at the end of the article (the browser skips them in excerpts).
    """
    from markupsafe import Markup

    number = plan.get("number") if plan.get("number") and plan.get("number") != "Chưa có số" else ""
    symbols = [(item.get("symbol") or "") if isinstance(item, dict) else item
               for item in (plan.get("implements") or []) if not isinstance(plan.get("implements"), str)]
    parts = [number, plan.get("issuer"), plan.get("place"),
             plan.get("locality") if plan.get("locality") != "Chưa ghi" else "",
             plan.get("signer") if plan.get("signer") != "Chưa ghi" else ""] + list(plan.get("topics") or []) + symbols
    extra = " ".join(str(p) for p in parts if p)
    seen: set[str] = set()
    folded = []
    for word in f"{title} {Markup(html).striptags()} {extra}".split():
        if "đ" not in word.lower():
            continue
        word = fold_d(word.strip(_TRIM))
        if word.lower() not in seen:
            seen.add(word.lower())
            folded.append(word)
    folded_text = " ".join(folded)
    return {"extra": extra, "folded": folded_text, "tail": len(f"{extra} {folded_text}".split())}


def pagefind_executable() -> Path:
    """The binary shipped inside the `pagefind_bin` wheel: no download at build time."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError("thiếu gói «pagefind[bin]»; hãy chạy scripts/setup để cài lại.") from None
    try:
        return Path(get_executable())
    except FileNotFoundError:
        raise SearchIndexError("gói «pagefind[bin]» không có chương trình Pagefind cho máy này.") from None


def copy_assets(site_dir: Path) -> None:
    target = site_dir / "assets"
    target.mkdir(parents=True, exist_ok=True)
    package = resources.files("site_builder") / "assets"
    for name in ASSETS:
        (target / name).write_bytes((package / name).read_bytes())


def run_pagefind(site_dir: Path) -> str:
    """Index `site_dir` into `site_dir/pagefind`; returns Pagefind's log for the caller to show."""
    # A previous build's chunks have hashed names and would linger beside the new ones.
    shutil.rmtree(site_dir / BUNDLE_DIR, ignore_errors=True)
    command = [
        str(pagefind_executable()),
        "--site", str(site_dir),
        "--output-subdir", BUNDLE_DIR,
        "--exclude-selectors", EXCLUDE_SELECTORS,
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"không chạy được Pagefind để tạo chỉ mục tìm kiếm: {exc}") from None
    log = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
        last = log.splitlines()[-5:] if log else ["(không có thông báo)"]
        raise SearchIndexError("Pagefind không tạo được chỉ mục tìm kiếm: " + " | ".join(last))
    return log


def build_search(site_dir: Path) -> str:
    """Everything search needs in a built site: our script and style, then Pagefind's index."""
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise SearchIndexError(f"không thấy thư mục trang web {site_dir} để tạo chỉ mục tìm kiếm.")
    copy_assets(site_dir)
    return run_pagefind(site_dir)
