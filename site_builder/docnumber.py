"""Shape of a document's own number (số, ký hiệu), as an official writes it in `number`.

Only the plan's own number lives here; finding citations in running text is a separate parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .doctypes import type_for_code

_LETTERS = r"A-Za-zĐđƠơƯưÂâĂăÊêÔô"
# State: 12/KH-UBND, 61/2018/NĐ-CP, 10/2022/QH15, công văn 1520/UBND-NC; blank number "/KH-UBND".
_STATE = re.compile(
    rf"^(?P<num>\d+[a-z]?)?/(?:(?P<year>\d{{4}})/)?(?P<code>[{_LETTERS}]+)(?:-(?P<issuer>[{_LETTERS}0-9.&-]+))?$"
)
# Party: 114-KL/TW, 88-KH/HU, 69-QĐi/TW; blank number "-KH/ĐU".
_PARTY = re.compile(rf"^(?P<num>\d+[a-z]?)?-(?P<code>[{_LETTERS}]+)/(?P<issuer>[{_LETTERS}0-9.&-]+)$")


@dataclass(frozen=True)
class OwnNumber:
    raw: str
    number: str | None  # None when the document has no number yet ("/KH-UBND")
    type_code: str | None
    issuer_code: str | None
    year: int | None
    party: bool

    @property
    def has_number(self) -> bool:
        return self.number is not None


def parse_own_number(raw: str) -> OwnNumber | None:
    """Parse a canonical number; None means the text is not in a standard shape."""
    text = raw.strip()
    match = _STATE.match(text)
    if match:
        code, issuer = match["code"], match["issuer"]
        if issuer is None:
            # "10/2022/QH15": the whole symbol is the issuer; "1520/UBND-NC" has no type code.
            code, issuer = None, match["code"]
        elif type_for_code(code) is None and issuer:
            code, issuer = None, f"{code}-{issuer}"
        return OwnNumber(text, match["num"], code, issuer, int(match["year"]) if match["year"] else None, False)
    match = _PARTY.match(text)
    if match:
        return OwnNumber(text, match["num"], match["code"], match["issuer"], None, True)
    return None
