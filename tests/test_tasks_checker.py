"""`site-builder check` on broken task front-matter (issue 5): one Vietnamese line per problem, with the
line of the offending key, the dotted field (tasks.N.field, N counted from 1) and a hint."""

from __future__ import annotations

import pytest

from conftest import SAMPLE_FRONT, run_cli

HEAD = SAMPLE_FRONT + """tasks:
  - id: "a"
    task: "Việc thứ nhất"
"""  # the second task starts on line 12
EPOCH = {"SOURCE_DATE_EPOCH": "1764000000"}  # 24/11/2025

# name → (lines of the second task, expected line, expected field, words the message must contain)
BROKEN = {
    "unknown-status": ('  - id: "b"\n    task: "Việc"\n    status: "xong rồi"\n', 14, "tasks.2.status", "không hợp lệ"),
    "status-suggestion": ('  - id: "b"\n    task: "Việc"\n    status: "hoàn thàng"\n', 14, "tasks.2.status", "«hoàn thành»"),
    "overdue-by-hand": ('  - id: "b"\n    task: "Việc"\n    status: "quá hạn"\n', 14, "tasks.2.status", "tự tính"),
    "progress-over-100": ('  - id: "b"\n    task: "Việc"\n    progress: 120\n', 14, "tasks.2.progress", "0–100"),
    "progress-negative": ('  - id: "b"\n    task: "Việc"\n    progress: -5\n', 14, "tasks.2.progress", "0–100"),
    "future-update": ('  - id: "b"\n    task: "Việc"\n    updates:\n      - date: 2025-12-01\n        note: "x"\n', 15,
                      "tasks.2.updates.1.date", "tương lai"),
    "done-without-date": ('  - id: "b"\n    task: "Việc"\n    status: "hoàn thành"\n', 14, "tasks.2.status", "ngày hoàn thành"),
    "cancelled-without-reason": ('  - id: "b"\n    task: "Việc"\n    status: "hủy bỏ"\n', 14, "tasks.2.status", "lý do"),
    "duplicate-id": ('  - id: "a"\n    task: "Việc"\n', 12, "tasks.2.id", "trùng"),
    "same-id-as-an-anchor": ('  - id: "A"\n    task: "Việc"\n', 12, "tasks.2.id", "trùng"),  # one anchor, one UID
    "unknown-key": ('  - id: "b"\n    task: "Việc"\n    deadline: 2025-09-03\n', 14, "tasks.2.deadline", "«due»"),
    "unknown-due-key": ('  - id: "b"\n    task: "Việc"\n    due: {repeat: "hằng năm", untill: 2030}\n', 14, "tasks.2.due.untill", "«until»"),
    "vietnamese-key": ('  - id: "b"\n    task: "Việc"\n    tiến_độ: 50\n', 14, "tasks.2.tiến_độ", "«progress»"),
    "bad-repeat": ('  - id: "b"\n    task: "Việc"\n    due:\n      repeat: "hằng tuần"\n', 15, "tasks.2.due.repeat", "chu kỳ"),
    "impossible-by": ('  - id: "b"\n    task: "Việc"\n    due:\n      repeat: "hằng năm"\n      by: "31/02"\n', 16, "tasks.2.due.by", "không có"),
    "bad-due-text": ('  - id: "b"\n    task: "Việc"\n    due: "sớm nhất có thể"\n', 14, "tasks.2.due", "thời hạn hợp lệ"),
    "missing-task-text": ('  - id: "b"\n    lead: "Văn phòng"\n', 12, "tasks.2", "thiếu «task»"),
    "bad-id": ('  - id: "mã có dấu"\n    task: "Việc"\n', 12, "tasks.2.id", "chữ không dấu"),
    # YAML reads an unquoted 1.3 as a number; 1.10 even becomes 1.1, so the message quotes what was written.
    "number-id": ('  - id: 1.3\n    task: "Việc"\n', 12, "tasks.2.id", 'trông như một số nên YAML đọc thành số; hãy đặt mã trong ngoặc kép: id: "1.3"'),
    "number-id-trailing-zero": ('  - id: 1.10\n    task: "Việc"\n', 12, "tasks.2.id", 'số 1.1, không còn là «1.10»; hãy đặt mã trong ngoặc kép: id: "1.10"'),
    "octal-looking-id": ('  - id: 012\n    task: "Việc"\n', 12, "tasks.2.id", 'id: "012"'),
    "yes-id": ('  - id: yes\n    task: "Việc"\n', 12, "tasks.2.id", 'đúng/sai; hãy đặt mã trong ngoặc kép: id: "yes"'),
    "evidence-missing-file": ('  - id: "b"\n    task: "Việc"\n    updates:\n      - {date: 2025-09-01, evidence: "khong-co.pdf"}\n', 15,
                              "tasks.2.updates.1.evidence", "không tìm thấy"),
    "evidence-javascript": ('  - id: "b"\n    task: "Việc"\n    updates:\n      - {date: 2025-09-01, evidence: "javascript:alert(1)"}\n', 15,
                            "tasks.2.updates.1.evidence", "https://"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_task_errors_are_reported_with_line_and_field(tmp_path, case):
    lines, line, field, words = BROKEN[case]
    path = tmp_path / f"{case}.md"
    path.write_text(HEAD + lines + "---\n\nNội dung.\n", encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    prefix = f"{path}:{line}: lỗi: {field}: "
    found = [ln for ln in result.stdout.splitlines() if ln.startswith(prefix)]
    assert found, f"expected a line starting {prefix!r} in:\n{result.stdout}"
    assert any(words in ln for ln in found), result.stdout


def test_a_correct_task_list_passes(tmp_path):
    (tmp_path / "bao-cao.pdf").write_bytes(b"%PDF-1.4\n")
    path = tmp_path / "ok.md"
    path.write_text(HEAD + """  - id: "b"
    task: "Báo cáo lần 1"
    due: 2025-09-03
    status: "hoàn thành"
    completed: 2025-09-02
    progress: 100
    updates:
      - {date: 2025-09-02, note: "Đã gửi", evidence: "bao-cao.pdf"}
      - {date: "2025-09", evidence: "https://example.vn/bc.pdf"}
targets:
  - {id: "t", target: "100% thôn", due: 2025, result: "90%", result_date: 2025-10-01}
---

Nội dung.
""", encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    assert result.returncode == 0, result.stdout
    assert "tasks" not in result.stdout and "targets" not in result.stdout, result.stdout


def test_same_update_is_fine_before_its_date_passes_only_with_a_later_build_date(tmp_path):
    path = tmp_path / "u.md"
    path.write_text(HEAD + '  - id: "b"\n    task: "Việc"\n    updates: [{date: 2025-12-01}]\n---\n\nNội dung.\n', encoding="utf-8")
    assert run_cli("check", str(path), env=EPOCH).returncode == 1
    assert run_cli("check", str(path), env={"SOURCE_DATE_EPOCH": "1767225600"}).returncode == 0  # 01/01/2026


def test_a_number_id_is_never_called_a_bad_character(tmp_path):
    """`id: 1.10` in a flow mapping (the short form officials copy): the message names 1.10, not 1.1."""
    path = tmp_path / "so.md"
    path.write_text(SAMPLE_FRONT + "targets:\n  - {id: 1.10, target: \"Chỉ tiêu\"}\n---\n\nNội dung.\n", encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    assert result.returncode == 1, result.stdout
    line = next(ln for ln in result.stdout.splitlines() if "targets.1.id" in ln)
    assert line.startswith(f"{path}:10: lỗi: targets.1.id: mã «1.10»"), line
    assert 'id: "1.10"' in line and "chữ không dấu" not in line


def test_a_whole_number_id_is_kept_as_written(tmp_path):
    path = tmp_path / "so.md"
    path.write_text(SAMPLE_FRONT + "tasks:\n  - id: 3\n    task: \"Việc\"\n---\n\nNội dung.\n", encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    assert result.returncode == 0, result.stdout


def test_without_the_written_text_the_message_says_what_yaml_made_of_the_id():
    """A document built without the loader (no `written`): say the float was read, do not guess."""
    import datetime as dt

    from site_builder.model.diagnostics import Diagnostics
    from site_builder.load.frontmatter import parse_yaml, split
    from site_builder.load.frontmatter import RawDocument
    from site_builder.check.validate import validate_plan

    text = SAMPLE_FRONT + "tasks:\n  - id: 1.10\n    task: \"Việc\"\n---\n\nNội dung.\n"
    fm, fm_line, body, body_line = split(text)
    diags = Diagnostics()
    meta, lines = parse_yaml(fm, fm_line, "x.md", diags)
    raw = RawDocument("x.md", "x.md", meta, lines, body, body_line, text)
    assert validate_plan(raw, diags, dt.date(2025, 11, 24)) is None
    message = next(d.message for d in diags.errors if d.field == "tasks.1.id")
    assert "số 1.1" in message and "1.10" in message and "chữ không dấu" not in message


@pytest.mark.parametrize("written, quotes_help", [
    ("1.3", True), ("0x1F", True), ("1_000", True),  # read as 1.3, 31 and 1000; quoted, each is a valid id
    ("-1.5", False), ("1:30", False), (".5", False),  # quoted, still not ids
])
def test_quotes_are_advised_only_when_they_would_make_a_valid_id(tmp_path, written, quotes_help):
    path = tmp_path / "so.md"
    path.write_text(HEAD + f'  - id: {written}\n    task: "Việc"\n---\n\nNội dung.\n', encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    assert result.returncode == 1, result.stdout
    line = next(ln for ln in result.stdout.splitlines() if "tasks.2.id" in ln)
    assert line.startswith(f"{path}:12: lỗi: tasks.2.id: mã «{written}»"), line
    if quotes_help:
        assert f'id: "{written}"' in line and "chữ không dấu" not in line, line
    else:
        assert "ngoặc kép" not in line and "chữ không dấu, số, dấu chấm, gạch ngang" in line, line


def test_positions_count_from_one_as_people_do(tmp_path):
    """Issue 20: «tasks.1.suport» used to be the second task. Now the second task is «tasks.2», a duplicate
    names the first as «tasks.1», and a key written as digits (not a position) keeps its name."""
    path = tmp_path / "dem.md"
    path.write_text(HEAD + '  - id: "a"\n    task: "Việc"\n    suport: "Văn phòng"\n'
                    + '"7": "x"\n---\n\nNội dung.\n', encoding="utf-8")
    result = run_cli("check", str(path), env=EPOCH)
    out = result.stdout
    assert f"{path}:14: lỗi: tasks.2.suport: " in out, out
    assert f"{path}:12: lỗi: tasks.2.id: mã «a» trùng với nhiệm vụ tasks.1 ở dòng 10" in out, out
    assert f"{path}:15: lỗi: 7: trường không có trong danh mục" in out, out
    assert "tasks.0" not in out, out


def test_positions_count_from_one_in_what_the_yaml_reader_reports(tmp_path):
    """Problems found while the YAML is read (a control character, a key written twice) name the same path."""
    path = tmp_path / "doc.md"
    path.write_text(HEAD + '  - id: "b"\n    task: "Việc\\u0007"\n    lead: "A"\n    lead: "B"\n---\n\nNội dung.\n',
                    encoding="utf-8")
    out = run_cli("check", str(path), env=EPOCH).stdout
    assert f"{path}:13: lỗi: tasks.2.task: giá trị có ký tự điều khiển" in out, out
    assert f"{path}:15: lỗi: tasks.2.lead: trường bị khai báo hai lần (lần đầu ở dòng 14)" in out, out
