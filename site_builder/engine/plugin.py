"""The thin MkDocs adapter: runs the core pipeline and hands its results to MkDocs.

Follows the shape of Material's own blog and tags plugins: a typed config, generated pages in
`on_files` via `File.generated`, templates that a site's `custom_dir` can override, nothing
written into `docs_dir`.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import time
from importlib import resources
from pathlib import Path

from markupsafe import Markup
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from ..load.content_tree import walk
from ..load.file_types import is_build_input
from ..load.history import head_commit, read_history
from ..load.load_cache import LoadCache, folder_state, stamp
from ..model.clock import build_time
from ..model.diagnostics import Diagnostics
from ..model.paths import toc_slugify
from ..model.repository import missing as missing_repo_url
from ..model.repository import repo_address
from ..model.settings import DEFAULT_PLANS_DIR, Settings
from ..model.site_map import SEARCH_PAGE, SORTABLE_SCRIPT, STYLESHEET, THEME_SCRIPTS
from ..portal.search import record_bundles
from ..publish.csp import add_policy, apply_to_site, policy
from ..publish.search_bundles import bundle_of, plan_bundles
from ..publish.search_index import BundleIndexer, SearchIndexError, pagefind_binary
from ..render.calendar_links import SITE_URL_NEEDED
from ..render.html_blocks import directory_urls_problem
from ..render.labels import day_label
from ..render.markdown_ext import CitationLinks, GeneratedBlocks
from ..render.plan_view import history_view
from ..render.search import search_record
from ..stage.page_data import plan_inputs
from ..stage.pipeline import Content, load_site, report_refused, shown_path
from .background import Background
from .nav_once import NavOnce
from .page_objects import add_sections_to_toc, make_pages, nav_sources
from .publish_steps import finish_index, site_manifest
from .serve_cache import CompiledTemplates, OutputCache, PagePrints, nav_shape
from .settings import site_settings

log = get_plugin_logger(__name__)
MARKDOWN_EXTENSION = "site_builder.markdown_ext"


class SiteBuilderConfig(Config):
    enabled = opt.Type(bool, default=True)
    plans_dir = opt.Type(str, default=DEFAULT_PLANS_DIR)
    portal = opt.Optional(opt.Type(str))  # a portal's member-site file, relative to mkdocs.yml (portal.py)
    editor = opt.Type(bool, default=False)  # issue 18: /admin/, the officials' web editor (web_editor.py)
    editor_backend = opt.Type(dict, default={})  # issue 18: Decap's `backend:` (GitLab, GitHub); none: local only
    editor_port = opt.Type(int, default=8081)  # issue 18: where `serve --editor` runs the local server


class SiteBuilderPlugin(BasePlugin[SiteBuilderConfig]):
    def __init__(self) -> None:
        self.content: Content | None = None
        # What `site-builder build` has just loaded and checked (engine.build), so the build it starts
        # in the same process does not run the whole pipeline a second time.
        self.handed_over: Content | None = None
        self.settings: Settings | None = None  # read from mkdocs.yml once per build (on_config)
        self.plans: dict = {}
        self.citation_links = CitationLinks()
        self.generated_blocks = GeneratedBlocks()
        self.built_at = build_time()
        self._history_cache: tuple[tuple[Path, str | None], object] | None = None
        self._clock: dict[str, float] = {}  # phase → seconds, written where SITE_BUILDER_TIMINGS says
        self._serve_session(False, False)

    def _serve_session(self, serving: bool, dirty: bool) -> None:
        """What one `mkdocs serve` session keeps between its builds (nothing outside one)."""
        self.serving = serving
        self._load_cache = LoadCache() if serving else None
        self._outputs = OutputCache() if serving and dirty else None
        self._plan_inputs: dict[str, tuple[dict, dict]] = {}
        self._page_prints = PagePrints()
        self._catalog = None  # the last build's: while it is the same, so are the panels and prints above
        self._tree = None  # the content folder as on_pre_build walked it, for on_files
        self._compiled = CompiledTemplates()
        self._builds = 0
        self._background = Background()  # search index of the last serve rebuild
        self._indexer: BundleIndexer | None = None  # the search index; kept across a session's builds
        self._rendered: set[str] = set()  # pages written by this build

    def on_startup(self, *, command, dirty):
        """Defining this hook is what makes MkDocs keep one plugin instance across `mkdocs serve`
        rebuilds, and so what lets a rebuild reuse the last build's work (load_cache, serve_cache)."""
        self._serve_session(command == "serve", dirty)

    def on_shutdown(self):
        self._background.wait()
        self._serve_session(False, False)

    def on_config(self, config):
        # One instance serves every build of the process (on_startup): nothing of the last build's
        # content may reach this one, even when the plugin is now disabled.
        self.content, self.plans = None, {}
        if not self.config.enabled:
            return config
        if problem := directory_urls_problem(config):
            raise PluginError(problem)
        templates = str(resources.files("site_builder") / "templates")
        # After the site's custom_dir (so it can override ours), before the theme's own.
        position = 1 if config.theme.custom_dir else 0
        if templates not in config.theme.dirs:
            config.theme.dirs.insert(position, templates)
        if MARKDOWN_EXTENSION not in config.markdown_extensions:
            config.markdown_extensions.append(MARKDOWN_EXTENSION)
        # Heading anchors that read "đ" as "d" (the default drops it: "MỤC ĐÍCH" → "muc-ich").
        if "toc" in config.markdown_extensions:
            config.mdx_configs.setdefault("toc", {}).setdefault("slugify", toc_slugify)
        if self.citation_links not in config.markdown_extensions:
            config.markdown_extensions.append(self.citation_links)
        if self.generated_blocks not in config.markdown_extensions:
            config.markdown_extensions.append(self.generated_blocks)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        # The search page is a template of ours; a site need not list it in mkdocs.yml.
        if SEARCH_PAGE not in config.theme.static_templates:
            config.theme.static_templates.add(SEARCH_PAGE)
        if SORTABLE_SCRIPT not in config.extra_javascript:
            config.extra_javascript.append(SORTABLE_SCRIPT)
        config.extra["sb_csp"] = policy(_merged_sites(config))  # templates/main.html writes it
        config.repo_url = repo_address(config.repo_url)
        self.settings = site_settings(config)
        if not config.repo_url:
            log.info(missing_repo_url(shown_path(Path(config.config_file_path))))
        if self._dirty_rebuild():
            # Lists every page (a second at 10,000 plans); a preview has no search engine to tell, and
            # the first build of the session wrote one.
            config.theme.static_templates.discard("sitemap.xml")
        return config

    def _search_indexer(self, config) -> BundleIndexer:
        site_dir = Path(config.site_dir)
        if self._indexer is None or self._indexer.site_dir != site_dir:
            checkout = Path(str(resources.files("site_builder"))).parent  # this package's own node_modules
            try:
                binary = pagefind_binary(Path(config.config_file_path).parent, checkout)
            except SearchIndexError as exc:
                raise PluginError(f"Tìm kiếm: {exc}") from None
            self._indexer = BundleIndexer(site_dir, binary)
        return self._indexer

    def on_files(self, files: Files, config) -> Files:
        if not self.config.enabled:
            return files
        content, self.handed_over = self.handed_over, None
        if content is None:
            content = load_site(self.settings, history=self._history(config), built_at=build_time(),
                                cache=self._load_cache, tree=self._tree)
            if not config.site_url:  # `site-builder build`, which loaded it otherwise, says it after the build
                log.info(f"Lưu ý: {SITE_URL_NEEDED}")
        self._tree = None
        self.built_at = content.built_at
        for finding in content.diagnostics.sorted():
            (log.error if finding.severity.name == "ERROR" else log.info)(finding.format())
        errors = content.diagnostics.errors
        if errors:
            raise PluginError(f"Nội dung có {len(errors)} lỗi; trang web không được xây dựng. Hãy sửa các lỗi ở trên.")
        self._drop_build_inputs(files, config)
        for page in content.pages:
            files.append(File.generated(config, page.src_uri, content=page.markdown))
        for src_uri, data in content.files.items():
            files.append(File.generated(config, src_uri, content=data))
        assets = resources.files("site_builder") / "assets"
        files.append(File.generated(config, STYLESHEET, content=(assets / "site-builder.css").read_bytes()))
        files.append(File.generated(config, SORTABLE_SCRIPT, content=(assets / "sortable.js").read_bytes()))
        for script in THEME_SCRIPTS:  # Material's inline scripts, as files (csp.py)
            files.append(File.generated(config, script, content=(assets / posixpath.basename(script)).read_bytes()))
        if self.config.editor:  # issue 18
            from .web_editor import editor_files

            for file in editor_files(config, self.config.editor_backend, self.config.editor_port):
                files.append(file)
        if content.catalog is not self._catalog:  # the same one: nothing made from the plans moved (load_cache)
            self._plan_inputs, self._page_prints = {}, PagePrints()
            self._catalog = content.catalog
        self.content = content
        self.plans = {plan.rel: plan for plan in content.plans}
        self._clock = {"pipeline": content.seconds, "_files_done": time.perf_counter()}
        self._bundles = plan_bundles(content.catalog.plans)
        if content.portal is not None:  # issue 22: the portal's own index of its members' plans
            self._bundles += record_bundles(content.portal.records, self._bundles[0])
            # The search page reads a chosen province's full text from its member's own index.
            config.extra["sb_portal_members"] = [m.url for m in content.portal.used]
            config.extra["sb_csp"] = policy(_merged_sites(config))
        self._owner = bundle_of(self._bundles)
        self._rendered = set()
        # Pages are rendered bundle by bundle (other pages first: searched ones go to the first), so
        # the indexer, fed as each page is written, holds one bundle at a time (search_index).
        last = len(self._bundles)
        order = {src: (1 + position, i) for i, (src, position) in enumerate(self._owner.items())}
        files = Files(sorted(files, key=lambda f: order.get(f.src_uri, (0 if f.is_documentation_page() else last + 1, 0))))
        make_pages(files, config, nav_sources(config.nav))
        return files

    def on_nav(self, nav, config, files):
        if self._outputs is not None and self.content is not None:
            self._skip_unchanged(nav, files, config)
        return nav

    def _drop_build_inputs(self, files: Files, config) -> None:
        """MkDocs copies every file of docs_dir to the site; what the build reads (the registry, a
        portal's member file kept there) is its input, with officials' notes, not a published file."""
        member_file = self.settings.portal
        docs = Path(config.docs_dir).resolve()
        member = member_file.resolve() if member_file is not None else None
        for file in list(files):
            if file.generated_by:
                continue
            if is_build_input(file.src_uri) or (member is not None and docs / file.src_uri == member):
                files.remove(file)

    def _skip_unchanged(self, nav, files: Files, config) -> None:
        """A dirty `mkdocs serve` rebuild renders only the pages whose inputs changed (serve_cache).

        Pages of the navigation are always rendered: MkDocs reads a page's title only when it renders
        it, and every page shows the navigation. What every page shows (the navigation, mkdocs.yml,
        templates, the day) is the context: when it moves, every page is rendered again."""
        prints, sources = self._page_prints.of(files, self.built_at, lambda file: self._page_inputs(file, config))
        templates = [config.theme.custom_dir, str(resources.files("site_builder"))]
        context = (stamp(Path(config.config_file_path)), config.site_url, self.built_at[:10],
                   [folder_state(Path(d)) for d in templates if d], nav_shape(nav.items, sources))
        always = {page.file.src_uri for page in nav.pages}
        written = self._outputs.skip_unchanged(files, prints, context, always)
        log.info(f"Xây dựng lại {written} trang và tệp đã thay đổi.")

    def _page_inputs(self, file: File, config) -> tuple[str | None, object] | None:
        """A page's source and what the plugin adds to it; None for a file that is not a content page."""
        if file.src_uri in self.plans:
            return self.content.sources.get(file.src_uri), self._inputs_of(self.plans[file.src_uri], config)
        if file.src_uri in self.content.sources:
            return self.content.sources[file.src_uri], self._other_page_meta(file, config)
        return None

    def _inputs_of(self, plan, config) -> tuple[dict, dict]:
        """What the plugin adds to a plan's page: its panel and where its citations link."""
        if plan.rel not in self._plan_inputs:  # issue 16: the same as a staged page's (stage.py)
            self._plan_inputs[plan.rel] = plan_inputs(plan, self.content, config.site_url, config.repo_url)
        return self._plan_inputs[plan.rel]

    def _other_page_meta(self, file: File, config) -> dict:
        return history_view(file.src_uri, Path(config.docs_dir) / file.src_uri, self.content.history, config.repo_url)

    def _history(self, config):
        """Read git history once per commit: `mkdocs serve` rebuilds reuse it until HEAD moves
        (or the site is another one: the instance outlives a build)."""
        key = (Path(config.docs_dir).resolve(), head_commit(Path(config.docs_dir)))
        if self._history_cache is None or self._history_cache[0] != key or key[1] is None:
            history = read_history(Path(config.docs_dir))
            if not history.available and self._history_cache is None:
                log.info(f"Không có lịch sử git: {history.reason}.")
            self._history_cache = (key, history)
        return self._history_cache[1]

    def on_page_read_source(self, page, config):
        # MkDocs sees exactly the text we validated (decoded, NFC, LF line ends). A preview keeps it to
        # tell what a save changed; a build hands it over (MkDocs keeps its own reference).
        if self.content is not None:
            sources = self.content.sources
            return sources.get(page.file.src_uri) if self.serving else sources.pop(page.file.src_uri, None)
        return None

    def on_page_markdown(self, markdown, page, config, files):
        # Material prints title and description unescaped (<title>, meta tags, navigation):
        # escape them once here, as Markup so that templates escaping again do not double it.
        for key in ("title", "description"):
            if isinstance(page.meta.get(key), str) and not isinstance(page.meta[key], Markup):
                page.meta[key] = Markup.escape(page.meta[key])
        plan = self.plans.get(page.file.src_uri)
        self.citation_links.targets, self.citation_links.plan = {}, plan
        self.generated_blocks.enabled = bool(page.file.generated_by)
        if page.file.generated_by:
            page.meta["sb_generated"] = {"iso": self.built_at, "day": day_label(self.built_at)}
        elif plan is None and self.content is not None:
            page.meta["sb_history"] = self._other_page_meta(page.file, config)
        if plan is not None:
            page.meta.setdefault("template", "plan.html")
            page.meta["plan"], self.citation_links.targets = self._inputs_of(plan, config)
        return markdown

    def on_page_content(self, html, page, config, files):
        # The extra search words of a plan page, once per plan in Python (partials/search-record.html).
        plan_panel = page.meta.get("plan") if page.file.src_uri in self.plans else None
        if isinstance(plan_panel, dict):  # a copy: the panel itself is kept for the next preview rebuild
            page.meta["plan"] = {**plan_panel, "search": search_record(str(page.title or ""), html, plan_panel)}
            add_sections_to_toc(page.toc, plan_panel)  # issues 20 and 17
        # MkDocs keeps every page's source until the build ends; a plan or generated page takes its
        # title from its front-matter, so its source is not needed once rendered.
        if not self.serving and "title" in page.meta and (plan_panel is not None or page.file.generated_by):
            page.markdown = ""
        return html

    def on_serve(self, server, config, builder):
        # A portal's pages come from files outside docs_dir: saving them must rebuild the preview too.
        member_file = self.settings.portal if self.config.enabled else None
        if member_file is not None:
            server.watch(str(member_file))
            for member in (self.content.portal.members if self.content and self.content.portal else []):
                server.watch(str(member.data))
        return server

    def on_env(self, env, config, files):
        # Every page is read; rendering starts. A build that renders every page feeds the indexer as it
        # goes; a dirty preview rebuild indexes what changed afterwards, in the background.
        if self.config.enabled and self.content is not None and not self._dirty_rebuild():
            self._background.wait()
            self._search_indexer(config).begin(self._bundles, self._owner)
        self._navs = NavOnce(env)
        if self.serving:
            env.bytecode_cache = self._compiled
        return env

    def on_page_context(self, context, page, config, nav):
        return self._navs.add_to(context, page, config, nav) if self.config.enabled else context

    def _dirty_rebuild(self) -> bool:
        return self.serving and self._outputs is not None and self._builds > 0

    def on_post_page(self, output, page, config):
        if not self.config.enabled:
            return output
        if self._indexer is not None:
            self._rendered.add(page.file.src_uri)
            self._indexer.add(page.file.src_uri, Path(page.file.abs_dest_path), output)
        # MkDocs keeps every page's HTML until the build ends; this one is written, and nothing reads it again.
        page.content = None
        # Our main.html writes the policy; a page from a site's own main.html gets it here during a
        # serve rebuild (which writes few pages), and from on_post_build after a full build.
        return add_policy(output, _merged_sites(config)) if self.serving else output

    def on_post_template(self, output_content, template_name, config):
        if self.serving and self.config.enabled and template_name.endswith(".html"):
            return add_policy(output_content, _merged_sites(config))
        return output_content

    def on_pre_build(self, config):
        # A clean rebuild empties the site folder: not while the last build's search index is written.
        if self._outputs is None:
            self._background.wait()
        self._tree = None
        if self.config.enabled:
            self._refuse_links(Path(config.docs_dir))

    def _refuse_links(self, docs_dir: Path) -> None:
        """MkDocs walks docs_dir next, following every link and copying what it finds (content_tree): a
        link, a pipe or an unwritable name stops the build here, before anything is read or copied.
        The walk is kept for load_site (on_files), which would otherwise make it again."""
        diags = Diagnostics()
        self._tree = walk(docs_dir)
        report_refused(self._tree, diags)
        if diags.errors:
            for finding in diags.sorted():
                log.error(finding.format())
            raise PluginError(f"Nội dung có {len(diags.errors)} lỗi; trang web không được xây dựng. Hãy sửa các lỗi ở trên.")

    def on_build_error(self, error):
        if self._indexer is not None:
            self._indexer.close()
        if self._outputs is not None:
            self._outputs.forget()

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        mark = time.perf_counter()
        self._clock["mkdocs_render"] = mark - self._clock.pop("_files_done", mark)
        if not self.serving:
            apply_to_site(Path(config.site_dir), _merged_sites(config))
        self._clock["csp"] = time.perf_counter() - mark
        if self._outputs is not None:
            self._outputs.commit()
        history = self.content.history if self.content else None
        finish = functools.partial(self._finish, config, history, self.built_at, self._dirty_rebuild(),
                                   self._bundles, self._owner, set(self._rendered))
        if self._dirty_rebuild():
            # The official is waiting for the page, not for the search index: it follows in seconds.
            self._background.run(finish)
        else:
            finish()
        self._builds += 1
        if os.environ.get("SITE_BUILDER_TIMINGS"):  # for bench/: where the build spends its time
            Path(os.environ["SITE_BUILDER_TIMINGS"]).write_text(json.dumps(self._clock), encoding="utf-8")

    def _finish(self, config, history, built_at: str, dirty: bool, bundles, owner, rendered: set[str]) -> None:
        """The search index (the last bundles of a full build, or those a preview rebuild touched),
        then the manifest, which hashes every file written before it (search index included). A
        failure fails the build, so that `site-builder build` keeps the previous site rather than
        publishing one without search."""
        mark = time.perf_counter()
        indexer = self._search_indexer(config)
        try:
            version = finish_index(indexer, Path(config.site_dir), self.content, (bundles, owner, rendered) if dirty else None)
        except SearchIndexError as exc:
            raise PluginError(f"Tìm kiếm: {exc}") from None
        self._clock["search_index"], mark = time.perf_counter() - mark, time.perf_counter()
        self._clock["index_handover"] = indexer.blocked
        site_manifest(Path(config.site_dir), Path(config.docs_dir), Path(config.config_file_path), history, built_at,
                      version, config.repo_url)
        self._clock["manifest"] = time.perf_counter() - mark


def _merged_sites(config) -> list[str]:
    """Other sites whose search indexes this one reads (extra.search_merge, and a portal's members): the
    CSP must allow them."""
    return [url for url in [*(config.extra.get("search_merge") or []), *config.extra.get("sb_portal_members", [])]
            if isinstance(url, str)]
