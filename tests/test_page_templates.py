"""A province restyles the listings, the task tables and the plan panel from its theme's custom_dir
(`overrides/`), without forking (issue 16, item 4): a template there replaces ours file by file; the
others stay ours. Templates get plain data, escaped on output, so an override cannot let a title's
markup through."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import copy_project, run_cli
from site_builder.model.settings import Settings
from site_builder.render.page_templates import PACKAGE_TEMPLATES
from site_builder.stage.pipeline import load_site

EPOCH = "1764000000"  # 2025-11-24, as the seed site's other tests: some tasks are overdue
HOSTILE = 'Kế hoạch <b>đậm</b> & "ngoặc"'

# A province's own markup for a list of plans: numbered, the summary in brackets.
PLANS_OVERRIDE = """<ol class="tinh-danh-sach">
{% for p in plans %}
<li><a href="{{ p.url }}">{{ p.title }}</a> [{{ p.summary }}]</li>
{% endfor %}
</ol>
"""
# Its task tables: three columns, a heading of its own.
TASKS_OVERRIDE = """<div class="sb-sortable tinh-viec">
<table>
<thead><tr><th>Việc cần làm</th><th>Hạn</th><th>Tình trạng</th></tr></thead>
<tbody>
{% for row in rows %}
<tr><td><a href="{{ row.task.url }}">{{ row.task.text }}</a></td><td>{{ row.due.label if row.due else "—" }}</td><td>{{ row.status }}</td></tr>
{% endfor %}
</tbody>
</table>
</div>
"""
# The calendar block: on a plan's task panel (a theme template includes it) and on listings alike.
CALENDAR_OVERRIDE = """<p class="tinh-lich"><a href="{{ calendar.download | e }}">Lịch hạn chót {{ calendar.what | e }}</a></p>
"""
# The plan panel is a theme template (plan.html includes it): the same folder overrides it.
PANEL_OVERRIDE = """<section class="sb-meta tinh-thong-tin"><p>Cơ quan: {{ plan.issuer | e }}</p></section>
"""


def _with_overrides(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("theme:\n", "theme:\n  custom_dir: overrides\n", 1),
                      encoding="utf-8")
    (project / "overrides" / "listings").mkdir(parents=True)
    (project / "overrides" / "partials").mkdir()
    (project / "overrides" / "listings" / "plans.html").write_text(PLANS_OVERRIDE, encoding="utf-8")
    (project / "overrides" / "listings" / "tasks.html").write_text(TASKS_OVERRIDE, encoding="utf-8")
    (project / "overrides" / "partials" / "plan-meta.html").write_text(PANEL_OVERRIDE, encoding="utf-8")
    (project / "overrides" / "listings" / "calendar.html").write_text(CALENDAR_OVERRIDE, encoding="utf-8")


def _build(project: Path) -> Path:
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> tuple[Path, Path]:
    """The seed site built as is, and with a province's overrides."""
    plain = copy_project(tmp_path_factory.mktemp("templates-default"))
    styled = copy_project(tmp_path_factory.mktemp("templates-override"))
    _with_overrides(styled)
    return _build(plain), _build(styled)


def _article(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return html[html.index('<article class="md-content__inner'):html.index("</article>")]


def test_a_list_of_plans_takes_the_sites_override(sites):
    plain, styled = sites
    for page in ("index.html", "nam/2025/index.html", "dia-ban/thanh-hoa/index.html"):
        ours, theirs = _article(plain / page), _article(styled / page)
        assert '<ol class="tinh-danh-sach">' in theirs, page
        assert "<li><strong><a href=" not in theirs, page
        assert "<li><strong><a href=" in ours and "tinh-danh-sach" not in ours, page
        # Same plans, same links, in the province's markup.
        links = re.findall(r'<li><strong><a href="([^"]+)">', ours)
        assert links and re.findall(r'<li><a href="([^"]+)">[^<]*</a> \[', theirs) == links, page


def test_the_task_tables_take_the_sites_override(sites):
    plain, styled = sites
    units = sorted(styled.glob("don-vi/*/*/index.html"))
    assert units
    for page in [styled / "han-chot" / "index.html", *units[:3]]:
        theirs, ours = _article(page), _article(plain / page.relative_to(styled))
        assert "tinh-viec" in theirs and "<th>Việc cần làm</th>" in theirs, page
        assert "<th>Nhiệm vụ, chỉ tiêu</th>" not in theirs, page
        assert "<th>Nhiệm vụ, chỉ tiêu</th>" in ours and "tinh-viec" not in ours, page
        # Every task of ours is a row of theirs, linked to the same task of the same plan.
        tasks = re.findall(r'<td data-label="Nhiệm vụ, chỉ tiêu"><a href="([^"]+)">', ours)
        assert tasks and re.findall(r'<tr><td><a href="([^"]+)">', theirs) == tasks, page


def test_the_plan_panel_takes_the_sites_override(sites):
    plain, styled = sites
    page = "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html"
    assert "<p>Cơ quan: UBND xã Hoằng Hợp</p>" in (styled / page).read_text(encoding="utf-8")
    assert "<dt>Loại văn bản</dt>" not in (styled / page).read_text(encoding="utf-8")
    assert "<dt>Loại văn bản</dt>" in (plain / page).read_text(encoding="utf-8")


def test_the_calendar_block_takes_the_sites_override(sites):
    plain, styled = sites
    pages = {
        "ke-hoach/2025/vinh-linh-dang-uy-cong-tac-dan-van/index.html": "han-chot.ics",
        "han-chot/index.html": "../data/han-chot.ics",
        "co-quan/ban-thuong-vu-dang-uy/index.html": "han-chot.ics",
    }
    for page, ics in pages.items():
        theirs, ours = (styled / page).read_text(encoding="utf-8"), (plain / page).read_text(encoding="utf-8")
        assert f'<p class="tinh-lich"><a href="{ics}">Lịch hạn chót của' in theirs, page
        assert 'class="sb-calendar"' not in theirs, page
        assert 'class="sb-calendar"' in ours and f'<a href="{ics}">tải tệp lịch (.ics)</a>' in ours, page
        assert (styled / page).parent.joinpath(ics).resolve().is_file(), page


def test_templates_not_overridden_stay_ours(sites):
    plain, styled = sites
    for page in ("nam/index.html", "van-ban/index.html", "don-vi/index.html"):
        assert _article(styled / page) == _article(plain / page), page


def test_an_override_is_autoescaped(tmp_path):
    """A province's template writes `{{ p.title }}`: a title's markup is text there as in ours."""
    project = copy_project(tmp_path)
    _with_overrides(project)
    plan = project / "content" / "ke-hoach" / "2025" / "hoang-hop-dan-van-chinh-quyen.md"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(re.sub(r'^title: .*$', f"title: {json.dumps(HOSTILE, ensure_ascii=False)}", text, count=1,
                           flags=re.M), encoding="utf-8")
    for custom_dir, marker in ((project / "overrides", '<ol class="tinh-danh-sach">'), (None, "<ul>")):
        home = next(p for p in load_site(Settings(project / "content", "thử", custom_dir=custom_dir)).pages
                    if p.src_uri == "index.md").markdown
        assert marker in home
        assert "Kế hoạch &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;ngoặc&quot;</a>" in home
        assert "<b>đậm</b>" not in home


def test_every_listing_template_is_documented_in_the_readme():
    """The README tells a province which templates it may replace, and the data each receives."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    names = sorted(p.name for p in (PACKAGE_TEMPLATES / "listings").glob("*.html"))
    assert names
    for name in names:
        assert f"listings/{name}" in readme, name


def test_a_broken_override_is_a_finding_with_its_file_and_line(tmp_path):
    """A province's template with a Jinja mistake stops the build with a Vietnamese error that names
    the file and line, as content errors do; the old site stays."""
    project = copy_project(tmp_path)
    _with_overrides(project)
    (project / "overrides" / "listings" / "plans.html").write_text(
        "<ul>\n{% for p in plans %}\n<li>{{ p.title }</li>\n{% endfor %}\n</ul>\n", encoding="utf-8")
    (project / "overrides" / "listings" / "tasks.html").write_text(
        "<table>\n{% for row in rows %}\n<tr><td>{{ row.plan.issuer.name }}</td></tr>\n{% endfor %}\n</table>\n",
        encoding="utf-8")
    result = run_cli("build", cwd=project, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "overrides/listings/plans.html:3: lỗi: mẫu trang «listings/plans.html» viết sai cú pháp Jinja" in result.stdout
    assert ("overrides/listings/tasks.html:3: lỗi: mẫu trang «listings/tasks.html» không dùng được với dữ liệu của "
            "trang") in result.stdout
    assert result.stdout.count("overrides/listings/tasks.html:3:") == 1  # once, not once per page
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_a_preview_remakes_the_listings_when_an_override_is_edited(tmp_path):
    """`site-builder serve` keeps what it made from the plans while no plan's facts move (load_cache);
    an edited override must still show on the next rebuild."""
    from site_builder.load.history import read_history
    from site_builder.load.load_cache import LoadCache

    project = copy_project(tmp_path)
    _with_overrides(project)
    template = project / "overrides" / "listings" / "plans.html"
    cache, history = LoadCache(), read_history(project / "content")

    def home() -> str:
        content = load_site(Settings(project / "content", "thử", custom_dir=project / "overrides"), cache=cache,
                            history=history)
        return next(p for p in content.pages if p.src_uri == "index.md").markdown

    assert '<ol class="tinh-danh-sach">' in home()
    kept = home()  # nothing moved: the last build's pages
    assert '<ol class="tinh-danh-sach">' in kept
    template.write_text(PLANS_OVERRIDE.replace("tinh-danh-sach", "tinh-danh-sach-moi"), encoding="utf-8")
    assert '<ol class="tinh-danh-sach-moi">' in home()
    template.unlink()
    assert "<ul>\n<li><strong><a href=" in home()
