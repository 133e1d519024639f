"""The disclosure record of a document: which duty of Art. 11 of the Law on Grassroots Democracy
(10/2022/QH15) it fulfils and how it was publicised (Art. 12-13): posting, loudspeakers, other channels.
Plain data; `check.disclosure_checks` builds it from what officials write in `disclosure:`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LAW_NUMBER = "10/2022/QH15"
CLAUSES = range(1, 15)
# Art. 13(3) as the issue states it: what clauses 7 to 12 disclose goes on the loudspeakers for at
# least three consecutive days.
LOUDSPEAKER_CLAUSES = range(7, 13)
LOUDSPEAKER_DAYS = 3


@dataclass(frozen=True)
class Posting:
    place: str
    start: dt.date
    end: dt.date | None = None


@dataclass(frozen=True)
class ChannelUse:
    channel: str
    date: dt.date
    note: str | None = None


@dataclass(frozen=True)
class Disclosure:
    clauses: tuple[int, ...]
    postings: tuple[Posting, ...] = ()
    loudspeaker: tuple[dt.date, ...] = ()
    channels: tuple[ChannelUse, ...] = ()

    @property
    def first_day(self) -> dt.date | None:
        """When the document was first made public: it places the document in a quarter."""
        days = [p.start for p in self.postings] + list(self.loudspeaker) + [c.date for c in self.channels]
        return min(days) if days else None


def longest_run(days: tuple[dt.date, ...]) -> int:
    """The most consecutive days in `days` (sorted, without repeats)."""
    best = run = 0
    previous = None
    for day in days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        best, previous = max(best, run), day
    return best
