"""The build's clock: the one "today" every stage computes overdue tasks and "new" plans from.

SOURCE_DATE_EPOCH fixes it, so builds and tests are reproducible.
"""

from __future__ import annotations

import datetime as dt
import os

# Dates on the site are Vietnamese dates: a build at 06:00 in Hà Nội is already "today" there,
# though it is yesterday in UTC. Việt Nam keeps UTC+7 all year (no daylight saving).
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def build_moment() -> dt.datetime:
    """Now in Việt Nam, or the instant in SOURCE_DATE_EPOCH so that builds and tests are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), VIETNAM)
    return dt.datetime.now(VIETNAM)


def build_date() -> dt.date:
    return build_moment().date()


def build_time() -> str:
    """The build instant as ISO 8601 with its +07:00 offset."""
    return build_moment().isoformat(timespec="seconds")
