"""Citizens' feedback on a document and the answers («Phản ánh, kiến nghị»), as officials publish them (built by
`check.feedback_checks` from `feedback:`). "Quá hạn trả lời" is never written: `state` computes it from the build
date and the site's rule (`contacts.ContactBook.answer_within_days`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .paths import slugify


@dataclass(frozen=True)
class Feedback:
    id: str
    received: dt.date
    summary: str
    channel: str | None = None
    answer: str | None = None
    answered: dt.date | None = None
    answered_by: str | None = None
    line: int = 0


@dataclass(frozen=True)
class FeedbackState:
    answered: bool
    days: int  # to the answer, or (unanswered) since it was received, to the build date
    late: bool  # unanswered after the site's number of days, or answered after it


def feedback_anchor(item: Feedback) -> str:
    return f"pa-{slugify(item.id)}"


def state(item: Feedback, today: dt.date, within: int) -> FeedbackState:
    if item.answered is not None:
        days = (item.answered - item.received).days
        return FeedbackState(True, days, days > within)
    days = (today - item.received).days
    return FeedbackState(False, days, days > within)
