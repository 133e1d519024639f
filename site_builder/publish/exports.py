"""Open data: every plan as JSON and CSV, a JSON file beside each plan page, and Atom feeds of new
and changed plans (the whole site, each cited document, each place).

Plain Python, no MkDocs: `render_exports` returns bytes by site path and the caller decides where
they go. What each record holds, and the columns, are `render.data_records`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..load.history import History
from ..model.fields import STATUSES
from ..model.json_files import json_bytes
from ..model.paths import page_url
from ..model.plans import Plan
from ..model.site_map import HOME, PLANS_CSV, PLANS_JSON, TASKS_CSV, UNKNOWN_PLACE, document_page, place_page
from ..render.consultation_records import feed_entries
from ..render.data_records import (CSV_COLUMNS, FEED, FEED_ENTRIES, RECENT_CHANGES, TASK_COLUMNS, Column, Context,
                                   SiteData, directive_feed, place_feed, plan_json_path, plan_record)
from ..render.labels import summary_line

FEED_TEMPLATE = "atom.xml"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """Excel runs a cell that starts like a formula ("-KH/ĐU" is a blank party number); a leading
    apostrophe makes it text. The JSON keeps the value untouched."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(columns: tuple[Column, ...], records: list[dict]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for record in records:
        writer.writerow([_cell(c.value(record)) for c in columns])
    # The BOM is how Excel knows the file is UTF-8 rather than the system's code page.
    return out.getvalue().encode("utf-8-sig")


def plans_csv(records: list[dict]) -> bytes:
    return csv_bytes(CSV_COLUMNS, records)


# -- Atom feeds ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Feed:
    path: str  # site path of the feed file
    title: str
    page: str  # src_uri of the page the feed follows
    plans: tuple[Plan, ...] = field(default=())


def feeds_of(content: SiteData, site_name: str) -> list[Feed]:
    """The site feed, one feed per cited document and one per province (as the place pages group)."""
    feeds = [Feed(FEED, f"{site_name}: văn bản mới và văn bản thay đổi", HOME, tuple(content.catalog.plans))]
    if content.directives is not None:
        for doc in content.directives.sorted_documents():
            plans = tuple(c.plan for c in doc.citing.values())
            feeds.append(Feed(directive_feed(doc), f"Văn bản trích dẫn {doc.full_title()}", document_page(doc), plans))
    for group in content.catalog.by_place:
        title = "Văn bản chưa rõ tỉnh/thành phố" if group.key == UNKNOWN_PLACE else f"Văn bản ở {group.name}"
        feeds.append(Feed(place_feed(group.plans[0]), title, place_page(group.plans[0]), tuple(group.plans)))
    return feeds


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _rfc3339(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _updated(plan: Plan, record: dict, built: dt.datetime) -> dt.datetime:
    """Last change from history (or the file date it falls back to); failing both, the issue date."""
    moment = _moment(record["history"]["last_changed"])
    if moment is None and plan.issued:
        moment = dt.datetime.combine(plan.issued.earliest(), dt.time(), dt.timezone.utc)
    return moment or built


def _change_view(change: dict) -> dict:
    return {"day": change["date"][:10], "text": change["text"], "commit": change["commit"]}


def _entry(plan: Plan, record: dict, ctx: Context, feed_url: str, built: dt.datetime) -> dict:
    published = _moment(record["history"]["first_published"])
    return {
        "id": ctx.tag(record["url"]),
        "title": plan.title,
        "href": ctx.href(feed_url, record["url"]),
        "updated": _updated(plan, record, built),
        "published": _rfc3339(published) if published else None,
        "summary": summary_line(plan),
        "author": plan.issuer,
        "categories": list(plan.topics),
        "status": STATUSES.get(plan.status or ""),
        "status_reason": plan.status_reason,
        "changes": [_change_view(c) for c in record["history"]["changes"][:RECENT_CHANGES]],
    }


def _consultation_entries(plans, records: dict[str, dict], ctx: Context, feed_url: str) -> list[dict]:
    """Issue 17: each consultation is an entry of the site's feed (when it opens, again when reported)."""
    entries = []
    for plan, fragment, title, day, text in feed_entries(plans, ctx.today):
        url = records[plan.rel]["url"]
        moment = dt.datetime.combine(day, dt.time(), dt.timezone(dt.timedelta(hours=7)))
        entries.append({
            "id": ctx.tag(f"{url}#{fragment}"), "title": title, "href": f"{ctx.href(feed_url, url)}#{fragment}",
            "updated": moment, "published": _rfc3339(moment), "summary": text, "author": plan.issuer,
            "categories": ["lấy ý kiến Nhân dân"], "status": None, "status_reason": None, "changes": [],
            "note": summary_line(plan) + ": " + plan.title,
        })
    return entries


def xml_safe(value: Any) -> Any:
    """XML 1.0 cannot carry most control characters, which pasted .docx text sometimes holds."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    if isinstance(value, dict):
        return {k: xml_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [xml_safe(v) for v in value]
    return value


@lru_cache(maxsize=1)
def feed_environment() -> Environment:
    return Environment(
        # Not in templates/: MkDocs publishes every non-HTML file of a theme folder as is.
        loader=FileSystemLoader(str(Path(__file__).parent.parent / "data_templates")),
        autoescape=select_autoescape(enabled_extensions=("xml", "html"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render_feed(feed: Feed, records: dict[str, dict], ctx: Context, built_at: str) -> bytes:
    built = _moment(built_at) or dt.datetime.now(dt.timezone.utc)
    folder = posixpath.dirname(feed.path)
    feed_url = folder + "/" if folder else ""
    entries = [_entry(p, records[p.rel], ctx, feed_url, built) for p in feed.plans]
    if feed.path == FEED:  # issue 17: each consultation is an entry of the site's feed
        entries += _consultation_entries(feed.plans, records, ctx, feed_url)
    entries.sort(key=lambda e: (-e["updated"].timestamp(), e["title"], e["id"]))
    del entries[FEED_ENTRIES:]
    for entry in entries:
        entry["updated"] = _rfc3339(entry["updated"])
    head = {
        "id": ctx.tag(feed.path),
        "title": feed.title,
        "updated": max((e["updated"] for e in entries), key=_moment, default=_rfc3339(built)),
        "self_href": ctx.absolute(feed.path) or posixpath.basename(feed.path),
        "alternate_href": ctx.href(feed_url, page_url(feed.page)),
        "author": ctx.site_name,
    }
    text = feed_environment().get_template(FEED_TEMPLATE).render(feed=xml_safe(head), entries=xml_safe(entries))
    return text.encode("utf-8")


# -- everything ---------------------------------------------------------------------------------
def normal_site_url(site_url: str | None) -> str | None:
    if not site_url or not site_url.strip():
        return None
    return site_url.strip().rstrip("/") + "/"


def render_exports(content: SiteData, site_name: str, site_url: str | None, built_at: str) -> dict[str, bytes]:
    """{site path: bytes} for plans.json, plans.csv, each plan's index.json and every Atom feed."""
    ctx = Context(content, site_name, normal_site_url(site_url), content.history or History(False),
                   dt.date.fromisoformat(built_at[:10]))
    records = {plan.rel: plan_record(plan, ctx) for plan in content.catalog.plans}
    ordered = list(records.values())
    files = {
        PLANS_JSON: json_bytes({"generated": built_at, "site": site_name, "count": len(ordered), "plans": ordered}),
        PLANS_CSV: plans_csv(ordered),
        # A spreadsheet has no page to resolve a relative address against: full addresses when known.
        TASKS_CSV: csv_bytes(TASK_COLUMNS, [{**task, "plan": ctx.absolute(task["plan"]) or task["plan"]}
                                       for record in ordered for task in record["tasks"]]),
    }
    for plan in content.catalog.plans:
        files[plan_json_path(plan)] = json_bytes(records[plan.rel])
    for feed in feeds_of(content, site_name):
        files[feed.path] = _render_feed(feed, records, ctx, built_at)
    return files
