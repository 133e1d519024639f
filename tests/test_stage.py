"""Issue 16: `site-builder stage` writes a docs folder that plain MkDocs builds, without our plugin, into
the site `site-builder build` makes, page by page; `build --qua-thu-muc` adds the publishing steps
(CSP, Pagefind, manifest) and makes the same site byte for byte."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_project, run_cli

EPOCH = {"SOURCE_DATE_EPOCH": "1764000000"}  # 24/11/2025: the build date on every generated page
HOSTILE_PLAN = "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"
HOSTILE_TITLE = 'Thực hiện công tác <Dân vận> & \\"chính quyền\\" năm 2025 </title><script>alert(1)</script>'
# An official's text that starts as the stage's own page line does, claiming its raw HTML is generated.
FORGED = ('<!-- site-builder: page {"generated":true} -->\n<!-- site-builder: html_blocks -->\n'
          '<div onclick="alert(2)">chặn</div>\n')

# Written by the publishing steps (publish.py), which plain MkDocs does not run; every other file of the
# plugin's build must come out of plain MkDocs byte for byte.
PUBLISHING = ("pagefind/", "data/manifest.json", "data/SHA256SUMS", "data/SHA256SUMS-nguon",
              "assets/sb-search.js", "assets/sb-search.css")


def _hostile(project: Path) -> None:
    """The seed site, with a title and a description that need escaping and a forged page line."""
    plan = project / HOSTILE_PLAN
    text = plan.read_text(encoding="utf-8")
    text = text.replace('title: "Thực hiện công tác Dân vận chính quyền năm 2025"', f'title: "{HOSTILE_TITLE}"', 1)
    end = text.index("\n---\n", 4) + len("\n---\n")
    plan.write_text(text[:end] + FORGED + text[end:], encoding="utf-8")
    page = project / "content" / "gioi-thieu.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("description: Trang này là gì, thông tin lấy từ đâu và cách kiểm tra.",
                                 'description: "Trang này là gì & <thông tin> \\"lấy\\" từ đâu"', 1), encoding="utf-8")


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _differing(a: Path, b: Path, names: set[str]) -> list[str]:
    return sorted(name for name in names if not filecmp.cmp(a / name, b / name, shallow=False))


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path]:
    project = copy_project(tmp_path_factory.mktemp("stage-project"))
    _hostile(project)
    plugin = run_cli("build", "-d", "site-plugin", cwd=project, env=EPOCH)
    assert plugin.returncode == 0, plugin.stdout + plugin.stderr
    staged = run_cli("stage", "staged", cwd=project, env=EPOCH)
    assert staged.returncode == 0, staged.stdout + staged.stderr
    # Plain MkDocs, with our plugin's module made unimportable: nothing of it can run in this build.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO), **EPOCH}
    plain = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['site_builder.engine.plugin'] = None; "
         "from mkdocs.__main__ import cli; cli()", "build", "-f", "staged/mkdocs.yml", "-d", str(project / "site-plain")],
        cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    via = run_cli("build", "--qua-thu-muc", "-d", "site-via", cwd=project, env=EPOCH)
    assert via.returncode == 0, via.stdout + via.stderr
    return {"project": project, "plugin": project / "site-plugin", "staged": project / "staged",
            "plain": project / "site-plain", "via": project / "site-via"}


def test_the_staged_config_lists_no_plugin_of_ours(builds):
    config = yaml.load((builds["staged"] / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    assert config["plugins"] == []  # not absent: MkDocs would add its own search plugin
    assert "site-builder" not in (builds["staged"] / "mkdocs.yml").read_text(encoding="utf-8").split("plugins:")[1].split("\n")[0]
    assert config["docs_dir"] == "docs" and config["theme"]["custom_dir"] == "overrides"
    assert "site_builder.render.staged_markdown" in config["markdown_extensions"]
    assert (builds["staged"] / "overrides" / "plan.html").is_file()
    # Every page is a file of the folder, generated ones included, with what the plugin added per page.
    page = (builds["staged"] / "docs" / "van-ban" / "33-ct-ttg-2021" / "index.md").read_text(encoding="utf-8")
    assert "sb_generated:" in page and '<!-- site-builder: page {"generated":true} -->' in page
    plan = (builds["staged"] / "docs" / HOSTILE_PLAN.removeprefix("content/")).read_text(encoding="utf-8")
    assert "\ntemplate: \"plan.html\"\n" in plan and "\nplan: {" in plan
    assert "&lt;/title&gt;&lt;script&gt;" in plan  # the title escaped once, as the plugin's Markup was
    assert not (builds["staged"] / "docs" / "van-ban-can-cu.yml").exists()  # a build input, never published


def test_plain_mkdocs_builds_the_plugins_site_page_by_page(builds):
    plugin, plain = builds["plugin"], builds["plain"]
    made, built = _files(plugin), _files(plain)
    publishing = {name for name in made if name.startswith(PUBLISHING)}
    assert publishing and not built & publishing
    assert built == made - publishing, (sorted(built - made), sorted(made - publishing - built))
    pages = {name for name in built if name.endswith(".html")}
    assert len(pages) > 100 and any(name.startswith("ke-hoach/") for name in pages)
    assert _differing(plugin, plain, built) == []


def test_the_staged_build_publishes_the_same_site(builds):
    """Search index and manifest too: Pagefind reads the same pages in the same order."""
    plugin, via = builds["plugin"], builds["via"]
    assert _files(via) == _files(plugin)
    assert (via / "pagefind" / "bundles.json").is_file()
    assert _differing(plugin, via, _files(plugin)) == []


def test_escaping_and_a_forged_page_line_hold_in_the_staged_build(builds):
    html = (builds["plain"] / "ke-hoach" / "2025" / "hoang-hop-dan-van-chinh-quyen" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;/title&gt;&lt;script&gt;alert(1)" in html
    assert "&amp;amp;" not in html  # escaped once, not twice
    assert "onclick" not in html  # the official's copy of the page line is text, not the stage's
    assert 'class="sb-cite"' in html  # the stage's own line gave the extension its citation targets
    about = (builds["plain"] / "gioi-thieu" / "index.html").read_text(encoding="utf-8")
    assert 'content="Trang này là gì &amp; &lt;thông tin&gt; &#34;lấy&#34; từ đâu"' in about


def test_content_errors_stage_nothing(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "content" / "ke-hoach" / "2025" / "hong.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    result = run_cli("stage", "staged", cwd=project, env=EPOCH)
    assert result.returncode == 1
    assert "hong.md:" in result.stdout and "Traceback" not in result.stderr
    assert not (project / "staged").exists()
    assert not list(project.glob(".staged-*"))


def test_the_stage_never_replaces_the_content_or_a_foreign_folder(tmp_path):
    project = copy_project(tmp_path / "project")
    inside = run_cli("stage", "content/x", cwd=project, env=EPOCH)
    assert inside.returncode == 1 and "thư mục khác" in inside.stderr and "Traceback" not in inside.stderr
    (project / "notes").mkdir()
    (project / "notes" / "a.txt").write_text("giữ nguyên", encoding="utf-8")
    foreign = run_cli("stage", "notes", cwd=project, env=EPOCH)
    assert foreign.returncode == 1 and "xoá nhầm" in foreign.stderr
    assert (project / "notes" / "a.txt").read_text(encoding="utf-8") == "giữ nguyên"


def test_a_portal_stages_too(tmp_path):
    """A portal's national pages, its members' search records and pagefind/members.json come out the same."""
    import test_portal as portal

    portal.member_site(tmp_path, "a", portal.SEEDS_A)
    portal.member_site(tmp_path, "b", portal.SEEDS_B, {portal.EXTRA_B: portal.EXTRA_B_TEXT})
    project = portal.portal_project(tmp_path)
    for args in (("-d", "site-plugin"), ("--qua-thu-muc", "-d", "site-via")):
        result = run_cli("build", *args, cwd=project, env=EPOCH)
        assert result.returncode == 0, result.stdout + result.stderr
    plugin, via = project / "site-plugin", project / "site-via"
    assert (via / "pagefind" / "members.json").is_file() and (via / "toan-quoc" / "index.html").is_file()
    assert _files(via) == _files(plugin)
    assert _differing(plugin, via, _files(plugin)) == []


def test_a_failed_staged_build_keeps_the_previous_site(tmp_path):
    from test_build import snapshot

    project = copy_project(tmp_path / "p")
    assert run_cli("build", "--qua-thu-muc", cwd=project, env=EPOCH).returncode == 0
    before = snapshot(project / "site")
    # Valid content, but a broken link: only MkDocs itself notices, and --strict makes it fatal.
    page = project / "content" / "gioi-thieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[hỏng](khong-ton-tai.md)\n", encoding="utf-8")
    result = run_cli("build", "--qua-thu-muc", "--strict", cwd=project, env=EPOCH)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "--strict" in result.stderr and "trang cũ" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "mkdocs.yml", "site"]
