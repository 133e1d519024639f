"""A failed build changes nothing; the MkDocs plugin reports the same messages as the checker."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, copy_project, run_cli


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


BROKEN_PLAN = """---
title: "Kế hoạch hỏng"
doc_type: "Kế hoạch"
issuer: "UBND xã Thử"
issued: 2025-02-30
---

Nội dung.
"""


def test_failed_build_keeps_the_previous_site(tmp_path):
    project = copy_project(tmp_path / "p")
    assert run_cli("build", cwd=project).returncode == 0
    before = snapshot(project / "site")
    assert "index.html" in before

    (project / "content" / "ke-hoach" / "2025" / "hong.md").write_text(BROKEN_PLAN, encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert "content/ke-hoach/2025/hong.md:5: lỗi: issued: ngày 30/2/2025 không tồn tại." in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"]


def test_failure_inside_mkdocs_also_keeps_the_previous_site(tmp_path):
    project = copy_project(tmp_path / "p")
    assert run_cli("build", cwd=project).returncode == 0
    before = snapshot(project / "site")
    # Valid content, but a broken link: only MkDocs itself notices, and --strict makes it fatal.
    page = project / "content" / "gioi-thieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[hỏng](khong-ton-tai.md)\n", encoding="utf-8")
    result = run_cli("build", "--strict", cwd=project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "trang cũ" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"]


def test_plain_mkdocs_build_runs_the_same_validation(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "content" / "ke-hoach" / "2025" / "hong.md").write_text(BROKEN_PLAN, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=project, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1
    assert "content/ke-hoach/2025/hong.md:5: lỗi: issued: ngày 30/2/2025 không tồn tại." in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site" / "index.html").exists()


def test_a_second_successful_build_replaces_the_site_whole(tmp_path):
    """What a build no longer makes must not stay published: a deleted plan's page, its JSON and its
    calendar, and an attachment taken out of a plan, are gone after the next build (outside git there
    is no history, so no tombstone either)."""
    import json

    from site_builder.model.site_map import MANIFEST, SITE_SUMS, SOURCE_SUMS

    project = copy_project(tmp_path / "p")
    duong_an = project / "content/ke-hoach/2025/duong-an-dan-van-chinh-quyen-6-thang-cuoi-nam.md"
    pdf = project / "content/ke-hoach/2025/duong-an-ban-ky.pdf"
    pdf.write_bytes(b"%PDF-1.4 ban ky\n")
    duong_an.write_text(duong_an.read_text(encoding="utf-8").replace(
        "\ntopics:", '\nattachments: [{file: "duong-an-ban-ky.pdf", title: "Bản có chữ ký"}]\ntopics:', 1), encoding="utf-8")
    assert run_cli("build", cwd=project).returncode == 0
    site = project / "site"
    removed = site / "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van"
    served_pdf = site / "ke-hoach/2025/duong-an-ban-ky.pdf"
    assert (removed / "index.html").is_file() and (removed / "index.json").is_file() and served_pdf.is_file()

    (project / "content/ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van.md").unlink()
    pdf.unlink()
    duong_an.write_text(duong_an.read_text(encoding="utf-8").replace(
        'attachments: [{file: "duong-an-ban-ky.pdf", title: "Bản có chữ ký"}]\n', ""), encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not removed.exists() and not served_pdf.exists()
    assert "vinh-linh-dang-uy" not in (site / "index.html").read_text(encoding="utf-8")
    # Every file in site/ is one this build made: the manifest hashes exactly what the build wrote.
    listed = set(json.loads((site / MANIFEST).read_text(encoding="utf-8"))["pages"]) | {MANIFEST, SITE_SUMS, SOURCE_SUMS}
    assert set(snapshot(site)) == listed
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"]
