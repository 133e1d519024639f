"""The checker's field checks called directly (the loader and `validate_plan`, no CLI, no build): each
finding with its file, line and field, and the plan it lets through. Seconds for the whole file, so a
mutation run of validate.py (bench/mutation.py) can afford it; tests/test_checker.py checks the same
error kinds through `site-builder check`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import SAMPLE_FRONT, SAMPLE_PLAN
from test_checker import BROKEN
from site_builder.model.diagnostics import Diagnostics
from site_builder.load.frontmatter import load
from site_builder.model.plans import Plan
from site_builder.check.validate import validate_plan

TODAY = dt.date(2026, 1, 1)
SHOWN = "thu.md"  # the path as the checker prints it
REL = "ke-hoach/2025/thu.md"


def check(tmp_path: Path, text: str, rel: str = REL, files: dict[str, bytes] | None = None,
          today: dt.date = TODAY) -> tuple[Plan | None, Diagnostics]:
    """Write the plan (and any files beside it) under a content folder and check it as the CLI does."""
    root = tmp_path / "content"
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    for name, data in (files or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    diags = Diagnostics()
    raw = load(path, rel, SHOWN, diags)
    plan = validate_plan(raw, diags, today, path) if raw is not None else None
    return plan, diags


def lines(diags: Diagnostics, severity: str) -> list[str]:
    return [d.format() for d in diags.items if d.severity.value == severity]


def errors(diags: Diagnostics) -> list[str]:
    return lines(diags, "lỗi")


def warnings(diags: Diagnostics) -> list[str]:
    return lines(diags, "cảnh báo")


def with_front(extra: str, body: str = "Nội dung kế hoạch.\n") -> str:
    """The sample plan with more front-matter lines (from line 9 on)."""
    return SAMPLE_FRONT + extra + "---\n\n" + body


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_error_kind_is_reported_with_file_line_and_field(tmp_path, case):
    text, line, field, words = BROKEN[case]
    plan, diags = check(tmp_path, text)
    assert plan is None
    prefix = f"{SHOWN}:{line}: lỗi: " + (f"{field}: " if field else "")
    found = [ln for ln in errors(diags) if ln.startswith(prefix)]
    assert any(words in ln for ln in found), errors(diags)


def test_the_sample_plan_passes_with_its_fields_typed(tmp_path):
    plan, diags = check(tmp_path, SAMPLE_PLAN)
    assert errors(diags) == [] and warnings(diags) == []
    assert (plan.title, plan.doc_type, plan.number_raw, plan.issuer) == ("Kế hoạch thử", "Kế hoạch", "12/KH-UBND", "UBND xã Thử")
    assert plan.issued.iso() == "2025-01-15" and plan.locality.province == "Thanh Hóa" and plan.locality.commune == "Thử"
    assert (plan.signer.name, plan.signer.title) == ("Nguyễn Văn A", "Chủ tịch")


MINIMAL = '---\ntitle: "Kế hoạch thử"\ndoc_type: "Kế hoạch"\nissuer: "UBND xã Thử"\n---\n\nNội dung.\n'


def test_a_plan_with_only_the_required_fields_passes_with_a_warning_for_each_missing_one(tmp_path):
    plan, diags = check(tmp_path, MINIMAL)
    assert errors(diags) == []
    assert warnings(diags) == [
        "thu.md:1: cảnh báo: number: văn bản chưa có số, ký hiệu; trang web sẽ ghi «chưa có số».",
        "thu.md:1: cảnh báo: issued: chưa có ngày ban hành; văn bản sẽ được xếp vào mục «chưa rõ năm».",
        "thu.md:1: cảnh báo: locality: chưa ghi địa bàn; văn bản sẽ nằm ở mục «chưa rõ tỉnh/thành phố».",
        "thu.md:1: cảnh báo: signer: chưa ghi người ký.",
    ]
    assert (plan.number, plan.number_raw, plan.issued, plan.signer) == (None, None, None, None)
    # No date of issue: the year folder it is filed in stands in.
    assert (plan.filed_year, plan.filed_year_source) == (2025, "thư mục")


def test_without_a_year_folder_the_one_year_in_the_title_stands_in(tmp_path):
    text = MINIMAL.replace("Kế hoạch thử", "Kế hoạch thử năm 2024")
    plan, _ = check(tmp_path, text, rel="ke-hoach/chua-ro-nam/thu.md")
    assert (plan.filed_year, plan.filed_year_source) == (2024, "trích yếu")


def test_a_dated_plan_has_no_filed_year(tmp_path):
    plan, _ = check(tmp_path, SAMPLE_PLAN)
    assert (plan.filed_year, plan.filed_year_source) == (None, None)


@pytest.mark.parametrize("line", ['number: ""', "number: []", "number: {}", "number:"])
def test_an_empty_value_is_a_missing_field_not_an_error(tmp_path, line):
    plan, diags = check(tmp_path, MINIMAL.replace("issuer:", line + "\nissuer:"))
    assert plan is not None and errors(diags) == []
    assert "thu.md:4: cảnh báo: number: văn bản chưa có số, ký hiệu; trang web sẽ ghi «chưa có số»." in warnings(diags)


def test_an_empty_required_field_is_missing_on_its_own_line(tmp_path):
    plan, diags = check(tmp_path, MINIMAL.replace('title: "Kế hoạch thử"', 'title: "   "'))
    assert plan is None
    assert errors(diags) == ["thu.md:2: lỗi: title: thiếu trường bắt buộc «title» (Trích yếu). "
                             "Ví dụ: title: \"Thực hiện công tác Dân vận chính quyền năm 2025\""]


def test_text_is_kept_with_its_spaces_and_line_breaks_collapsed(tmp_path):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace('title: "Kế hoạch thử"', 'title: "  Kế  hoạch\\n thử "'))
    assert errors(diags) == [] and plan.title == "Kế hoạch thử"


@pytest.mark.parametrize("value, words", [
    ('["Kế hoạch"]', "phải là một chuỗi văn bản, không phải danh sách."),
    ('{a: "Kế hoạch"}', "phải là một chuỗi văn bản, không phải nhóm trường."),
    ("true", 'phải là chuỗi văn bản; hãy đặt giá trị trong ngoặc kép, ví dụ: doc_type: "true".'),
])
def test_text_of_another_kind_is_an_error_that_says_what_to_write(tmp_path, value, words):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace('doc_type: "Kế hoạch"', f"doc_type: {value}"))
    assert plan is None
    (line,) = errors(diags)
    assert line.startswith("thu.md:3: lỗi: doc_type: " + words)


def test_each_bad_item_of_a_list_is_an_error_on_its_line(tmp_path):
    """Named as the official counts: «topics.2» is the second item."""
    text = with_front('topics:\n  - "Dân  vận"\n  - ""\n  - 3\n  - "Cải cách"\n')
    plan, diags = check(tmp_path, text)
    assert plan is None
    assert errors(diags) == [
        "thu.md:11: lỗi: topics.2: mỗi mục trong danh sách phải là một chuỗi văn bản không rỗng.",
        "thu.md:12: lỗi: topics.3: mỗi mục trong danh sách phải là một chuỗi văn bản không rỗng.",
    ]
    plan, diags = check(tmp_path, with_front('topics:\n  - "Dân  vận"\n  - "Cải cách"\n'))
    assert errors(diags) == [] and plan.topics == ["Dân vận", "Cải cách"]


def test_a_wrongly_typed_field_is_an_error_and_not_also_missing(tmp_path):
    """The error says what is wrong; a second finding calling the same field missing would mislead."""
    text = (SAMPLE_PLAN.replace('number: "12/KH-UBND"', "number: 12").replace("issued: 2025-01-15", "issued: 2025-02-30")
            .replace('locality: {province: "Thanh Hóa", commune: "Thử"}', 'locality: "Thanh Hóa"')
            .replace('signer: {name: "Nguyễn Văn A", title: "Chủ tịch"}', 'signer: "Nguyễn Văn A"'))
    plan, diags = check(tmp_path, text)
    assert plan is None and warnings(diags) == []
    assert [d.field for d in diags.errors] == ["number", "issued", "locality", "signer"]
    plan, diags = check(tmp_path, text.replace('title: "Kế hoạch thử"', "title: 2025"))
    assert [d.field for d in diags.errors if d.field == "title"] == ["title"]  # not also «thiếu trường bắt buộc»


def test_a_group_list_item_without_its_required_key_is_an_error_on_that_item(tmp_path):
    text = with_front('attachments:\n  - title: "Bản ký"\n')
    plan, diags = check(tmp_path, text)
    assert plan is None
    assert errors(diags) == ["thu.md:10: lỗi: attachments.1: thiếu «file» (Tệp)."]
    plan, diags = check(tmp_path, with_front('attachments: "ban-ky.pdf"\n'))
    assert errors(diags) == ['thu.md:9: lỗi: attachments: phải là danh sách, ví dụ: '
                             + next(f for f in __import__("site_builder.model.fields", fromlist=["PLAN_FIELDS"]).PLAN_FIELDS
                                    if f.name == "attachments").example]


def test_an_attached_file_is_hashed_and_titled(tmp_path):
    data = b"%PDF-1.4 ban ky"
    text = with_front('attachments:\n  - file: "ban-ky.pdf"\n    title: "Bản có chữ ký"\n  - file: "phu-luc.pdf"\n')
    plan, diags = check(tmp_path, text, files={"ke-hoach/2025/ban-ky.pdf": data, "ke-hoach/2025/phu-luc.pdf": b"x"})
    assert errors(diags) == []
    first, second = plan.attachments
    assert (first.rel, first.title, first.size) == ("ke-hoach/2025/ban-ky.pdf", "Bản có chữ ký", len(data))
    assert first.sha256 == __import__("hashlib").sha256(data).hexdigest()
    assert (second.rel, second.title, second.size) == ("ke-hoach/2025/phu-luc.pdf", "phu-luc.pdf", 1)


@pytest.mark.parametrize("file, words", [
    ("../../../ngoai.pdf", "«../../../ngoai.pdf» nằm ngoài thư mục nội dung"),
    ("/etc/hostname", "«/etc/hostname» nằm ngoài thư mục nội dung"),
    ("khong-co.pdf", "không tìm thấy tệp «khong-co.pdf»"),
    ("khac.md", "tệp đính kèm không được là tệp .md."),
])
def test_an_attachment_outside_missing_or_markdown_is_an_error_on_its_file_line(tmp_path, file, words):
    text = with_front(f'attachments:\n  - file: "{file}"\n')
    plan, diags = check(tmp_path, text, files={"ke-hoach/2025/khac.md": b"# x\n", "ngoai.pdf": b"x"})
    assert plan is None
    (line,) = errors(diags)
    assert line.startswith(f"thu.md:10: lỗi: attachments.1.file: {words}"), line


def test_a_declared_symbol_is_checked_and_matched_against_the_text(tmp_path):
    text = with_front('implements:\n  - "33/CT-TTg"\n  - "khong phai so"\nbasis:\n  - "61/2018/NĐ-CP"\n',
                      body="Thực hiện Chỉ thị số 33/CT-TTg ngày 20/12/2024 của Thủ tướng Chính phủ.\n")
    plan, diags = check(tmp_path, text)
    assert plan is None
    assert errors(diags) == ["thu.md:11: lỗi: implements.2: «khong phai so» không phải số, ký hiệu văn bản "
                             "(ví dụ 33/CT-TTg, 114-KL/TW)."]
    assert warnings(diags) == ["thu.md:13: cảnh báo: basis.1: văn bản «61/2018/NĐ-CP» được khai báo nhưng nội dung "
                               "kế hoạch không nhắc đến."]
    plan, diags = check(tmp_path, text.replace('  - "khong phai so"\n', ""))
    assert [s.text for s in plan.implements] == ["33/CT-TTg"] and [s.text for s in plan.basis] == ["61/2018/NĐ-CP"]


def test_an_unknown_key_far_from_any_name_lists_the_valid_ones(tmp_path):
    plan, diags = check(tmp_path, with_front('ghi_chu: "x"\n'))
    assert plan is None
    (line,) = errors(diags)
    assert line.startswith("thu.md:9: lỗi: ghi_chu: trường không có trong danh mục. Các trường hợp lệ: title, doc_type, ")
    assert line.endswith(", targets.") or line.endswith(".")


def test_a_key_made_of_digits_keeps_its_name_in_the_message(tmp_path):
    """Only a list position is counted from 1 in a field path; a key that happens to be digits is a name."""
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace('commune: "Thử"', 'commune: "Thử", 2025: "x"'))
    assert plan is None
    (line,) = errors(diags)
    assert line.startswith("thu.md:7: lỗi: locality.2025: trường không có trong danh mục."), line


@pytest.mark.parametrize("number, words", [
    ("so 12", "«so 12» không đúng dạng số, ký hiệu (ví dụ 12/KH-UBND, 61/2018/NĐ-CP, 88-KH/HU)."),
    ("/KH-UBND", "«/KH-UBND» chưa ghi số; hãy bổ sung khi văn bản có số."),
    ("12/QĐ-UBND", "ký hiệu «QĐ» là của loại «Quyết định», nhưng doc_type là «Kế hoạch»."),
])
def test_a_number_that_does_not_fit_is_a_warning_on_its_line(tmp_path, number, words):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("12/KH-UBND", number))
    assert plan is not None and plan.number_raw == number
    assert warnings(diags) == [f"thu.md:4: cảnh báo: number: {words}"]


def test_an_unusual_document_type_is_a_warning(tmp_path):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace('doc_type: "Kế hoạch"', 'doc_type: "Kế hoặch"')
                        .replace("12/KH-UBND", "12/UBND"))
    assert plan is not None
    assert warnings(diags) == ["thu.md:3: cảnh báo: doc_type: «Kế hoặch» không phải tên loại văn bản thường dùng "
                               "(Kế hoạch, Quyết định, Chỉ thị …)."]


@pytest.mark.parametrize("issued, words", [
    ('"2025-01"', "ngày ban hành chưa đủ (thiếu ngày): tháng 01 năm 2025."),
    ("2025", "ngày ban hành chưa đủ (thiếu ngày và tháng): năm 2025."),
])
def test_a_partial_date_is_a_warning_naming_what_is_missing(tmp_path, issued, words):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("issued: 2025-01-15", f"issued: {issued}"))
    assert plan is not None and errors(diags) == []
    assert warnings(diags) == [f"thu.md:6: cảnh báo: issued: {words}"]


def test_a_plan_issued_today_is_not_in_the_future_and_tomorrow_is(tmp_path):
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("issued: 2025-01-15", "issued: 2026-01-01"))
    assert plan is not None and diags.items == []
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("issued: 2025-01-15", "issued: 2026-01-02"))
    assert plan is None
    assert errors(diags) == ["thu.md:6: lỗi: issued: ngày ban hành 2026-01-02 ở tương lai (hôm nay là 2026-01-01)."]


def test_a_locality_without_province_and_a_signer_without_name_are_warnings(tmp_path):
    text = (SAMPLE_PLAN.replace('province: "Thanh Hóa", ', "")
            .replace('name: "Nguyễn Văn A", ', ""))
    plan, diags = check(tmp_path, text)
    assert plan is not None
    assert warnings(diags) == ["thu.md:7: cảnh báo: locality.province: chưa ghi tỉnh/thành phố của địa bàn.",
                               "thu.md:8: cảnh báo: signer.name: chưa ghi họ tên người ký."]
    assert plan.signer.title == "Chủ tịch" and plan.signer.name is None


@pytest.mark.parametrize("extra, expected", [
    ('status: "withdrawn"\nstatus_reason: "Đã có kế hoạch khác."\n', []),
    ('status: "replaced"\nstatus_reason: "Đã có kế hoạch khác."\nreplaced_by: "15/KH-UBND"\n', []),
    ('status: "withdrawn"\n', ["thu.md:9: cảnh báo: status: nên ghi lý do (status_reason) để người dân hiểu vì sao."]),
    ('status_reason: "Đã có kế hoạch khác."\n', ["thu.md:1: cảnh báo: status: có replaced_by/status_reason nhưng chưa ghi status."]),
    ('replaced_by: "15/KH-UBND"\n', ["thu.md:1: cảnh báo: status: có replaced_by/status_reason nhưng chưa ghi status."]),
])
def test_status_and_its_reason_and_replacement_go_together(tmp_path, extra, expected):
    plan, diags = check(tmp_path, with_front(extra))
    assert plan is not None and errors(diags) == []
    assert warnings(diags) == expected


def test_the_unknown_status_message_names_each_allowed_one(tmp_path):
    plan, diags = check(tmp_path, with_front('status: "thu hồi"\n'))
    assert plan is None
    assert errors(diags) == ["thu.md:9: lỗi: status: «thu hồi» không hợp lệ; chỉ dùng «withdrawn» (Đã thu hồi) hoặc "
                             "«replaced» (Đã được thay thế), hoặc bỏ trống."]


def test_a_secrecy_mark_stops_the_plan_and_a_phone_number_does_not(tmp_path):
    plan, diags = check(tmp_path, SAMPLE_PLAN + "\nMẬT\n")
    assert plan is None
    assert [d.format()[:20] for d in diags.errors] == ["thu.md:13: lỗi: văn "]
    plan, diags = check(tmp_path, SAMPLE_PLAN + "\nĐường dây nóng 0912345678.\n")
    assert plan is not None and errors(diags) == [] and len(warnings(diags)) == 1
    # An error elsewhere is not forgotten because a warning-only finding comes after it.
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("issued: 2025-01-15", "issued: 2199-01-01")
                        + "\nĐường dây nóng 0912345678.\n")
    assert plan is None


def test_the_plan_itself_is_not_among_its_citations(tmp_path):
    """Its own number with the year of issue is the plan, not a document it cites; the year is the
    date of issue's (the plan is filed in another year's folder here)."""
    body = ("Thực hiện Chỉ thị số 33/CT-TTg ngày 20/12/2024 của Thủ tướng Chính phủ.\n\n"
            "Kế hoạch số 12/KH-UBND năm 2025 của UBND xã Thử được gửi đến các thôn.\n")
    plan, diags = check(tmp_path, SAMPLE_PLAN.replace("Nội dung kế hoạch.\n", body), rel="ke-hoach/2024/thu.md")
    assert [c.symbol.text for c in plan.citations] == ["33/CT-TTg"]
