"""«Danh mục thông tin công khai»: per issuer and per quarter, what was made public under each clause
of Art. 11 of the Law on Grassroots Democracy, and which clauses have nothing yet this year; and the
plan page's sentence about its own disclosure record (`disclosure_panel`) and the record as open data.

Only clauses 1-3 carry a short label: their wording was checked against the law's text; the others
are named by number (see `CLAUSE_LABELS`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..model.consultations import LAW
from ..model.disclosure import CLAUSES, LAW_NUMBER, ChannelUse, Disclosure, Posting, longest_run
from ..model.paths import page_url
from ..model.plans import Plan
from ..model.site_map import DISCLOSURES, disclosure_issuer_page
from .html_blocks import RAW_BLOCKS_MARK, a, block, esc, table, ul
from .listings import GeneratedPage, front_matter

# Short neutral labels of our own, for the clauses whose text we verified (khoản 1-3 Điều 11).
CLAUSE_LABELS = {
    1: "Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm và kết quả thực hiện",
    2: "Dự toán, tình hình thực hiện dự toán và quyết toán ngân sách, kế hoạch tài chính của cấp xã",
    3: "Dự án, công trình đầu tư; thu hồi đất, bồi thường, hỗ trợ, tái định cư; quỹ đất của cấp xã",
}
QUARTERS = ("Quý I", "Quý II", "Quý III", "Quý IV")


# -- how the plan page says it ------------------------------------------------------------------
def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def clause_sentence(record: Disclosure) -> str:
    """«Công khai theo khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở»."""
    clauses = list(record.clauses)
    shown = ", ".join(map(str, clauses[:-1])) + " và " + str(clauses[-1]) if len(clauses) > 1 else str(clauses[0])
    return f"Công khai theo khoản {shown} Điều 11 {LAW}"


def posting_sentence(posting: Posting) -> str:
    where = posting.place  # as written: «trụ sở UBND xã», «Nhà văn hóa thôn 3» are both right
    if posting.end is None:
        return f"niêm yết tại {where} từ ngày {_d(posting.start)}"
    if posting.end == posting.start:
        return f"niêm yết tại {where} ngày {_d(posting.start)}"
    return f"niêm yết tại {where} từ ngày {_d(posting.start)} đến ngày {_d(posting.end)}"


def loudspeaker_sentence(days: tuple[dt.date, ...]) -> str:
    if not days:
        return ""
    if len(days) > 1 and longest_run(days) == len(days):
        return f"phát trên hệ thống truyền thanh {len(days)} ngày, từ ngày {_d(days[0])} đến ngày {_d(days[-1])}"
    return f"phát trên hệ thống truyền thanh {len(days)} ngày: " + ", ".join(_d(d) for d in days)


def channel_sentence(use: ChannelUse) -> str:
    return f"qua {use.channel} ngày {_d(use.date)}" + (f" ({use.note})" if use.note else "")


def sentences(record: Disclosure) -> list[str]:
    """The record in plain Vietnamese, one clause of a sentence per way it was publicised."""
    parts = [posting_sentence(p) for p in record.postings]
    if record.loudspeaker:
        parts.append(loudspeaker_sentence(record.loudspeaker))
    parts += [channel_sentence(c) for c in record.channels]
    return parts


def disclosure_record(record: Disclosure | None) -> dict | None:
    """The record as open data (data_records.JSON_FIELDS «disclosure»; schema in publish.data_schemas)."""
    if record is None:
        return None
    return {
        "clauses": list(record.clauses),
        "posting": [{"place": p.place, "from": p.start.isoformat(), "to": p.end.isoformat() if p.end else None}
                    for p in record.postings],
        "loudspeaker": [d.isoformat() for d in record.loudspeaker],
        "channels": [{"channel": c.channel, "date": c.date.isoformat(), "note": c.note} for c in record.channels],
        "first_day": record.first_day.isoformat() if record.first_day else None,
    }


def clause_name(clause: int) -> str:
    label = CLAUSE_LABELS.get(clause)
    return f"Khoản {clause}" + (f": {label}" if label else "")


def when(plan: Plan) -> dt.date | None:
    """The day a document counts as made public: its first recorded day, else its date of issue."""
    record = plan.disclosure
    if record is None:
        return None
    first = record.first_day
    if first is not None:
        return first
    return plan.issued.earliest() if plan.issued and not plan.issued.is_partial else None


def disclosure_panel(plan: Plan) -> dict | None:
    """What a plan page says of its disclosure record (partials/plan-disclosure.html)."""
    record: Disclosure | None = plan.disclosure
    if record is None or not record.clauses:
        return None
    parts = sentences(record)
    text = clause_sentence(record) + ("; " + "; ".join(parts) if parts else "") + "."
    return {"text": text, "list_url": page_url(disclosure_issuer_page(plan)),
            "issuer": plan.issuer, "unrecorded": not parts}


def _cell(here: str, plans: list[Plan]) -> str:
    if not plans:
        return '<span class="sb-muted">—</span>'
    items = []
    for plan in plans:
        name = plan.doc_type + (f" số {plan.number_label}" if plan.number_label else "")
        day = when(plan)
        items.append(f"{a(here, plan.rel, name)}: {esc(plan.title)}" + (f" ({day.strftime('%d/%m/%Y')})" if day else ""))
    return ul(items)


def _issuer_page(src: str, issuer: str, plans: list[Plan], today: dt.date) -> GeneratedPage:
    title = f"Danh mục thông tin công khai: {issuer}"
    by_year: dict[int, dict[tuple[int, int], list[Plan]]] = defaultdict(lambda: defaultdict(list))
    undated: list[Plan] = []
    for plan in sorted(plans, key=lambda p: (when(p) or dt.date.min, p.rel)):
        day = when(plan)
        if day is None:
            undated.append(plan)
            continue
        for clause in plan.disclosure.clauses:
            by_year[day.year][(clause, (day.month - 1) // 3)].append(plan)
    here = src
    out = [front_matter(title, f"Các văn bản {issuer} đã công khai theo từng khoản Điều 11 {LAW}, theo quý."),
           RAW_BLOCKS_MARK, f"# {esc(title)}\n",
           block(f"<p>Theo Điều 11 {esc(LAW)} (số {LAW_NUMBER}), chính quyền cấp xã phải công khai 14 nhóm nội dung "
                 "(khoản 1 đến khoản 14). Bảng dưới ghi, theo từng quý, các văn bản đã được công khai theo mỗi khoản, "
                 "như cán bộ ghi ở phần «Công khai văn bản» của văn bản; văn bản xếp vào quý của ngày công khai đầu "
                 "tiên được ghi (không có thì ngày ban hành).</p>"
                 f"<p>{a(here, DISCLOSURES, '← Danh mục thông tin công khai của mọi cơ quan')}</p>")]
    years = sorted(set(by_year) | {today.year}, reverse=True)
    for year in years:
        cells = by_year.get(year, {})
        out.append(f"## Năm {year}\n")
        rows = [[esc(clause_name(c))] + [_cell(here, cells.get((c, q), [])) for q in range(4)]
                for c in CLAUSES if year == today.year or any((c, q) in cells for q in range(4))]
        out.append(block(table(["Khoản Điều 11", *(f"{q}/{year}" for q in QUARTERS)], rows, cls="sb-disclosure-table")))
        if year == today.year:
            missing = [c for c in CLAUSES if not any((c, q) in cells for q in range(4))]
            text = ("Mọi khoản đều đã có văn bản được công khai trong năm." if not missing else
                    f"Các khoản chưa có văn bản nào được ghi là đã công khai trong năm {year} "
                    f"(tính đến ngày {today.strftime('%d/%m/%Y')}): " + ", ".join(f"khoản {c}" for c in missing) + ".")
            out.append(block(f'<p class="sb-disclosure__missing">{esc(text)}</p>'))
    if undated:
        out.append("## Chưa rõ thời gian công khai\n")
        out.append(block(_cell(here, undated)))
    return GeneratedPage(src, "\n".join(out))


def render_disclosure_pages(plans: list[Plan], today: dt.date) -> list[GeneratedPage]:
    recorded = [p for p in plans if p.disclosure is not None and p.disclosure.clauses]
    by_issuer: dict[str, list[Plan]] = defaultdict(list)
    names: dict[str, str] = {}
    for plan in recorded:
        src = disclosure_issuer_page(plan)
        by_issuer[src].append(plan)
        names.setdefault(src, plan.issuer)
    title = "Danh mục thông tin công khai"
    here = DISCLOSURES
    items = [f"{a(here, src, names[src])} — {len(by_issuer[src])} văn bản"
             for src in sorted(by_issuer, key=lambda s: names[s])]
    index = [front_matter(title, f"Các văn bản đã công khai theo Điều 11 {LAW}, theo cơ quan và theo quý."),
             RAW_BLOCKS_MARK, f"# {title}\n",
             block(f"<p>Điều 11 {esc(LAW)} (số {LAW_NUMBER}) quy định 14 nhóm nội dung chính quyền cấp xã phải "
                   "công khai; Điều 12 quy định các hình thức công khai (niêm yết tại trụ sở, cổng thông tin điện tử, "
                   "hệ thống truyền thanh, qua trưởng thôn, tổ trưởng tổ dân phố …). Mỗi cơ quan dưới đây có bảng "
                   "các văn bản đã công khai theo từng khoản và từng quý, và các khoản chưa có văn bản nào trong năm.</p>"),
             block(ul(items)) if items else block('<p>Chưa có văn bản nào ghi việc công khai (trường '
                                                  '«disclosure» của văn bản).</p>')]
    pages = [GeneratedPage(DISCLOSURES, "\n".join(index))]
    pages += [_issuer_page(src, names[src], plans_, today) for src, plans_ in by_issuer.items()]
    return pages
