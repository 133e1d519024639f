"""Front-matter and Markdown output, in the layout of the hand-made files in content/ke-hoach/."""

from __future__ import annotations

import datetime as dt
import json
import re

from ..model.fields import PLAN_FIELDS, Field, Kind

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def quote(text: str) -> str:
    """A YAML double-quoted string (JSON's quoting is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _scalar(field: Field, value) -> str:
    if field.kind is Kind.DATE and isinstance(value, str) and _FULL_DATE.match(value):
        return value  # a full date is written bare, a partial one quoted: issued: "2025-01"
    return quote(str(value))


def field_lines(field: Field, value) -> list[str]:
    if field.kind in (Kind.TEXT, Kind.DATE):
        return [f"{field.name}: {_scalar(field, value)}"]
    if field.kind is Kind.TEXT_LIST:
        return [f"{field.name}:"] + [f"  - {quote(item)}" for item in value]
    if field.kind is Kind.GROUP:
        lines = [f"{field.name}:"]
        for sub in field.subfields:
            if sub.name in value:
                lines.append(f"  {sub.name}: {quote(value[sub.name])}")
        return lines
    if field.kind in (Kind.TASK_LIST, Kind.DECISION_LIST, Kind.RECORD_LIST):  # issue 17: decisions, feedback as tasks are
        return task_lines(field, value)
    if field.kind is Kind.RECORD:  # issue 17: the disclosure record, kept as YAML flow values
        return [f"{field.name}:"] + [f"  {sub.name}: {_flow(value[sub.name])}" for sub in field.subfields if sub.name in value]
    if field.kind is Kind.CONSULTATION:  # issue 17: one key a line, nested groups indented
        return [f"{field.name}:"] + _mapping_lines(value, field.subfields, "  ")
    lines = [f"{field.name}:"]
    for group in value:
        subs = [f"{sub.name}: {quote(group[sub.name])}" for sub in field.subfields if sub.name in group]
        lines.append("  - {" + ", ".join(subs) + "}")
    return lines


def _flow(value) -> str:
    """A value in YAML flow style: dates and numbers bare, text quoted."""
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    return str(value) if isinstance(value, (int, dt.date)) and not isinstance(value, bool) else quote(str(value))


def task_lines(field: Field, tasks: list[dict]) -> list[str]:
    """One key a line, as the field guide shows tasks: an official adds status and updates under each."""
    lines = [f"{field.name}:"]
    for task in tasks:
        for k, sub in enumerate(s for s in field.subfields if s.name in task):
            value = task[sub.name]
            # A full date and a year are written bare, as the guide does; «2025-06» must stay text.
            shown = str(value) if isinstance(value, (int, dt.date)) else quote(value)
            lines.append(f"{'  - ' if k == 0 else '    '}{sub.name}: {shown}")
    return lines


def _mapping_lines(values: dict, fields, indent: str) -> list[str]:
    lines = []
    for sub in fields:
        if sub.name not in values:
            continue
        value = values[sub.name]
        if isinstance(value, dict) and sub.subfields:
            lines += [f"{indent}{sub.name}:"] + _mapping_lines(value, sub.subfields, indent + "  ")
        elif isinstance(value, list):
            lines.append(f"{indent}{sub.name}: [" + ", ".join(quote(str(v)) for v in value) + "]")
        else:
            shown = str(value) if isinstance(value, (int, dt.date)) or (sub.kind is Kind.DATE and _FULL_DATE.match(str(value))) \
                else quote(str(value))
            lines.append(f"{indent}{sub.name}: {shown}")
    return lines


def front_matter(meta: dict, comments: list[str] | None = None) -> str:
    lines = ["---"]
    for comment in comments or []:
        lines.append(f"# {comment}")
    for field in PLAN_FIELDS:
        if field.name in meta and meta[field.name] not in (None, "", [], {}):
            lines += field_lines(field, meta[field.name])
    lines.append("---")
    return "\n".join(lines) + "\n"


def markdown(meta: dict, body: str, comments: list[str] | None = None) -> str:
    return front_matter(meta, comments) + "\n" + body.lstrip("\n")
