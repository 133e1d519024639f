"""The field checker every front-matter check reports through: a finding names the file, the YAML line and the
field as the official counts it (`tasks.2.lead`), and each field kind of `model.fields` has one converter (the
Pelican `readers.py` idea).
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any, Callable

from ..load.frontmatter import RawDocument
from ..model.dates import DateError, PartialDate
from ..model.diagnostics import Diagnostics
from ..model.fields import Field, Kind
from ..model.paths import slugify

MISSING = object()


def blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _unknown_key_message(key: str, names: list[str]) -> str:
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return f"trường không có trong danh mục. Có phải ý bạn là «{close[0]}»?"
    return "trường không có trong danh mục. Các trường hợp lệ: " + ", ".join(names) + "."


class FieldChecker:
    def __init__(self, raw: RawDocument, diags: Diagnostics, today: dt.date):
        self.raw = raw
        self.diags = diags
        self.today = today
        self.failed = False
        self.bad: set[str] = set()  # fields with an error, so they are not also called missing

    def error(self, dotted: str, message: str) -> None:
        self.failed = True
        self.bad.add(dotted)
        self.diags.error(self.raw.path, self.raw.line_of(dotted), self.shown(dotted), message)

    def warning(self, dotted: str, message: str) -> None:
        self.diags.warning(self.raw.path, self.raw.line_of(dotted), self.shown(dotted), message)

    def require(self, where: str, key: str, found: bool, label: str) -> None:
        """A required key of a group or list item: missing is an error, unless its value was already reported."""
        if not found and f"{where}.{key}" not in self.bad:
            self.error(where, f"thiếu «{key}» ({label}).")

    def shown(self, dotted: str) -> str:
        """A field path as the official counts: the first task is «tasks.1», not «tasks.0» as the
        line map keys it. Only a segment that indexes a list in the file is renumbered, so a key
        that happens to be digits keeps its name."""
        value: Any = self.raw.meta
        parts = []
        for part in dotted.split(".") if dotted else []:
            if isinstance(value, list) and part.isdigit():
                index = int(part)
                value = value[index] if index < len(value) else None
                parts.append(str(index + 1))
            else:
                value = value.get(part) if isinstance(value, dict) else None
                parts.append(part)
        return ".".join(parts)

    def as_written(self, dotted: str, value: Any) -> str:
        """A value as the official typed it: YAML reads `1.10` as the number 1.1."""
        return self.raw.written.get(dotted, str(value))

    def unknown_keys(self, values: dict, fields: tuple[Field, ...], prefix: str = "") -> None:
        names = [f.name for f in fields]
        for key in values:
            if key not in names:
                self.error(f"{prefix}{key}", _unknown_key_message(str(key), names))

    def convert(self, field: Field, value: Any, dotted: str) -> Any:
        if blank(value):
            return MISSING
        if field.kind in (Kind.TASK_LIST, Kind.CONSULTATION, Kind.DECISION_LIST, Kind.RECORD,  # issues 5, 17: own checkers
                          Kind.RECORD_LIST):
            return value
        if field.kind is Kind.TEXT:
            if isinstance(value, (dict, list)):
                self.error(dotted, f"phải là một chuỗi văn bản, không phải {'danh sách' if isinstance(value, list) else 'nhóm trường'}. Ví dụ: {field.example}")
                return MISSING
            if not isinstance(value, str):
                # YAML reads 12, true or 2025-01-15 as non-text; say how to keep it as written.
                self.error(dotted, f"phải là chuỗi văn bản; hãy đặt giá trị trong ngoặc kép, ví dụ: {field.name}: \"{self.as_written(dotted, value)}\".")
                return MISSING
            text = " ".join(value.split())
            return text or MISSING
        if field.kind is Kind.DATE:
            try:
                return PartialDate.parse(value)
            except DateError as exc:
                self.error(dotted, str(exc))
                return MISSING
        if field.kind in (Kind.TEXT_LIST, Kind.GROUP_LIST):
            if not isinstance(value, list):
                if field.kind is Kind.TEXT_LIST:
                    self.error(dotted, f"phải là danh sách, mỗi mục một dòng bắt đầu bằng «- », hoặc dạng {field.example}.")
                else:
                    self.error(dotted, f"phải là danh sách, ví dụ: {field.example}")
                return MISSING
            items = (self._list_item(field, item, f"{dotted}.{i}") for i, item in enumerate(value))
            return [item for item in items if item is not MISSING]
        # Kind.GROUP
        if not isinstance(value, dict):
            self.error(dotted, f"phải là nhóm trường con, ví dụ: {field.example}")
            return MISSING
        self.unknown_keys(value, field.subfields, prefix=f"{dotted}.")
        result = {}
        for sub in field.subfields:
            converted = self.convert(sub, value.get(sub.name), f"{dotted}.{sub.name}")
            if converted is not MISSING:
                result[sub.name] = converted
        return result or MISSING

    def _list_item(self, field: Field, item: Any, dotted: str) -> Any:
        if field.kind is Kind.TEXT_LIST:
            if not isinstance(item, str) or not item.strip():
                self.error(dotted, "mỗi mục trong danh sách phải là một chuỗi văn bản không rỗng.")
                return MISSING
            return " ".join(item.split())
        group = self.convert(Field(field.name, field.label, Kind.GROUP, field.help, field.example, subfields=field.subfields), item, dotted)
        if group is not MISSING:
            for sub in field.subfields:
                if sub.required and sub.name not in group:
                    self.error(dotted, f"thiếu «{sub.name}» ({sub.label}).")
        return group


def checked_items(check: FieldChecker, value: Any, name: str, not_list: str, not_group: str,
                  one: Callable[[dict, str, int], Any], duplicate: Callable[[Any, str], str]) -> list:
    """A list field of groups with an `id` (village decisions, feedback): each group checked by
    `one(item, where, index)` (None when unusable); two ids making one anchor are an error that
    `duplicate(record, where_of_the_first)` words."""
    if blank(value):
        return []
    if not isinstance(value, list):
        check.error(name, not_list)
        return []
    found, seen = [], {}
    for i, item in enumerate(value):
        where = f"{name}.{i}"
        if not isinstance(item, dict):
            check.error(where, not_group)
            continue
        record = one(item, where, i)
        if record is None:
            continue
        key = slugify(record.id)
        if key in seen:
            check.error(f"{where}.id", duplicate(record, seen[key]))
            continue
        seen[key] = where
        found.append(record)
    return found
