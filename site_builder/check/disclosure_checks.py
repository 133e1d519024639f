"""Checking a document's `disclosure:` (fields: `record_fields.DISCLOSURE_FIELDS`) into a `model.disclosure.Disclosure`,
reporting through the field checker so every message carries its YAML line. Impossible periods and too few
loudspeaker days are warnings: the record is what happened, and the site shows it as written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model.consultations import LAW
from ..model.dates import PartialDate
from ..model.disclosure import (CLAUSES, LOUDSPEAKER_CLAUSES, LOUDSPEAKER_DAYS, ChannelUse, Disclosure, Posting,
                                longest_run)
from ..model.record_fields import CHANNEL_USE_FIELDS, DISCLOSURE_FIELDS, POSTING_FIELDS
from .field_checker import FieldChecker
from .task_checks import NOTHING, blank, date_of, text_of, unknown_keys


def past_day(check: FieldChecker, value: Any, dotted: str, what: str,
             why: str = "(NĂM-THÁNG-NGÀY, ví dụ 2025-01-16).") -> dt.date | None:
    """A full date, not in the future: a day of publication, of receiving or answering feedback, is always
    known to the office that did it (`why` says what the full date is for)."""
    date: PartialDate | None = date_of(check, value, dotted)
    if date is None:
        return None
    if date.is_partial:
        check.error(dotted, f"{what} phải ghi đủ ngày, tháng, năm {why}")
        return None
    day = date.earliest()
    if day > check.today:
        check.error(dotted, f"{what} {day.strftime('%d/%m/%Y')} ở tương lai (hôm nay là {check.today.strftime('%d/%m/%Y')}).")
        return None
    return day


def _before_issue(check: FieldChecker, day: dt.date, issued: PartialDate | None, dotted: str, what: str) -> None:
    if issued is not None and day < issued.earliest():
        check.warning(dotted, f"{what} {day.strftime('%d/%m/%Y')} trước ngày ban hành văn bản ({issued.vietnamese()}).")


def _clauses(check: FieldChecker, value: Any, dotted: str) -> tuple[int, ...]:
    items = value if isinstance(value, list) else [value]
    found = []
    for i, item in enumerate(items):
        where = f"{dotted}.{i}" if isinstance(value, list) else dotted
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item.strip())
        if isinstance(item, bool) or not isinstance(item, int) or item not in CLAUSES:
            check.error(where, f"«{item}» không phải khoản của Điều 11 {LAW}; ghi một số từ 1 đến 14, ví dụ: clause: 1.")
            continue
        if item not in found:
            found.append(item)
    return tuple(sorted(found))


def _groups(check: FieldChecker, value: Any, dotted: str, example: str) -> list[tuple[str, dict]]:
    if blank(value):
        return []
    if not isinstance(value, list):
        check.error(dotted, f"phải là danh sách, ví dụ: {example}")
        return []
    found = []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            found.append((f"{dotted}.{i}", item))
        else:
            check.error(f"{dotted}.{i}", f"mỗi mục là một nhóm trường, ví dụ: {example}")
    return found


def check_disclosure(check: FieldChecker, value: Any, issued: PartialDate | None) -> Disclosure | None:
    """`disclosure` from a plan's front-matter value (passed through unconverted); None when absent."""
    if blank(value):
        return None
    if not isinstance(value, dict):
        check.error("disclosure", "phải là nhóm trường {clause: …, posting: …, loudspeaker: …, channels: …}.")
        return None
    unknown_keys(check, value, DISCLOSURE_FIELDS, "disclosure.")
    clauses = () if blank(value.get("clause")) else _clauses(check, value["clause"], "disclosure.clause")
    if blank(value.get("clause")):
        check.error("disclosure", f"thiếu «clause»: văn bản được công khai theo khoản nào của Điều 11 {LAW} (1–14).")
    postings = []
    for where, item in _groups(check, value.get("posting"), "disclosure.posting", DISCLOSURE_FIELDS[1].example):
        unknown_keys(check, item, POSTING_FIELDS, f"{where}.")
        place = text_of(check, item.get("place"), f"{where}.place", 'place: "Trụ sở UBND xã"')
        start = past_day(check, item.get("from"), f"{where}.from", "ngày bắt đầu niêm yết")
        end = past_day(check, item.get("to"), f"{where}.to", "ngày kết thúc niêm yết")
        check.require(where, "place", place is not NOTHING, "nơi niêm yết")
        check.require(where, "from", start is not None, "ngày bắt đầu niêm yết")
        if place is NOTHING or start is None:
            continue
        if end is not None and end < start:
            check.warning(f"{where}.to", f"ngày kết thúc niêm yết {end.strftime('%d/%m/%Y')} trước ngày bắt đầu "
                          f"{start.strftime('%d/%m/%Y')}.")
        _before_issue(check, start, issued, f"{where}.from", "ngày bắt đầu niêm yết")
        postings.append(Posting(place, start, end))
    days = []
    speaker = value.get("loudspeaker")
    if not blank(speaker):
        if not isinstance(speaker, list):
            check.error("disclosure.loudspeaker", "phải là danh sách ngày, ví dụ: loudspeaker: [2025-01-16, 2025-01-17, 2025-01-18]")
        else:
            for i, item in enumerate(speaker):
                day = past_day(check, item, f"disclosure.loudspeaker.{i}", "ngày phát trên hệ thống truyền thanh")
                if day is not None:
                    _before_issue(check, day, issued, f"disclosure.loudspeaker.{i}", "ngày phát")
                    days.append(day)
    uses = []
    for where, item in _groups(check, value.get("channels"), "disclosure.channels", DISCLOSURE_FIELDS[3].example):
        unknown_keys(check, item, CHANNEL_USE_FIELDS, f"{where}.")
        channel = text_of(check, item.get("channel"), f"{where}.channel", 'channel: "Cổng thông tin điện tử của xã"')
        date = past_day(check, item.get("date"), f"{where}.date", "ngày công khai")
        note = text_of(check, item.get("note"), f"{where}.note", 'note: "…"')
        check.require(where, "channel", channel is not NOTHING, "hình thức công khai")
        check.require(where, "date", date is not None, "ngày công khai")
        if channel is NOTHING or date is None:
            continue
        _before_issue(check, date, issued, f"{where}.date", "ngày công khai")
        uses.append(ChannelUse(channel, date, None if note is NOTHING else note))
    record = Disclosure(clauses, tuple(postings), tuple(sorted(set(days))), tuple(uses))
    loud = [c for c in clauses if c in LOUDSPEAKER_CLAUSES]
    if loud and longest_run(record.loudspeaker) < LOUDSPEAKER_DAYS:
        shown = "khoản " + ", ".join(map(str, loud))
        check.warning("disclosure.loudspeaker" if "loudspeaker" in value else "disclosure",
                      f"nội dung thuộc {shown} Điều 11 phải được phát trên hệ thống truyền thanh của xã ít nhất "
                      f"{LOUDSPEAKER_DAYS} ngày liên tục (khoản 3 Điều 13 {LAW}); mới ghi "
                      f"{longest_run(record.loudspeaker)} ngày liên tục.")
    if not (postings or days or uses):
        check.warning("disclosure", "chưa ghi đã công khai ở đâu, khi nào (posting, loudspeaker, channels).")
    return record
