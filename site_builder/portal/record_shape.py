"""Checking one record of a member's data file field by field: member data is untrusted, so every value is
checked for its type, its length and what it may contain before the portal uses it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import unquote

from ..model.dates import DateError, PartialDate
from ..model.diagnostics import Diagnostics
from .model import Member

MAX_ERRORS_PER_FILE = 20  # a file of the wrong kind would otherwise print one line per record

_SITE_PATH = re.compile(r"^[A-Za-z0-9._~%/-]*$")
# Characters no page can show: half of a UTF-16 pair (JSON can write "\ud800", and no encoding can
# write it back), and control characters that are not white space (white space becomes one space).
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# A moment as site-builder writes one (manifest.json built_at, plans.json generated): fromisoformat alone
# would take "20250307" or "2025-W10" too.
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")
JSON_PROBLEMS = {
    "Expecting value": "thiếu giá trị",
    "Expecting ',' delimiter": "thiếu dấu phẩy «,»",
    "Expecting ':' delimiter": "thiếu dấu hai chấm «:»",
    "Expecting property name enclosed in double quotes": "tên trường phải đặt trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "có ký tự điều khiển trong chuỗi",
    "Extra data": "còn dữ liệu thừa sau phần JSON",
}


def _site_path(text: str) -> bool:
    """A path inside a site, relative to its root ("ke-hoach/2025/x/"): nothing that could leave it,
    as written or once percent-decoded (a browser reads "%2e%2e" as "..", and "%5c" is a backslash)."""
    plain = unquote(text)
    return bool(_SITE_PATH.match(text)) and not plain.startswith("/") and "\\" not in plain and not any(
        part in (".", "..") for part in plain.split("/"))


def _moment(text: str) -> bool:
    if not _MOMENT.fullmatch(text):
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:  # "2025-02-30"
        return False
    return True


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _printable(text: str) -> str:
    """Untrusted text quoted in a message: a lone surrogate cannot be printed, a control character
    would not be seen, so both are written as escapes ("\\ud800")."""
    return _CONTROL.sub(_escape, _SURROGATE.sub(_escape, text))


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match[0]):04x}"


def json_kind(value: Any) -> str:
    kinds = ((bool, "true/false"), (int, "số"), (float, "số"), (str, "chuỗi"), (list, "danh sách"), (dict, "đối tượng"))
    return "null" if value is None else next((name for kind, name in kinds if isinstance(value, kind)), "giá trị khác")


def leave_out(member: Member, shown: str, diags: Diagnostics, message: str, line: int = 0) -> None:
    """Leave a member's data out of this build, saying why; the other members are still merged."""
    if member.problem is None:
        member.problem = message
    diags.warning(shown, line, "", f"{message} Cổng không dùng dữ liệu của «{member.name}» lần này; các trang thành viên "
                  "khác vẫn được tổng hợp.")


class RecordShape:
    """Checks one member data file. A problem in a record is a warning that names the record and the
    member, and the caller skips that record (`errors` counts them); at most MAX_ERRORS_PER_FILE
    problems and as many other warnings are shown."""

    def __init__(self, shown: str, diags: Diagnostics, member: Member):
        self.shown, self.diags, self.member = shown, diags, member
        self.errors, self.warnings = 0, 0
        self.record = ""  # the record being read ("0.citing.3"), named when it is skipped

    def error(self, where: str, message: str) -> None:
        self.errors += 1
        if self.errors <= MAX_ERRORS_PER_FILE:
            self.diags.warning(self.shown, 0, where, f"{message} Bỏ qua mục «{self.record}» của «{self.member.name}».")
        elif self.errors == MAX_ERRORS_PER_FILE + 1:
            self.diags.warning(self.shown, 0, "", f"còn nhiều mục hỏng khác của «{self.member.name}» cũng bị bỏ qua; "
                               "hãy tải lại thư mục data/ của trang này (tệp phải do site-builder xây dựng).")

    def warning(self, where: str, message: str) -> None:
        self.warnings += 1
        if self.warnings <= MAX_ERRORS_PER_FILE:
            self.diags.warning(self.shown, 0, where, message)
        elif self.warnings == MAX_ERRORS_PER_FILE + 1:
            self.diags.warning(self.shown, 0, "", "còn nhiều cảnh báo khác như trên.")

    def unusable(self, message: str, line: int = 0) -> None:
        """The file cannot be used at all: the member is left out of this build."""
        leave_out(self.member, self.shown, self.diags, message, line)
    def text(self, record: dict, key: str, where: str, required: bool = False) -> str | None:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            self.error(_at(where, key), f"phải là chuỗi, không phải {json_kind(value)}.")
            return None
        if value and (bad := _SURROGATE.search(value)):
            # site-builder writes UTF-8, which cannot hold one: the file was made or changed elsewhere.
            self.error(_at(where, key), f"có ký tự không hợp lệ (U+{ord(bad[0]):04X}, nửa cặp UTF-16 «\\u{ord(bad[0]):04x}» "
                       "trong JSON); hãy tải lại thư mục data/ của trang này (tệp phải do site-builder xây dựng).")
            return None
        if value and (bad := _CONTROL.search(value)):
            # Pasted .docx text can hold them, so a member's own site may well publish them.
            self.warning(_at(where, key), f"có ký tự điều khiển không hiện được (U+{ord(bad[0]):04X}); đã bỏ đi.")
            value = _CONTROL.sub("", value)
        text = " ".join(value.split()) if value else None
        if text is None and required:
            self.error(_at(where, key), "thiếu trường này.")
        return text or None

    def path(self, record: dict, key: str, where: str, required: bool = False) -> str | None:
        value = self.text(record, key, where, required)
        if value is not None and not _site_path(value):
            self.error(_at(where, key),
                       f"«{value}» không phải địa chỉ trang tính từ gốc trang web (ví dụ «ke-hoach/2025/ten/»).")
            return None
        return value

    def date(self, record: dict, key: str, where: str) -> PartialDate | None:
        value = self.text(record, key, where)
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except DateError as exc:
            self.error(_at(where, key), str(exc))
            return None

    def moment(self, record: dict, key: str, where: str) -> str | None:
        """A build time (ISO 8601); only shown, so a bad one is left out with a warning."""
        value = record.get(key)
        if value is None or (isinstance(value, str) and _moment(value)):
            return value
        shown = f"«{_printable(value)}»" if isinstance(value, str) else json_kind(value)
        self.warning(_at(where, key), f"{shown} không phải thời điểm dạng ISO 8601 (ví dụ «2025-03-07T10:00:00+07:00»); "
                     "cổng ghi thời điểm xây dựng dữ liệu của trang này là chưa rõ.")
        return None

    def flag(self, record: dict, key: str, where: str) -> bool:
        value = record.get(key, False)
        if not isinstance(value, bool):
            self.error(_at(where, key), f"phải là true hoặc false, không phải {json_kind(value)}.")
            return False
        return value

    def year(self, record: dict, where: str) -> int | None:
        value = record.get("year")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            what = f"«{value}»" if isinstance(value, (int, float)) and not isinstance(value, bool) else json_kind(value)
            self.error(_at(where, "year"), f"phải là năm (số, ví dụ 2021) hoặc null, không phải {what}.")
            return None
        return value

    def items(self, value: Any, where: str) -> list[tuple[int, dict]]:
        """The objects of a list, each with its position counted from 1, as messages name it («1.citing.2»)."""
        if not isinstance(value, list):
            self.error(where, f"phải là danh sách, không phải {json_kind(value)}.")
            return []
        good = []
        for i, item in enumerate(value, start=1):
            if isinstance(item, dict):
                good.append((i, item))
            else:
                self.record = _at(where, str(i))
                self.error(self.record, f"phải là một đối tượng JSON, không phải {json_kind(item)}.")
        return good
