"""An Atom feed of citizens' feedback and the answers (`phan-anh/feed.xml`, issue 17), so a citizen can
follow when a question is answered. An entry is a feedback item: published the day it was received,
updated the day it was answered; its link is the item on its plan page."""

from __future__ import annotations

import datetime as dt

from ..load.history import History
from ..model.feedback import feedback_anchor
from ..model.paths import page_url
from ..model.site_map import FEEDBACK_FEED, FEEDBACK_PAGE
from ..render.data_records import FEED_ENTRIES, Context, SiteData, plan_url
from .exports import feed_environment, normal_site_url, xml_safe

VIETNAM = dt.timezone(dt.timedelta(hours=7))


def _moment(day: dt.date) -> str:
    """A day as an Atom date-time: its start in Việt Nam, where the office received or answered it."""
    return dt.datetime.combine(day, dt.time(), VIETNAM).isoformat()


def render_feedback_feed(content: SiteData, site_name: str, site_url: str | None, built_at: str) -> dict[str, bytes]:
    ctx = Context(content, site_name, normal_site_url(site_url), content.history or History(False),
                   dt.date.fromisoformat(built_at[:10]))
    here = "phan-anh/"
    entries = []
    for plan in content.catalog.plans:
        for item in plan.feedback:
            target = plan_url(plan)
            href = ctx.href(here, target) + "#" + feedback_anchor(item)
            title = ("Đã trả lời: " if item.answered else "Phản ánh: ") + item.summary
            entries.append({
                "id": ctx.tag(f"{target}#{feedback_anchor(item)}"), "title": title[:150], "href": href,
                "updated": _moment(item.answered or item.received), "published": _moment(item.received),
                "author": plan.issuer, "summary": item.summary, "received": item.received.strftime("%d/%m/%Y"),
                "channel": item.channel, "answer": item.answer,
                "answered": item.answered.strftime("%d/%m/%Y") if item.answered else None,
                "answered_by": item.answered_by, "plan": plan.title,
            })
    entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
    del entries[FEED_ENTRIES:]
    head = {
        "id": ctx.tag(FEEDBACK_FEED), "title": f"{site_name}: phản ánh, kiến nghị và trả lời",
        "updated": entries[0]["updated"] if entries else built_at,
        "self_href": ctx.absolute(FEEDBACK_FEED) or "feed.xml",
        "alternate_href": ctx.href(here, page_url(FEEDBACK_PAGE)), "author": site_name,
    }
    text = feed_environment().get_template("feedback-atom.xml").render(feed=xml_safe(head), entries=xml_safe(entries))
    return {FEEDBACK_FEED: text.encode("utf-8")}
