"""What must never be published: a secrecy mark is an error; personal identifiers are warnings.

A state-secret document carries its mark ("MẬT", "TỐI MẬT", "TUYỆT MẬT", or "Độ mật: …") as a
stamp on a line of its own, in capitals; ordinary words ("bí mật", "mật khẩu") are not marks.
Citizen ID numbers (12 digits) and phone numbers in a plan's text are almost always personal
data copied by mistake, but a hotline may be intended, so those only warn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "[^<>]": with "[^>]", each "<" of a line without ">" scanned to its end (quadratic in the line).
_MARKUP = re.compile(r"[*_#>`|\\]|<[^<>]+>")
_SECRECY_STAMP = re.compile(r"^(?:TUYỆT MẬT|TỐI MẬT|MẬT)$")
_SECRECY_LEVEL = re.compile(r"^độ mật\s*:\s*(?:tuyệt mật|tối mật|mật)\b", re.IGNORECASE)
_CITIZEN_ID = re.compile(r"(?<![\d/.-])\d{12}(?![\d/.-])")
_PHONE = re.compile(r"(?<![\d/.-])(?:\+84|0)(?:[\s.]?\d){9,10}(?![\d/-])")


@dataclass(frozen=True)
class Finding:
    line: int
    error: bool
    message: str


def scan(text: str, first_line: int = 1) -> list[Finding]:
    findings = []
    for offset, raw_line in enumerate(text.split("\n")):
        line = first_line + offset
        plain = " ".join(_MARKUP.sub(" ", raw_line).split())
        if _SECRECY_STAMP.match(plain) or _SECRECY_LEVEL.match(plain):
            findings.append(Finding(line, True, f"văn bản có dấu độ mật «{plain}»: văn bản mật không được công khai. "
                                                 "Hãy gỡ tệp này và hỏi ý kiến người có thẩm quyền."))
        for match in _CITIZEN_ID.finditer(raw_line):
            findings.append(Finding(line, False, f"có dãy 12 chữ số «{match.group(0)}», giống số định danh cá nhân (CCCD); "
                                                  "không công khai thông tin cá nhân."))
        for match in _PHONE.finditer(raw_line):
            digits = re.sub(r"\D", "", match.group(0))
            if len(digits) in (10, 11):
                findings.append(Finding(line, False, f"có số điện thoại «{match.group(0).strip()}»; nếu là số cá nhân, "
                                                      "hãy bỏ đi (số đường dây nóng của cơ quan thì giữ)."))
    return findings
