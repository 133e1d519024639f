"""What plans commit to, as citizens check it: the task panel of a plan page (values for
`templates/partials/plan-tasks.html`), the page «Hạn sắp tới và quá hạn» (whole site and per
province), and a page per responsible unit ("what is Công chức Tư pháp - Hộ tịch responsible for?").

Rendered as Markdown strings and plain values like every generated page; no MkDocs. The task
tables and lists are raw HTML blocks (html_blocks), the headings Markdown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..model.dates import dmy
from ..model.paths import md_escape, name_slug, page_url, slugify, url_path
from ..model.plans import Plan
from ..model.site_map import DEADLINES, ISSUERS, SITE_CALENDAR, UNITS, issuer_slug, place_key
from ..model.tasks import DEFAULT_STATUS, DONE, FINISHED, UPCOMING_DAYS, Task, TaskState, anchor, evaluate
from .calendar_links import has_deadlines, plan_calendar, subscribe_block, subscription
from .html_blocks import a, block, url_to
from .listings import GeneratedPage, back_link, paginate
from .page_templates import PageTemplates, record, templates_or_default

TASKS_SCRIPT = "assets/sb-tasks.js"
DEADLINES_TEMPLATE = "deadlines.html"

STATUS_CLASSES = {
    "chưa cập nhật": "chua-cap-nhat", "chưa bắt đầu": "chua-bat-dau", "đang thực hiện": "dang-thuc-hien",
    "hoàn thành": "hoan-thanh", "tạm dừng": "tam-dung", "hủy bỏ": "huy-bo",
}


def deadline_place_page(plan: Plan) -> str:
    return f"han-chot/{place_key(plan)}/index.md"


def unit_page(plan: Plan, unit: str) -> str:
    """A unit is known by its name *and* the body whose plan names it: "Văn phòng" of one commune is
    not that of another."""
    return f"don-vi/{issuer_slug(plan)}/{name_slug(unit)}/index.md"


def since_of(plan: Plan) -> dt.date | None:
    """From when a plan's recurring deadlines count: its date of issue, when it has one."""
    return plan.issued.earliest() if plan.issued else None


def _day(d: dt.date | None) -> str | None:
    return dmy(d.day, d.month, d.year) if d else None


def _partial_day(d) -> str | None:
    return d.numeric() if d is not None else None


@dataclass(frozen=True)
class Row:
    plan: Plan
    task: Task
    state: TaskState


def rows_of(plans: list[Plan], today: dt.date) -> list[Row]:
    return [Row(p, t, evaluate(t, today, since_of(p))) for p in plans for t in (*p.tasks, *p.targets)]


def unreported(task: Task) -> bool:
    """Nothing was ever reported: no status, progress, result or update. Such a task is not «not done»,
    and the summaries must not read as if it were (issue 20)."""
    return (task.status == DEFAULT_STATUS and task.progress is None and task.result is None
            and task.completed is None and not task.updates)


def counts(tasks: list[Task], states: list[TaskState]) -> dict:
    return {
        "total": len(tasks),
        "done": sum(t.status == DONE for t in tasks),
        "overdue": sum(s.overdue for s in states),
        "unreported": sum(unreported(t) for t in tasks),
    }


def summary_text(kind: str, c: dict) -> str:
    """"5/12 nhiệm vụ hoàn thành, 3 chưa báo cáo, 2 quá hạn"; "6 nhiệm vụ, chưa báo cáo kết quả" when
    none was reported («0/6 hoàn thành» would read as «nothing done», issue 20)."""
    noun = {"task": "nhiệm vụ", "target": "chỉ tiêu"}.get(kind, "việc")  # "việc": tasks and targets of a unit
    verb = "đạt" if kind == "target" else "hoàn thành"
    if c["unreported"] == c["total"]:
        head = f"{c['total']} {noun}, chưa báo cáo kết quả"
    else:
        head = f"{c['done']}/{c['total']} {noun} {verb}"
        if c["unreported"]:
            head += f", {c['unreported']} chưa báo cáo"
    return f"{head}, {c['overdue']} quá hạn"


def _status_view(task: Task, state: TaskState) -> dict:
    return {"status": task.status, "status_class": STATUS_CLASSES[task.status], "overdue": state.overdue, "late": state.late}


def _task_view(plan: Plan, task: Task, state: TaskState) -> dict:
    due = task.due
    return {
        "id": task.id,
        "anchor": anchor(task),
        "kind": task.kind,
        "text": task.text,
        "section": task.section,
        "lead": [{"name": u, "url": page_url(unit_page(plan, u))} for u in task.lead],
        "support": list(task.support),
        "due": due.label() if due else None,
        "recurring": bool(due and due.recurring),
        "next_due": _day(state.next_due),
        "next_due_iso": state.next_due.isoformat() if state.next_due else "",
        "missed": _day(state.missed),
        "days_left": state.days_left,
        **_status_view(task, state),
        "progress": task.progress,
        "completed": _partial_day(task.completed),
        "reason": task.reason,
        "result": task.result,
        "result_date": _partial_day(task.result_date),
        "updates": [_update_view(u) for u in reversed(task.updates)],
    }


def _update_view(update) -> dict:
    return {
        "day": _partial_day(update.date), "iso": update.date.iso(), "note": update.note, "progress": update.progress,
        "evidence": update.evidence if update.evidence_is_url or not update.evidence else url_path(update.evidence),
        "evidence_is_url": update.evidence_is_url,
    }


def _next_deadline(plan: Plan, today: dt.date) -> dict | None:
    """The nearest deadline still ahead of an unfinished task or target, for the top of the plan."""
    ahead = []
    for task in (*plan.tasks, *plan.targets):
        state = evaluate(task, today, since_of(plan))
        if task.status not in FINISHED and state.next_due is not None and state.next_due >= today:
            ahead.append((state.next_due, task.line, task))
    if not ahead:
        return None
    day, _, task = min(ahead, key=lambda item: item[:2])
    return {"day": _day(day), "iso": day.isoformat(), "days_left": (day - today).days, "task": task.text,
            "anchor": anchor(task)}


def tasks_panel(plan: Plan, today: dt.date, site_url: str | None = None) -> dict:
    """Values for `partials/plan-tasks.html`; URLs relative to the site root."""
    views: dict[str, list[dict]] = {"task": [], "target": []}
    states: dict[str, list[TaskState]] = {"task": [], "target": []}
    timeline = []
    for task in (*plan.tasks, *plan.targets):
        state = evaluate(task, today, since_of(plan))
        views[task.kind].append(_task_view(plan, task, state))
        states[task.kind].append(state)
        for update in task.updates:
            timeline.append({**_update_view(update), "task": task.text, "anchor": anchor(task), "sort": update.date.iso()})
    task_counts = counts(plan.tasks, states["task"])
    target_counts = counts(plan.targets, states["target"])
    return {
        "any": bool(plan.tasks or plan.targets),
        "next": _next_deadline(plan, today),  # issue 20: the summary at the top of the plan
        "overdue": task_counts["overdue"] + target_counts["overdue"],
        "today": _day(today),
        "today_iso": today.isoformat(),
        "tasks": views["task"],
        "targets": views["target"],
        "task_counts": task_counts,
        "target_counts": target_counts,
        "summary": "; ".join(
            summary_text(kind, c) for kind, c in (("task", task_counts), ("target", target_counts)) if c["total"]
        ),
        "timeline": sorted(timeline, key=lambda u: u["sort"], reverse=True),
        # For listings/calendar.html, which plan-tasks.html includes.
        "calendar": subscription(plan.rel, plan_calendar(plan), site_url, "của kế hoạch này")
        if has_deadlines(plan) else None,
        "deadlines_url": page_url(DEADLINES),
    }


# -- generated pages --------------------------------------------------------------------------------
def _units(units, row: Row, here: str) -> list[record]:
    return [record(url=url_to(here, unit_page(row.plan, u)), name=u.replace("\n", " ")) for u in units]


def _due(row: Row) -> record | None:
    state, due = row.state, row.task.due
    if due is None:
        return None
    shown = state.missed or state.next_due
    period = ("đã lỡ" if state.overdue else "tới") if due.recurring and shown else None
    return record(sort=shown.isoformat() if shown else "9999", label=due.label().replace("\n", " "),
                  period=period, day=_day(shown) if period else None)


def _row(row: Row, here: str, unit: str | None) -> record:
    """One row of listings/tasks.html."""
    text = row.task.text if len(row.task.text) <= 220 else row.task.text[:200].rsplit(" ", 1)[0] + " …"
    return record(
        # The anchor is in the plan template (MkDocs' link check cannot see it; tests/test_links.py does).
        task=record(url=url_to(here, row.plan.rel, anchor(row.task)), text=text),
        co_leads=_units([u for u in row.task.lead if u != unit], row, here) if unit is not None else [],
        units=_units(row.task.lead, row, here) if unit is None else [],
        due=_due(row),
        status=row.task.status,
        status_class=STATUS_CLASSES[row.task.status],
        overdue=row.state.overdue,
        plan=record(url=url_to(here, row.plan.rel), title=row.plan.title.replace("\n", " ")),
        place=(row.plan.locality.label() or "—").replace("\n", " "),
    )


def _table(rows: list[Row], here: str, templates: PageTemplates) -> str:
    if not rows:
        return "Không có.\n"
    return block(templates.render("listings/tasks.html", unit=False, rows=[_row(row, here, None) for row in rows]))


def _unit_table(rows: list[Row], here: str, unit: str, templates: PageTemplates) -> str:
    """A unit's own page: no column naming the unit on every row (issue 20); the units that lead a
    task with it are named under the task."""
    return block(templates.render("listings/tasks.html", unit=True, rows=[_row(row, here, unit) for row in rows]))


def _due_soon(row: Row, today: dt.date) -> bool:
    s = row.state
    return not s.overdue and s.next_due is not None and row.task.status not in ("hoàn thành", "hủy bỏ") \
        and 0 <= (s.next_due - today).days <= UPCOMING_DAYS


def _deadline_rows(rows: list[Row], today: dt.date) -> tuple[list[tuple[str, Row]], int, int]:
    """Overdue rows, then rows due soon, each tagged with its section, for one paginated list."""
    overdue = sorted((r for r in rows if r.state.overdue), key=lambda r: (r.state.missed, r.plan.rel, r.task.line))
    soon = sorted((r for r in rows if _due_soon(r, today)), key=lambda r: (r.state.next_due, r.plan.rel, r.task.line))
    return [("overdue", r) for r in overdue] + [("soon", r) for r in soon], len(overdue), len(soon)


def _deadline_sections(tagged: list[tuple[str, Row]], n_overdue: int, n_soon: int, here: str,
                       templates: PageTemplates) -> str:
    """The sections of one page: a section whose rows are all on other pages still shows its heading."""
    overdue = [r for kind, r in tagged if kind == "overdue"]
    soon = [r for kind, r in tagged if kind == "soon"]
    return (
        f"## Quá hạn ({n_overdue})\n\nĐã qua thời hạn mà kế hoạch chưa ghi nhận hoàn thành "
        "(kể cả nhiệm vụ chưa được cập nhật kết quả).\n\n" + (_table(overdue, here, templates) if overdue or not n_overdue else "(trên các trang khác của danh sách này)\n")
        + f"\n## Đến hạn trong {UPCOMING_DAYS} ngày tới ({n_soon})\n\n" + (_table(soon, here, templates) if soon or not n_soon else "(trên các trang khác của danh sách này)\n")
    )


def _intro(today: dt.date) -> str:
    return (f"Tính đến ngày {_day(today)} (ngày trang được xây dựng). «Quá hạn» được tính tự động từ thời hạn "
            "ghi trong kế hoạch, không do cán bộ tự ghi.")


def render_task_pages(plans: list[Plan], today: dt.date, site_url: str | None = None,
                      templates: PageTemplates | None = None) -> list[GeneratedPage]:
    templates = templates_or_default(templates)
    rows = rows_of(plans, today)
    pages = []
    by_place: dict[str, list[Row]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in rows:
        src = deadline_place_page(row.plan)
        by_place[src].append(row)
        names[src] = row.plan.locality.province or "Chưa rõ tỉnh/thành phố"
    units: dict[str, list[Row]] = defaultdict(list)
    unit_names: dict[str, tuple[str, str]] = {}
    for row in rows:
        for unit in row.task.lead:
            src = unit_page(row.plan, unit)
            units[src].append(row)
            unit_names.setdefault(src, (unit, row.plan.issuer))

    title = "Hạn sắp tới và quá hạn"
    tagged, n_overdue, n_soon = _deadline_rows(rows, today)

    def deadlines_head(here: str) -> str:
        places = " · ".join(a(here, src, names[src]) for src in sorted(by_place, key=lambda s: names[s]))
        return "\n".join([
            f"# {title}\n", _intro(today) + "\n",
            block(f"<p>Theo địa bàn: {places or 'chưa có'}. "
                  f"Theo đơn vị chủ trì: {a(here, UNITS, 'danh sách đơn vị')}.</p>"),
            block(subscribe_block(here, SITE_CALENDAR, site_url, "của mọi kế hoạch trên trang", templates)
                  + f"\n<p>Mỗi cơ quan có lịch riêng trên trang của cơ quan đó ({a(here, ISSUERS, 'danh sách cơ quan')}); "
                  "mỗi kế hoạch có lịch riêng ở phần nhiệm vụ của kế hoạch.</p>"),
        ])

    # The template adds the filter script (assets/sb-tasks.js): page Markdown is sanitised, so no <script> here.
    pages += paginate(DEADLINES, tagged, lambda chunk, here: _deadline_sections(chunk, n_overdue, n_soon, here, templates),
                      title=title, description="Mọi nhiệm vụ của các kế hoạch đã quá hạn hoặc đến hạn trong 30 ngày tới.",
                      meta={"template": DEADLINES_TEMPLATE}, head=deadlines_head,
                      empty=_deadline_sections([], 0, 0, DEADLINES, templates), templates=templates)

    for src, place_rows in sorted(by_place.items()):
        place_title = f"Hạn sắp tới và quá hạn: {names[src]}"
        place_tagged, place_overdue, place_soon = _deadline_rows(place_rows, today)
        pages += paginate(
            src, place_tagged,
            lambda chunk, here, o=place_overdue, s=place_soon: _deadline_sections(chunk, o, s, here, templates),
            title=place_title, description=f"Nhiệm vụ quá hạn hoặc đến hạn trong 30 ngày tới ở {names[src]}.",
            head=lambda here, t=place_title: f"# {md_escape(t)}\n\n" + _intro(today) + "\n",
            tail=lambda here: back_link(here, DEADLINES, "Tất cả địa bàn", templates),
            empty=_deadline_sections([], 0, 0, src, templates), templates=templates)

    unit_lines = []
    for src, unit_rows in sorted(units.items(), key=lambda kv: (slugify(unit_names[kv[0]][1]), slugify(unit_names[kv[0]][0]))):
        unit, issuer = unit_names[src]
        unit_title = f"{unit} ({issuer})"
        c = counts([r.task for r in unit_rows], [r.state for r in unit_rows])
        unit_rows = sorted(unit_rows, key=lambda r: (not r.state.overdue, r.state.next_due or dt.date.max, r.plan.rel, r.task.line))
        intro = (f"Những nhiệm vụ, chỉ tiêu mà **{md_escape(unit)}** chủ trì thực hiện, theo các kế hoạch do "
                 f"{md_escape(issuer)} ban hành: {summary_text('work', c)}. " + _intro(today) + "\n")
        pages += paginate(
            src, unit_rows, lambda chunk, here, u=unit: _unit_table(chunk, here, u, templates), title=unit_title,
            description=f"Những việc {unit} chịu trách nhiệm chủ trì theo các kế hoạch của {issuer}.",
            head=lambda here, t=unit_title, i=intro: f"# {md_escape(t)}\n\n{i}",
            tail=lambda here: back_link(here, UNITS, "Tất cả đơn vị", templates), empty="Không có.\n",
            templates=templates)
        unit_lines.append((issuer, src, unit, c["total"], c["overdue"]))

    def units_list(chunk, here: str) -> str:
        runs: list[tuple[str, list[record]]] = []  # the units of one issuer, under its (Markdown) heading
        for issuer, src, unit, total, overdue in chunk:
            if not runs or issuer != runs[-1][0]:
                runs.append((issuer, []))
            runs[-1][1].append(record(url=url_to(here, src), name=unit, total=total, overdue=overdue))
        return "".join(f"\n## {md_escape(issuer)}\n" + block(templates.render("listings/units.html", units=units))
                       for issuer, units in runs)

    pages += paginate(
        UNITS, unit_lines, units_list, title="Đơn vị chủ trì",
        description="Mỗi đơn vị chịu trách nhiệm những nhiệm vụ nào, theo các kế hoạch.",
        head=lambda here: "# Đơn vị chủ trì\n\nCác đơn vị được kế hoạch giao chủ trì nhiệm vụ, xếp theo cơ quan ban hành kế hoạch. "
                          "Cùng một tên đơn vị ở hai cơ quan là hai đơn vị khác nhau.\n",
        empty="Chưa có nhiệm vụ nào ghi đơn vị chủ trì.\n", templates=templates)
    return pages


def task_assets() -> dict[str, bytes]:
    """Files the task pages need besides pages (the filter script)."""
    from importlib import resources

    return {TASKS_SCRIPT: (resources.files("site_builder") / "assets" / "sb-tasks.js").read_bytes()}
