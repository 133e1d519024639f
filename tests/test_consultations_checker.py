"""`site-builder check` on «dân bàn» records (issue 17): one Vietnamese `tệp:dòng` line per problem naming
the field (village_decisions.N counted from 1), exit code 1, never a traceback; the guide's worked example
passes as written; `site-builder new` and the JSON Schema know the fields."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import yaml

from conftest import REPO, SAMPLE_FRONT, SEED_FILES, run_cli
from site_builder.importer.skeleton import skeleton
from site_builder.render.consultation_guide import EXAMPLE

EPOCH = {"SOURCE_DATE_EPOCH": "1764000000"}  # 24/11/2025
WINDOW = "consultation:\n  matter: \"Dự thảo\"\n  from: 2025-10-01\n  to: 2025-10-31\n"  # lines 9–12

# name → (lines after SAMPLE_FRONT (line 9 on), expected line, field, words the message must contain)
BROKEN = {
    "missing-to": ('consultation:\n  matter: "Dự thảo"\n  from: 2025-10-01\n', 9, "consultation.to", "thiếu ngày cuối"),
    "partial-to": ('consultation:\n  matter: "Dự thảo"\n  from: 2025-10-01\n  to: "2025-10"\n', 12, "consultation.to",
                   "phải đủ ngày, tháng, năm"),
    "to-before-from": ('consultation:\n  matter: "Dự thảo"\n  from: 2025-10-01\n  to: 2025-09-30\n', 12, "consultation.to",
                       "trước ngày bắt đầu"),
    "missing-matter": ('consultation:\n  from: 2025-10-01\n  to: 2025-10-31\n', 9, "consultation", "thiếu «matter»"),
    "law-item": (WINDOW + "  law_item: 10\n", 13, "consultation.law_item", "từ 1 đến 9"),
    "vietnamese-key": (WINDOW + '  ghi_chu: "…"\n  ket_qua: {date: 2025-11-02}\n', 14, "consultation.ket_qua", "«result»"),
    "contact-key-outside-contact": (WINDOW + '  dien_thoai: "0237 3123 456"\n', 13, "consultation.dien_thoai",
                                    "«phone» của nơi nhận ý kiến: contact: {phone: …}"),
    "bad-email": (WINDOW + '  contact: {email: "ubnd@xa"}\n', 13, "consultation.contact.email", "thư điện tử"),
    "form-not-https": (WINDOW + '  contact: {url: "javascript:alert(1)"}\n', 13, "consultation.contact.url", "https://"),
    "result-before-closing": ('consultation:\n  matter: "Dự thảo"\n  from: 2025-11-01\n  to: 2025-11-30\n'
                              '  result: {date: 2025-11-20, opinions: 3}\n', 13, "consultation.result.date",
                              "chưa hết thời gian lấy ý kiến"),
    "result-without-opinions": (WINDOW + "  result: {date: 2025-11-02}\n", 13, "consultation.result", "thiếu «opinions»"),
    "channels-do-not-add-up": (WINDOW + '  result:\n    date: 2025-11-02\n    opinions: 10\n    channels: {"họp thôn": 4, "hòm thư": 5}\n',
                               16, "consultation.result.channels", "tổng số ý kiến theo hình thức là 9"),
    # The web editor writes the same counts as a list of pairs (issue 18): checked the same way.
    "channel-list-does-not-add-up": (WINDOW + '  result:\n    date: 2025-11-02\n    opinions: 10\n    channels:\n'
                                     '      - {form: "họp thôn", opinions: 4}\n      - {form: "hòm thư", opinions: 5}\n',
                                     16, "consultation.result.channels", "tổng số ý kiến theo hình thức là 9"),
    "channel-list-without-form": (WINDOW + '  result:\n    date: 2025-11-02\n    opinions: 4\n    channels:\n'
                                  '      - {opinions: 4}\n', 17, "consultation.result.channels.1", "thiếu «form» (hình thức)"),
    "objection-without-reason": (WINDOW + '  result:\n    date: 2025-11-02\n    opinions: 1\n    not_accepted:\n'
                                 '      - opinion: "Lùi thời hạn"\n', 17, "consultation.result.not_accepted.1",
                                 "thiếu «reason» (giải trình"),
    "dotted-count": (WINDOW + "  result: {date: 2025-11-02, opinions: 1.200}\n", 13, "consultation.result.opinions",
                     "YAML đọc «1.200» thành số thập phân"),
    "more-in-favour-than-taking-part": (
        'village_decisions:\n  - village: "Thôn Đông"\n    matter: "Đóng góp"\n    date: 2025-05-10\n'
        '    households: 100\n    participating: 60\n    in_favour: 70\n    result: "thông qua"\n', 15,
        "village_decisions.1.in_favour", "lớn hơn số hộ tham gia"),
    "unknown-result": ('village_decisions:\n  - village: "Thôn Đông"\n    matter: "Đóng góp"\n    date: 2025-05-10\n'
                       '    result: "đồng ý"\n', 13, "village_decisions.1.result", "«thông qua» hoặc «không thông qua»"),
    "future-meeting": ('village_decisions:\n  - village: "Thôn Đông"\n    matter: "Đóng góp"\n    date: 2026-05-10\n'
                       '    result: "thông qua"\n', 12, "village_decisions.1.date", "ở tương lai"),
}


def _check(tmp_path, name: str, lines: str):
    path = tmp_path / f"{name}.md"
    path.write_text(SAMPLE_FRONT + lines + "---\n\nNội dung.\n", encoding="utf-8")
    return path, run_cli("check", str(path), env=EPOCH)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_errors_are_reported_with_line_and_field(tmp_path, case):
    lines, line, field, words = BROKEN[case]
    path, result = _check(tmp_path, case, lines)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    prefix = f"{path}:{line}: lỗi: {field}: "
    found = [ln for ln in result.stdout.splitlines() if ln.startswith(prefix)]
    assert found, f"expected a line starting {prefix!r} in:\n{result.stdout}"
    assert any(words in ln for ln in found), result.stdout


@pytest.mark.parametrize("in_favour, result, warned", [
    (126, "thông qua", False), (125, "thông qua", True),  # 125/250 is half, not more than half
    (125, "không thông qua", False), (126, "không thông qua", True),
])
def test_result_is_checked_against_more_than_half_of_households(tmp_path, in_favour, result, warned):
    lines = (f'village_decisions:\n  - village: "Thôn Đông"\n    matter: "Đóng góp"\n    date: 2025-05-10\n'
             f'    households: 250\n    in_favour: {in_favour}\n    result: "{result}"\n')
    path, run = _check(tmp_path, "half", lines)
    assert run.returncode == 0, run.stdout
    warning = [ln for ln in run.stdout.splitlines() if ln.startswith(f"{path}:15: cảnh báo: village_decisions.1.result: ")]
    assert bool(warning) == warned, run.stdout
    if warned:
        assert f"{in_favour}/250 hộ tán thành" in warning[0] and "từ 126 hộ trở lên" in warning[0]


def test_open_consultation_without_contact_is_warned(tmp_path):
    path, run = _check(tmp_path, "no-contact", 'consultation:\n  matter: "Dự thảo"\n  from: 2025-11-01\n  to: 2025-11-30\n')
    assert run.returncode == 0
    assert f"{path}:9: cảnh báo: consultation.contact: chưa ghi nơi nhận ý kiến" in run.stdout


def test_the_guide_example_on_the_seed_plan_passes_the_checker(tmp_path):
    seed = (REPO / "content" / SEED_FILES["000_566781da1b547808.txt"]).read_text(encoding="utf-8")
    head, body = seed.split("\n---\n", 1)
    path = tmp_path / "hoang-hop.md"
    path.write_text(head + "\n" + EXAMPLE + "---\n" + body, encoding="utf-8")
    run = run_cli("check", str(path), env=EPOCH)
    assert run.returncode == 0, run.stdout
    assert not [ln for ln in run.stdout.splitlines() if "consultation" in ln or "village_decisions" in ln], run.stdout
    meta = yaml.safe_load(EXAMPLE)
    assert meta["consultation"]["result"]["opinions"] == sum(meta["consultation"]["result"]["channels"].values())


def test_new_explains_the_fields():
    text = skeleton({"title": "Dự thảo", "issuer": "UBND xã Thử"})
    assert "# Lấy ý kiến Nhân dân (không bắt buộc, nhóm trường lấy ý kiến)" in text
    assert "#   result: Kết quả lấy ý kiến." in text and "# consultation: {matter:" in text
    assert "# Nhân dân bàn và quyết định (không bắt buộc" in text and "#   in_favour: Số hộ tán thành." in text


def test_schema_knows_the_fields():
    schema = json.loads((REPO / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    consultation = schema["properties"]["consultation"]
    assert consultation["required"] == ["matter", "from", "to"]
    as_mapping, as_list = consultation["properties"]["result"]["properties"]["channels"]["oneOf"]
    assert as_mapping["additionalProperties"]["type"] == "integer"
    assert as_list["items"]["required"] == ["form", "opinions"]
    decision = schema["properties"]["village_decisions"]["items"]
    assert decision["properties"]["result"]["enum"] == ["thông qua", "không thông qua"]


DRAFT = """UỶ BAN NHÂN DÂN
XÃ HOẰNG HỢP
Số:    /KH-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoằng Hợp, ngày 05 tháng 11 năm 2025
DỰ THẢO
KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2026

{sentence}

I. MỤC TIÊU
1. Tăng trưởng kinh tế.
"""


def test_import_fills_the_consultation_window_the_text_states(tmp_path):
    sentence = ("UBND xã lấy ý kiến Nhân dân về dự thảo Kế hoạch này từ ngày 10/11 đến hết ngày 30/11/2025; ý kiến gửi "
                "về thư điện tử ubnd.hoanghop@thanhhoa.gov.vn.")
    (tmp_path / "du-thao.txt").write_text(DRAFT.format(sentence=sentence), encoding="utf-8")
    run = run_cli("import", "du-thao.txt", "-o", "ra", cwd=tmp_path, env=EPOCH)
    assert run.returncode == 0, run.stdout + run.stderr
    [written] = (tmp_path / "ra").glob("*.md")
    meta = yaml.safe_load(written.read_text(encoding="utf-8").split("---\n")[1])
    assert meta["consultation"] == {"matter": "Dự thảo Kế hoạch Phát triển kinh tế - xã hội năm 2026",
                                    "from": dt.date(2025, 11, 10), "to": dt.date(2025, 11, 30),
                                    "contact": {"email": "ubnd.hoanghop@thanhhoa.gov.vn"}}
    assert "Lưu ý: đã điền consultation (lấy ý kiến Nhân dân)" in run.stdout
    assert "Kết quả kiểm tra (0 lỗi" in run.stdout


def test_import_points_out_a_draft_without_a_window(tmp_path):
    (tmp_path / "du-thao.txt").write_text(DRAFT.format(sentence="Dự thảo để xin ý kiến các ngành."), encoding="utf-8")
    run = run_cli("import", "du-thao.txt", "-o", "ra", cwd=tmp_path, env=EPOCH)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Lưu ý: văn bản ghi «DỰ THẢO»: nếu đang lấy ý kiến Nhân dân, hãy ghi consultation" in run.stdout
    [written] = (tmp_path / "ra").glob("*.md")
    assert "consultation" not in written.read_text(encoding="utf-8")


HOSTILE = {
    "not-a-group": 'consultation: "abc"\n',
    "a-list": "consultation: [1, 2]\n",
    "every-field-wrong": ('consultation:\n  matter: 5\n  from: "01/10/2025"\n  to: true\n  forms: "x"\n  contact: [1]\n'
                          '  result: "abc"\n'),
    "result-fields-wrong": ('consultation:\n  matter: "x"\n  from: 2025-10-01\n  to: 2025-10-31\n  law_item: yes\n'
                            '  contact: {phone: 123, email: ["a"]}\n  result: {date: "x", opinions: -1, channels: [1], '
                            'accepted: {a: 1}, not_accepted: "x", report: "../../etc/passwd", decision: 12}\n'),
    "decisions-a-mapping": "village_decisions: {a: 1}\n",
    "decisions-wrong": ('village_decisions:\n  - 5\n  - {id: yes, village: [1], matter: {}, date: "2025-13-01", '
                        'households: "abc", in_favour: 1.5, result: 1}\n'),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_wrong_shapes_are_errors_never_a_traceback(tmp_path, case):
    path, run = _check(tmp_path, case, HOSTILE[case])
    assert run.returncode == 1 and "Traceback" not in run.stdout + run.stderr, run.stdout + run.stderr
    errors = [ln for ln in run.stdout.splitlines() if ln.startswith(f"{path}:") and ": lỗi: " in ln]
    assert errors and all(re.match(rf"{re.escape(str(path))}:(9|1\d): lỗi: (consultation|village_decisions)", ln)
                          for ln in errors), run.stdout
