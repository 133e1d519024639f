"""The one pipeline both the CLI and the MkDocs plugin run: load → validate → catalog → render."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import time
from dataclasses import dataclass
from pathlib import Path

from ..catalog.catalog import Catalog, check_catalog
from ..catalog.contacts import (CHANNELS_FILE, ContactBook, check_coverage, load_channels,  # issue 17
                                warn_unreachable_consultations)
from ..catalog.directives import DirectiveIndex
from ..catalog.registry import REGISTRY_FILE, load_registry
from ..check.addresses import Claim, check_claims, output_of
from ..check.markdown_limits import check_markdown_limits
from ..check.page_meta import check_page
from ..check.validate import validate_plan
from ..load import file_types
from ..load.content_tree import ContentTree, printable, walk
from ..load.frontmatter import RawDocument, load
from ..load.history import History, read_history
from ..load.load_cache import Checked, LoadCache
from ..load.load_cache import stamp as file_stamp
from ..model.clock import build_date, build_time
from ..model.diagnostics import Diagnostics
from ..model.plans import Plan
from ..model.settings import Settings
from ..model.site_map import DIRECTIVES_JSON, SEARCH_PAGE, SORTABLE_SCRIPT, STYLESHEET
from ..portal.merge import load_portal, portal_files
from ..portal.model import Portal
from ..portal.pages import home_section, render_portal_pages
from ..portal.schemas import portal_schema_files
from ..publish.consultation_files import render_consultation_files  # issue 17
from ..publish.data_schemas import schema_files
from ..publish.exports import render_exports
from ..publish.feedback_feed import render_feedback_feed  # issue 17
from ..publish.ical import render_calendars  # issue 5
from ..render.consultation_pages import home_section as consultations_home  # issue 17
from ..render.consultation_pages import render_consultations_page
from ..render.directive_pages import directives_json, render_directive_pages
from ..render.disclosure_page import render_disclosure_pages  # issue 17
from ..render.feedback_page import render_feedback_page  # issue 17
from ..render.field_guide import render_field_guide
from ..render.listings import GeneratedPage, render_listings
from ..render.open_data_page import render_open_data_page
from ..render.page_templates import PageTemplates, overrides_state
from ..render.removed_pages import render_removed
from ..render.stats_page import render_stats
from ..render.task_pages import render_task_pages, task_assets  # issue 5


def shown_path(path: Path) -> str:
    """Paths in messages are relative to where the command runs, so editors can jump to them;
    a file outside that folder keeps the path it was given."""
    try:
        return printable(Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix())
    except (ValueError, OSError, RuntimeError):  # outside, or a loop of links
        return printable(str(path))


@dataclass
class Content:
    plans: list[Plan]
    catalog: Catalog
    pages: list[GeneratedPage]
    files: dict[str, bytes]  # other generated files (src_uri → content)
    sources: dict[str, str]  # rel → normalised Markdown source of every content page
    diagnostics: Diagnostics
    directives: DirectiveIndex | None = None
    history: History | None = None
    docs_dir: Path | None = None
    checked: int = 0
    built_at: str | None = None
    seconds: float = 0.0  # how long loading took, for bench/
    portal: Portal | None = None  # the merged member sites, when the site is a portal
    channels: ContactBook = dataclasses.field(default_factory=ContactBook)  # issue 17: where feedback goes


def markdown_files(root: Path, diags: Diagnostics | None = None) -> list[Path]:
    """The pages under `root`, found without following a link; what the walk refuses goes to `diags`."""
    tree = walk(root)
    if diags is not None:
        report_refused(tree, diags)
    return tree.markdown()


def report_refused(tree: ContentTree, diags: Diagnostics) -> None:
    folder = shown_path(tree.root)
    for rel, reason in tree.refused:
        diags.error(f"{folder}/{rel}", 0, "", reason)


def check_files(paths: list[Path], root: Path | None, today: dt.date, diags: Diagnostics, plans_dir: str | None,
                cache: LoadCache | None = None) -> tuple[list[Plan], dict[str, RawDocument]]:
    """Load and check each file: a plan when it lies in `plans_dir` of the content folder `root`
    (every file when `plans_dir` is None), a page otherwise. With a `cache` (a `mkdocs serve`
    session), a file unchanged since the last build gives its last result and findings again."""
    plans: list[Plan] = []
    raws: dict[str, RawDocument] = {}
    for path in paths:
        rel = path.relative_to(root).as_posix() if root else path.name
        entry = cache.get(rel, path) if cache is not None else None
        if entry is None:
            stamp_before = file_stamp(path)
            own = Diagnostics()
            raw, plan = _check_file(path, rel, today, own, plans_dir)
            entry = Checked(stamp_before, raw, plan, tuple(own.items))
            if cache is not None and stamp_before is not None:
                cache.put(rel, entry)
        diags.items.extend(entry.findings)
        if entry.raw is not None:
            raws[rel] = entry.raw
        if entry.plan is not None:
            plans.append(entry.plan)
    check_catalog(plans, diags)
    return plans, raws


def check_named_files(files: list[Path], docs_dir: Path | None, plans_dir: str, today: dt.date,
                      diags: Diagnostics) -> None:
    """Files named one by one (`site-builder check FILE`, a save of the web editor): those inside the site's
    content folder `docs_dir` are checked as what their place makes them (a plan in the plans folder, a page
    elsewhere; attachments resolve as in the full check); a file outside it, a draft say, as a plan."""
    inside = [f.resolve() for f in files if docs_dir and f.resolve().is_relative_to(docs_dir)]
    outside = [f for f in files if f.resolve() not in inside]
    groups: list[tuple[list, dict, Path | None]] = []
    if inside:
        groups.append((*check_files(inside, docs_dir, today, diags, plans_dir), docs_dir))
    if outside:
        groups.append((*check_files(outside, None, today, diags, None), None))
    for plans, raws, folder in groups:  # issue 17: the contacts file's own errors are the full check's to report
        book = load_channels(folder / CHANNELS_FILE, "", Diagnostics()) if folder else ContactBook()
        warn_unreachable_consultations(plans, raws, book, today, diags)


def _check_file(path: Path, rel: str, today: dt.date, diags: Diagnostics, plans_dir: str | None) -> tuple[RawDocument | None, Plan | None]:
    raw = load(path, rel, shown_path(path), diags)
    if raw is None or not check_markdown_limits(raw.body, raw.body_line, raw.path, diags):
        return raw, None
    if plans_dir is not None and not rel.startswith(plans_dir.strip("/") + "/"):
        check_page(raw, diags, today, plans_dir)
        return raw, None
    if not raw.source.strip():
        diags.error(raw.path, 1, "", "tệp rỗng: chưa có thông tin văn bản và nội dung.")
        return raw, None
    if not raw.body.strip():
        diags.warning(raw.path, raw.body_line, "", "văn bản chưa có nội dung (chỉ có phần thông tin đầu trang).")
    return raw, validate_plan(raw, diags, today, path)


def load_site(settings: Settings, today: dt.date | None = None, history: History | None = None,
              built_at: str | None = None, cache: LoadCache | None = None, tree: ContentTree | None = None) -> Content:
    """Everything the site configured in `settings` needs; errors are in `diagnostics`, never raised.

    `history` may be passed in when the caller already read it (a `mkdocs serve` rebuild).
    `cache` keeps files' checked results between the builds of one `mkdocs serve` session.
    `tree` is `content_tree.walk(docs_dir)` when the caller has just made it. The listings' templates
    are the site's (`settings.custom_dir`, render.page_templates) where it has them."""
    docs_dir, site_name, plans_dir = settings.docs_dir, settings.site_name, settings.plans_dir
    site_url, portal, repo_url = settings.site_url, settings.portal, settings.repo_url
    custom_dir = settings.custom_dir
    started = time.perf_counter()
    today = today or build_date()
    diags = Diagnostics()
    tree = tree if tree is not None else walk(docs_dir)
    report_refused(tree, diags)
    paths = tree.markdown()
    _refuse_unlisted_files(tree, diags)
    prefix = plans_dir.strip("/") + "/"
    if cache is not None:
        cache.begin(docs_dir, today, prefix, tree.state())
    plans, raws = check_files(paths, docs_dir, today, diags, plans_dir, cache)
    registry_path = docs_dir / REGISTRY_FILE
    history = history if history is not None else read_history(docs_dir)
    derived_key = None
    if cache is not None and portal is None:  # a portal's pages also come from its members' files
        plans = cache.keep_facts(plans, lambda rel: bool(history.changes_of(rel)))
        derived_key = (tuple(map(id, plans)), id(history), file_stamp(registry_path), frozenset(raws),
                       file_stamp(docs_dir / CHANNELS_FILE),  # issue 17
                       site_name, site_url, repo_url, len(paths), custom_dir, overrides_state(custom_dir))
        again = cache.derived(derived_key)
        if again is not None:  # no plan's facts moved: all made from them is as the last build made it
            diags.items.extend(again.findings)
            return dataclasses.replace(again.content, sources={rel: raw.source for rel, raw in raws.items()},
                                       diagnostics=diags, seconds=time.perf_counter() - started)
    checked_files = len(diags.items)
    registry = load_registry(registry_path, shown_path(registry_path), diags)
    channels_path = docs_dir / CHANNELS_FILE  # issue 17
    channels = load_channels(channels_path, shown_path(channels_path), diags)
    if channels_path.exists():
        check_coverage(channels, [plan.issuer for plan in plans], shown_path(channels_path), diags)
    warn_unreachable_consultations(plans, raws, channels, today, diags)  # issue 17: both known only here
    catalog = Catalog(plans)
    directives = DirectiveIndex(plans, registry)
    portal_site = load_portal(portal, diags, shown_path, registry) if portal is not None else None  # issue 9
    home_intro = functools.partial(home_section, portal_site) if portal_site is not None else None
    templates = PageTemplates(custom_dir)
    pages = (render_listings(catalog, site_name, home_intro, site_url, templates, consultations_home(plans, today))
             + render_directive_pages(directives, templates) + [render_field_guide()])
    files = {
        DIRECTIVES_JSON: directives_json(directives),
        **schema_files(),
    }
    pages += render_removed(history, plans_dir, templates) + [render_open_data_page(site_name, repo_url, history.head)]
    pages += render_task_pages(plans, today, site_url, templates)  # issue 5: deadlines, units
    for path, line, message in templates.problems:  # a site's broken override (page_templates)
        diags.error(shown_path(Path(path)), line, "", message)
    pages.append(render_stats(catalog, today))
    pages += render_consultations_page(catalog.plans, today, site_url, channels)  # issue 17
    pages += render_disclosure_pages(plans, today)  # issue 17: «Danh mục thông tin công khai»
    pages.append(render_feedback_page(plans, today, channels.answer_within_days))  # issue 17: /phan-anh/
    sources = {rel: raw.source for rel, raw in raws.items()}
    content = Content(plans, catalog, pages, files, sources, diags, directives, history, docs_dir,
                      len(paths) + registry_path.exists() + channels_path.exists(), channels=channels)
    content.built_at = built_at = built_at or build_time()
    here = shown_path(docs_dir)
    _add_files(files, render_exports(content, site_name, site_url, built_at), diags, here)
    _add_files(files, render_calendars(plans, site_name, site_url, built_at), diags, here)  # issue 5: .ics
    _add_files(files, task_assets(), diags, here)  # issue 5: the filter script
    _add_files(files, render_consultation_files(content, site_name, site_url, built_at), diags, here)  # issue 17
    _add_files(files, render_feedback_feed(content, site_name, site_url, built_at), diags, here)  # issue 17
    content.portal = portal_site
    if portal_site is not None:  # issue 9: national pages merged from member sites' data
        pages += render_portal_pages(portal_site)
        _add_files(files, {**portal_files(portal_site, site_name, built_at), **portal_schema_files()}, diags, here)
        content.checked += portal_site.files_read
    _claim_addresses(tree, raws, pages, files, diags)
    content.seconds = time.perf_counter() - started
    if derived_key is not None:
        cache.keep_derived(derived_key, content, tuple(diags.items[checked_files:]), (plans, history))
    return content


def _refuse_unlisted_files(tree: ContentTree, diags: Diagnostics) -> None:
    for rel in sorted(tree.files):
        if (reason := file_types.refusal(rel)) is not None:
            diags.error(shown_path(tree.root / rel), 1, "", reason)


def _claim_addresses(tree: ContentTree, raws: dict[str, RawDocument], pages: list[GeneratedPage],
                     files: dict[str, bytes], diags: Diagnostics) -> None:
    """Two sources for one address would silently hide one of them (addresses.py); make it an error."""
    claims = [Claim(output_of(src), f"tệp tự tạo «{src}»") for src in (STYLESHEET, SORTABLE_SCRIPT, SEARCH_PAGE)]
    claims += [Claim(output_of(page.src_uri), f"trang tự tạo «{page.src_uri}»") for page in pages]
    claims += [Claim(output_of(src), f"tệp tự tạo «{src}»") for src in files]
    for rel in sorted(tree.files, key=lambda r: r.split("/")):
        shown = raws[rel].path if rel in raws else shown_path(tree.root / rel)
        if file_types.is_build_input(rel):  # read by the build, never published (plugin)
            continue
        if rel in raws or not rel.endswith(".md"):  # a page that did not load is reported already
            claims.append(Claim(output_of(rel), f"tệp «{shown}»", shown))
    check_claims(claims, shown_path(tree.root), diags)


def _add_files(files: dict[str, bytes], more: dict[str, bytes], diags: Diagnostics, where: str) -> None:
    """Generated files join the site's; one path made twice is an error, never a silent overwrite."""
    for src in files.keys() & more.keys():
        diags.error(where, 0, "", f"tệp tự tạo «{src}» được tạo hai lần; đây là lỗi của site-builder, hãy báo cho "
                    "người phát triển.")
    files.update(more)
