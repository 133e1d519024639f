"""iCalendar feeds of deadlines (RFC 5545), with the maintained `icalendar` library: the whole site
(`data/han-chot.ics`), one per issuer beside its page (`co-quan/<slug>/han-chot.ics`) and one per
plan beside its page; where they are and how a page offers them: calendar_links. Recurring deadlines are RRULEs; UIDs come
from the plan's path and the task's id, so a subscriber's calendar updates rather than duplicates;
DTSTAMP is the build time (SOURCE_DATE_EPOCH), so a rebuild of the same content is byte-identical.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vRecur

from ..model.paths import page_url, slugify
from ..model.plans import Plan
from ..model.site_map import SITE_CALENDAR
from ..model.tasks import Deadline, Task, anchor, latest
from ..render.calendar_links import absolute_url, has_deadlines, issuer_calendar, plan_calendar
from ..render.task_pages import since_of

PRODID = "-//site-builder//Cong khai ke hoach//VI"


def calendar_authority(site_url: str | None, site_name: str) -> str:
    if site_url:
        return urlsplit(site_url).hostname or "localhost"
    return slugify(site_name)[:63].strip("-") + ".invalid"


def _first(due: Deadline, plan: Plan, built: dt.datetime) -> dt.date | None:
    """DTSTART of a recurrence: its first occurrence from `due.from`, else the plan's date, else the
    start of the build year (a plan that gives no year still shows its coming deadlines)."""
    start = due.start.earliest() if due.start else since_of(plan) or dt.date(built.year, 1, 1)
    return next(due.occurrences(start, dt.date(start.year + 2, 12, 31)), None)


def _rrule(due: Deadline) -> vRecur:
    rule: dict = {"FREQ": "YEARLY"} if due.every == 12 else {"FREQ": "MONTHLY", "INTERVAL": due.every} if due.every > 1 else {"FREQ": "MONTHLY"}
    if due.every == 12:
        rule["BYMONTH"] = due.months()[0]
    rule["BYMONTHDAY"] = due.day if due.day else -1
    if due.until:
        rule["UNTIL"] = latest(due.until)
    return vRecur(rule)


def _event(plan: Plan, task: Task, authority: str, site_url: str | None, stamp: dt.datetime) -> Event | None:
    due = task.due
    if due is None:
        return None
    if due.recurring:
        start = _first(due, plan, stamp)
        if start is None:
            return None
    else:
        start = due.due_date()
    event = Event()
    event.add("uid", f"{slugify(plan.rel.removesuffix('.md'))}.{task.kind}.{slugify(task.id)}@{authority}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)  # a date: an all-day event
    event.add("dtend", start + dt.timedelta(days=1))
    if due.recurring:
        event.add("rrule", _rrule(due))
    label = "Chỉ tiêu" if task.kind == "target" else "Hạn"
    event.add("summary", f"{label}: {task.text if len(task.text) <= 90 else task.text[:88].rsplit(' ', 1)[0] + ' …'}")
    lines = [task.text, f"Thời hạn: {due.label()}"]
    if task.lead:
        lines.append("Đơn vị chủ trì: " + "; ".join(task.lead))
    if task.support:
        lines.append("Đơn vị phối hợp: " + "; ".join(task.support))
    lines.append(f"Tình trạng: {task.status}")
    lines.append(f"Kế hoạch: {plan.doc_type} {plan.number_raw or ''} {plan.title} ({plan.issuer})".replace("  ", " "))
    page = absolute_url(page_url(plan.rel), site_url)
    url = f"{page}#{anchor(task)}" if page else None
    if url:
        lines.append(url)
        event.add("url", url)
    event.add("description", "\n".join(lines))
    if plan.locality.label():
        event.add("location", plan.locality.label())
    event.add("categories", ["Kế hoạch", *task.lead][:5])
    event.add("transp", "TRANSPARENT")
    return event


def calendar_bytes(name: str, events: list[Event], prodid: str = PRODID) -> bytes:
    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for event in events:
        cal.add_component(event)
    return cal.to_ical()


def render_calendars(plans: list[Plan], site_name: str, site_url: str | None, built_at: str) -> dict[str, bytes]:
    """`data/han-chot.ics`, and one beside the page of every plan and every issuer with a deadline
    (calendar_links.has_deadlines: the pages link exactly those). The plans' issuer slugs must be
    assigned (catalog.Catalog)."""
    stamp = dt.datetime.fromisoformat(built_at).astimezone(dt.timezone.utc)
    base = site_url if not site_url or site_url.endswith("/") else site_url + "/"
    authority = calendar_authority(base, site_name)
    files: dict[str, bytes] = {}
    everything: list[Event] = []
    by_issuer: dict[str, tuple[str, list[Event]]] = {}
    for plan in sorted(plans, key=lambda p: p.rel):
        if not has_deadlines(plan):
            continue
        events = [e for t in (*plan.tasks, *plan.targets) if (e := _event(plan, t, authority, base, stamp)) is not None]
        files[plan_calendar(plan)] = calendar_bytes(f"Hạn chót: {plan.title}", events)
        by_issuer.setdefault(issuer_calendar(plan), (plan.issuer, []))[1].extend(events)
        everything.extend(events)
    for path, (issuer, events) in sorted(by_issuer.items()):
        files[path] = calendar_bytes(f"Hạn chót: {issuer}", events)
    files[SITE_CALENDAR] = calendar_bytes(f"Hạn chót: {site_name}", everything)
    return files
