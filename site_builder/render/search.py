"""What search reads of a page besides its text, and our small search UI's files.

Pagefind indexes the built HTML (search_index, in bundles: search_bundles); what gets indexed is
decided by the templates (`data-pagefind-body`, `-meta`, `-filter`, `-weight`).

Vietnamese folding, in short: Pagefind (>= 1.5) folds tone and vowel marks itself, and joins
`33/CT-TTg`, `33-CT/TTg` and `33/ct-ttg` into one token, but it cannot fold `đ` (U+0111 has no
Unicode decomposition). The plan template therefore indexes, at a lower weight, every word of the
plan that contains đ/Đ once more with `d`/`D` (`fold_d` below is the same rule in Python), and
the browser script normalises the query to NFC. See README, «Tìm kiếm».
"""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path

ASSETS = ("sb-search.js", "sb-search.css")  # copied from site_builder/assets to <site>/assets/


def fold_d(text: str) -> str:
    """The one fold Pagefind does not do: đ→d, Đ→D (after NFC, so NFD input folds the same).
    Only ever used for search: identities keep their Đ (HĐ ≠ HD)."""
    return unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")


_TRIM = ".,;:!?()[]\"'«»“”…¶"


def folded_words(text: str) -> list[str]:
    """Every word of `text` containing đ/Đ, folded by `fold_d`, stripped of punctuation, once each (first
    spelling wins, compared case-insensitively)."""
    seen: set[str] = set()
    folded = []
    for word in text.split():
        if "đ" not in word.lower():
            continue
        word = fold_d(word.strip(_TRIM))
        if word and word.lower() not in seen:
            seen.add(word.lower())
            folded.append(word)
    return folded


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
    folded_text = " ".join(folded_words(f"{title} {Markup(html).striptags()} {extra}"))
    return {"extra": extra, "folded": folded_text, "tail": len(f"{extra} {folded_text}".split())}


def copy_assets(site_dir: Path) -> None:
    target = site_dir / "assets"
    target.mkdir(parents=True, exist_ok=True)
    package = resources.files("site_builder") / "assets"
    for name in ASSETS:
        (target / name).write_bytes((package / name).read_bytes())
