"""«Dân bàn» as open data: the `consultation` and `village_decisions` of each record of plans.json (with their
help on the open-data page) and the entries the site's Atom feed gains. The build date decides each
consultation's state, as it decides overdue tasks."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from ..model.consultations import ANCHOR, consultation_state, days_left_text, passes
from ..model.paths import page_url, url_path
from ..model.plans import Plan
from .consultation_pages import decision_plan, with_consultation

# How plans.json describes the two fields (data_records.JSON_FIELDS, built by the functions below).
CONSULTATION_HELP = ("Lấy ý kiến Nhân dân về dự thảo (null khi văn bản không lấy ý kiến): {matter, law_item (khoản của "
                     "Điều 25 Luật Thực hiện dân chủ ở cơ sở), from, to (NĂM-THÁNG-NGÀY), forms, contact {address, "
                     "phone, email, url, note}, state (tính theo ngày xây dựng trang: «sắp lấy ý kiến», «đang lấy ý "
                     "kiến», «chưa công bố kết quả», «đã công bố kết quả»), days_left (số ngày còn lại khi đang lấy ý "
                     "kiến), result {date, opinions, channels [{form, count}], accepted, not_accepted [{opinion, "
                     "reason}], decision, decision_url, decision_date, report} hoặc null}.")
VILLAGE_DECISIONS_HELP = ("Các nội dung Nhân dân ở thôn, tổ dân phố bàn và quyết định (Điều 15): {id, village, matter, "
                          "form, date, households (tổng số hộ), participating, in_favour, result («thông qua» hoặc «không "
                          "thông qua»), note, counts_agree (kết quả có khớp với số hộ tán thành quá một nửa tổng số hộ "
                          "không; null khi thiếu số liệu)}.")


def consultation_record(plan: Plan, today: dt.date, plans: Sequence[Plan]) -> dict | None:
    c = plan.consultation
    if c is None:
        return None
    state = consultation_state(c, today)
    result = None
    if c.result is not None:
        r = c.result
        decided = decision_plan(plan, plans)
        result = {
            "date": r.date.iso(), "opinions": r.opinions,
            "channels": [{"form": name, "count": count} for name, count in r.channels],
            "accepted": list(r.accepted),
            "not_accepted": [{"opinion": o.opinion, "reason": o.reason} for o in r.not_accepted],
            "decision": r.decision, "decision_url": url_path(page_url(decided.rel)) if decided else None,
            "decision_date": r.decision_date.iso() if r.decision_date else None,
            "report": (r.report if r.report_is_url else url_path(r.report)) if r.report else None,
        }
    contact = c.contact
    return {
        "matter": c.matter, "law_item": c.law_item, "from": c.start.isoformat(), "to": c.end.isoformat(),
        "forms": list(c.forms),
        "contact": {"address": contact.address, "phone": contact.phone, "email": contact.email, "url": contact.url,
                    "note": contact.note},
        "state": state.label, "days_left": state.days_left, "result": result,
    }


def village_records(plan: Plan) -> list[dict]:
    return [{
        "id": d.id, "village": d.village, "matter": d.matter, "form": d.form, "date": d.date.iso(),
        "households": d.households, "participating": d.participating, "in_favour": d.in_favour, "result": d.result,
        "note": d.note, "counts_agree": None if passes(d) is None else passes(d) == (d.result == "thông qua"),
    } for d in plan.village_decisions]


def feed_entries(plans: Sequence[Plan], today: dt.date) -> list[tuple[Plan, str, str, dt.date, str]]:
    """(plan, fragment, title, day, text) of each consultation: opened on its first day; once reported,
    updated on the day of the result, so a reader hears of both."""
    entries = []
    for plan in with_consultation(plans):
        c = plan.consultation
        if today < c.start:
            continue  # announced in the feed when it opens
        state = consultation_state(c, today)
        text = f"Lấy ý kiến Nhân dân từ {c.start.strftime('%d/%m/%Y')} đến hết {c.end.strftime('%d/%m/%Y')}: {state.label}"
        if state.open:
            text += f", {days_left_text(state.days_left)}"
        day = c.start
        if c.result is not None:
            text += f", {c.result.opinions} ý kiến"
            day = max(c.result.date.earliest(), c.start)
        entries.append((plan, ANCHOR, f"Lấy ý kiến Nhân dân: {c.matter}", day, text + "."))
    return entries
