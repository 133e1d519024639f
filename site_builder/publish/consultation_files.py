"""«Dân bàn» as files: `data/consultations.csv` (columns: `data_records.CONSULTATION_COLUMNS`) and an iCalendar
event for each consultation's closing day, beside its document's page and all of them in `data/lay-y-kien.ics`."""

from __future__ import annotations

import datetime as dt

from icalendar import Event

from ..model.consultations import ANCHOR, law_label
from ..model.paths import page_url, slugify
from ..model.plans import Plan
from ..model.site_map import CONSULTATIONS_CALENDAR, CONSULTATIONS_CSV
from ..render.calendar_links import absolute_url
from ..render.consultation_pages import plan_calendar, with_consultation
from ..render.consultation_records import consultation_record
from ..render.data_records import CONSULTATION_COLUMNS, SiteData, plan_url
from .exports import csv_bytes
from .ical import calendar_authority, calendar_bytes

PRODID = "-//site-builder//Lay y kien Nhan dan//VI"


def consultations_csv(content: SiteData, today: dt.date, site_url: str | None) -> bytes:
    rows = []
    for plan in with_consultation(content.catalog.plans):
        url = plan_url(plan)
        rows.append({"plan": absolute_url(url, site_url) or url, "title": plan.title, "number": plan.number_raw,
                     "issuer": plan.issuer, "c": consultation_record(plan, today, content.catalog.plans)})
    rows.sort(key=lambda r: (r["c"]["to"], r["plan"]), reverse=True)
    return csv_bytes(CONSULTATION_COLUMNS, rows)


def _event(plan: Plan, authority: str, site_url: str | None, stamp: dt.datetime) -> Event:
    c = plan.consultation
    event = Event()
    event.add("uid", f"{slugify(plan.rel.removesuffix('.md'))}.lay-y-kien@{authority}")
    event.add("dtstamp", stamp)
    event.add("dtstart", c.end)  # the last day opinions are taken, all day
    event.add("dtend", c.end + dt.timedelta(days=1))
    matter = c.matter if len(c.matter) <= 80 else c.matter[:78].rsplit(" ", 1)[0] + " …"
    event.add("summary", f"Hết hạn góp ý: {matter}")
    lines = [c.matter, f"Lấy ý kiến Nhân dân từ {c.start.strftime('%d/%m/%Y')} đến hết {c.end.strftime('%d/%m/%Y')}."]
    if c.law_item:
        lines.append(f"Căn cứ: {law_label(c.law_item)}.")
    contact = c.contact
    lines += [f"{label}: {value}" for label, value in (("Địa chỉ", contact.address), ("Điện thoại", contact.phone),
                                                        ("Thư điện tử", contact.email), ("Góp ý trực tuyến", contact.url),
                                                        ("Ghi chú", contact.note)) if value]
    lines.append(f"Văn bản: {plan.doc_type} {plan.number_raw or ''} {plan.title} ({plan.issuer})".replace("  ", " "))
    page = absolute_url(page_url(plan.rel), site_url)
    if page:
        lines.append(f"{page}#{ANCHOR}")
        event.add("url", f"{page}#{ANCHOR}")
    event.add("description", "\n".join(lines))
    if plan.locality.label():
        event.add("location", plan.locality.label())
    event.add("categories", ["Lấy ý kiến Nhân dân"])
    event.add("transp", "TRANSPARENT")
    return event


def render_consultation_files(content: SiteData, site_name: str, site_url: str | None, built_at: str) -> dict[str, bytes]:
    """consultations.csv and the calendars; the feed entries are added by exports (`consultation_records.feed_entries`)."""
    today = dt.date.fromisoformat(built_at[:10])
    stamp = dt.datetime.fromisoformat(built_at).astimezone(dt.timezone.utc)
    base = site_url if not site_url or site_url.endswith("/") else site_url + "/"
    authority = calendar_authority(base, site_name)
    files = {CONSULTATIONS_CSV: consultations_csv(content, today, base)}
    events = []
    for plan in sorted(with_consultation(content.catalog.plans), key=lambda p: p.rel):
        event = _event(plan, authority, base, stamp)
        files[plan_calendar(plan)] = calendar_bytes(f"Lấy ý kiến: {plan.title}", [event], PRODID)
        events.append(event)
    files[CONSULTATIONS_CALENDAR] = calendar_bytes(f"Lấy ý kiến Nhân dân: {site_name}", events, PRODID)
    return files
