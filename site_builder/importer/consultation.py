"""A draft put to the people (issue 17): the sentence that gives its window («lấy ý kiến … từ ngày 01/3/2025
đến hết ngày 31/3/2025») fills `consultation`; a «DỰ THẢO» mark without one is pointed out for the official.
Only what the text states is filled: where opinions go is left to the official, who is told so."""

from __future__ import annotations

import datetime as dt
import re

from ..model.tasks import fold

_WINDOW = re.compile(r"từ\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:,\s*)?(?:đến|tới)\s+(?:hết\s+)?"
                     r"(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _day(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_consultation(texts: list[str], title: str | None, doc_type: str | None = None) -> tuple[dict | None, list[str]]:
    """`consultation` values from the paragraphs `texts`, and notes for the import report."""
    draft = any(fold(text) in ("du thao", "(du thao)") for text in texts[:30])
    for text in texts:
        if "y kien" not in fold(text) or not (m := _WINDOW.search(text)):
            continue
        end = _day(m[4], m[5], m[6])
        start = _day(m[1], m[2], m[3] or m[6])
        if start is None or end is None or end < start:
            continue
        matter = " ".join(w for w in ("Dự thảo", doc_type, title) if w)
        values = {"matter": matter, "from": start.isoformat(), "to": end.isoformat()}
        if email := _EMAIL.search(text):
            values["contact"] = {"email": email[0].rstrip(".")}
        quoted = text if len(text) <= 120 else text[:118].rsplit(" ", 1)[0] + " …"
        return values, [f"đã điền consultation (lấy ý kiến Nhân dân) từ câu «{quoted}»; hãy kiểm tra nội dung (matter) "
                        "và ghi nơi nhận ý kiến (contact: address, phone, email, url)."]
    if draft:
        return None, ["văn bản ghi «DỰ THẢO»: nếu đang lấy ý kiến Nhân dân, hãy ghi consultation (nội dung, thời gian "
                      "from/to, nơi nhận ý kiến) để trang web báo cho người dân."]
    return None, []
