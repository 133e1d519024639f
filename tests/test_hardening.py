"""Defects found in review, each pinned by the input that showed it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import SAMPLE_FRONT, SAMPLE_PLAN, copy_project, run_cli

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env={**os.environ, **GIT_ENV})


def test_build_never_replaces_the_sources_or_a_foreign_folder(tmp_path):
    project = copy_project(tmp_path / "p")
    for target in ("content", "."):
        result = run_cli("build", "-d", target, cwd=project)
        assert result.returncode == 1 and "thư mục kết quả" in result.stderr
    (project / "du-lieu-khac").mkdir()
    (project / "du-lieu-khac" / "bang.xlsx").write_bytes(b"x")
    result = run_cli("build", "-d", "du-lieu-khac", cwd=project)
    assert result.returncode == 1 and "không phải một trang web đã xây dựng" in result.stderr
    assert (project / "content" / "gioi-thieu.md").is_file() and (project / "du-lieu-khac" / "bang.xlsx").is_file()


def test_evidence_url_cannot_break_out_of_its_attribute(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(SAMPLE_FRONT + 'tasks:\n  - id: "a"\n    task: "Việc"\n    updates: [{date: 2025-02-01, note: "x", '
                    'evidence: "https://example.org/\\"><meta http-equiv=refresh content=0>"}]\n---\n\nNội dung.\n', encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 1 and "evidence" in result.stdout


def test_a_removed_secret_is_not_republished(tmp_path):
    project = copy_project(tmp_path / "p")
    secret = project / "content/ke-hoach/2025/mat.md"
    secret.write_text(SAMPLE_PLAN.replace('"12/KH-UBND"', '"13/KH-UBND"'), encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Đăng")
    secret.write_text(SAMPLE_PLAN.replace('"12/KH-UBND"', '"13/KH-UBND"') + "\nTỐI MẬT\n\nCCCD 012345678901\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "Sửa nhầm")  # committed without the checker
    git(project, "rm", "-q", "content/ke-hoach/2025/mat.md")
    git(project, "commit", "-q", "-m", "Gỡ")
    assert run_cli("build", cwd=project).returncode == 0
    page = (project / "site/go-bo/ke-hoach-2025-mat/index.html").read_text(encoding="utf-8")
    assert "TỐI MẬT" not in page and "012345678901" not in page and "dấu độ mật" in page


def test_history_of_a_file_named_in_vietnamese(tmp_path):
    from site_builder.load.history import read_history

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "kế-hoạch.md").write_text("x\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Thêm")
    assert [(c.kind, text) for c, text in read_history(tmp_path / "content").public_changes("kế-hoạch.md")] == [("A", "Đăng lần đầu")]


def test_same_number_in_two_communes_whose_names_differ_only_by_tone(tmp_path):
    (tmp_path / "a.md").write_text(SAMPLE_PLAN.replace("UBND xã Thử", "UBND xã Xuân Hòa"), encoding="utf-8")
    (tmp_path / "b.md").write_text(SAMPLE_PLAN.replace("UBND xã Thử", "UBND xã Xuân Hóa"), encoding="utf-8")
    assert run_cli("check", str(tmp_path)).returncode == 0


def test_active_files_in_content_are_refused(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content" / "bao-cao.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "content/bao-cao.html:1: lỗi: tệp «.html»" in result.stdout


def test_yaml_aliases_are_refused_before_they_expand(tmp_path):
    bomb = tmp_path / "bomb.md"
    levels = "".join(f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 10) + "]\n" for i in range(1, 9))
    bomb.write_text('---\nl0: &l0 ["x"]\n' + levels + "---\n\nx\n", encoding="utf-8")
    result = run_cli("check", str(bomb))
    assert result.returncode == 1 and f"{bomb}:3: lỗi: front-matter không được dùng bí danh YAML" in result.stdout


def test_front_matter_at_the_very_end_of_a_file_is_still_front_matter(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/2025/khong-than.md").write_text(SAMPLE_FRONT + "---", encoding="utf-8")
    assert run_cli("build", cwd=project).returncode == 0
    page = (project / "site/ke-hoach/2025/khong-than/index.html").read_text(encoding="utf-8")
    assert "<h1" in page and "Kế hoạch thử</h1>" in page and "title: " not in page


def test_a_pipe_in_a_title_stays_in_its_table_cell(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/2025/ong.md").write_text(
        SAMPLE_FRONT.replace('"Kế hoạch thử"', '"Kế hoạch A | B"') + "---\n\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 "
        "của Thủ tướng Chính phủ.\n", encoding="utf-8")
    assert run_cli("build", cwd=project).returncode == 0
    page = (project / "site/van-ban/33-ct-ttg-2021/index.html").read_text(encoding="utf-8")
    assert "Kế hoạch A | B</a></td>" in page


def test_descriptions_are_not_escaped_twice(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/2025/va.md").write_text(SAMPLE_PLAN.replace("UBND xã Thử", "UBND xã A & B"), encoding="utf-8")
    assert run_cli("build", cwd=project).returncode == 0
    page = (project / "site/co-quan/ubnd-xa-a-b/index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="Văn bản do UBND xã A &amp; B ban hành' in page


def test_404_page_is_vietnamese(seed_site):
    page = (seed_site / "404.html").read_text(encoding="utf-8")
    assert "Không tìm thấy trang" in page and "Not found" not in page


def test_single_file_check_resolves_attachments_like_the_full_check(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content/ke-hoach/dinh-kem").mkdir()
    (project / "content/ke-hoach/dinh-kem/x.pdf").write_bytes(b"%PDF")
    plan = project / "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        'topics: ["dân vận chính quyền"]\n', 'topics: ["dân vận chính quyền"]\nattachments: [{file: "../dinh-kem/x.pdf"}]\n'),
        encoding="utf-8")
    result = run_cli("check", "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md", cwd=project)
    assert result.returncode == 0, result.stdout  # what the pre-commit hook runs


def test_sources_verify_without_git(tmp_path):
    project = copy_project(tmp_path / "p")
    assert run_cli("build", cwd=project).returncode == 0
    subprocess.run(["sha256sum", "--quiet", "-c", "site/data/SHA256SUMS-nguon"], cwd=project, check=True)
