"""Content pages that are not plans: a plan saved outside the plans folder is caught (issue 14), and
a page's front-matter is an allow-list, because the theme prints it into every page (issue 19)."""

from __future__ import annotations

import pytest

from conftest import REPO, SAMPLE_PLAN, copy_project, run_cli
from test_corpus import snapshot

MISPLACED = "có thông tin của một kế hoạch"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("pages"))
    assert run_cli("build", cwd=project).returncode == 0
    return project


def _project(built, tmp_path, files: dict[str, str]):
    import shutil

    project = tmp_path / "p"
    shutil.copytree(built, project)
    for rel, text in files.items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_text(text, encoding="utf-8")
    return project


@pytest.mark.parametrize("rel, folder", [
    ("content/ke-hoach-moi.md", "content/ke-hoach/2025/ke-hoach-moi.md"),
    ("content/2025/x.md", "content/ke-hoach/2025/x.md"),
    ("content/huong-dan/ke-hoach-thu.md", "content/ke-hoach/2025/ke-hoach-thu.md"),
])
def test_a_plan_outside_the_plans_folder_is_an_error_naming_where_it_belongs(built, tmp_path, rel, folder):
    project = _project(built, tmp_path, {rel: SAMPLE_PLAN})
    before = snapshot(project / "site")
    checked = run_cli("check", cwd=project)
    assert checked.returncode == 1
    # The line of the first plan field (doc_type is line 3 of SAMPLE_PLAN), the folder, and why it matters.
    line = next(ln for ln in checked.stdout.splitlines() if ln.startswith(f"{rel}:3: lỗi: doc_type: "))
    assert MISPLACED in line and f"«{folder}»" in line and "dữ liệu mở" in line
    assert checked.stdout.count(MISPLACED) == 1  # one message per file, not one per field
    built_again = run_cli("build", cwd=project)
    assert built_again.returncode == 1 and line in built_again.stdout
    assert snapshot(project / "site") == before  # nothing published, the last site kept
    alone = run_cli("check", rel, cwd=project)  # the official checks just that file
    assert alone.returncode == 1 and line in alone.stdout


def test_a_misplaced_plan_without_a_date_is_told_the_plans_folder(built, tmp_path):
    text = SAMPLE_PLAN.replace("issued: 2025-01-15\n", "")
    checked = run_cli("check", cwd=_project(built, tmp_path, {"content/x.md": text}))
    assert "«content/ke-hoach/<năm ban hành>/x.md»" in checked.stdout


def test_the_guide_and_the_introduction_get_no_message():
    result = run_cli("check")
    assert result.returncode == 0, result.stdout
    pages = [ln for ln in result.stdout.splitlines() if ln.startswith(("content/gioi-thieu.md", "content/huong-dan/"))]
    assert pages == []


def test_checking_a_page_by_name_checks_it_as_a_page():
    result = run_cli("check", "content/gioi-thieu.md", "content/huong-dan/dang-van-ban.md", cwd=REPO)
    assert result.returncode == 0 and "0 lỗi, 0 cảnh báo" in result.stdout, result.stdout


PAGE = "---\ntitle: Trang thử\n{extra}---\n\n# Trang thử\n\nNội dung.\n"


@pytest.mark.parametrize("extra, line, field, words", [
    ('author: \'"><script>alert(1)</script>\'\n', 3, "author", "Các trường hợp lệ: title, description, hide, change_note"),
    ("subtitle: <img src=x onerror=alert(1)>\n", 3, "subtitle", "trường không có trong danh mục"),
    ("status: new\n", 3, "status", "trường không có trong danh mục"),
    ("template: plan.html\nplan: {title: x}\n", 3, "template", "trường không có trong danh mục"),
    ("description: [\"<script>alert(1)</script>\"]\n", 3, "description", "phải là một chuỗi văn bản"),
    ("hide: [toc, nav]\n", 3, "hide.2", "«nav» không hợp lệ"),
])
def test_a_page_may_carry_only_the_allowed_fields(built, tmp_path, extra, line, field, words):
    rel = "content/trang-thu.md"
    project = _project(built, tmp_path, {rel: PAGE.format(extra=extra)})
    result = run_cli("build", cwd=project)
    assert result.returncode == 1
    assert any(ln.startswith(f"{rel}:{line}: lỗi: {field}: ") and words in ln for ln in result.stdout.splitlines()), result.stdout


def test_a_page_title_as_a_list_is_refused(built, tmp_path):
    project = _project(built, tmp_path, {"content/trang-thu.md": PAGE.replace("title: Trang thử", 'title: ["<b>x</b>"]').format(extra="")})
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "content/trang-thu.md:2: lỗi: title: phải là một chuỗi văn bản" in result.stdout


def test_allowed_page_fields_build(built, tmp_path):
    text = PAGE.format(extra='description: "Mô tả <thử>"\nhide: [toc, footer]\nchange_note: "Thêm trang."\n')
    project = _project(built, tmp_path, {"content/trang-thu.md": text})
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "trang-thu" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="Mô tả &lt;thử&gt;">' in html
    assert 'data-md-type="toc" hidden>' in html  # hide: toc took effect


def test_a_secrecy_mark_on_a_page_is_an_error_too(built, tmp_path):
    project = _project(built, tmp_path, {"content/trang-thu.md": PAGE.format(extra="") + "\nTUYỆT MẬT\n"})
    result = run_cli("check", cwd=project)
    assert result.returncode == 1 and "content/trang-thu.md:9: lỗi: văn bản có dấu độ mật" in result.stdout


def test_a_title_taken_from_the_first_heading_stays_text(built, tmp_path):
    """Material prints it through `striptags`, which turns «&lt;/title&gt;» back into markup."""
    text = "# Trang &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n\nNội dung.\n"
    project = _project(built, tmp_path, {"content/trang-thu.md": text})
    assert run_cli("build", cwd=project).returncode == 0
    html = (project / "site" / "trang-thu" / "index.html").read_text(encoding="utf-8")
    assert "<title>Trang &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; - " in html
    assert "<script>alert" not in html
