"""What must never be published: a secrecy mark is an error; personal identifiers are warnings.

A state-secret document carries its mark ("MẬT", "TỐI MẬT", "TUYỆT MẬT", or "Độ mật: …") as a
stamp on a line of its own, in capitals; ordinary words ("bí mật", "mật khẩu") are not marks.
Citizen ID numbers (12 digits) and phone numbers in a plan's text are almost always personal
data copied by mistake, but a hotline may be intended, so those only warn.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# "[^<>]": with "[^>]", each "<" of a line without ">" scanned to its end (quadratic in the line).
_MARKUP = re.compile(r"[*_#>`|\\]|<[^<>]+>")
_SECRECY_STAMP = re.compile(r"^(?:TUYỆT MẬT|TỐI MẬT|MẬT)$")
_SECRECY_LEVEL = re.compile(r"^độ mật\s*:\s*(?:tuyệt mật|tối mật|mật)\b", re.IGNORECASE)
_CITIZEN_ID = re.compile(r"(?<![\d/.-])\d{12}(?![\d/.-])")
_PHONE = re.compile(r"(?<![\d/.-])(?:\+84|0)(?:(?:[^\S\n]|\.)?\d){9,10}(?![\d/-])")


@dataclass(frozen=True)
class Finding:
    line: int
    error: bool
    message: str


def scan(text: str, first_line: int = 1) -> list[Finding]:
    findings = []
    for offset, raw_line in enumerate(text.split("\n")):
        # A stamp says «MẬT» or «mật»: only such a line is worth stripping of its markup.
        if "ẬT" in raw_line or "ật" in raw_line:
            plain = " ".join(_MARKUP.sub(" ", raw_line).split())
            if _SECRECY_STAMP.match(plain) or _SECRECY_LEVEL.match(plain):
                findings.append(Finding(first_line + offset, True, f"văn bản có dấu độ mật «{plain}»: văn bản mật không "
                                        "được công khai. Hãy gỡ tệp này và hỏi ý kiến người có thẩm quyền."))
    # Numbers: one pass over the whole text (they never span a line: _PHONE's spaces are not line ends).
    ends: list[int] | None = None

    def line_of(position: int) -> int:
        nonlocal ends
        if ends is None:
            ends = [m.start() for m in re.finditer("\n", text)]
        return first_line + bisect.bisect_left(ends, position)

    for match in _CITIZEN_ID.finditer(text):
        findings.append(Finding(line_of(match.start()), False, f"có dãy 12 chữ số «{match.group(0)}», giống số định "
                                "danh cá nhân (CCCD); không công khai thông tin cá nhân."))
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) in (10, 11):
            findings.append(Finding(line_of(match.start()), False, f"có số điện thoại «{match.group(0).strip()}»; nếu là "
                                    "số cá nhân, hãy bỏ đi (số đường dây nóng của cơ quan thì giữ)."))
    return sorted(findings, key=lambda f: (f.line, not f.error))
