"""A plan's own number (số, ký hiệu) as an official writes it in `number`.

The shape is the citation parser's (one grammar for every document number); what is added here
is the blank number a draft carries ("/KH-UBND", "-KH/ĐU"): the symbol is known, the number not yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from .citations import canonical_symbol


@dataclass(frozen=True)
class OwnNumber:
    raw: str
    number: str | None  # None when the document has no number yet ("/KH-UBND")
    type_code: str | None
    year: int | None

    @property
    def has_number(self) -> bool:
        return self.number is not None


def parse_own_number(raw: str) -> OwnNumber | None:
    """Parse a number as written; None means the text is not in a standard shape."""
    text = raw.strip()
    blank = text.startswith(("/", "-"))
    # A placeholder digit lets the one grammar judge the rest of a blank number's symbol.
    symbol = canonical_symbol("0" + text if blank else text)
    if symbol is None:
        return None
    return OwnNumber(text, None if blank else symbol.number, symbol.type_code, symbol.year)
