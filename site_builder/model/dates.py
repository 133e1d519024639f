"""Partial dates: real plans say "ngày tháng 01 năm 2025", so a day or month may be unknown."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class DateError(ValueError):
    """The text is not a date, or names a day that does not exist; the message is Vietnamese."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Accept YYYY-MM-DD, YYYY-MM or YYYY (as text, int or date) and check the calendar."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise DateError("phải là ngày dạng NĂM-THÁNG-NGÀY (2025-01-15), NĂM-THÁNG (2025-01) hoặc NĂM (2025).")
        match = _ISO.match(str(value).strip())
        if not match:
            raise DateError(
                f"«{value}» không phải ngày hợp lệ; hãy viết NĂM-THÁNG-NGÀY (2025-01-15), "
                "NĂM-THÁNG (2025-01) hoặc NĂM (2025)."
            )
        year = int(match[1])
        month = int(match[2]) if match[2] else None
        day = int(match[3]) if match[3] else None
        if not 1900 <= year <= 2200:
            raise DateError(f"năm {year} nằm ngoài khoảng hợp lý (1900–2200).")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"tháng {month} không tồn tại.")
        if day is not None:
            try:
                dt.date(year, month or 1, day)
            except ValueError:
                raise DateError(f"ngày {day}/{month}/{year} không tồn tại.") from None
        return cls(year, month, day)

    @property
    def is_partial(self) -> bool:
        return self.day is None

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def vietnamese(self) -> str:
        """As a Vietnamese date line writes it: "ngày 15 tháng 01 năm 2025", "tháng 01 năm 2025"."""
        text = f"năm {self.year}"
        if self.month is not None:
            text = f"tháng {self.month:02d} {text}"
            if self.day is not None:
                text = f"ngày {self.day:02d} {text}"
        return text

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)
