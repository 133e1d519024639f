"""A statistics page for people who would rather look than read: plans per year and per place,
task status, overdue tasks by unit. Charts are drawn at build time as inline SVG (no script,
readable without JavaScript), each with a title, a description and the numbers as a table."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from html import escape

from ..catalog.catalog import Catalog
from ..model.site_map import STATS
from ..model.tasks import DEFAULT_STATUS, evaluate
from .listings import GeneratedPage, front_matter
from .task_pages import since_of

TOP_UNITS = 15
# One row: the label on its own line, the bar under it. Lengths are CSS pixels, not a viewBox
# scaled to the screen: a 640-unit drawing shrunk onto a 360 px phone drew 7 px labels (issue 20).
# Bars are percentages of the chart's width, so the chart fits any screen with text at its size.
_LABEL_LINE, _BAR_HEIGHT, _GAP = 16, 14, 10
_ROW = _LABEL_LINE + _BAR_HEIGHT + _GAP
_BAR_SPACE = 85  # per cent of the width; the rest holds the number after the longest bar


def bar_chart(key: str, title: str, rows: list[tuple[str, int]], description: str) -> str:
    """A horizontal bar chart as SVG; labels are escaped, so any text is safe to draw."""
    most = max((value for _, value in rows), default=0) or 1
    height = max(len(rows), 1) * _ROW
    parts = [
        f'<svg class="sb-chart" role="img" aria-labelledby="{key}-title {key}-desc" '
        f'width="100%" height="{height}">',
        f'<title id="{key}-title">{escape(title)}</title>',
        f'<desc id="{key}-desc">{escape(description)}</desc>',
    ]
    for i, (label, value) in enumerate(rows):
        y = i * _ROW
        width = round(_BAR_SPACE * value / most, 1)
        short = label if len(label) <= 38 else label[:37] + "…"
        parts += [
            f'<text class="sb-chart__label" x="0" y="{y + _LABEL_LINE - 4}">{escape(short)}</text>',
            f'<rect class="sb-chart__bar" x="0" y="{y + _LABEL_LINE}" width="{max(width, 0.5)}%" height="{_BAR_HEIGHT}"/>',
            f'<text class="sb-chart__value" x="{width}%" dx="6" y="{y + _LABEL_LINE + _BAR_HEIGHT - 3}">{value}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def _chart(key: str, title: str, rows: list[tuple[str, int]], unit: str) -> dict:
    total = sum(value for _, value in rows)
    listed = "; ".join(f"{label}: {value}" for label, value in rows[:20])
    description = f"{title}. Tổng {total} {unit}. {listed}." if rows else f"{title}: chưa có số liệu."
    return {"key": key, "title": title, "svg": bar_chart(key, title, rows, description), "unit": unit,
            "rows": [{"label": label, "value": value} for label, value in rows]}


def render_stats(catalog: Catalog, today: dt.date) -> GeneratedPage:
    plans = catalog.plans
    by_year = [(g.name, len(g.plans)) for g in catalog.by_year]
    by_place = [(g.name, len(g.plans)) for g in catalog.by_place]
    statuses: Counter = Counter()
    overdue_units: Counter = Counter()
    for plan in plans:
        for task in (*plan.tasks, *plan.targets):
            state = evaluate(task, today, since_of(plan))
            statuses["quá hạn" if state.overdue else task.status or DEFAULT_STATUS] += 1
            if state.overdue:
                for unit in task.lead or ("Chưa ghi đơn vị chủ trì",):
                    overdue_units[unit] += 1
    charts = [
        _chart("nam", "Số kế hoạch theo năm ban hành", by_year, "kế hoạch"),
        _chart("dia-ban", "Số kế hoạch theo tỉnh, thành phố", by_place, "kế hoạch"),
        _chart("tinh-trang", "Nhiệm vụ và chỉ tiêu theo tình trạng", statuses.most_common(), "nhiệm vụ, chỉ tiêu"),
        _chart("qua-han", f"Nhiệm vụ quá hạn theo đơn vị chủ trì ({TOP_UNITS} đơn vị nhiều nhất)",
               overdue_units.most_common(TOP_UNITS), "nhiệm vụ quá hạn"),
    ]
    intro = (f"Số liệu tính đến ngày {today.strftime('%d/%m/%Y')}, từ {len(plans)} kế hoạch trên trang. "
             "«Quá hạn» được tính tự động từ thời hạn của nhiệm vụ, không do cán bộ nhập.")
    meta = {"template": "stats.html", "sb_charts": charts}
    return GeneratedPage(STATS, front_matter("Thống kê", intro, meta) + f"# Thống kê\n\n{intro}\n")
