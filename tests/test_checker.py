"""`site-builder check` on broken files: one Vietnamese line per finding with path:line and field,
exit 1 for errors, 0 for warnings only, 2 for usage errors, and never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import SAMPLE_PLAN, run_cli

GOOD = SAMPLE_PLAN

# name → (file bytes, expected line, expected field, words the message must contain)
BROKEN = {
    "malformed-yaml": (GOOD.replace('title: "Kế hoạch thử"', 'title: "Kế hoạch: thử'), 2, "", "YAML"),
    "tab-indent": (GOOD.replace('signer: {name: "Nguyễn Văn A", title: "Chủ tịch"}', 'signer:\n\tname: "A"'), 9, "", "Tab"),
    "duplicate-key": (GOOD.replace('doc_type: "Kế hoạch"\n', 'doc_type: "Kế hoạch"\ndoc_type: "Quyết định"\n'), 4, "doc_type", "hai lần"),
    "unclosed": (GOOD.replace("---\n\nNội dung", "\nNội dung"), 1, "", "không có dòng «---» đóng"),
    "no-front-matter": ("Chỉ có nội dung, không có thông tin văn bản.\n", 1, "", "thiếu phần thông tin đầu trang"),
    "wrong-type": (GOOD.replace('number: "12/KH-UBND"', "number: 12"), 4, "number", "ngoặc kép"),
    "impossible-date": (GOOD.replace("issued: 2025-01-15", "issued: 2025-02-30"), 6, "issued", "không tồn tại"),
    "not-a-date": (GOOD.replace("issued: 2025-01-15", "issued: 15/01/2025"), 6, "issued", "không phải ngày hợp lệ"),
    "future-date": (GOOD.replace("issued: 2025-01-15", "issued: 2199-01-15"), 6, "issued", "tương lai"),
    "unknown-key": (GOOD.replace("issued: 2025-01-15", "isued: 2025-01-15"), 6, "isued", "«issued»"),
    "unknown-nested-key": (GOOD.replace('commune: "Thử"', 'comune: "Thử"'), 7, "locality.comune", "«commune»"),
    "missing-title": (GOOD.replace('title: "Kế hoạch thử"\n', ""), 1, "title", "thiếu trường bắt buộc"),
    "list-expected": (GOOD.replace("---\n\nNội", 'recipients: "UBND huyện"\n---\n\nNội'), 9, "recipients", "danh sách"),
    "group-expected": (GOOD.replace('signer: {name: "Nguyễn Văn A", title: "Chủ tịch"}', 'signer: "Nguyễn Văn A"'), 8, "signer", "nhóm trường"),
    "not-a-mapping": ("---\n- một\n- hai\n---\n\nNội dung\n", 2, "", "cặp «tên trường: giá trị»"),
    "replaced-by-nothing": (GOOD.replace("---\n\nNội", 'status: "replaced"\nstatus_reason: "Có kế hoạch mới."\n---\n\nNội'), 9,
                            "status", "cần ghi văn bản thay thế (replaced_by)"),
    "unknown-status": (GOOD.replace("---\n\nNội", 'status: "thay thế"\n---\n\nNội'), 9, "status", "«thay thế» không hợp lệ"),
}


def write(tmp: Path, name: str, data) -> Path:
    path = tmp / f"{name}.md"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_error_kind_is_reported_with_file_line_and_field(tmp_path, case):
    data, line, field, words = BROKEN[case]
    path = write(tmp_path, case, data)
    result = run_cli("check", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    prefix = f"{path}:{line}: lỗi: " + (f"{field}: " if field else "")
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(prefix)]
    assert lines, f"expected a line starting {prefix!r} in:\n{result.stdout}"
    assert any(words in ln for ln in lines), result.stdout
    assert "lỗi" in result.stdout.splitlines()[-1]  # the summary line


def test_non_utf8_file_names_the_line_of_the_bad_byte(tmp_path):
    # A line saved by a Windows editor in Windows-1258 ("à" is the single byte 0xE0).
    path = write(tmp_path, "windows-1258", GOOD.encode("utf-8") + "Ban hành".encode("cp1258") + b"\n")
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert f"{path}:12: lỗi: tệp không phải mã UTF-8" in result.stdout
    assert "Traceback" not in result.stderr


def test_warnings_only_exit_zero(tmp_path):
    partial = GOOD.replace('number: "12/KH-UBND"', 'number: "/KH-UBND"').replace("issued: 2025-01-15", 'issued: "2025-01"')
    path = write(tmp_path, "partial", partial)
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stdout
    assert f"{path}:4: cảnh báo: number: «/KH-UBND» chưa ghi số" in result.stdout
    assert f"{path}:6: cảnh báo: issued: ngày ban hành chưa đủ (thiếu ngày): tháng 01 năm 2025" in result.stdout
    assert "0 lỗi, 2 cảnh báo" in result.stdout


def test_bom_crlf_and_decomposed_unicode_are_accepted(tmp_path):
    import unicodedata

    text = unicodedata.normalize("NFD", GOOD).replace("\n", "\r\n")
    path = write(tmp_path, "windows", b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stdout
    assert "0 lỗi, 0 cảnh báo" in result.stdout


def test_same_number_same_issuer_same_year_is_an_error(tmp_path):
    write(tmp_path, "a", GOOD)
    write(tmp_path, "b", GOOD.replace('title: "Kế hoạch thử"', 'title: "Kế hoạch khác"'))
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path / 'b.md'}:4: lỗi: number: trùng số ký hiệu «12/KH-UBND»" in result.stdout


def test_same_number_when_one_copy_names_no_province_is_still_an_error(tmp_path):
    """The issuer page puts a plan naming no province with its issuer's only province: so does this check."""
    import re

    write(tmp_path, "a", GOOD)
    write(tmp_path, "b", re.sub(r"locality:.*\n(  .*\n)*", "", GOOD, count=1).replace('title: "Kế hoạch thử"', 'title: "Kế hoạch khác"'))
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 1 and "trùng số ký hiệu «12/KH-UBND»" in result.stdout, result.stdout


def test_same_number_in_another_year_is_another_document(tmp_path):
    write(tmp_path, "a", GOOD)
    write(tmp_path, "b", GOOD.replace("issued: 2025-01-15", "issued: 2024-01-15"))
    assert run_cli("check", str(tmp_path)).returncode == 0


def test_usage_errors_exit_two(tmp_path):
    missing = run_cli("check", str(tmp_path / "khong-co.md"))
    assert missing.returncode == 2 and "không tìm thấy" in missing.stderr
    bad_command = run_cli("kiem-tra")
    assert bad_command.returncode == 2 and "lỗi" in bad_command.stderr
    assert "Traceback" not in missing.stderr + bad_command.stderr


def test_help_is_vietnamese():
    result = run_cli("check", "--help")
    assert result.returncode == 0
    assert "Cách dùng:" in result.stdout and "hiện hướng dẫn này rồi thoát" in result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout


def test_check_without_paths_checks_the_whole_site(tmp_path):
    from conftest import copy_project

    project = copy_project(tmp_path / "p")
    result = run_cli("check", cwd=project)
    assert result.returncode == 0, result.stdout
    content = project / "content"
    files = len(list(content.rglob("*.md"))) + 1  # every page, and the registry of cited documents
    assert f"Đã kiểm tra {files} tệp: 0 lỗi" in result.stdout
    assert "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md:6: cảnh báo: issued:" in result.stdout


def test_the_checker_loads_no_page_renderer():
    """The checker is the core's first stage: rendering code must be free to change (or to import the
    checker) without changing what `check` reports, so validate reaches none of it."""
    import sys

    from conftest import REPO

    code = "import sys, site_builder.check.validate; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    renderers = {f"site_builder.{name}" for name in (
        "task_pages", "html_blocks", "listings", "plan_view", "directive_pages", "portal_pages", "stats_page",
        "open_data_page", "removed_pages")}
    assert not loaded & renderers, sorted(loaded & renderers)


def test_a_replacement_without_its_status_is_a_warning(tmp_path):
    path = write(tmp_path, "thay-the", GOOD.replace("---\n\nNội", 'replaced_by: "20/KH-UBND"\n---\n\nNội'))
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stdout
    assert f"{path}:1: cảnh báo: status: có replaced_by/status_reason nhưng chưa ghi status." in result.stdout
    replaced = write(tmp_path, "da-thay", GOOD.replace("---\n\nNội", 'status: "replaced"\nreplaced_by: "20/KH-UBND"\n---\n\nNội'))
    result = run_cli("check", str(replaced))
    assert result.returncode == 0, result.stdout
    assert f"{replaced}:9: cảnh báo: status: nên ghi lý do (status_reason)" in result.stdout
