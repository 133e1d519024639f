"""«Dân bàn» (issue 17) on a built site with a fixed build date (24/11/2025): an open consultation, one closed
without a result, a reported one whose decision is published, and village decisions (one whose counts
contradict its result). Pages, flags, the home page, the feed, the calendars and the data files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import REPO, copy_project, run_cli, serve

EPOCH = "1764000000"  # 2025-11-24T16:00:00Z, 24/11/2025 in Việt Nam
FIXTURES = REPO / "tests" / "fixtures" / "consultations"
OPEN = "ke-hoach/2025/du-thao-ke-hoach-ktxh-2026"  # 10/11 – 30/11/2025
PENDING = "ke-hoach/2025/du-thao-quy-che-dan-chu"  # 01/10 – 31/10/2025, no result
REPORTED = "ke-hoach/2025/du-thao-phuong-an-den-bu"  # 01/09 – 30/09/2025, result on 06/10, decision 15/QĐ-UBND
DECISION = "ke-hoach/2025/quyet-dinh-phuong-an-den-bu"
VILLAGE = "ke-hoach/2025/bien-ban-hop-thon-dong"


def project_with_fixtures(folder: Path) -> Path:
    project = copy_project(folder)
    for source in FIXTURES.glob("*.md"):
        shutil.copy(source, project / "content" / "ke-hoach" / "2025" / source.name)
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    project = project_with_fixtures(tmp_path_factory.mktemp("consultations"))
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site", result.stdout + result.stderr


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(markup: str) -> str:
    words = " ".join(re.sub(r"<[^>]+>", " ", markup).split())
    return re.sub(r" ([.,:;)])", r"\1", words.replace("( ", "("))


def section(page: str, start: str, end: str = "</section>") -> str:
    found = page[page.index(start):]
    return found[:found.index(end)]


def test_open_consultation_page_says_days_left_and_where_to_send(site):
    box = section(html(site, OPEN), '<section class="sb-consultation')
    words = text_of(box)
    assert "Lấy ý kiến Nhân dân: đang lấy ý kiến" in words
    assert "đến hết ngày 30/11/2025: còn 6 ngày" in words and "tính đến ngày 24/11/2025" in words
    assert "khoản 1 Điều 25 Luật Thực hiện dân chủ ở cơ sở" in words
    assert 'href="tel:02373123456"' in box
    assert 'href="mailto:ubnd.hoanghop@thanhhoa.gov.vn"' in box
    assert 'href="https://hoanghop.thanhhoa.gov.vn/gop-y"' in box  # a link out; nothing is loaded from it
    assert 'href="lay-y-kien.ics"' in box and (site / OPEN / "lay-y-kien.ics").is_file()
    assert "<form" not in box and "<iframe" not in box  # the site collects nothing
    # What officials type is text, escaped once, on the page, the home page, the listing and the feed.
    assert "Hoằng Hợp &lt;b onmouseover=alert(1)&gt;" in box
    for page in (html(site, OPEN), html(site, ""), html(site, "lay-y-kien"), (site / "feed.xml").read_text(encoding="utf-8")):
        assert "<b onmouseover" not in page


def test_closed_without_result_is_flagged(site):
    box = text_of(section(html(site, PENDING), '<section class="sb-consultation'))
    assert "Lấy ý kiến Nhân dân: chưa công bố kết quả" in box
    assert "đã hết hạn nhưng chưa công bố kết quả" in box
    assert "còn" not in box and "Gửi ý kiến" not in box  # no longer asks for opinions


def test_reported_consultation_shows_result_and_links_the_decision(site):
    box = section(html(site, REPORTED), '<section class="sb-consultation')
    words = text_of(box)
    assert "đã công bố kết quả" in words
    assert "Công bố ngày 06/10/2025: 42 ý kiến (họp thôn: 30; phát phiếu: 12)" in words
    assert "Bổ sung hỗ trợ di chuyển cây trồng cho 5 hộ thôn Đông." in words
    assert "Đề nghị nâng mức bồi thường đất nông nghiệp. Giải trình: Mức bồi thường theo bảng giá đất" in words
    assert '<a href="../quyet-dinh-phuong-an-den-bu/">15/QĐ-UBND</a>' in box


def test_plan_without_consultation_has_no_panel(site):
    page = html(site, DECISION)
    assert "sb-consultation" not in page and "sb-village" not in page


def test_village_decisions_table_flags_counts_that_contradict_the_result(site):
    table = section(html(site, VILLAGE), '<section class="sb-village"')
    carried = table[table.index('id="qd-dong-gop-duong"'):table.index("</tr>", table.index('id="qd-dong-gop-duong"'))]
    contradicted = table[table.index('id="qd-nha-van-hoa"'):table.index("</tr>", table.index('id="qd-nha-van-hoa"'))]
    assert "250 hộ; 210 hộ tham gia; 180 hộ tán thành" in text_of(carried) and "không khớp" not in carried
    assert "120 hộ tán thành" in text_of(contradicted) and "không khớp số hộ tán thành" in contradicted


def test_the_checker_warns_on_the_contradicted_village_decision(built):
    _, output = built
    lines = [ln for ln in output.splitlines() if "bien-ban-hop-thon-dong.md" in ln]
    assert any(re.search(r"bien-ban-hop-thon-dong\.md:28: cảnh báo: village_decisions\.2\.result: kết quả «thông qua» "
                         r"trái với số liệu: 120/250 hộ tán thành, chưa quá một nửa tổng số hộ \(quá một nửa là từ 126 hộ trở lên\)", ln)
               for ln in lines), lines
    assert not any("village_decisions.1" in ln for ln in lines)


def test_consultations_page_lists_each_state(site):
    page = html(site, "lay-y-kien")
    words = text_of(page[page.index("<article"):])
    order = [words.index(h) for h in ("Đang lấy ý kiến (1)", "Đã hết hạn, chưa công bố kết quả (1)",
                                      "Đã công bố kết quả (1)", "Nhân dân ở thôn, tổ dân phố bàn và quyết định (2)")]
    assert order == sorted(order)
    assert "đang lấy ý kiến, còn 6 ngày" in words and "đã công bố kết quả: 42 ý kiến" in words
    assert 'href="../ke-hoach/2025/du-thao-ke-hoach-ktxh-2026/#lay-y-kien"' in page
    assert 'href="../ke-hoach/2025/bien-ban-hop-thon-dong/#qd-nha-van-hoa"' in page
    assert 'href="../data/lay-y-kien.ics"' in page


def test_home_page_announces_the_open_consultation(site):
    home = section(html(site, ""), '<section class="sb-home-consultations"')
    words = text_of(home)
    assert "Đang lấy ý kiến về 1 dự thảo" in words and "còn 6 ngày" in words
    assert "Quy chế" not in words and "bồi thường" not in words  # only what is open
    assert 'href="lay-y-kien/"' in home


def test_calendars_have_the_closing_days(site):
    one = Calendar.from_ical((site / OPEN / "lay-y-kien.ics").read_bytes())
    [event] = one.walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2025, 11, 30) and event.decoded("dtend") == dt.date(2025, 12, 1)
    assert str(event["summary"]).startswith("Hết hạn góp ý: Dự thảo Kế hoạch phát triển kinh tế - xã hội năm")
    assert "0237 3123 456" in str(event["description"])
    every = Calendar.from_ical((site / "data" / "lay-y-kien.ics").read_bytes())
    days = sorted(e.decoded("dtstart") for e in every.walk("VEVENT"))
    assert days == [dt.date(2025, 9, 30), dt.date(2025, 10, 31), dt.date(2025, 11, 30)]
    assert len({str(e["uid"]) for e in every.walk("VEVENT")}) == 3


def test_feed_has_an_entry_per_consultation(site):
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<entry>.*?</entry>", feed, re.S)
    ours = [e for e in entries if "<title>Lấy ý kiến Nhân dân:" in e]
    assert len(ours) == 3
    opened = next(e for e in ours if "ktxh-2026" in e)
    assert "<updated>2025-11-10T00:00:00+07:00</updated>" in opened
    assert 'href="ke-hoach/2025/du-thao-ke-hoach-ktxh-2026/#lay-y-kien"' in opened
    assert "đang lấy ý kiến, còn 6 ngày" in opened
    reported = next(e for e in ours if "phuong-an-den-bu" in e)
    assert "<updated>2025-10-06T00:00:00+07:00</updated>" in reported and "42 ý kiến" in reported


def test_consultations_csv(site):
    raw = (site / "data" / "consultations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = {r["plan"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert rows[OPEN + "/"]["state"] == "đang lấy ý kiến" and rows[OPEN + "/"]["days_left"] == "6"
    assert rows[PENDING + "/"]["state"] == "chưa công bố kết quả" and rows[PENDING + "/"]["opinions"] == ""
    reported = rows[REPORTED + "/"]
    assert (reported["state"], reported["opinions"], reported["accepted"], reported["not_accepted"],
            reported["decision"]) == ("đã công bố kết quả", "42", "1", "1", "15/QĐ-UBND")
    sums = (site / "data" / "SHA256SUMS").read_text(encoding="utf-8")  # in the manifest like every data file
    for name in ("data/consultations.csv", "data/lay-y-kien.ics", OPEN + "/lay-y-kien.ics"):
        assert f"  {name}\n" in sums


def test_plans_json_carries_the_records_and_matches_its_schema(site):
    from jsonschema import Draft202012Validator, FormatChecker

    data = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "data" / "plans.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(data)
    by_url = {p["url"]: p for p in data["plans"]}
    assert by_url[OPEN + "/"]["consultation"]["state"] == "đang lấy ý kiến"
    assert by_url[OPEN + "/"]["consultation"]["contact"]["phone"] == "0237 3123 456"
    result = by_url[REPORTED + "/"]["consultation"]["result"]
    assert result["channels"] == [{"form": "họp thôn", "count": 30}, {"form": "phát phiếu", "count": 12}]
    assert result["decision_url"] == DECISION + "/"
    assert by_url[DECISION + "/"]["consultation"] is None
    decisions = by_url[VILLAGE + "/"]["village_decisions"]
    assert [d["counts_agree"] for d in decisions] == [True, False]


def test_state_follows_the_build_date(tmp_path):
    """A day after the window closes, the open consultation is «chưa công bố kết quả» everywhere."""
    from site_builder.model.settings import Settings
    from site_builder.stage.pipeline import load_site

    project = project_with_fixtures(tmp_path / "p")
    content = load_site(Settings(project / "content", "Thử"), today=dt.date(2025, 12, 1), built_at="2025-12-01T08:00:00+07:00")
    page = next(p.markdown for p in content.pages if p.src_uri == "lay-y-kien/index.md")
    assert "Đang lấy ý kiến (0)" not in page and "Đã hết hạn, chưa công bố kết quả (2)" in page
    home = next(p.markdown for p in content.pages if p.src_uri == "index.md")
    assert "Hiện không có dự thảo nào đang lấy ý kiến." in home
    rows = list(csv.DictReader(io.StringIO(content.files["data/consultations.csv"].decode("utf-8-sig"))))
    assert {r["state"] for r in rows} == {"chưa công bố kết quả", "đã công bố kết quả"}
    # On its last day it is still open.
    last_day = load_site(Settings(project / "content", "Thử"), today=dt.date(2025, 11, 30), built_at="2025-11-30T08:00:00+07:00")
    home = next(p.markdown for p in last_day.pages if p.src_uri == "index.md")
    assert "hôm nay là ngày cuối" in home


def test_a_site_without_dan_ban_keeps_its_home_page(tmp_path):
    from site_builder.model.settings import Settings
    from site_builder.stage.pipeline import load_site

    project = copy_project(tmp_path / "seed")
    content = load_site(Settings(project / "content", "Thử"), today=dt.date(2025, 11, 24), built_at="2025-11-24T08:00:00+07:00")
    home = next(p.markdown for p in content.pages if p.src_uri == "index.md")
    assert "Lấy ý kiến" not in home
    page = next(p.markdown for p in content.pages if p.src_uri == "lay-y-kien/index.md")
    assert "Chưa có dự thảo nào lấy ý kiến Nhân dân" in page


def test_pages_are_valid_html(site, tmp_path):
    from test_html_valid import _is_material_toggle, nu_errors

    folder = tmp_path / "site"
    for url in ("", "lay-y-kien", OPEN, PENDING, REPORTED, VILLAGE):
        target = folder / url
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(site / url / "index.html", target / "index.html")
    errors = [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in nu_errors(folder) if not _is_material_toggle(m)]
    assert errors == []


@pytest.mark.parametrize("url", ["", "lay-y-kien/", OPEN + "/", REPORTED + "/", VILLAGE + "/"])
def test_pages_pass_axe(site, url):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    from playwright.sync_api import sync_playwright

    from test_browser import ARGS, CHROMIUM

    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/{url}", wait_until="networkidle")
        result = axe_module.Axe().run(tab)
        browser.close()
    serious = [f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}"
               for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_a_decision_that_is_the_document_itself_is_said_so(tmp_path):
    """A draft whose file became the issued document: its result names its own number."""
    from site_builder.model.settings import Settings
    from site_builder.render.consultation_pages import consultation_panel
    from site_builder.stage.pipeline import load_site

    project = project_with_fixtures(tmp_path / "p")
    source = project / "content" / "ke-hoach" / "2025" / "du-thao-phuong-an-den-bu.md"
    text = source.read_text(encoding="utf-8").replace('number: "/KH-UBND"', 'number: "16/KH-UBND"')
    source.write_text(text.replace('decision: "15/QĐ-UBND"', 'decision: "16/KH-UBND"'), encoding="utf-8")
    content = load_site(Settings(project / "content", "Thử"), today=dt.date(2025, 11, 24), built_at="2025-11-24T08:00:00+07:00")
    plan = next(p for p in content.plans if p.rel == REPORTED + ".md")
    result = consultation_panel(plan, dt.date(2025, 11, 24), content.plans)["result"]
    assert result["decision_self"] and result["decision_url"] is None


CONTACTS = '''issuers:
  - issuer: "UBND xã Hoằng Hợp"
    address: "Bộ phận tiếp nhận, trụ sở UBND xã Hoằng Hợp"
    phone: "0237 3999 888"
'''


def test_a_consultation_without_its_own_contact_shows_the_issuers_channels(tmp_path):
    """Issues 17 wired together: an open draft that names no contact gives the issuer's channels from
    content/tiep-nhan-phan-anh.yml on its page and on «Lấy ý kiến Nhân dân», and is then not warned of."""
    from site_builder.model.settings import Settings
    from site_builder.render.plan_view import panel
    from site_builder.stage.pipeline import load_site

    project = project_with_fixtures(tmp_path / "p")
    source = project / "content" / (OPEN + ".md")
    text = source.read_text(encoding="utf-8")
    source.write_text(text[:text.index("  contact:\n")] + "---\n" + text.split("\n---\n", 1)[1], encoding="utf-8")
    today = dt.date(2025, 11, 24)

    def build():
        content = load_site(Settings(project / "content", "Thử"), today=today, built_at="2025-11-24T08:00:00+07:00")
        plan = next(p for p in content.plans if p.rel == OPEN + ".md")
        view = panel(plan, content.directives, content.history, content.docs_dir, today=today, channels=content.channels)
        page = next(p.markdown for p in content.pages if p.src_uri == "lay-y-kien/index.md")
        warned = [f for f in content.diagnostics.items if f.field == "consultation.contact"]
        return view["consultation"]["contact"], page, warned

    contact, page, warned = build()  # no contacts file: nowhere to send an opinion, and the checker says so
    assert contact is None and "0237 3999 888" not in page
    assert len(warned) == 1 and "người dân không biết gửi ý kiến ở đâu" in warned[0].message
    (project / "content" / "tiep-nhan-phan-anh.yml").write_text(CONTACTS, encoding="utf-8")
    contact, page, warned = build()
    assert contact["phone"] == "0237 3999 888" and contact["tel"] == "tel:02373999888" and contact["from_issuer"]
    assert contact["address"] == "Bộ phận tiếp nhận, trụ sở UBND xã Hoằng Hợp" and contact["email"] is None
    assert "Gửi ý kiến: Bộ phận tiếp nhận, trụ sở UBND xã Hoằng Hợp · 0237 3999 888" in page
    assert warned == []
