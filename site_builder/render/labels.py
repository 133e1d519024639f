"""How the site writes a plan's facts in one line: dates the Vietnamese way (07/03/2025), sizes, the signer,
the line under a title in listings, a date of issue. One definition each, shared by pages, data and feeds."""

from __future__ import annotations

import re

from ..model.plans import Plan

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def day_label(iso: str | None) -> str | None:
    """"2025-03-07T10:00:00+07:00" → "07/03/2025", the way Vietnamese documents write dates; None
    for text that does not start with a day (a portal's member data may say anything)."""
    found = _DAY.match(iso or "")
    return f"{found[3]}/{found[2]}/{found[1]}" if found else None


def size_label(size: int) -> str:
    for unit in ("byte", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,.0f} {unit}".replace(",", ".") if unit == "byte" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1024
    return str(size)


def signer_label(plan: Plan) -> str | None:
    if not plan.signer:
        return None
    parts = [p for p in (plan.signer.authority, plan.signer.title, plan.signer.name) if p]
    return " – ".join(parts) or None


def summary_line(plan: Plan) -> str:
    """One line under a title in listings: type and number, issuer, date."""
    head = plan.doc_type + (f" số {plan.number_label}" if plan.number_label else " (chưa có số)")
    parts = [head, plan.issuer]
    if plan.issued:
        parts.append(plan.issued.vietnamese())
    return " · ".join(parts)


def issued_label(issued) -> str:
    """A date of issue as a plan's panel and its search result show it («Tháng 01 năm 2025»)."""
    return issued.vietnamese().capitalize() if issued else "Chưa rõ"
