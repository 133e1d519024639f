"""Stage a complete docs folder that plain MkDocs (or another engine of its family) builds without our
plugin (issue 16): `<out>/docs/` (every page, generated ones included, with front-matter carrying what
the plugin added per page), `<out>/overrides/` (our templates, the site's own custom_dir on top) and
`<out>/mkdocs.yml`. engine/publish_steps.py then runs the publishing steps over what the engine wrote.

What moved where, from plugin.py:
- escaped title and description (on_page_markdown): written escaped into the front-matter, so a
  template printing them as they are (Material does) prints what the plugin's Markup printed;
- sb_generated, sb_history, `template: plan.html` and the plan panel (with its print view and its
  search record): front-matter keys, plain YAML the templates read through page.meta;
- citation targets, the plan's identity, "generated", the task entry of the table of contents: the
  page line that render/staged_markdown.py reads (stage/page_data.py);
- the navigation rendered once per depth (on_page_context): not staged; the theme renders it per page.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import markdown

from ..load.content_tree import walk
from ..load.file_types import is_build_input
from ..model.site_map import SORTABLE_SCRIPT, STYLESHEET, THEME_SCRIPTS
from ..render.labels import day_label
from ..render.plan_view import history_view
from ..render.search import search_record
from ..render.staged_markdown import page_line
from ..stage.page_data import escaped, plan_page_inputs, with_front
from ..stage.pipeline import Content
from .build import _swap, load_mkdocs_config
from .staged_config import DOCS, OVERRIDES, dump_config, read_config, staged_config

CONFIG = "mkdocs.yml"


class StageFailed(Exception):
    """The folder could not be staged; the message is Vietnamese."""


@dataclass
class Site:
    """What the stage and the publishing steps need of the site besides its content."""

    config_file: Path
    docs_dir: Path
    site_url: str | None
    repo_url: str | None
    merged_sites: list[str]  # other sites whose search indexes this one reads (plugin._merged_sites)
    custom_dir: Path | None
    member_file: Path | None  # a portal's member-site file: a build input when kept in docs_dir


def _meta(source: str) -> dict:
    from mkdocs.utils.meta import get_data

    return get_data(source)[1]


class _Renderer:
    """Python-Markdown as the staged mkdocs.yml configures it: a plan's search record is made of its
    rendered text (search.search_record), which the template cannot compute, so the stage renders the
    text once before the engine does."""

    def __init__(self, staged_config_file: Path) -> None:
        config = load_mkdocs_config(staged_config_file)
        self.md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)

    def html(self, text: str) -> str:
        from mkdocs.utils.meta import get_data

        self.md.reset()
        return self.md.convert(get_data(text)[0])


def stage_site(site: Site, content: Content, out: Path, raw_config: dict | None = None) -> Path:
    """Write the staged folder to `out`, whole or not at all (built beside it, then swapped in)."""
    out = Path(out).resolve()
    docs = site.docs_dir.resolve()
    if out == docs or docs in out.parents or out in docs.parents or out in Path(site.config_file).resolve().parents:
        raise StageFailed(f"thư mục {out} trùng hoặc chứa thư mục nội dung hay tệp cấu hình; hãy chọn thư mục khác.")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / CONFIG).is_file())):
        raise StageFailed(f"{out} đã có và không phải một thư mục đã chuẩn bị trước đây; để tránh xoá nhầm dữ liệu, "
                          "hãy xoá hoặc chọn thư mục khác.")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-dang-chuan-bi-", dir=out.parent))
    try:
        _write(site, content, work, raw_config if raw_config is not None else read_config(site.config_file))
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    work.chmod(0o755)
    _swap(work, out)
    return out


def _write(site: Site, content: Content, work: Path, raw: dict) -> None:
    members = [m.url for m in content.portal.used] if content.portal is not None else []
    config = staged_config(raw, site.config_file, site.merged_sites + members, site.repo_url)
    (work / CONFIG).write_text(dump_config(config), encoding="utf-8")
    _copy_templates(site, work / OVERRIDES)
    docs = work / DOCS
    docs.mkdir()
    _copy_files(site, docs)
    for page in content.pages:
        keys = {**escaped(_meta(page.markdown)), "sb_generated": {"iso": content.built_at, "day": day_label(content.built_at)}}
        _put(docs, page.src_uri, with_front(page.markdown, keys, page_line({"generated": True})))
    for src_uri, data in content.files.items():
        _put(docs, src_uri, data)
    assets = resources.files("site_builder") / "assets"
    _put(docs, STYLESHEET, (assets / "site-builder.css").read_bytes())
    _put(docs, SORTABLE_SCRIPT, (assets / "sortable.js").read_bytes())
    for script in THEME_SCRIPTS:  # Material's inline scripts, as files (csp.py)
        _put(docs, script, (assets / os.path.basename(script)).read_bytes())
    plans = {plan.rel: plan for plan in content.plans}
    renderer = _Renderer(work / CONFIG) if plans else None
    for rel, source in content.sources.items():
        meta = _meta(source)
        keys = escaped(meta)
        plan = plans.get(rel)
        if plan is None:
            keys["sb_history"] = history_view(rel, site.docs_dir / rel, content.history, site.repo_url)
            _put(docs, rel, with_front(source, keys, page_line({})))
            continue
        plan_panel, line = plan_page_inputs(plan, content, site.site_url, site.repo_url)
        if "template" not in meta:
            keys["template"] = "plan.html"
        title = keys.get("title", meta.get("title"))
        # Without its citation targets: links wrap words, they add none, and finding them is a quarter of the render.
        html = renderer.html(with_front(source, {}, page_line({})))
        keys["plan"] = {**plan_panel, "search": search_record(str(title or ""), html, plan_panel)}
        _put(docs, rel, with_front(source, keys, line))


def _copy_templates(site: Site, target: Path) -> None:
    shutil.copytree(Path(str(resources.files("site_builder") / "templates")), target)
    if site.custom_dir is not None and site.custom_dir.is_dir():
        shutil.copytree(site.custom_dir, target, dirs_exist_ok=True)


def _copy_files(site: Site, docs: Path) -> None:
    """The content folder's other files (attachments), less what the build reads (plugin._drop_build_inputs)."""
    member = site.member_file.resolve() if site.member_file is not None else None
    for rel in walk(site.docs_dir).files:
        if rel.endswith(".md") or is_build_input(rel) or (member is not None and (site.docs_dir / rel).resolve() == member):
            continue
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(site.docs_dir / rel, target)


def _put(docs: Path, rel: str, data: str | bytes) -> None:
    target = docs / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        target.write_text(data, encoding="utf-8", newline="\n")
    else:
        target.write_bytes(data)
