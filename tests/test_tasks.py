"""Tasks and targets (issue 5): the model, deadlines and recurrences, computed overdue, and what the
checker accepts from hand-written front-matter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import SAMPLE_FRONT
from site_builder.model.dates import PartialDate
from site_builder.model.diagnostics import Diagnostics
from site_builder.stage.pipeline import check_files
from site_builder.model.tasks import Deadline, Task, TaskState, Update, evaluate

HEAD = SAMPLE_FRONT
TODAY = dt.date(2025, 11, 24)


def load(tmp_path: Path, front: str, today: dt.date = TODAY):
    path = tmp_path / "k.md"
    path.write_text(HEAD + front + "---\n\nNội dung.\n", encoding="utf-8")
    diags = Diagnostics()
    plans, _ = check_files([path], tmp_path, today, diags, None)
    return (plans[0] if plans else None), [d.format() for d in diags.errors], [d.format() for d in diags.warnings]


def test_short_forgiving_syntax(tmp_path):
    plan, errors, _ = load(tmp_path, """tasks:
  - id: 1
    task: "Báo cáo lần 1 trước ngày 03/9/2025."
    lead: "Các phòng"
    support: "Văn phòng"
    due: "03/9/2025"
    status: "Đang Thực Hiện"
    progress: "40%"
  - id: bao-cao
    task: "Báo cáo hằng năm"
    lead: ["Phòng A", "Phòng B"]
    due: "trước ngày 05/11 hàng năm"
    status: "huỷ bỏ"
    reason: "Gộp vào kế hoạch khác."
  - {id: q, task: "Hằng quý", due: {repeat: "hằng quý", by: "15/03"}, status: "hoan thanh", completed: 2025-10-01}
targets:
  - {id: t1, target: "100% thôn", due: 2025, result: "95%", result_date: 2025-11-01}
""")
    assert errors == []
    first, report, quarterly = plan.tasks
    assert first.id == "1" and first.due == Deadline(date=PartialDate(2025, 9, 3))
    assert first.status == "đang thực hiện" and first.progress == 40
    assert first.lead == ("Các phòng",) and first.support == ("Văn phòng",)
    assert report.due == Deadline(every=12, day=5, month=11) and report.status == "hủy bỏ"
    assert report.due.label() == "trước ngày 05/11 hằng năm"
    assert quarterly.due.months() == [3, 6, 9, 12] and quarterly.status == "hoàn thành"
    assert plan.targets[0].result == "95%" and plan.targets[0].kind == "target"


def test_absent_status_is_not_updated(tmp_path):
    plan, errors, _ = load(tmp_path, 'tasks: [{id: a, task: "Việc"}]\n')
    assert errors == [] and plan.tasks[0].status == "chưa cập nhật" and plan.tasks[0].due is None


@pytest.mark.parametrize("text, every, day, month, months", [
    ("hằng năm", 12, None, None, [12]),
    ("6 tháng", 6, None, None, [6, 12]),
    ("hằng quý", 3, None, None, [3, 6, 9, 12]),
    ("hằng tháng", 1, None, None, list(range(1, 13))),
    ("ngày 25 hằng tháng", 1, 25, None, list(range(1, 13))),
    ("trước ngày 15/12 định kỳ 6 tháng", 6, 15, 6, [6, 12]),
])
def test_recurrences(tmp_path, text, every, day, month, months):
    plan, errors, _ = load(tmp_path, f'tasks: [{{id: a, task: "Việc", due: "{text}"}}]\n')
    assert errors == []
    due = plan.tasks[0].due
    assert (due.every, due.day, due.month, due.months()) == (every, day, month, months)


def test_partial_deadline_runs_to_the_end_of_its_month_or_year():
    task = Task("a", "Việc", due=Deadline(date=PartialDate(2025, 9)))
    assert not evaluate(task, dt.date(2025, 9, 30)).overdue
    assert evaluate(task, dt.date(2025, 10, 1)).overdue
    assert Deadline(date=PartialDate(2025)).due_date() == dt.date(2025, 12, 31)


def test_overdue_after_the_deadline_and_not_before():
    task = Task("a", "Báo cáo", due=Deadline(date=PartialDate(2025, 9, 3)))
    assert not evaluate(task, dt.date(2025, 9, 3)).overdue
    late = evaluate(task, dt.date(2025, 9, 4))
    assert late.overdue and late.missed == dt.date(2025, 9, 3) and late.days_left == -1
    done = Task("a", "Báo cáo", due=task.due, status="hoàn thành", completed=PartialDate(2025, 9, 5))
    state = evaluate(done, dt.date(2025, 12, 1))
    assert not state.overdue and state.late
    cancelled = Task("a", "Báo cáo", due=task.due, status="hủy bỏ", reason="x")
    assert not evaluate(cancelled, dt.date(2025, 12, 1)).overdue


def test_an_update_without_evidence_has_none(tmp_path):
    """Its missing evidence was once kept as the checker's placeholder, which crashed the build (issue 18)."""
    plan, errors, _ = load(tmp_path, """tasks:
  - id: a
    task: "Báo cáo"
    updates:
      - {date: 2025-09-02, note: "Đã gửi báo cáo."}
""")
    assert errors == []
    assert plan.tasks[0].updates[0].evidence is None


def test_recurring_overdue_needs_a_start_and_counts_updates():
    due = Deadline(every=12, day=5, month=11)
    task = Task("a", "Báo cáo hằng năm", due=due)
    # No start known (plan without a date, no `from`): the next deadline is shown, never "quá hạn".
    state = evaluate(task, dt.date(2025, 11, 24))
    assert not state.overdue and state.next_due == dt.date(2026, 11, 5)
    # From the plan's date: the 05/11/2025 report was due and nothing was reported.
    state = evaluate(task, dt.date(2025, 11, 24), since=dt.date(2025, 1, 15))
    assert state.overdue and state.missed == dt.date(2025, 11, 5)
    assert not evaluate(task, dt.date(2025, 11, 5), since=dt.date(2025, 1, 15)).overdue
    reported = Task("a", "Báo cáo hằng năm", due=due, updates=(Update(PartialDate(2025, 11, 3), "Đã gửi"),))
    assert not evaluate(reported, dt.date(2025, 11, 24), since=dt.date(2025, 1, 15)).overdue


def test_end_of_period_recurrences():
    half = Deadline(every=6)
    assert list(half.occurrences(dt.date(2025, 1, 1), dt.date(2025, 12, 31))) == [dt.date(2025, 6, 30), dt.date(2025, 12, 31)]
    monthly = Deadline(every=1)
    assert monthly.next_on_or_after(dt.date(2024, 2, 10)) == dt.date(2024, 2, 29)
    bounded = Deadline(every=12, day=5, month=11, start=PartialDate(2026), until=PartialDate(2027))
    assert list(bounded.occurrences(dt.date(2020, 1, 1), dt.date(2030, 1, 1))) == [dt.date(2026, 11, 5), dt.date(2027, 11, 5)]


# ---- the days at the edges (mutants that survived bench/mutation.py on the evaluator) -----------

YEARLY_5_NOV = Deadline(every=12, day=5, month=11)


def test_a_deadline_includes_its_own_day():
    one_off = Deadline(date=PartialDate(2025, 9, 30))
    assert one_off.next_on_or_after(dt.date(2025, 9, 30)) == dt.date(2025, 9, 30)
    assert one_off.next_on_or_after(dt.date(2025, 10, 1)) is None
    assert list(YEARLY_5_NOV.occurrences(dt.date(2025, 11, 5), dt.date(2026, 11, 5))) == [dt.date(2025, 11, 5), dt.date(2026, 11, 5)]
    assert YEARLY_5_NOV.last_before(dt.date(2025, 11, 6)) == dt.date(2025, 11, 5)
    assert YEARLY_5_NOV.last_before(dt.date(2025, 11, 5)) == dt.date(2024, 11, 5)
    # Twice a year from September: September and March, the second wrapping into the next year's months.
    assert Deadline(every=6, day=15, month=9).months() == [3, 9]


def test_finished_on_its_deadline_is_not_late():
    due = Deadline(date=PartialDate(2025, 9, 30))
    on_time = Task("a", "Việc", due=due, status="hoàn thành", completed=PartialDate(2025, 9, 30))
    a_day_late = Task("a", "Việc", due=due, status="hoàn thành", completed=PartialDate(2025, 10, 1))
    assert not evaluate(on_time, TODAY).late and evaluate(a_day_late, TODAY).late
    assert evaluate(Task("b", "Không có thời hạn"), TODAY) == TaskState(False, False, None, None, None)


def test_a_recurring_deadline_is_missed_without_a_report_since_the_one_before():
    # The first occurrence is the day the task starts: missed without a report.
    starts_that_day = Task("r", "Báo cáo", due=Deadline(every=12, day=5, month=11, start=PartialDate(2025, 11, 5)))
    state = evaluate(starts_that_day, TODAY)
    assert (state.overdue, state.missed, state.late) == (True, dt.date(2025, 11, 5), False)
    # A report dated on the earlier deadline, or before it, answers that one, not the last.
    for reported in (PartialDate(2024, 11, 5), PartialDate(2024, 6, 1)):
        task = Task("r", "Báo cáo", due=YEARLY_5_NOV, updates=(Update(reported),))
        assert evaluate(task, TODAY, since=dt.date(2023, 1, 1)).overdue, reported
        done_then = Task("r", "Báo cáo", due=YEARLY_5_NOV, status="đang thực hiện", completed=reported)
        assert evaluate(done_then, TODAY, since=dt.date(2023, 1, 1)).overdue, reported
    answered = Task("r", "Báo cáo", due=YEARLY_5_NOV, updates=(Update(PartialDate(2024, 11, 6)),))
    assert not evaluate(answered, TODAY, since=dt.date(2023, 1, 1)).overdue
