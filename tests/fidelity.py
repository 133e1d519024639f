"""Compare a seed text with its Markdown conversion, ignoring only layout.

The conversion may restore structure (headings, lists, emphasis, line joins) but
must keep every character of the wording.  Both sides are reduced to a stream of
non-space characters with Markdown/HTML markup removed, so a dropped word, a
rewording or a "fixed" typo shows up as the first mismatch.

Run directly to see where a conversion diverges:
    python tests/fidelity.py SEED.txt content/ke-hoach/2025/x.md
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

_TAG = re.compile(r"<[^>\n]+>")
_LAYOUT = re.compile(r"[\s*#_\\>\-|]")


def stream(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _TAG.sub("", text)
    return _LAYOUT.sub("", text)


def split_front_matter(markdown: str) -> tuple[str, str]:
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 4)
        return markdown[4:end], markdown[end + 5 :]
    return "", markdown


def compare(seed_text: str, markdown: str) -> tuple[str, int | None]:
    """Return (seed header left out of the body, index of first mismatch or None)."""
    _, body = split_front_matter(markdown)
    seed_s, body_s = stream(seed_text), stream(body)
    start = seed_s.find(body_s[:40])
    if start < 0:
        return "", 0
    rest = seed_s[start:]
    for i, (a, b) in enumerate(zip(rest, body_s)):
        if a != b:
            return seed_s[:start], i
    if len(rest) != len(body_s):
        return seed_s[:start], min(len(rest), len(body_s))
    return seed_s[:start], None


def main(argv: list[str]) -> int:
    seed_text = Path(argv[1]).read_text(encoding="utf-8")
    markdown = Path(argv[2]).read_text(encoding="utf-8")
    header, mismatch = compare(seed_text, markdown)
    print("seed header (not in body):", header)
    if mismatch is None:
        print("OK: body keeps every character of the seed after the header")
        return 0
    _, body = split_front_matter(markdown)
    seed_s = stream(seed_text)[len(header):]
    body_s = stream(body)
    print(f"MISMATCH at stream offset {mismatch}")
    print("  seed:", seed_s[max(0, mismatch - 60): mismatch + 60])
    print("  body:", body_s[max(0, mismatch - 60): mismatch + 60])
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
