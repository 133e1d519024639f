"""Tasks a plan assigns, read from its text: the numbered items of its «NHIỆM VỤ» section and the rows of an
assignment table («STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành»).

Each task keeps the document's words; unit and deadline are taken only where the text names them, and the
deadline only in a form the checker reads (`tasks._deadline`). What is missing is listed for the official,
never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model.paths import slugify
from ..model.tasks import fold
from .text import BULLET_RE, NUMBERED_RE, ROMAN_RE, Block

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TASK_SECTION = re.compile(r"\bnhiem vu\b")
_CONTENT_SECTION = re.compile(r"\bnoi dung\b")  # a task section only when its items name a unit or deadline
# «Chủ trì: …», «Đơn vị phối hợp: …», «Thời gian hoàn thành: …» inside an item or on its own line.
_KEY = re.compile(
    r"(?P<key>(?:đơn vị |cơ quan |bộ phận )?(?:chủ trì(?: tham mưu)?(?:,? thực hiện)?|phối hợp(?: thực hiện)?)"
    r"|thời (?:gian|hạn)(?: thực hiện| hoàn thành)?|hoàn thành|thực hiện)\s*:\s*",
    re.IGNORECASE,
)


@dataclass
class Found:
    """Tasks for the front-matter, and what the official must still fill by hand (Vietnamese)."""

    tasks: list[dict] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # where the tasks came from, for the report


def deadline_of(text: str) -> str | int | dt.date | None:
    """A deadline as written in a plan → a value `site-builder check` accepts, or None.

    «quý II/2025» is the end of June, «tháng 9/2025» the end of September, «năm 2025» the end of the year;
    «trước ngày 05/11 hằng năm» is a recurrence. «Thường xuyên» names no date and gives None."""
    t = " ".join(text.split())
    low = t.lower()
    if m := re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*(?:hằng|hàng)\s+năm", low):
        return f"trước ngày {int(m[1]):02d}/{int(m[2]):02d} hằng năm"
    for pattern in (r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"):
        if m := re.search(pattern, low):
            try:
                return dt.date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                return None
    if m := re.search(r"quý\s+(iv|iii|ii|i|[1-4])\s*(?:/|năm|,)\s*(\d{4})", low):
        return f"{m[2]}-{3 * _ROMAN[m[1].upper()]:02d}"
    if m := re.search(r"tháng\s+(\d{1,2})\s*(?:/|năm|,)\s*(\d{4})", low):
        if 1 <= int(m[1]) <= 12:
            return f"{m[2]}-{int(m[1]):02d}"
        return None
    if m := re.search(r"(?:6|sáu) tháng đầu năm\s+(\d{4})", low):
        return f"{m[1]}-06"
    for word, label in (("năm", "hằng năm"), ("quý", "hằng quý"), ("tháng", "hằng tháng")):
        if re.search(rf"(?:hằng|hàng)\s+{word}\b", low) and not re.search(r"\d{4}", low):
            return label
    years = set(re.findall(r"(?:năm|/)\s*(\d{4})\b", low))
    if len(years) == 1:
        return int(years.pop())
    return None


def _clean(value: str) -> str:
    return " ".join(value.split()).strip(" .;,")


def _assignments(text: str) -> tuple[str, dict[str, str]]:
    """«Tuyên truyền … (Chủ trì: Văn phòng; thời gian: quý II/2025)» → («Tuyên truyền …», {lead, due})."""
    found: dict[str, str] = {}
    body = text
    paren = re.search(r"\(([^()]*:[^()]*)\)\s*[.;]?\s*$", text)
    scope = paren[1] if paren else text
    # A bare «Thực hiện:» names the unit only at the start of its own line («- Thực hiện: Văn phòng»);
    # inside a sentence («Tổ chức thực hiện: …») it is wording.
    matches = [m for m in _KEY.finditer(scope) if m.start() == 0 or fold(m["key"]) != "thuc hien"]
    if not matches:
        return text, found
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(scope)
        value = _clean(scope[m.end():end])
        key = fold(m["key"])
        name = "support" if "phoi hop" in key else "due" if key.startswith(("thoi", "hoan")) else "lead"
        if value and name not in found:
            found[name] = value
    if paren:
        body = text[: paren.start()].rstrip()
    elif matches[0].start() > 0:
        body = text[: matches[0].start()].rstrip(" ,;(-")
    else:
        body = ""
    return body, found


def _task(task_id: str, text: str, section: str | None, found: dict[str, str], gaps: list[str]) -> dict:
    task: dict = {"id": task_id}
    if section:
        task["section"] = section
    task["task"] = _clean(text) + ("." if text.rstrip().endswith(".") else "")
    for name in ("lead", "support"):
        if found.get(name):
            task[name] = found[name]
    missing = [label for name, label in (("lead", "đơn vị chủ trì"),) if name not in task]
    if found.get("due"):
        due = deadline_of(found["due"])
        if due is None:
            gaps.append(f"nhiệm vụ {task_id}: thời hạn «{found['due']}» không phải một ngày, tháng, quý hay năm; "
                        "chưa điền due (ghi tay nếu văn bản có hạn cụ thể).")
        else:
            task["due"] = due
    else:
        missing.append("thời hạn")
    if missing:
        gaps.append(f"nhiệm vụ {task_id} («{_short(task['task'])}»): văn bản không ghi {' và '.join(missing)}.")
    return task


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47].rstrip() + "…"


def _roman(block: Block) -> str | None:
    m = ROMAN_RE.match(block.full)
    return m["num"] if m else None


def from_section(blocks: list[Block], found: Found, used: set[str]) -> None:
    """Numbered items of a Roman section whose heading names «nhiệm vụ» («III. NHIỆM VỤ VÀ GIẢI PHÁP»)."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        roman = _roman(b) if b.table is None else None
        if roman is None or not (_TASK_SECTION.search(fold(b.full)) or _CONTENT_SECTION.search(fold(b.full))):
            i += 1
            continue
        end = next((k for k in range(i + 1, len(blocks)) if blocks[k].table is None and _roman(blocks[k])), len(blocks))
        items: list[tuple[str, list[str]]] = []
        for inner in blocks[i + 1:end]:
            if inner.table is not None:
                continue
            m = NUMBERED_RE.match(inner.full)
            if m and "." not in m["num"].replace(" ", ""):
                items.append((m["num"].strip(), [inner.full[m.end():].strip()]))
            elif items:
                items[-1][1].append(BULLET_RE.sub("", inner.full, count=1))
        tasks: list[dict] = []
        gaps: list[str] = []
        for number, lines in items:
            text, assigned = _assignments(lines[0])
            for more in lines[1:]:  # «- Đơn vị chủ trì: …» on lines of their own
                rest, extra = _assignments(more)
                if extra and not rest:
                    for name, value in extra.items():
                        assigned.setdefault(name, value)
            if not text:
                continue
            tasks.append(_task(f"{roman}.{number}", text, f"{roman}.{number}", assigned, gaps))
        # «II. NỘI DUNG» lists what the plan is about; it assigns tasks only when its items say who and by when.
        if tasks and (_TASK_SECTION.search(fold(b.full)) or any({"lead", "support", "due"} & t.keys() for t in tasks)):
            for task in tasks:
                task["id"] = _unique(task["id"], used)
            found.tasks += tasks
            found.gaps += gaps
            found.sources.append(f"{len(tasks)} từ mục «{_short(b.full)}»")
        i = end


_COLUMNS = (("stt", ("stt", "tt", "so tt")), ("text", ("noi dung", "nhiem vu", "cong viec", "ten nhiem vu")),
            ("lead", ("chu tri",)), ("support", ("phoi hop",)), ("due", ("thoi gian", "thoi han", "hoan thanh")))


def _columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        folded = fold(cell)
        for name, words in _COLUMNS:
            if name in columns:
                continue
            if (name == "stt" and folded in words) or (name != "stt" and any(w in folded for w in words)):
                columns[name] = index
                break
    return columns


def from_tables(blocks: list[Block], found: Found, used: set[str]) -> None:
    """Rows of an assignment table: a content column and a column of lead units."""
    section = None
    for b in blocks:
        if b.table is None:
            section = _roman(b) or section
            continue
        if len(b.table) < 2:
            continue
        columns = _columns(b.table[0])
        if "text" not in columns or "lead" not in columns:  # a timetable without units assigns nothing
            continue
        count = 0
        for row_number, row in enumerate(b.table[1:], start=1):
            cell = lambda name: _clean(row[columns[name]]) if name in columns and columns[name] < len(row) else ""  # noqa: E731
            text, stt = cell("text"), cell("stt")
            if not text or (ROMAN_RE.match(stt + ".") and not cell("lead") and not cell("due")):
                continue  # a group heading row («I | Công tác tuyên truyền | | |»)
            number = stt if re.fullmatch(r"[0-9A-Za-z.]+", stt or "") else str(row_number)
            base = f"{section}.{number}" if section else f"bang-{number}"
            assigned = {name: cell(name) for name in ("lead", "support", "due") if cell(name)}
            found.tasks.append(_task(_unique(base, used), row[columns["text"]], section, assigned, found.gaps))
            count += 1
        if count:
            found.sources.append(f"{count} từ bảng phân công «{' | '.join(_clean(c) for c in b.table[0])}»")


def _unique(base: str, used: set[str]) -> str:
    task_id, n = base, 2
    while slugify(task_id) in used:  # compared as the checker does: anchors and calendar UIDs use the slug
        task_id, n = f"{base}-{n}", n + 1
    used.add(slugify(task_id))
    return task_id


def find_tasks(blocks: list[Block]) -> Found:
    found = Found()
    used: set[str] = set()
    from_section(blocks, found, used)
    from_tables(blocks, found, used)
    return found
