"""Tasks and targets of a plan ("dân kiểm tra"): who does what, by when, and how far it got.

Plain data and checks, no MkDocs. Officials write `tasks:` and `targets:` by hand in the front-matter
(fields: `fields.TASK_FIELDS`, `fields.TARGET_FIELDS`); `check_commitments` turns them into `Task`s,
reporting every problem through the validator's checker so messages carry the YAML line.

"Quá hạn" is never written: `evaluate` computes it from the deadline and the build date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .content_tree import content_root, plain_file
from .dates import DateError, PartialDate
from .fields import TARGET_FIELDS, TASK_FIELDS, TASK_STATUSES, Field
from .paths import slugify

if TYPE_CHECKING:
    from .validate import FieldChecker

DEFAULT_STATUS = "chưa cập nhật"
DONE = "hoàn thành"
CANCELLED = "hủy bỏ"
FINISHED = (DONE, CANCELLED)  # a task in these states can no longer be late
UPCOMING_DAYS = 30

REPEAT_LABELS = {12: "hằng năm", 6: "6 tháng", 3: "hằng quý", 1: "hằng tháng"}
_REPEAT_WORDS = {"nam": 12, "6 thang": 6, "sau thang": 6, "nua nam": 6, "quy": 3, "3 thang": 3, "thang": 1}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_DMY = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*/\s*(\d{4})$")
_SHORT = re.compile(r"^(?:(?:truoc|den|han|vao|cham nhat)\s+)?(?:ngay\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?\s*,?\s+(.+)$")
_BY = re.compile(r"^(\d{1,2})(?:\s*/\s*(\d{1,2}))?$")


def fold(text: str) -> str:
    """Lower case without tone marks, đ→d, single spaces: for matching what officials type."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _repeat_months(text: str) -> int | None:
    words = fold(text)
    words = re.sub(r"^(hang|moi|dinh ky|theo)\s+", "", words)
    words = re.sub(r"\s+(mot lan|1 lan)$", "", words)
    return _REPEAT_WORDS.get(words)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def latest(date: PartialDate) -> dt.date:
    """The last day a partial date covers: a deadline "2025-09" means by the end of September."""
    month = date.month or 12
    return dt.date(date.year, month, date.day or _last_day(date.year, month))


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
        return dt.date(year, month, self.day or _last_day(year, month))

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


# -- checking what officials wrote ----------------------------------------------------------------
_NOTHING = object()


# Keys officials reach for in Vietnamese or by habit → the field they mean (folded, "_" as space).
_ALIASES = {
    "deadline": "due", "han": "due", "thoi han": "due", "han chot": "due", "due date": "due",
    "chu tri": "lead", "don vi chu tri": "lead", "phoi hop": "support", "don vi phoi hop": "support",
    "tien do": "progress", "trang thai": "status", "tinh trang": "status", "nhiem vu": "task", "chi tieu": "target",
    "ngay hoan thanh": "completed", "done": "completed", "ly do": "reason", "cap nhat": "updates",
    "ngay": "date", "ghi chu": "note", "noi dung": "note", "minh chung": "evidence", "lap lai": "repeat",
    "truoc ngay": "by", "muc": "section", "ket qua": "result",
}


def _unknown_keys(check: "FieldChecker", item: dict, fields: tuple[Field, ...], prefix: str) -> None:
    names = {f.name for f in fields}
    rest = {}
    for key in item:
        if key in names:
            continue
        meant = _ALIASES.get(fold(str(key)).replace("_", " "))
        if meant in names:
            check.error(f"{prefix}{key}", f"trường không có trong danh mục. Có phải ý bạn là «{meant}»?")
        else:
            rest[key] = item[key]
    check.unknown_keys(rest, fields, prefix=prefix)


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _text(check: "FieldChecker", value: Any, dotted: str, example: str) -> Any:
    if _blank(value):
        return _NOTHING
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        check.error(dotted, f"phải là một chuỗi văn bản. Ví dụ: {example}")
        return _NOTHING
    if isinstance(value, (int, float, dt.date)):
        check.error(dotted, f"phải là chuỗi văn bản; hãy đặt giá trị trong ngoặc kép, ví dụ: {next(p for p in reversed(dotted.split('.')) if not p.isdigit())}: \"{check.as_written(dotted, value)}\".")
        return _NOTHING
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or _NOTHING


def _texts(check: "FieldChecker", value: Any, dotted: str, example: str) -> tuple[str, ...]:
    """A string or a list of strings (forgiving: officials write either)."""
    if _blank(value):
        return ()
    items = value if isinstance(value, list) else [value]
    found = []
    for i, item in enumerate(items):
        where = f"{dotted}.{i}" if isinstance(value, list) else dotted
        text = _text(check, item, where, example)
        if text is not _NOTHING:
            found.append(text)
    return tuple(found)


def _date(check: "FieldChecker", value: Any, dotted: str) -> PartialDate | None:
    if _blank(value):
        return None
    if isinstance(value, str):
        text = value.strip()
        if m := _DMY.match(text):  # "03/9/2025", as the plans write it
            value = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
        elif m := _MY.match(text):
            value = f"{m[2]}-{int(m[1]):02d}"
    try:
        return PartialDate.parse(value)
    except DateError as exc:
        check.error(dotted, str(exc))
        return None


def _status(check: "FieldChecker", value: Any, dotted: str) -> str:
    text = _text(check, value, dotted, 'status: "đang thực hiện"')
    if text is _NOTHING:
        return DEFAULT_STATUS
    folded = fold(text)
    for status in TASK_STATUSES:
        if fold(status) == folded:
            return status
    if folded == "qua han":
        check.error(dotted, "«quá hạn» không ghi tay: trang web tự tính từ thời hạn (due) và ngày xây dựng. "
                    "Hãy ghi tình trạng thực tế (" + ", ".join(f"«{s}»" for s in TASK_STATUSES) + ").")
        return DEFAULT_STATUS
    close = difflib.get_close_matches(folded, [fold(s) for s in TASK_STATUSES], n=1, cutoff=0.6)
    hint = f" Có phải ý bạn là «{TASK_STATUSES[[fold(s) for s in TASK_STATUSES].index(close[0])]}»?" if close else ""
    check.error(dotted, f"tình trạng «{text}» không hợp lệ; chỉ dùng: " + ", ".join(f"«{s}»" for s in TASK_STATUSES) + "." + hint)
    return DEFAULT_STATUS


def _percent(check: "FieldChecker", value: Any, dotted: str) -> int | None:
    if _blank(value):
        return None
    number = value
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            check.error(dotted, f"«{value}» không phải số phần trăm; ghi một số từ 0 đến 100, ví dụ: progress: 40.")
            return None
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        check.error(dotted, "phải là một số từ 0 đến 100, ví dụ: progress: 40.")
        return None
    if not 0 <= number <= 100:
        check.error(dotted, f"tiến độ {value} nằm ngoài khoảng 0–100 (%).")
        return None
    return round(number)


def _deadline(check: "FieldChecker", value: Any, dotted: str) -> Deadline | None:
    """A date, a partial date, a recurrence group, or a short text ("trước ngày 05/11 hằng năm")."""
    if _blank(value):
        return None
    if isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        date = _date(check, value, dotted)
        return Deadline(date=date) if date else None
    if isinstance(value, str):
        text = value.strip()
        if re.match(r"^\d{4}(-\d{1,2}){0,2}$", text) or _DMY.match(text) or _MY.match(text):
            date = _date(check, text, dotted)
            return Deadline(date=date) if date else None
        folded = fold(text)
        if every := _repeat_months(folded):  # first: "6 tháng" is a period, not "day 6, monthly"
            return Deadline(every=every)
        if (m := _SHORT.match(folded)) and _repeat_months(m[3]):
            return _recurrence(check, _repeat_months(m[3]), m[1] + (f"/{m[2]}" if m[2] else ""), None, None, dotted)
        check.error(dotted, f"«{value}» không phải thời hạn hợp lệ. Ghi một ngày (2025-09-03), tháng (\"2025-09\"), năm (2025), "
                    "hoặc lịch lặp lại: {repeat: \"hằng năm\", by: \"05/11\"} (viết gọn: \"trước ngày 05/11 hằng năm\").")
        return None
    if isinstance(value, dict):
        sub = _subfields("due")
        _unknown_keys(check, value, sub, f"{dotted}.")
        repeat = _text(check, value.get("repeat"), f"{dotted}.repeat", 'repeat: "hằng năm"')
        if repeat is _NOTHING:
            if "repeat" not in check.bad and f"{dotted}.repeat" not in check.bad:
                check.error(dotted, "thiếu «repeat» (hằng năm, 6 tháng, hằng quý, hằng tháng). Ví dụ: due: {repeat: \"hằng năm\", by: \"05/11\"}")
            return None
        every = _repeat_months(repeat)
        if every is None:
            check.error(f"{dotted}.repeat", f"«{repeat}» không phải chu kỳ hợp lệ; chỉ dùng «hằng năm», «6 tháng», «hằng quý» hoặc «hằng tháng».")
            return None
        by = value.get("by")
        start = _date(check, value.get("from"), f"{dotted}.from")
        until = _date(check, value.get("until"), f"{dotted}.until")
        if start and until and start.earliest() > latest(until):
            check.error(f"{dotted}.until", "ngày kết thúc (until) trước ngày bắt đầu (from).")
        return _recurrence(check, every, None if _blank(by) else str(by).strip(), start, until, f"{dotted}.by")
    check.error(dotted, "phải là một ngày hoặc nhóm {repeat: …, by: …}. Ví dụ: due: 2025-09-03")
    return None


def _recurrence(check: "FieldChecker", every: int, by: str | None, start, until, dotted: str) -> Deadline | None:
    if by is None:
        return Deadline(every=every, start=start, until=until)
    m = _BY.match(by)
    if not m:
        check.error(dotted, f"«{by}» không đúng dạng; hằng năm ghi «NGÀY/THÁNG» (\"05/11\"), hằng tháng ghi ngày (\"25\").")
        return None
    day, month = int(m[1]), int(m[2]) if m[2] else None
    if every == 1:
        if not 1 <= day <= 28:
            check.error(dotted, f"ngày {day} không có trong mọi tháng; hằng tháng chỉ ghi ngày 1–28, hoặc bỏ trống «by» để lấy ngày cuối tháng.")
            return None
        return Deadline(every=1, day=day, start=start, until=until)
    if month is None:
        check.error(dotted, f"«{by}» thiếu tháng; với chu kỳ {REPEAT_LABELS[every]} ghi «NGÀY/THÁNG», ví dụ \"05/11\".")
        return None
    if not 1 <= month <= 12:
        check.error(dotted, f"tháng {month} không tồn tại.")
        return None
    first = (month - 1) % every + 1
    deadline = Deadline(every=every, day=day, month=first, start=start, until=until)
    bad = [m_ for m_ in deadline.months() if day > _last_day(2001, m_)]
    if day < 1 or bad:
        check.error(dotted, f"ngày {day} không có trong tháng {bad[0] if bad else month}.")
        return None
    return deadline


def _subfields(name: str, fields: tuple[Field, ...] = TASK_FIELDS) -> tuple[Field, ...]:
    return next(f.subfields for f in fields if f.name == name)


def _updates(check: "FieldChecker", value: Any, dotted: str, today: dt.date, source: Path | None) -> tuple[Update, ...]:
    if _blank(value):
        return ()
    if not isinstance(value, list):
        check.error(dotted, "phải là danh sách, mỗi lần cập nhật một mục «- date: …».")
        return ()
    sub = _subfields("updates")
    found = []
    for i, item in enumerate(value):
        where = f"{dotted}.{i}"
        if not isinstance(item, dict):
            check.error(where, "mỗi cập nhật là một nhóm {date: …, note: …, evidence: …}.")
            continue
        _unknown_keys(check, item, sub, f"{where}.")
        date = _date(check, item.get("date"), f"{where}.date")
        if date is None:
            if f"{where}.date" not in check.bad:
                check.error(where, "thiếu «date» (ngày cập nhật).")
            continue
        if date.earliest() > today:
            check.error(f"{where}.date", f"ngày cập nhật {date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
        note = _text(check, item.get("note"), f"{where}.note", 'note: "Đã gửi báo cáo lần 1."')
        evidence = _text(check, item.get("evidence"), f"{where}.evidence", 'evidence: "bao-cao-lan-1.pdf"')
        if evidence is not _NOTHING:
            evidence = _evidence(check, evidence, f"{where}.evidence", source)
        progress = _percent(check, item.get("progress"), f"{where}.progress")
        found.append(Update(date, None if note is _NOTHING else note, evidence or None, progress))
    return tuple(sorted(found, key=lambda u: u.date.earliest()))


def _evidence(check: "FieldChecker", text: str, dotted: str, source: Path | None) -> str | None:
    """A URL (https/http only) or a file inside the content folder, beside or under the plan."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", text):
        if text.startswith(("https://", "http://")) and not re.search(r"[\s\"'<>`]", text):
            return text
        check.error(dotted, f"«{text}» không phải địa chỉ https:// hay tệp trong kho.")
        return None
    rel = posixpath.normpath(posixpath.join(posixpath.dirname(check.raw.rel), text))
    if rel.startswith("../") or text.startswith("/"):
        check.error(dotted, f"«{text}» nằm ngoài thư mục nội dung; minh chứng phải ở trong content/ hoặc là địa chỉ https://.")
        return None
    if source is not None and not plain_file(content_root(source, check.raw.rel), rel):
        check.error(dotted, f"không tìm thấy tệp «{text}» (tính từ thư mục của tệp kế hoạch; liên kết tượng trưng "
                    "không được tính).")
        return None
    return rel


def _task_id(check: "FieldChecker", value: Any, dotted: str) -> str | None:
    written = check.raw.written.get(dotted)
    if isinstance(value, bool):  # before int: YAML's yes/no are ints to Python
        shown = written or str(value)
        check.error(dotted, f"mã «{shown}» bị YAML đọc thành giá trị đúng/sai; hãy đặt mã trong ngoặc kép: id: \"{shown}\".")
        return None
    if isinstance(value, int) and written in (None, str(value)):
        return _checked_id(check, str(value), value, dotted)  # `id: 3` reads back as written
    if isinstance(value, (int, float)):
        # YAML made a number of it: "1.10" is now 1.1, "012" is 10. Say what was lost, never guess.
        if written is None:
            check.error(dotted, f"YAML đã đọc mã thành số {value}, nên không còn biết mã viết thế nào (1.10 cũng thành 1.1); "
                        "hãy ghi mã trong ngoặc kép, đúng như văn bản, ví dụ: id: \"1.3\".")
        elif not _ID.match(written):
            # Quotes would not make "-1.5" or "1:30" an id: say what an id may hold instead.
            _checked_id(check, written, written, dotted)
        else:
            lost = f" {value}, không còn là «{written}»" if written != str(value) else ""
            check.error(dotted, f"mã «{written}» trông như một số nên YAML đọc thành số{lost}; "
                        f"hãy đặt mã trong ngoặc kép: id: \"{written}\".")
        return None
    return _checked_id(check, value.strip() if isinstance(value, str) else "", value, dotted)


def _checked_id(check: "FieldChecker", task_id: str, value: Any, dotted: str) -> str | None:
    if not _ID.match(task_id):
        check.error(dotted, f"mã «{value}» chỉ được gồm chữ không dấu, số, dấu chấm, gạch ngang (ví dụ «bao-cao-1», «1.3»).")
        return None
    return task_id


def _one(check: "FieldChecker", item: dict, where: str, kind: str, today: dt.date, source: Path | None, index: int) -> Task | None:
    fields = TASK_FIELDS if kind == "task" else TARGET_FIELDS
    text_key = "task" if kind == "task" else "target"
    _unknown_keys(check, item, fields, f"{where}.")
    text = _text(check, item.get(text_key), f"{where}.{text_key}", f'{text_key}: "…"')
    if text is _NOTHING:
        if f"{where}.{text_key}" not in check.bad:
            check.error(where, f"thiếu «{text_key}» (nội dung {'nhiệm vụ' if kind == 'task' else 'chỉ tiêu'}, trích đúng lời văn bản).")
        return None
    raw_id = item.get("id")
    if _blank(raw_id):
        check.warning(where, f"chưa có «id»; tạm dùng «{index + 1}». Nên ghi id để liên kết và lịch không đổi khi thêm, bớt mục.")
        task_id = str(index + 1)
    else:
        task_id = _task_id(check, raw_id, f"{where}.id")
        if task_id is None:
            return None
    status = _status(check, item.get("status"), f"{where}.status")
    completed = _date(check, item.get("completed"), f"{where}.completed")
    reason = _text(check, item.get("reason"), f"{where}.reason", 'reason: "…"')
    reason = None if reason is _NOTHING else reason
    if completed and completed.earliest() > today:
        check.error(f"{where}.completed", f"ngày hoàn thành {completed.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    if status == DONE and completed is None and f"{where}.completed" not in check.bad:
        check.error(f"{where}.status", "nhiệm vụ «hoàn thành» cần ngày hoàn thành: thêm completed: NĂM-THÁNG-NGÀY.")
    if completed is not None and status != DONE:
        check.warning(f"{where}.completed", f"có ngày hoàn thành nhưng tình trạng là «{status}»; nếu đã xong, ghi status: \"hoàn thành\".")
    if status == CANCELLED and not reason:
        check.error(f"{where}.status", "nhiệm vụ «hủy bỏ» cần ghi lý do: reason: \"…\".")
    progress = _percent(check, item.get("progress"), f"{where}.progress") if kind == "task" else None
    if status == DONE and progress is not None and progress < 100:
        check.warning(f"{where}.progress", f"nhiệm vụ đã «hoàn thành» nhưng tiến độ ghi {progress}%.")
    result = result_date = None
    if kind == "target":
        result = _text(check, item.get("result"), f"{where}.result", 'result: "02 cuộc"')
        result = None if result is _NOTHING else result
        result_date = _date(check, item.get("result_date"), f"{where}.result_date")
        if result and result_date is None and f"{where}.result_date" not in check.bad:
            check.error(f"{where}.result", "có kết quả nhưng chưa ghi ngày của số liệu: result_date: NĂM-THÁNG-NGÀY.")
        if result_date and result_date.earliest() > today:
            check.error(f"{where}.result_date", f"ngày {result_date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    section = _text(check, item.get("section"), f"{where}.section", 'section: "III.2"')
    return Task(
        id=task_id, text=text, kind=kind, section=None if section is _NOTHING else section,
        lead=_texts(check, item.get("lead"), f"{where}.lead", 'lead: "Văn phòng"'),
        support=_texts(check, item.get("support"), f"{where}.support", 'support: ["Các phòng, ban liên quan"]'),
        due=_deadline(check, item.get("due"), f"{where}.due"),
        status=status, progress=progress, completed=completed, reason=reason, result=result, result_date=result_date,
        updates=_updates(check, item.get("updates"), f"{where}.updates", today, source),
        line=check.raw.line_of(where),
    )


def check_commitments(check: "FieldChecker", values: dict, today: dt.date, source: Path | None = None) -> tuple[list[Task], list[Task]]:
    """`tasks` and `targets` from a plan's front-matter values (passed through unconverted)."""
    lists: dict[str, list[Task]] = {"tasks": [], "targets": []}
    seen: dict[str, tuple[str, int]] = {}
    for name, kind in (("tasks", "task"), ("targets", "target")):
        value = values.get(name)
        if _blank(value):
            continue
        if not isinstance(value, list):
            check.error(name, f"phải là danh sách, mỗi {'nhiệm vụ' if kind == 'task' else 'chỉ tiêu'} một mục bắt đầu bằng «- id: …».")
            continue
        for i, item in enumerate(value):
            where = f"{name}.{i}"
            if not isinstance(item, dict):
                check.error(where, f"mỗi mục là một nhóm trường {{id: …, {'task' if kind == 'task' else 'target'}: …}}.")
                continue
            task = _one(check, item, where, kind, today, source, i)
            if task is None:
                continue
            # Compared as anchors and calendar UIDs use them: "1.2" and "1-2" would be one task there.
            key = slugify(task.id)
            if key in seen:
                first, line = seen[key]
                check.error(f"{where}.id", f"mã «{task.id}» trùng với {first} ở dòng {line}; mỗi nhiệm vụ, chỉ tiêu một mã riêng.")
                continue
            seen[key] = (f"{'nhiệm vụ' if kind == 'task' else 'chỉ tiêu'} {check.shown(where)}", check.raw.line_of(where))
            lists[name].append(task)
    return lists["tasks"], lists["targets"]



# -- the officials' guide (field_guide.py places it under «Nhiệm vụ, thời hạn và tiến độ») ----------
GUIDE = """Ghi các nhiệm vụ (`tasks`) và chỉ tiêu (`targets`) **đúng như văn bản giao**: trích lời văn bản,
đơn vị chủ trì, đơn vị phối hợp, thời hạn. Văn bản không ghi thời hạn thì bỏ trống `due`. Khi có báo cáo,
thêm tình trạng, tiến độ và từng lần cập nhật. Trang web tự tính «quá hạn»: không ghi tay.

```yaml
tasks:
  - id: "bao-cao-1"                        # mã ngắn, không trùng, không đổi
    section: "III.3"                       # mục của văn bản
    task: "Báo cáo lần 1 trước ngày 03/9/2025."
    lead: "Các phòng, đơn vị sự nghiệp thuộc xã"
    support: ["Phòng Văn hóa - Xã hội"]    # một chuỗi hoặc danh sách
    due: 2025-09-03                        # hoặc "2025-09", 2025
    status: "hoàn thành"                   # bỏ trống = «chưa cập nhật»
    completed: 2025-09-02
    progress: 100
    updates:
      - {date: 2025-09-02, note: "Đã gửi báo cáo.", evidence: "bao-cao-lan-1.pdf"}
  - id: "bao-cao-hang-nam"
    task: "Hàng năm, báo cáo kết quả thực hiện … trước ngày 05/11."
    due: {repeat: "hằng năm", by: "05/11"}   # viết gọn: "trước ngày 05/11 hằng năm"
targets:
  - id: "1.2"
    target: "Trong năm, người đứng đầu … ít nhất 01 cuộc."
    due: 2025
    result: "02 cuộc"
    result_date: 2025-12-15
```

Tình trạng: «chưa cập nhật», «chưa bắt đầu», «đang thực hiện», «hoàn thành» (cần `completed`), «tạm dừng»,
«hủy bỏ» (cần `reason`). Thời hạn lặp lại: `repeat` là «hằng năm», «6 tháng», «hằng quý» hoặc «hằng tháng»;
`by` là ngày hạn («05/11»; hằng tháng chỉ ghi ngày, «25»); không có `by` thì hạn là cuối mỗi kỳ. Lỗi: tình trạng
lạ, tiến độ ngoài 0–100, ngày cập nhật ở tương lai, «hoàn thành» mà không có ngày, hai nhiệm vụ trùng mã.
"""
