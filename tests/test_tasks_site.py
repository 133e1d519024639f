"""The seed site with a fixed build date (24/11/2025): task tables and counts on plan pages, overdue
flags, the deadlines and unit pages, the iCalendar feeds parsed back, and seed tasks quoting their plan."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from icalendar import Calendar

from conftest import REPO, SEED_FILES, copy_project, run_cli
from fidelity import split_front_matter

EPOCH = "1764000000"  # 2025-11-24T16:00:00Z
DUONG_AN = "ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("tasks-project"))
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def row(page: str, anchor: str) -> str:
    start = page.index(f'<tr id="{anchor}"')
    return page[start:page.index("</tr>", start)]


@pytest.mark.parametrize("url, summary, rows", [
    (DUONG_AN, "6 nhiệm vụ, chưa báo cáo kết quả, 1 quá hạn", 6),
    ("ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen", "13 nhiệm vụ, chưa báo cáo kết quả, 0 quá hạn", 13),
    ("ke-hoach/2025/hoang-hop-dan-van-chinh-quyen", "3 nhiệm vụ, chưa báo cáo kết quả, 0 quá hạn", 3),
    ("ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van", "3 nhiệm vụ, chưa báo cáo kết quả, 0 quá hạn; 6 chỉ tiêu, chưa báo cáo kết quả, 0 quá hạn", 9),
    ("ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi", "8 nhiệm vụ, chưa báo cáo kết quả, 0 quá hạn", 8),
])
def test_each_plan_page_has_its_task_table_and_summary(site, url, summary, rows):
    page = html(site, url)
    section = page[page.index('id="nhiem-vu"'):]
    section = section[:section.index("</section>")]
    assert summary in section
    assert section.count('<tr id="') == rows
    assert "data-pagefind-ignore" in page[page.index('<section class="sb-tasks"'):][:200]
    assert "chưa cập nhật" in section  # nothing is known yet: no invented progress
    assert "sb-progress" not in section


def test_overdue_is_flagged_after_the_deadline_and_not_before(site):
    page = html(site, DUONG_AN)
    first, second = row(page, "nv-bao-cao-1"), row(page, "nv-bao-cao-2")
    assert "sb-task--overdue" in first and "quá hạn" in first and "03/09/2025" in first
    assert "sb-task--overdue" not in second and "quá hạn" not in second and "02/12/2025" in second
    assert "Phòng Văn hóa - Xã hội xã" in row(page, "nv-1-1")


def test_yearly_deadline_shows_its_next_occurrence(site):
    page = html(site, "ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi")
    report = row(page, "nv-bao-cao-hang-nam")
    assert "trước ngày 05/11 hằng năm" in report and "05/11/2026" in report
    assert "quá hạn" not in report  # the plan gives no year: nothing is assumed overdue


def test_deadlines_page(site):
    page = html(site, "han-chot")
    page = page[page.index("<article"):]  # not the table of contents
    overdue = page[page.index("Quá hạn (1)"):page.index("Đến hạn trong 30 ngày tới")]
    soon = page[page.index("Đến hạn trong 30 ngày tới (1)"):]
    assert "Báo cáo lần 1 trước ngày 03/9/2025." in overdue and "Báo cáo lần 2" not in overdue
    assert "Báo cáo lần 2 trước ngày 02/12/2025." in soon
    assert "assets/sb-tasks.js" in page and (site / "assets" / "sb-tasks.js").is_file()
    assert 'href="../data/han-chot.ics"' in page
    place = html(site, "han-chot/hai-phong")
    assert "Báo cáo lần 1" in place and "Báo cáo lần 2" in place
    assert "Báo cáo lần 1" not in html(site, "han-chot/quang-ngai")


def test_unit_page_answers_what_a_unit_is_responsible_for(site):
    unit = "Công chức tư pháp- Hộ tịch"
    fm, _ = split_front_matter((REPO / "content" / SEED_FILES["001_b6ebb32041facff5.txt"]).read_text(encoding="utf-8"))
    meta = yaml.safe_load(fm)
    led = [item for item in meta.get("tasks", []) + meta.get("targets", [])
           if unit in ([item["lead"]] if isinstance(item.get("lead"), str) else item.get("lead", []))]
    assert led
    page = html(site, "don-vi/ubnd-thi-tran-cho-chua/cong-chuc-tu-phap-ho-tich")
    # Nobody reported on them: not «0 hoàn thành», which reads as «nothing done» (issue 20).
    assert re.search(r"ban hành: (\d+) việc, chưa báo cáo kết quả, 0 quá hạn\.", page).group(1) == str(len(led))
    rows = re.findall(r"<tr>\s*<td[^>]*><a href=\"[^\"]*#[^\"]+\">([^<]*)</a>", page)
    assert sorted(rows) == sorted(item.get("task") or item["target"] for item in led)
    index = html(site, "don-vi")
    listed = re.search(r'cong-chuc-tu-phap-ho-tich/">Công chức tư pháp- Hộ tịch</a> — (\d+) việc, (\d+) quá hạn', index)
    assert listed.groups() == (str(len(led)), "0")
    assert "UBND thị trấn Chợ Chùa" in index


def test_site_calendar_parses_back(site):
    data = (site / "data" / "han-chot.ics").read_bytes()
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    by_summary = {str(e["SUMMARY"]): e for e in events}
    first = by_summary["Hạn: Báo cáo lần 1 trước ngày 03/9/2025."]
    assert first.decoded("DTSTART") == dt.date(2025, 9, 3)
    assert first.decoded("DTSTAMP") == dt.datetime.fromtimestamp(int(EPOCH), dt.timezone.utc)
    yearly = next(e for e in events if ".task.bao-cao-hang-nam@" in str(e["UID"]))
    rule = yearly["RRULE"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [11] and rule["BYMONTHDAY"] == [5]
    assert yearly.decoded("DTSTART") == dt.date(2025, 11, 5)
    end_of_year = [e for e in events if e.get("RRULE") and e["RRULE"]["BYMONTHDAY"] == [-1]]
    assert end_of_year and all(e["RRULE"]["BYMONTH"] == [12] for e in end_of_year)
    assert any(str(e["SUMMARY"]).startswith("Chỉ tiêu:") for e in events)  # seed 002's targets, due 2025


def test_plan_calendar_beside_its_page(site):
    cal = Calendar.from_ical((site / DUONG_AN / "han-chot.ics").read_bytes())
    assert sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT")) == [dt.date(2025, 9, 3), dt.date(2025, 12, 2)]
    assert '<a href="han-chot.ics">' in html(site, DUONG_AN)
    assert not (site / "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen/han-chot.ics").exists()  # no deadlines


def test_calendars_are_reproducible(site, monkeypatch):
    """A rebuild of the same content is byte-identical (ical.py): the calendars the CLI wrote, in another
    process (another hash seed) from another copy of the content, are those made here at the same instant."""
    from site_builder.model.clock import build_time
    from site_builder.stage.pipeline import load_site
    from site_builder.model.settings import Settings

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site_name = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    again = load_site(Settings(REPO / "content", site_name), built_at=build_time())
    calendars = {rel: data for rel, data in again.files.items() if rel.endswith(".ics")}
    assert len(calendars) >= 3 and "data/han-chot.ics" in calendars
    assert calendars == {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.ics")}


def _flat(text: str) -> str:
    return " ".join(text.replace("\\.", ".").split()).casefold()


@pytest.mark.parametrize("rel", sorted(SEED_FILES.values()))
def test_seed_tasks_quote_their_plan(rel):
    """Every task, target and unit in the seeds is the plan's own words ("…" marks a cut)."""
    fm, body = split_front_matter((REPO / "content" / rel).read_text(encoding="utf-8"))
    meta, flat = yaml.safe_load(fm), _flat(body)
    items = meta.get("tasks", []) + meta.get("targets", [])
    assert items, rel
    for item in items:
        for piece in re.split("…", item.get("task") or item["target"]):
            assert _flat(piece) in flat, (rel, item["id"], piece)
        for key in ("lead", "support"):
            units = item.get(key, [])
            for unit in [units] if isinstance(units, str) else units:
                assert unit.casefold() in flat, (rel, item["id"], unit)
        assert "progress" not in item and "status" not in item and "updates" not in item  # nothing invented
