"""«Phản ánh, kiến nghị» across the site (`/phan-anh/`): per issuer, how much feedback came, how much
was answered and how fast, and every item still unanswered, the longest-waiting first, flagged when past
the site's number of days. Each item links to its place on the plan page (`feedback_anchor`). Also the plan
page's section (`feedback_panel`) and feedback as open data (`feedback_records`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..catalog.contacts import ContactBook
from ..model.feedback import Feedback, feedback_anchor, state
from ..model.paths import page_url
from ..model.plans import Plan
from ..model.site_map import FEEDBACK_FEED, FEEDBACK_PAGE
from .html_blocks import RAW_BLOCKS_MARK, a, block, esc, table
from .listings import GeneratedPage, front_matter

RECENT_ANSWERS = 20


def _days(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def render_feedback_page(plans: list[Plan], today: dt.date, within: int) -> GeneratedPage:
    here = FEEDBACK_PAGE
    title = "Phản ánh, kiến nghị và trả lời"
    rows = [(plan, item, state(item, today, within)) for plan in plans for item in plan.feedback]
    by_issuer: dict[str, list] = defaultdict(list)
    for row in rows:
        by_issuer[row[0].issuer].append(row)
    out = [front_matter(title, "Phản ánh, kiến nghị của người dân về các văn bản trên trang và câu trả lời."),
           RAW_BLOCKS_MARK, f"# {title}\n",
           block(f"<p>Phản ánh, kiến nghị của người dân về các văn bản trên trang, do cán bộ công bố cùng câu trả lời "
                 f"(tính đến ngày {today.strftime('%d/%m/%Y')}; thời hạn trả lời: {within} ngày). Nơi gửi phản ánh về "
                 "một văn bản ghi ở mục «Phản ánh, kiến nghị» cuối trang của văn bản đó.</p>"
                 f"<p>Theo dõi phản ánh mới và câu trả lời bằng trình đọc tin: {a(here, FEEDBACK_FEED, 'nguồn tin Atom')}.</p>")]
    if not rows:
        out.append(block("<p>Chưa có phản ánh, kiến nghị nào được công bố.</p>"))
        return GeneratedPage(here, "\n".join(out))
    out.append("## Theo cơ quan ban hành\n")
    summary = []
    for issuer in sorted(by_issuer):
        states = [s for _, _, s in by_issuer[issuer]]
        done = [s.days for s in states if s.answered]
        waiting = [s for s in states if not s.answered]
        summary.append([esc(issuer), str(len(states)), str(len(done)),
                        f"{_days(sum(done) / len(done))} ngày" if done else "—",
                        str(len(waiting)), str(sum(1 for s in waiting if s.late))])
    out.append(block(table(["Cơ quan", "Phản ánh", "Đã trả lời", "Trả lời sau (trung bình)", "Chưa trả lời",
                            f"Quá {within} ngày chưa trả lời"], summary, cls="sb-feedback-table")))
    waiting = sorted((r for r in rows if not r[2].answered), key=lambda r: (r[1].received, r[0].rel))
    out.append(f"## Chưa trả lời ({len(waiting)})\n")
    if waiting:
        out.append(block(table(["Ngày nhận", "Nội dung", "Văn bản", "Đã chờ"], [
            [esc(item.received.strftime("%d/%m/%Y")), esc(item.summary), a(here, plan.rel, plan.title, feedback_anchor(item)),
             f"{s.days} ngày" + (f' <span class="sb-badge sb-badge--qua-han">quá {within} ngày</span>' if s.late else "")]
            for plan, item, s in waiting], cls="sb-feedback-table")))
    else:
        out.append(block("<p>Mọi phản ánh đã được trả lời.</p>"))
    answered = sorted((r for r in rows if r[2].answered), key=lambda r: (r[1].answered, r[0].rel), reverse=True)
    out.append(f"## Trả lời gần đây ({min(len(answered), RECENT_ANSWERS)}/{len(answered)})\n")
    out.append(block(table(["Ngày trả lời", "Nội dung", "Văn bản", "Trả lời sau"], [
        [esc(item.answered.strftime("%d/%m/%Y")), esc(item.summary), a(here, plan.rel, plan.title, feedback_anchor(item)),
         f"{s.days} ngày"] for plan, item, s in answered[:RECENT_ANSWERS]], cls="sb-feedback-table"))
               if answered else block("<p>Chưa có câu trả lời nào.</p>"))
    return GeneratedPage(here, "\n".join(out))


def summary_line(items: list[Feedback], today: dt.date, within: int) -> str:
    """«3 phản ánh, kiến nghị: 2 đã trả lời (trung bình 6 ngày), 1 chưa trả lời, 1 quá 15 ngày chưa trả lời»."""
    states = [state(f, today, within) for f in items]
    done = [s for s in states if s.answered]
    waiting = [s for s in states if not s.answered]
    late = [s for s in waiting if s.late]
    text = f"{len(items)} phản ánh, kiến nghị: {len(done)} đã trả lời"
    if done:
        average = sum(s.days for s in done) / len(done)
        text += f" (trung bình sau {f'{average:.1f}'.replace('.', ',').removesuffix(',0')} ngày)"
    text += f", {len(waiting)} chưa trả lời"
    if late:
        text += f", trong đó {len(late)} đã quá {within} ngày"
    return text


# -- the plan page's section (partials/plan-feedback.html) ----------------------------------------
def _d(day: dt.date | None) -> str | None:
    return day.strftime("%d/%m/%Y") if day else None


def feedback_panel(plan: Plan, today: dt.date, book: ContactBook | None) -> dict:
    """Where to send feedback on `plan` (the issuer's channels from `book`, a `catalog.contacts.ContactBook`,
    and its People's Inspection Board), and the feedback received with the answers."""
    book = book if book is not None else ContactBook()
    within = book.answer_within_days
    office = book.channels_for(plan.issuer)
    items = []
    for item in plan.feedback:
        s = state(item, today, within)
        items.append({
            "anchor": feedback_anchor(item), "received": _d(item.received), "received_iso": item.received.isoformat(),
            "channel": item.channel, "summary": item.summary, "answer": item.answer,
            "answered": _d(item.answered), "answered_iso": item.answered.isoformat() if item.answered else None,
            "answered_by": item.answered_by, "days": s.days, "late": s.late,
        })
    return {
        "issuer": plan.issuer,
        "office": office if any(office.values()) else None,
        "board": book.inspection_board_for(plan.issuer),
        "records": list(reversed(items)),  # newest first
        "summary": summary_line(plan.feedback, today, within) if plan.feedback else None,
        "unanswered": sum(1 for i in items if not i["answered"]),
        "late": sum(1 for i in items if i["late"] and not i["answered"]),
        "within": within,
        "today": _d(today), "today_iso": today.isoformat(),
        "all_url": page_url(FEEDBACK_PAGE),
    }


def feedback_records(items: list[Feedback], today: dt.date, within: int) -> list[dict]:
    """Feedback as open data (data_records.JSON_FIELDS «feedback»; schema in publish.data_schemas)."""
    found = []
    for item in items:
        s = state(item, today, within)
        found.append({"id": item.id, "received": item.received.isoformat(), "channel": item.channel,
                      "summary": item.summary, "answer": item.answer,
                      "answered": item.answered.isoformat() if item.answered else None,
                      "answered_by": item.answered_by, "days": s.days, "late": s.late})
    return found

