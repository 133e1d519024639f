"""Issue 17: the disclosure record of a document («Công khai theo khoản … Điều 11 …»), the list of what
each issuer made public per clause and quarter, where citizens send feedback (content/tiep-nhan-phan-anh.yml)
and the feedback with its answers: checked, shown on the plan page with counts and flags (fixed build
date 24/11/2025), and published in the open data."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

from conftest import SAMPLE_FRONT, copy_project, run_cli, serve

EPOCH = "1764000000"  # 2025-11-24 in Việt Nam
HOANG_HOP = "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen"
CHO_CHUA = "ke-hoach/2025/cho-chua-dan-chu-co-so-dan-van-chinh-quyen"
VINH_LINH = "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van"

RECORDS = '''disclosure:
  clause: 1
  posting:
    - {place: "trụ sở UBND xã Hoằng Hợp", from: 2025-01-20, to: 2025-02-19}
  loudspeaker: [2025-01-20, 2025-01-21, 2025-01-22]
  channels:
    - {channel: "Cổng thông tin điện tử của xã", date: 2025-04-02}
feedback:
  - id: "1"
    received: 2025-02-03
    channel: "Hộp thư góp ý tại trụ sở"
    summary: "Đề nghị niêm yết kế hoạch cả ở nhà văn hóa các thôn."
    answer: "UBND xã đã niêm yết bổ sung tại nhà văn hóa 7 thôn từ ngày 10/02/2025."
    answered: 2025-02-10
    answered_by: "Chủ tịch UBND xã"
  - id: "2"
    received: 2025-10-01
    channel: "Hội nghị đối thoại"
    summary: "Hỏi về kết quả mô hình «Dân vận khéo» ở thôn 5."
  - id: "3"
    received: 2025-11-20
    summary: "Đề nghị công khai danh sách các mô hình được khen thưởng."
'''

CHANNELS = '''answer_within_days: {days}
issuers:
  - issuer: "UBND xã Hoằng Hợp"
    address: "Bộ phận tiếp nhận và trả kết quả, trụ sở UBND xã Hoằng Hợp"
    phone: "0237 3000 000"
    email: "ubnd.hoanghop@example.vn"
    url: "https://hoanghop.example.vn/gop-y"
    inspection_board:
      address: "Nhà văn hóa xã Hoằng Hợp"
      note: "Trưởng ban tiếp dân chiều thứ Sáu."
  - issuer: "UBND phường Hoằng Hợp"
    phone: "0237 3000 001"
'''


def _add_front(path: Path, text: str) -> None:
    source = path.read_text(encoding="utf-8")
    end = source.index("\n---", 4)
    path.write_text(source[:end + 1] + text + source[end + 1:], encoding="utf-8")


def _project(root: Path, days: int = 15) -> Path:
    project = copy_project(root)
    _add_front(project / "content" / f"{HOANG_HOP}.md", RECORDS)
    # Clause 8 must be on the loudspeakers three days in a row: two days with a gap are not.
    _add_front(project / "content" / f"{CHO_CHUA}.md",
               "disclosure:\n  clause: [8]\n  loudspeaker: [2025-06-02, 2025-06-04]\n")
    (project / "content" / "tiep-nhan-phan-anh.yml").write_text(CHANNELS.format(days=days), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = _project(tmp_path_factory.mktemp("records-project"))
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    return project, result.stdout + result.stderr


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0] / "site"


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def section(html: str, start: str) -> str:
    begin = html.index(start)
    return html[begin:html.index("</section>", begin)]


def section_p(html: str, start: str) -> str:
    begin = html.index(start)
    return html[begin:html.index("</p>", begin)]


def item(html: str, anchor: str) -> str:
    begin = html.index(f'<li id="{anchor}"')
    return html[begin:html.index("</li>", begin)]


def test_the_plan_page_says_how_the_document_was_made_public(site):
    box = section(page(site, HOANG_HOP), '<section class="sb-disclosure"')
    assert text_of(box).startswith(
        "Công khai theo khoản 1 Điều 11 Luật Thực hiện dân chủ ở cơ sở; niêm yết tại trụ sở UBND xã Hoằng Hợp từ ngày "
        "20/01/2025 đến ngày 19/02/2025; phát trên hệ thống truyền thanh 3 ngày, từ ngày 20/01/2025 đến ngày 22/01/2025; "
        "qua Cổng thông tin điện tử của xã ngày 02/04/2025.")
    assert 'href="../../../cong-khai/ubnd-xa-hoang-hop/"' in box
    assert '<section class="sb-disclosure"' not in page(site, VINH_LINH)  # no record, no sentence


def test_feedback_is_counted_and_flagged_against_the_build_date(site):
    html = page(site, HOANG_HOP)
    box = section(html, 'id="phan-anh"')
    assert ("3 phản ánh, kiến nghị: 1 đã trả lời (trung bình sau 7 ngày), 2 chưa trả lời, trong đó 1 đã quá 15 ngày"
            in text_of(box))
    answered, late, recent = item(box, "pa-1"), item(box, "pa-2"), item(box, "pa-3")
    assert "đã trả lời sau 7 ngày" in answered and "(Chủ tịch UBND xã)" in answered and "quá 15 ngày" not in answered
    assert "UBND xã đã niêm yết bổ sung" in answered
    assert "chưa trả lời (54 ngày)" in late and "quá 15 ngày chưa trả lời" in late and "sb-feedback--late" in late
    assert "chưa trả lời (4 ngày)" in recent and "quá 15 ngày" not in recent and "sb-feedback--late" not in recent
    assert box.index('id="pa-3"') < box.index('id="pa-2"') < box.index('id="pa-1"')  # newest first


def test_each_plan_page_says_where_to_send_feedback(site):
    box = text_of(section(page(site, HOANG_HOP), 'id="phan-anh"'))
    assert "UBND xã Hoằng Hợp tiếp nhận phản ánh, kiến nghị tại: Địa chỉ Bộ phận tiếp nhận và trả kết quả" in box
    assert "Hoặc gửi đến Ban Thanh tra nhân dân: Địa chỉ Nhà văn hóa xã Hoằng Hợp" in box
    html = page(site, HOANG_HOP)
    assert 'href="tel:02373000000"' in html and 'href="mailto:ubnd.hoanghop@example.vn"' in html
    for url in (HOANG_HOP, VINH_LINH):  # in the table of contents, after the tasks
        toc = page(site, url)
        toc = toc[toc.index('class="md-nav md-nav--secondary"'):]
        assert toc.index('href="#nhiem-vu"') < toc.index('href="#phan-anh"')
    other = text_of(section(page(site, VINH_LINH), 'id="phan-anh"'))
    assert "Trang web chưa ghi nơi tiếp nhận phản ánh của" in other
    assert "Chưa có phản ánh, kiến nghị nào được công bố về văn bản này." in other
    assert "Ban Thanh tra nhân dân" not in other


def test_the_number_of_days_to_answer_is_the_sites_own(tmp_path):
    project = _project(tmp_path, days=60)
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    box = section(page(project / "site", HOANG_HOP), 'id="phan-anh"')
    assert "quá 60 ngày" not in item(box, "pa-2") and "chưa trả lời (54 ngày)" in item(box, "pa-2")
    assert "2 chưa trả lời" in text_of(box) and "trong đó" not in text_of(box)
    record = json.loads((project / "site" / HOANG_HOP / "index.json").read_text(encoding="utf-8"))
    assert [f["late"] for f in record["feedback"]] == [False, False, False]


def test_the_sites_feedback_page_counts_per_issuer_and_lists_the_unanswered(site):
    html = page(site, "phan-anh")
    html = html[html.index("<article"):]  # not the table of contents
    rows = [text_of(r) for r in re.findall(r"<tr>(.*?)</tr>", html, re.S)]
    assert "UBND xã Hoằng Hợp 3 1 7 ngày 2 1" in rows
    waiting = text_of(html[html.index("Chưa trả lời (2)"):html.index("Trả lời gần đây")])
    assert waiting.index("01/10/2025") < waiting.index("20/11/2025")  # the longest-waiting first
    assert "2025 54 ngày quá 15 ngày" in waiting and waiting.endswith("năm 2025 4 ngày")
    assert 'href="../ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/#pa-2"' in html
    assert "Trả lời gần đây (1/1)" in text_of(html)
    assert 'href="../../../phan-anh/"' in page(site, VINH_LINH)  # every plan page links to it


def test_the_feedback_feed_follows_answers(site):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "phan-anh" / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert [e.find(f"{atom}link").get("href") for e in entries] == [
        f"../{HOANG_HOP}/#pa-{n}" for n in (3, 2, 1)]  # by the day last moved: received, or answered
    answered = entries[2]
    assert answered.find(f"{atom}title").text.startswith("Đã trả lời: Đề nghị niêm yết")
    assert answered.find(f"{atom}updated").text == "2025-02-10T00:00:00+07:00"
    assert answered.find(f"{atom}published").text == "2025-02-03T00:00:00+07:00"
    assert "Trả lời</strong> ngày 10/02/2025 (Chủ tịch UBND xã)" in answered.find(f"{atom}content").text
    assert "Chưa trả lời." in entries[0].find(f"{atom}content").text
    for entry in entries:  # every link reaches its item on the plan page
        assert f'id="{entry.find(f"{atom}link").get("href").split("#")[1]}"' in page(site, HOANG_HOP)
    assert 'href="feed.xml"' in page(site, "phan-anh")


def test_the_list_of_what_each_issuer_made_public(site):
    index = text_of(page(site, "cong-khai"))
    assert "UBND xã Hoằng Hợp — 1 văn bản" in index
    html = page(site, "cong-khai/ubnd-xa-hoang-hop")
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    first = next(r for r in rows if "Khoản 1: Kế hoạch phát triển kinh tế - xã hội" in r)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", first, re.S)
    assert 'href="../../ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/"' in cells[1]  # quarter I: first posted 20/01
    assert all("ke-hoach/" not in cell for cell in cells[2:])
    missing = text_of(section_p(html, '<p class="sb-disclosure__missing">'))
    assert missing == ("Các khoản chưa có văn bản nào được ghi là đã công khai trong năm 2025 (tính đến ngày 24/11/2025): "
                       + ", ".join(f"khoản {n}" for n in range(2, 15)) + ".")
    cho_chua = text_of(page(site, "cong-khai/ubnd-thi-tran-cho-chua"))
    assert re.search(r"Khoản 8 — Kế hoạch : Thực hiện quy chế dân chủ [^—]*\(02/06/2025\) — — Khoản 9", cho_chua)


def test_too_few_loudspeaker_days_is_a_warning_with_its_line(built):
    project, output = built
    line = next(i for i, l in enumerate((project / "content" / f"{CHO_CHUA}.md").read_text(encoding="utf-8").split("\n"), 1)
                if l.startswith("  loudspeaker:"))
    assert (f"content/{CHO_CHUA}.md:{line}: cảnh báo: disclosure.loudspeaker: nội dung thuộc khoản 8 Điều 11 phải được "
            "phát trên hệ thống truyền thanh của xã ít nhất 3 ngày liên tục") in output
    assert "mới ghi 1 ngày liên tục" in output
    assert f"content/{HOANG_HOP}.md" not in "".join(l for l in output.split("\n") if "loudspeaker" in l)


def test_the_contacts_file_is_checked_against_the_sites_issuers(built):
    output = built[1]
    shown = "content/tiep-nhan-phan-anh.yml"
    assert (f"{shown}:2: cảnh báo: issuers: chưa ghi nơi tiếp nhận phản ánh của «UBND thị trấn Chợ Chùa»; trang các "
            "văn bản của cơ quan này ghi là chưa có.") in output
    assert "nơi tiếp nhận phản ánh của «UBND xã Hoằng Hợp»" not in output  # listed, as «UBND xã Hoằng Hợp»
    assert f"{shown}:11: cảnh báo: issuer: «UBND phường Hoằng Hợp» không ban hành văn bản nào trên trang" in output


def test_open_data_carries_the_records_and_keeps_the_contacts_file_unpublished(site):
    record = json.loads((site / HOANG_HOP / "index.json").read_text(encoding="utf-8"))
    assert record["disclosure"] == {
        "clauses": [1], "posting": [{"place": "trụ sở UBND xã Hoằng Hợp", "from": "2025-01-20", "to": "2025-02-19"}],
        "loudspeaker": ["2025-01-20", "2025-01-21", "2025-01-22"],
        "channels": [{"channel": "Cổng thông tin điện tử của xã", "date": "2025-04-02", "note": None}],
        "first_day": "2025-01-20"}
    assert [(f["id"], f["days"], f["late"], f["answered"]) for f in record["feedback"]] == [
        ("1", 7, False, "2025-02-10"), ("2", 54, True, None), ("3", 4, False, None)]
    plans = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))
    jsonschema.validate(plans, json.loads((site / "data" / "plans.schema.json").read_text(encoding="utf-8")))
    assert sum(1 for p in plans["plans"] if p["feedback"]) == 1
    assert not list(site.rglob("*.yml"))
    sums = (site / "data" / "SHA256SUMS-nguon").read_text(encoding="utf-8")
    assert "content/tiep-nhan-phan-anh.yml" in sums


CHECKED = SAMPLE_FRONT + '''disclosure:
  clause: [8, 15]
  posting:
    - {place: "Trụ sở UBND xã", from: 2025-03-10, to: 2025-03-01}
    - {place: "Nhà văn hóa", from: 2025-01-02}
  loudspeaker: [2025-03-10, 2025-03-11, 2025-03-12]
  chanels: []
feedback:
  - received: 2025-02-01
    summary: "Ông A, số điện thoại 0912345678, đề nghị sửa đường."
  - received: 2025-02-01
    summary: "Đề nghị X."
    answer: "Đã trả lời; hỏi thêm qua đường dây nóng 0237 3000 000."
    answered: 2025-02-02
  - received: 2025-02-05
    summary: "Đề nghị Y."
    answer: "Có."
    answered: 2025-02-01
  - received: "2025-02"
    summary: "Z"
    answer: "Đã xử lý."
---

Nội dung kế hoạch.
'''


def test_the_checker_names_file_line_and_field(tmp_path):
    plans = tmp_path / "content" / "ke-hoach" / "2025"
    plans.mkdir(parents=True)
    (plans / "x.md").write_text(CHECKED, encoding="utf-8")
    shutil.copy(Path(__file__).parent.parent / "mkdocs.yml", tmp_path / "mkdocs.yml")
    result = run_cli("check", env={"SOURCE_DATE_EPOCH": EPOCH}, cwd=tmp_path)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    where = "content/ke-hoach/2025/x.md"
    expected = [
        f"{where}:10: lỗi: disclosure.clause.2: «15» không phải khoản của Điều 11",
        f"{where}:12: cảnh báo: disclosure.posting.1.to: ngày kết thúc niêm yết 01/03/2025 trước ngày bắt đầu 10/03/2025.",
        f"{where}:13: cảnh báo: disclosure.posting.2.from: ngày bắt đầu niêm yết 02/01/2025 trước ngày ban hành văn bản",
        f"{where}:15: lỗi: disclosure.chanels: trường không có trong danh mục. Có phải ý bạn là «channels»?",
        f"{where}:18: lỗi: feedback.1.summary: có số điện thoại «0912345678» trong nội dung phản ánh",
        f"{where}:21: cảnh báo: feedback.2.answer: có số điện thoại «0237 3000 000»",
        f"{where}:26: lỗi: feedback.3.answered: ngày trả lời 01/02/2025 trước ngày nhận 05/02/2025.",
        f"{where}:27: lỗi: feedback.4.received: ngày nhận phải ghi đủ ngày, tháng, năm",
        f"{where}:29: lỗi: feedback.4.answer: có câu trả lời nhưng chưa ghi ngày trả lời",
    ]
    for line in expected:
        assert line in out, line + "\n---\n" + out
    assert "loudspeaker" not in out  # three days in a row: clause 8 is satisfied
    assert "Traceback" not in out


def test_a_bad_contacts_file_stops_the_build_with_its_lines(tmp_path):
    project = copy_project(tmp_path)
    (project / "content" / "tiep-nhan-phan-anh.yml").write_text(
        'answer_within_days: "mười"\nissuers:\n  - issuer: "UBND xã Hoằng Hợp"\n    url: "javascript:alert(1)"\n'
        '    fax: "1"\n  - issuer: "Ủy ban nhân dân xã Hoằng Hợp"\n    phone: "0237 3000 000"\n', encoding="utf-8")
    result = run_cli("build", cwd=project)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    shown = "content/tiep-nhan-phan-anh.yml"
    assert f"{shown}:1: lỗi: answer_within_days: «mười» phải là một số ngày từ 1 đến 365" in out
    assert f"{shown}:4: lỗi: url: «javascript:alert(1)» không phải địa chỉ http:// hay https://." in out
    assert f"{shown}:5: lỗi: fax: trường không có trong tệp nơi tiếp nhận phản ánh" in out
    assert f"{shown}:6: lỗi: issuers.2.issuer: cơ quan «Ủy ban nhân dân xã Hoằng Hợp» đã có ở dòng 3" in out
    assert not (project / "site").exists() and "Traceback" not in out


def test_the_new_pages_are_valid_html(site, tmp_path):
    from test_html_valid import _is_material_toggle, nu_errors

    for url in (HOANG_HOP, "cong-khai", "cong-khai/ubnd-xa-hoang-hop", "phan-anh"):
        target = tmp_path / "site" / url.replace("/", "_") / "index.html"
        target.parent.mkdir(parents=True)
        shutil.copy(site / url / "index.html", target)
    errors = [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in nu_errors(tmp_path / "site")
              if not _is_material_toggle(m)]
    assert errors == []


@pytest.mark.parametrize("url", [HOANG_HOP, "cong-khai/ubnd-xa-hoang-hop", "phan-anh"])
def test_the_new_pages_pass_axe_and_fit_a_phone(site, url):
    from playwright.sync_api import sync_playwright
    from axe_playwright_python.sync_playwright import Axe

    from test_browser import ARGS, CHROMIUM

    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/{url}/", wait_until="networkidle")
        violations = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in Axe().run(tab).response["violations"]
                      if v["impact"] in ("serious", "critical")]
        phone = browser.new_page(viewport={"width": 360, "height": 740})
        phone.goto(f"{base}/{url}/", wait_until="networkidle")
        width = phone.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert violations == []
    assert width <= 360


def test_the_guides_worked_example_checks_clean_on_its_seed_plan(tmp_path, site):
    from site_builder.render.records_guide import GUIDE

    example = GUIDE.split("```yaml\n")[1].split("```")[0]
    project = copy_project(tmp_path)
    _add_front(project / "content" / f"{HOANG_HOP}.md", example)
    result = run_cli("check", f"content/{HOANG_HOP}.md", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert not [line for line in out.split("\n") if "disclosure" in line or "feedback" in line], out
    guide = text_of(page(site, "huong-dan/truong-thong-tin"))
    assert "Công khai văn bản, phản ánh và kiến nghị" in guide and "tiep-nhan-phan-anh.yml" in guide
    assert "disclosure.posting.from" in guide and "feedback.answered_by" in guide  # the field table knows them


def test_new_explains_the_new_fields_and_its_examples_check(tmp_path):
    target = tmp_path / "content" / "ke-hoach" / "2025" / "moi.md"
    target.parent.mkdir(parents=True)
    shutil.copy(Path(__file__).parent.parent / "mkdocs.yml", tmp_path / "mkdocs.yml")
    result = run_cli("new", "--no-input", "--title", "Kế hoạch thử", "--issuer", "UBND xã Thử", "--issued", "2025-01-15",
                     "-o", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = target.read_text(encoding="utf-8")
    assert "#   loudspeaker: Phát trên hệ thống truyền thanh." in text and "#   summary: Nội dung." in text
    # Uncommenting the two examples gives a file the checker accepts.
    text = text.replace("\n# disclosure: {", "\ndisclosure: {").replace("\n# feedback: [{", "\nfeedback: [{")
    target.write_text(text, encoding="utf-8")
    checked = run_cli("check", str(target), cwd=tmp_path, env={"SOURCE_DATE_EPOCH": EPOCH})
    out = checked.stdout + checked.stderr
    assert checked.returncode == 0 and "disclosure" not in out and "feedback" not in out, out
