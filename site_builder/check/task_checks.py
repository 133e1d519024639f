"""Checking the `tasks:` and `targets:` officials write: every problem reported through the validator's
field checker, so messages carry the YAML line; what is right becomes `model.tasks.Task`s.
"""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..load.content_tree import content_root, plain_file
from ..model.dates import DateError, PartialDate
from ..model.fields import TARGET_FIELDS, TASK_FIELDS, TASK_STATUSES, Field
from ..model.paths import slugify
from ..model.tasks import CANCELLED, DEFAULT_STATUS, DONE, REPEAT_LABELS, Deadline, Task, Update, fold, last_day, latest
from .field_checker import FieldChecker, blank

_REPEAT_WORDS = {"nam": 12, "6 thang": 6, "sau thang": 6, "nua nam": 6, "quy": 3, "3 thang": 3, "thang": 1}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_DMY = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*/\s*(\d{4})$")
_SHORT = re.compile(r"^(?:(?:truoc|den|han|vao|cham nhat)\s+)?(?:ngay\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?\s*,?\s+(.+)$")
_BY = re.compile(r"^(\d{1,2})(?:\s*/\s*(\d{1,2}))?$")


def _repeat_months(text: str) -> int | None:
    words = fold(text)
    words = re.sub(r"^(hang|moi|dinh ky|theo)\s+", "", words)
    words = re.sub(r"\s+(mot lan|1 lan)$", "", words)
    return _REPEAT_WORDS.get(words)

# -- checking what officials wrote ----------------------------------------------------------------
NOTHING = object()


# Keys officials reach for in Vietnamese or by habit → the field they mean (folded, "_" as space).
_ALIASES = {
    "deadline": "due", "han": "due", "thoi han": "due", "han chot": "due", "due date": "due",
    "chu tri": "lead", "don vi chu tri": "lead", "phoi hop": "support", "don vi phoi hop": "support",
    "tien do": "progress", "trang thai": "status", "tinh trang": "status", "nhiem vu": "task", "chi tieu": "target",
    "ngay hoan thanh": "completed", "done": "completed", "ly do": "reason", "cap nhat": "updates",
    "ngay": "date", "ghi chu": "note", "noi dung": "note", "minh chung": "evidence", "lap lai": "repeat",
    "truoc ngay": "by", "muc": "section", "ket qua": "result",
}


def unknown_keys(check: "FieldChecker", item: dict, fields: tuple[Field, ...], prefix: str) -> None:
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


def text_of(check: "FieldChecker", value: Any, dotted: str, example: str) -> Any:
    if blank(value):
        return NOTHING
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        check.error(dotted, f"phải là một chuỗi văn bản. Ví dụ: {example}")
        return NOTHING
    if isinstance(value, (int, float, dt.date)):
        check.error(dotted, f"phải là chuỗi văn bản; hãy đặt giá trị trong ngoặc kép, ví dụ: {next(p for p in reversed(dotted.split('.')) if not p.isdigit())}: \"{check.as_written(dotted, value)}\".")
        return NOTHING
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or NOTHING


def texts_of(check: "FieldChecker", value: Any, dotted: str, example: str) -> tuple[str, ...]:
    """A string or a list of strings (forgiving: officials write either)."""
    if blank(value):
        return ()
    items = value if isinstance(value, list) else [value]
    found = []
    for i, item in enumerate(items):
        where = f"{dotted}.{i}" if isinstance(value, list) else dotted
        text = text_of(check, item, where, example)
        if text is not NOTHING:
            found.append(text)
    return tuple(found)


def date_of(check: "FieldChecker", value: Any, dotted: str) -> PartialDate | None:
    if blank(value):
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
    text = text_of(check, value, dotted, 'status: "đang thực hiện"')
    if text is NOTHING:
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
    if blank(value):
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
    if blank(value):
        return None
    if isinstance(value, (dt.date, int)) and not isinstance(value, bool):
        date = date_of(check, value, dotted)
        return Deadline(date=date) if date else None
    if isinstance(value, str):
        text = value.strip()
        if re.match(r"^\d{4}(-\d{1,2}){0,2}$", text) or _DMY.match(text) or _MY.match(text):
            date = date_of(check, text, dotted)
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
        unknown_keys(check, value, sub, f"{dotted}.")
        repeat = text_of(check, value.get("repeat"), f"{dotted}.repeat", 'repeat: "hằng năm"')
        if repeat is NOTHING:
            if "repeat" not in check.bad and f"{dotted}.repeat" not in check.bad:
                check.error(dotted, "thiếu «repeat» (hằng năm, 6 tháng, hằng quý, hằng tháng). Ví dụ: due: {repeat: \"hằng năm\", by: \"05/11\"}")
            return None
        every = _repeat_months(repeat)
        if every is None:
            check.error(f"{dotted}.repeat", f"«{repeat}» không phải chu kỳ hợp lệ; chỉ dùng «hằng năm», «6 tháng», «hằng quý» hoặc «hằng tháng».")
            return None
        by = value.get("by")
        start = date_of(check, value.get("from"), f"{dotted}.from")
        until = date_of(check, value.get("until"), f"{dotted}.until")
        if start and until and start.earliest() > latest(until):
            check.error(f"{dotted}.until", "ngày kết thúc (until) trước ngày bắt đầu (from).")
        return _recurrence(check, every, None if blank(by) else str(by).strip(), start, until, f"{dotted}.by")
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
    bad = [m_ for m_ in deadline.months() if day > last_day(2001, m_)]
    if day < 1 or bad:
        check.error(dotted, f"ngày {day} không có trong tháng {bad[0] if bad else month}.")
        return None
    return deadline


def _subfields(name: str, fields: tuple[Field, ...] = TASK_FIELDS) -> tuple[Field, ...]:
    return next(f.subfields for f in fields if f.name == name)


def _updates(check: "FieldChecker", value: Any, dotted: str, today: dt.date, source: Path | None) -> tuple[Update, ...]:
    if blank(value):
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
        unknown_keys(check, item, sub, f"{where}.")
        date = date_of(check, item.get("date"), f"{where}.date")
        if date is None:
            if f"{where}.date" not in check.bad:
                check.error(where, "thiếu «date» (ngày cập nhật).")
            continue
        if date.earliest() > today:
            check.error(f"{where}.date", f"ngày cập nhật {date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
        note = text_of(check, item.get("note"), f"{where}.note", 'note: "Đã gửi báo cáo lần 1."')
        evidence = text_of(check, item.get("evidence"), f"{where}.evidence", 'evidence: "bao-cao-lan-1.pdf"')
        if evidence is not NOTHING:
            evidence = evidence_of(check, evidence, f"{where}.evidence", source)
        progress = _percent(check, item.get("progress"), f"{where}.progress")
        found.append(Update(date, None if note is NOTHING else note, None if evidence is NOTHING else evidence or None,
                            progress))
    return tuple(sorted(found, key=lambda u: u.date.earliest()))


def evidence_of(check: "FieldChecker", text: str, dotted: str, source: Path | None) -> str | None:
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


def item_id(check: "FieldChecker", value: Any, dotted: str) -> str | None:
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
    unknown_keys(check, item, fields, f"{where}.")
    text = text_of(check, item.get(text_key), f"{where}.{text_key}", f'{text_key}: "…"')
    if text is NOTHING:
        if f"{where}.{text_key}" not in check.bad:
            check.error(where, f"thiếu «{text_key}» (nội dung {'nhiệm vụ' if kind == 'task' else 'chỉ tiêu'}, trích đúng lời văn bản).")
        return None
    raw_id = item.get("id")
    if blank(raw_id):
        check.warning(where, f"chưa có «id»; tạm dùng «{index + 1}». Nên ghi id để liên kết và lịch không đổi khi thêm, bớt mục.")
        task_id = str(index + 1)
    else:
        task_id = item_id(check, raw_id, f"{where}.id")
        if task_id is None:
            return None
    status = _status(check, item.get("status"), f"{where}.status")
    completed = date_of(check, item.get("completed"), f"{where}.completed")
    reason = text_of(check, item.get("reason"), f"{where}.reason", 'reason: "…"')
    reason = None if reason is NOTHING else reason
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
        result = text_of(check, item.get("result"), f"{where}.result", 'result: "02 cuộc"')
        result = None if result is NOTHING else result
        result_date = date_of(check, item.get("result_date"), f"{where}.result_date")
        if result and result_date is None and f"{where}.result_date" not in check.bad:
            check.error(f"{where}.result", "có kết quả nhưng chưa ghi ngày của số liệu: result_date: NĂM-THÁNG-NGÀY.")
        if result_date and result_date.earliest() > today:
            check.error(f"{where}.result_date", f"ngày {result_date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    section = text_of(check, item.get("section"), f"{where}.section", 'section: "III.2"')
    return Task(
        id=task_id, text=text, kind=kind, section=None if section is NOTHING else section,
        lead=texts_of(check, item.get("lead"), f"{where}.lead", 'lead: "Văn phòng"'),
        support=texts_of(check, item.get("support"), f"{where}.support", 'support: ["Các phòng, ban liên quan"]'),
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
        if blank(value):
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
