"""Text as the site compares it. Vietnamese has two Unicode spellings of every accented letter (precomposed and
combining); everything the build reads is NFC, so a comparison never depends on the keyboard that typed it."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def plain_key(name: str) -> str:
    """A name compared without case or spacing: «KẾ  HOẠCH» and «Kế hoạch» are one."""
    return nfc(" ".join(name.split())).casefold()
