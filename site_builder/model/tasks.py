"""Tasks and targets of a plan ("dân kiểm tra"): who does what, by when, and how far it got.

Plain data, no I/O. Officials write `tasks:` and `targets:` by hand in the front-matter (fields:
`fields.TASK_FIELDS`, `fields.TARGET_FIELDS`); `check.task_checks` turns them into `Task`s.

"Quá hạn" is never written: `evaluate` computes it from the deadline and the build date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from dataclasses import dataclass

from .dates import PartialDate
from .paths import slugify

DEFAULT_STATUS = "chưa cập nhật"
DONE = "hoàn thành"
CANCELLED = "hủy bỏ"
FINISHED = (DONE, CANCELLED)  # a task in these states can no longer be late
UPCOMING_DAYS = 30

REPEAT_LABELS = {12: "hằng năm", 6: "6 tháng", 3: "hằng quý", 1: "hằng tháng"}


def fold(text: str) -> str:
    """Lower case without tone marks, đ→d, single spaces: for matching what officials type."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def latest(date: PartialDate) -> dt.date:
    """The last day a partial date covers: a deadline "2025-09" means by the end of September."""
    month = date.month or 12
    return dt.date(date.year, month, date.day or last_day(date.year, month))


# -- the model ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Deadline:
    """A one-off date (maybe partial) or a recurrence every `every` months."""

    date: PartialDate | None = None
    every: int | None = None  # months between occurrences: 12, 6, 3 or 1
    day: int | None = None  # day of the month of each occurrence; None: the last day of the period
    month: int | None = None  # month of the first occurrence in a year (None: end of each period)
    start: PartialDate | None = None
    until: PartialDate | None = None

    @property
    def recurring(self) -> bool:
        return self.every is not None

    @property
    def repeat(self) -> str | None:
        return REPEAT_LABELS.get(self.every) if self.every else None

    def months(self) -> list[int]:
        first = self.month or (1 if self.every == 1 else self.every)
        return sorted({(first - 1 + k * self.every) % 12 + 1 for k in range(12 // self.every)})

    def _on(self, year: int, month: int) -> dt.date:
        return dt.date(year, month, self.day or last_day(year, month))

    def occurrences(self, lo: dt.date, hi: dt.date):
        """Occurrences in [lo, hi], within `start` and `until` when written."""
        if self.start:
            lo = max(lo, self.start.earliest())
        if self.until:
            hi = min(hi, latest(self.until))
        for year in range(lo.year, hi.year + 1):
            for month in self.months():
                when = self._on(year, month)
                if lo <= when <= hi:
                    yield when

    def next_on_or_after(self, day: dt.date) -> dt.date | None:
        if not self.recurring:
            due = self.due_date()
            return due if due >= day else None
        return next(self.occurrences(day, dt.date(day.year + 2, 12, 31)), None)

    def last_before(self, day: dt.date) -> dt.date | None:
        found = [d for d in self.occurrences(dt.date(day.year - 2, 1, 1), day - dt.timedelta(days=1))]
        return found[-1] if found else None

    def due_date(self) -> dt.date:
        assert self.date is not None
        return latest(self.date)

    def label(self) -> str:
        """As a Vietnamese plan says it: "03/09/2025", "trước ngày 05/11 hằng năm"."""
        if not self.recurring:
            d = self.date
            if d.day is not None:
                return f"{d.day:02d}/{d.month:02d}/{d.year}"
            if d.month is not None:
                return f"trong tháng {d.month:02d}/{d.year}"
            return f"trong năm {d.year}"
        months = self.months()
        if self.day is None:
            text = {12: "hằng năm (trước cuối năm)", 6: "6 tháng một lần (trước cuối tháng 6 và tháng 12)",
                    3: "hằng quý (trước cuối quý)", 1: "hằng tháng (trước cuối tháng)"}[self.every]
        elif self.every == 12:
            text = f"trước ngày {self.day:02d}/{months[0]:02d} hằng năm"
        elif self.every == 1:
            text = f"trước ngày {self.day:02d} hằng tháng"
        else:
            dates = " và ".join(f"{self.day:02d}/{m:02d}" for m in months) if self.every == 6 else \
                f"{self.day:02d} các tháng " + ", ".join(str(m) for m in months)
            text = f"{REPEAT_LABELS[self.every]}, trước ngày {dates}"
        if self.start:
            text += f", từ {_short_date(self.start)}"
        if self.until:
            text += f", đến hết {_short_date(self.until)}"
        return text


def _short_date(d: PartialDate) -> str:
    if d.day is not None:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if d.month is not None:
        return f"{d.month:02d}/{d.year}"
    return str(d.year)


@dataclass(frozen=True)
class Update:
    date: PartialDate
    note: str | None = None
    evidence: str | None = None  # a URL, or a file path under the content folder
    progress: int | None = None

    @property
    def evidence_is_url(self) -> bool:
        return bool(self.evidence) and self.evidence.startswith(("https://", "http://"))


@dataclass(frozen=True)
class Task:
    """A task (`kind` "task") or a target (`kind` "target") of a plan."""

    id: str
    text: str
    kind: str = "task"
    section: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    due: Deadline | None = None
    status: str = DEFAULT_STATUS
    progress: int | None = None
    completed: PartialDate | None = None
    reason: str | None = None
    result: str | None = None  # targets: the value measured
    result_date: PartialDate | None = None
    updates: tuple[Update, ...] = ()
    line: int = 0


def anchor(task: Task) -> str:
    """The id of a task on its plan's page: the plan's tasks panel, the link checker, the deadline pages
    and the calendars must all agree on it."""
    return f"{'nv' if task.kind == 'task' else 'ct'}-{slugify(task.id)}"


@dataclass(frozen=True)
class TaskState:
    """What the build date says about a task."""

    overdue: bool
    late: bool  # finished after its deadline
    next_due: dt.date | None  # the deadline still ahead (or the one-off deadline, even if past)
    missed: dt.date | None  # the deadline that was missed, when overdue
    days_left: int | None  # days from the build date to next_due (negative when past)


def evaluate(task: Task, today: dt.date, since: dt.date | None = None) -> TaskState:
    """Overdue is computed, never written. A one-off task is overdue when its deadline (the last day
    of a partial date) has passed and it is neither done nor cancelled. A recurring task is overdue
    when its latest occurrence has passed with no update since the occurrence before it; only when
    the plan says from when it runs (`due.from` or the plan's date), so no year is assumed."""
    due = task.due
    if due is None:
        return TaskState(False, False, None, None, None)
    if not due.recurring:
        deadline = due.due_date()
        finished = task.status in FINISHED
        late = task.status == DONE and task.completed is not None and task.completed.earliest() > deadline
        overdue = not finished and today > deadline
        return TaskState(overdue, late, deadline, deadline if overdue else None, (deadline - today).days)
    upcoming = due.next_on_or_after(today)
    start = due.start.earliest() if due.start else since
    overdue, missed = False, None
    if start is not None and task.status not in FINISHED:
        last = due.last_before(today)
        if last is not None and last >= start:
            earlier = [d for d in due.occurrences(start, last - dt.timedelta(days=1))]
            window = earlier[-1] if earlier else start
            reported = [u for u in task.updates if u.date.earliest() > window] + (
                [task.completed] if task.completed and task.completed.earliest() > window else [])
            if not reported:
                overdue, missed = True, last
    return TaskState(overdue, False, upcoming, missed, (upcoming - today).days if upcoming else None)
