"""The broken-content corpus (tests/corpus/broken): every case gives a Vietnamese message with
path:line and field, the right exit code and no traceback, and a build with it fails and leaves
the previous site byte for byte."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_cli

CORPUS = Path(__file__).parent / "corpus" / "broken"

# file → (exit code of check, line, field, words in the message)
EXPECTED = {
    "yaml-hong.md": (1, 2, "", "không đúng cú pháp YAML"),
    "tab.md": (1, 9, "", "Tab"),
    "trung-khoa.md": (1, 4, "doc_type", "khai báo hai lần"),
    "khong-dong.md": (1, 1, "", "không có dòng «---» đóng"),
    "chi-co-thong-tin.md": (0, 10, "", "chưa có nội dung"),
    "rong.md": (1, 1, "", "tệp rỗng"),
    "sai-kieu.md": (1, 4, "number", "ngoặc kép"),
    "truong-la.md": (1, 6, "isued", "«issued»"),
    "ngay-khong-co.md": (1, 6, "issued", "không tồn tại"),
    "ngay-tuong-lai.md": (1, 6, "issued", "tương lai"),
    "khong-tieu-de.md": (1, 1, "title", "thiếu trường bắt buộc"),
    "windows-1258.md": (1, 12, "", "không phải mã UTF-8"),
    "bom-crlf.md": (0, None, None, None),
}


def test_every_corpus_file_has_an_expectation():
    assert sorted(p.name for p in CORPUS.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_reports_the_case(name):
    code, line, field, words = EXPECTED[name]
    path = (CORPUS / name).relative_to(REPO).as_posix()  # as an official types it, from the repository
    result = run_cli("check", path)
    assert result.returncode == code, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    if line is not None:
        severity = "lỗi" if code else "cảnh báo"
        prefix = f"{path}:{line}: {severity}: " + (f"{field}: " if field else "")
        assert any(ln.startswith(prefix) and words in ln for ln in result.stdout.splitlines()), result.stdout


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("built"))
    assert run_cli("build", cwd=project).returncode == 0
    return project


def _with(built: Path, tmp_path: Path, files: dict[str, bytes]) -> Path:
    project = tmp_path / "p"
    shutil.copytree(built, project)
    for rel, data in files.items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_bytes(data)
    return project


@pytest.mark.parametrize("name", sorted(n for n, (code, *_) in EXPECTED.items() if code))
def test_build_fails_with_the_same_message_and_keeps_the_site(built, tmp_path, name):
    project = _with(built, tmp_path, {f"content/ke-hoach/2025/{name}": (CORPUS / name).read_bytes()})
    before = snapshot(project / "site")
    checked = run_cli("check", cwd=project)
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    finding = next(ln for ln in checked.stdout.splitlines() if f"{name}:" in ln and ": lỗi: " in ln)
    assert finding in result.stdout
    assert snapshot(project / "site") == before


def test_two_files_with_one_url(built, tmp_path):
    plan = (CORPUS / "bom-crlf.md").read_bytes()
    project = _with(built, tmp_path, {"content/ke-hoach/2025/trung.md": plan, "content/ke-hoach/2025/trung/index.md": plan})
    before = snapshot(project / "site")
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert "cùng địa chỉ «/ke-hoach/2025/trung/»" in result.stdout
    assert snapshot(project / "site") == before


def test_a_page_cannot_take_a_generated_address(built, tmp_path):
    project = _with(built, tmp_path, {"content/nam/index.md": b"# Trang ghi de\n"})
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "trang tự tạo «nam/index.md»" in result.stdout


def test_same_number_same_issuer_same_year(built, tmp_path):
    plan = (CORPUS / "bom-crlf.md").read_bytes()
    project = _with(built, tmp_path, {"content/ke-hoach/2025/mot.md": plan,
                                      "content/ke-hoach/2025/hai.md": plan.replace("Kế hoạch thử".encode(), "Kế hoạch khác".encode())})
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "trùng số ký hiệu «12/KH-UBND»" in result.stdout


def test_a_plan_up_to_1_mb_is_checked_without_trouble_and_a_larger_one_is_refused(tmp_path):
    """Issue 19: plans have a size limit (frontmatter.MAX_FILE_BYTES); below it, checking stays fast."""
    body = ("Tăng cường công tác dân vận chính quyền, thực hiện Chỉ thị số 33/CT-TTg. " * 70 + "\n\n") * 155
    path = tmp_path / "lon.md"
    path.write_bytes((CORPUS / "bom-crlf.md").read_bytes() + body.encode("utf-8"))
    assert 1_000_000 < path.stat().st_size <= 1 << 20
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stdout[-500:]
    path.write_bytes(path.read_bytes() + body.encode("utf-8") * 5)
    result = run_cli("check", str(path))
    assert result.returncode == 1 and f"{path}: lỗi: tệp lớn hơn 1 MB, mức tối đa của một văn bản" in result.stdout
