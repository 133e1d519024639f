"""«Dân bàn» as citizens see it: the consultation and village-decision panels of a document's page
(values for `templates/partials/plan-consultation.html` and `plan-village-decisions.html`), the page
«Lấy ý kiến Nhân dân» (open, upcoming, closed without a result, reported; then village decisions) and
the home page's section while something is open. Markdown strings and plain values, no MkDocs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Sequence

from ..catalog.contacts import ContactBook, consultation_contact
from ..model.citations import canonical_symbol
from ..model.consultations import (ANCHOR, OPEN, PENDING, REPORTED, UPCOMING, Consultation, consultation_state,
                                   days_left_text, decision_anchor, law_label, passes)
from ..model.paths import page_url, url_path
from ..model.plans import Plan
from ..model.site_map import CONSULTATIONS, CONSULTATIONS_CALENDAR
from .calendar_links import subscribe_block
from .html_blocks import IGNORE, a, block, esc, ul
from .labels import summary_line
from .listings import GeneratedPage, paginate

DECISIONS_ANCHOR = "nhan-dan-quyet-dinh"
CONSULTATION_CALENDAR_NAME = "lay-y-kien.ics"
SECTIONS = (
    (OPEN, "Đang lấy ý kiến"),
    (UPCOMING, "Sắp lấy ý kiến"),
    (PENDING, "Đã hết hạn, chưa công bố kết quả"),
    (REPORTED, "Đã công bố kết quả"),
)
DECISIONS_TITLE = "Nhân dân ở thôn, tổ dân phố bàn và quyết định"


def _day(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _partial(d) -> str | None:
    if d is None:
        return None
    if d.day is not None:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.month:02d}/{d.year}" if d.month else str(d.year)


def plan_calendar(plan: Plan) -> str:
    """The consultation's closing day as a calendar, beside the document's page."""
    return page_url(plan.rel) + CONSULTATION_CALENDAR_NAME


def with_consultation(plans: Sequence[Plan]) -> list[Plan]:
    return [p for p in plans if p.consultation is not None]


def decision_plan(plan: Plan, plans: Sequence[Plan]) -> Plan | None:
    """The published document a consultation's result names as its decision: the one plan of the site
    with that number (by its standard form), preferring the consulting body's own; the plan itself when
    the draft's file became the issued document."""
    result = plan.consultation.result if plan.consultation else None
    wanted = canonical_symbol(result.decision) if result and result.decision else None
    if wanted is None:
        return None
    same = [p for p in plans if p.number_raw and (s := canonical_symbol(p.number_raw)) and s.text == wanted.text]
    own = [p for p in same if p.issuer == plan.issuer]
    for found in (own, same):
        if len(found) == 1:
            return found[0]
    return None


def _tel(phone: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", phone)


def consultation_panel(plan: Plan, today: dt.date, plans: Sequence[Plan], book: ContactBook | None = None) -> dict | None:
    """Values for `partials/plan-consultation.html`; URLs relative to the site root. Without a contact of its
    own, the consultation shows the issuer's channels from the contacts file (`book`)."""
    c = plan.consultation
    if c is None:
        return None
    state = consultation_state(c, today)
    contact, from_issuer = consultation_contact(plan, book)
    view = {
        "state": state.code, "label": state.label, "open": state.open,
        "days_left": state.days_left, "days_text": days_left_text(state.days_left) if state.open else None,
        "matter": c.matter, "law": law_label(c.law_item),
        "from": _day(c.start), "from_iso": c.start.isoformat(), "to": _day(c.end), "to_iso": c.end.isoformat(),
        "today": _day(today), "today_iso": today.isoformat(),
        "forms": list(c.forms),
        "contact": {"address": contact.address, "phone": contact.phone, "tel": _tel(contact.phone) if contact.phone else None,
                    "email": contact.email, "url": contact.url, "note": contact.note,
                    "from_issuer": from_issuer} if contact.any() else None,
        "calendar_url": plan_calendar(plan),
        "list_url": page_url(CONSULTATIONS),
        "result": None,
    }
    if c.result is not None:
        r = c.result
        decided = decision_plan(plan, plans)
        view["result"] = {
            "date": _partial(r.date), "date_iso": r.date.iso(), "opinions": r.opinions,
            "channels": [{"name": name, "count": count} for name, count in r.channels],
            "accepted": list(r.accepted),
            "not_accepted": [{"opinion": o.opinion, "reason": o.reason} for o in r.not_accepted],
            "decision": r.decision, "decision_self": decided is plan,
            "decision_url": page_url(decided.rel) if decided and decided is not plan else None,
            "decision_title": decided.title if decided else None, "decision_date": _partial(r.decision_date),
            "report": (r.report if r.report_is_url else url_path(r.report)) if r.report else None,
            "report_is_url": r.report_is_url,
        }
    return view


def village_panel(plan: Plan) -> list[dict]:
    """Values for `partials/plan-village-decisions.html`."""
    return [{
        "anchor": decision_anchor(d), "village": d.village, "matter": d.matter, "form": d.form,
        "date": _partial(d.date), "date_iso": d.date.iso(), "households": d.households,
        "participating": d.participating, "in_favour": d.in_favour, "result": d.result, "note": d.note,
        # The counts contradict the result: the checker warned; the page says so rather than hide it.
        "contradicts": passes(d) is not None and passes(d) != (d.result == "thông qua"),
    } for d in plan.village_decisions]


# -- the page «Lấy ý kiến Nhân dân» and the home page's section -------------------------------------
def _item(plan: Plan, c: Consultation, today: dt.date, here: str, book: ContactBook | None = None) -> str:
    """One consultation in a list; with `book`, an open one says where opinions go (its own contact, or the
    issuer's channels)."""
    state = consultation_state(c, today)
    line = f"<strong>{a(here, plan.rel, c.matter, ANCHOR)}</strong><br>\n  {esc(summary_line(plan))}"
    line += f"<br>\n  Từ {_day(c.start)} đến hết {_day(c.end)}"
    if state.code == OPEN:
        line += f' · <strong>{esc(state.label)}, {esc(days_left_text(state.days_left))}</strong>'
        contact = consultation_contact(plan, book)[0] if book is not None else None
        if contact is not None and contact.any():
            line += "<br>\n  Gửi ý kiến: " + esc(" · ".join(v for v in (contact.address, contact.phone, contact.email,
                                                                        contact.url) if v))
    elif state.code == PENDING:
        line += f' · <span class="sb-badge sb-badge--qua-han">{esc(state.label)}</span>'
    elif state.code == REPORTED:
        line += f" · {esc(state.label)}: {c.result.opinions} ý kiến"
    return line


def _decision_item(plan: Plan, d, here: str) -> str:
    counts = f"{d.in_favour}/{d.households} hộ tán thành" if d.in_favour is not None and d.households else None
    tail = " · ".join(x for x in (d.village, _partial(d.date), counts, d.result) if x)
    return f"<strong>{a(here, plan.rel, d.matter, decision_anchor(d))}</strong><br>\n  {esc(tail)}"


def _entries(plans: Sequence[Plan], today: dt.date, book: ContactBook | None) -> list[tuple[str, Callable[[str], str]]]:
    """(section heading, item renderer) in the page's order: what is open first."""
    consulting = with_consultation(plans)
    entries = []
    for code, title in SECTIONS:
        rows = [p for p in consulting if consultation_state(p.consultation, today).code == code]
        rows.sort(key=lambda p: (p.consultation.end, p.rel), reverse=code in (PENDING, REPORTED))
        heading = f"{title} ({len(rows)})"
        entries += [(heading, lambda here, p=p: _item(p, p.consultation, today, here, book)) for p in rows]
    decisions = sorted(((p, d) for p in plans for d in p.village_decisions),
                       key=lambda pd: (pd[1].date.earliest(), pd[0].rel), reverse=True)
    heading = f"{DECISIONS_TITLE} ({len(decisions)})"
    entries += [(heading, lambda here, p=p, d=d: _decision_item(p, d, here)) for p, d in decisions]
    return entries


INTRO = ("Theo Điều 25 và Điều 26 Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15), Nhân dân ở xã cho ý kiến về "
         "một số dự thảo trước khi cơ quan có thẩm quyền quyết định; theo Điều 15, Nhân dân ở thôn, tổ dân phố bàn "
         "và quyết định một số việc. Trang web này không thu ý kiến: mỗi dự thảo ghi nơi nhận ý kiến (địa chỉ, điện "
         "thoại, thư điện tử, biểu mẫu). Tình trạng được tính theo ngày xây dựng trang: một đợt đã hết hạn mà chưa ghi "
         "kết quả được ghi là «chưa công bố kết quả».")


def render_consultations_page(plans: Sequence[Plan], today: dt.date, site_url: str | None,
                              book: ContactBook | None = None) -> list[GeneratedPage]:
    title = "Lấy ý kiến Nhân dân"

    def render(chunk, here: str) -> str:
        runs: list[tuple[str, list[str]]] = []
        for heading, item in chunk:
            if not runs or runs[-1][0] != heading:
                runs.append((heading, []))
            runs[-1][1].append(item(here))
        return "".join(f"\n## {heading}\n" + block(ul(items)) for heading, items in runs)

    def head(here: str) -> str:
        return (f"# {title}\n\n{INTRO}\n\nTính đến ngày {_day(today)}.\n"
                + block(subscribe_block(here, CONSULTATIONS_CALENDAR, site_url, "của các đợt lấy ý kiến")))

    return paginate(CONSULTATIONS, _entries(plans, today, book), render, title=title, description=INTRO, head=head,
                    empty="Chưa có dự thảo nào lấy ý kiến Nhân dân, chưa có nội dung nào Nhân dân ở thôn, tổ dân phố "
                          "quyết định được đăng.\n")


def home_section(plans: Sequence[Plan], today: dt.date) -> Callable[[str], str] | None:
    """What the home page adds (raw HTML, html_blocks rules): consultations still open, with the days
    left, and a link to the page; None when no document records any «dân bàn», so such a site's home
    page stays as it was."""
    if not any(p.consultation or p.village_decisions for p in plans):
        return None

    def section(here: str) -> str:
        open_now = sorted((p for p in with_consultation(plans) if consultation_state(p.consultation, today).open),
                          key=lambda p: (p.consultation.end, p.rel))
        lines = ['<section class="sb-home-consultations"' + IGNORE + ' aria-labelledby="sb-home-consultations">',
                 '<h2 id="sb-home-consultations">Lấy ý kiến Nhân dân</h2>']
        if open_now:
            lines.append(f"<p>Đang lấy ý kiến về {len(open_now)} dự thảo; hãy gửi ý kiến trước khi hết hạn:</p>")
            lines.append(ul(_item(p, p.consultation, today, here) for p in open_now))
        else:
            lines.append("<p>Hiện không có dự thảo nào đang lấy ý kiến.</p>")
        lines.append(f"<p>{a(here, CONSULTATIONS, 'Mọi đợt lấy ý kiến, kết quả và nội dung Nhân dân quyết định →')}</p>")
        lines.append("</section>")
        return block("\n".join(lines))

    return section
