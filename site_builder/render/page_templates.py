"""The markup a province may restyle — lists of plans, the pager, task tables, the tables and lists of
cited documents, the calendar block — as Jinja templates under `templates/listings/`, which a site's theme `custom_dir`
(`overrides/listings/…`) replaces file by file, as it replaces the theme's own templates.

The core imports no MkDocs: it renders these with its own Environment, whose loader searches the
site's custom_dir first, then the package's templates. Templates receive plain data (records of
fields, lists, strings, numbers) prepared in Python: every URL already relative to the page being written, every
value still unescaped: every `{{ … }}` is escaped on its way out, once, as html_blocks.esc does. No Python callable reaches a template, so an
override stays plain Jinja.

What a template renders is a raw HTML block of a generated page: html_blocks' rules hold (the
caller wraps it with `block`; only tags and attributes the sanitiser allows survive).
"""

from __future__ import annotations

import html
import os
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, Template, TemplateError, TemplateSyntaxError

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


# The rows of a table, the items of a list: records with fields, read in a template as `p.url`. Not
# dicts: Jinja reads `p.url` by trying an attribute first, and a dict's miss raises an exception on
# every field of every row (half of a 100-row table's rendering time).
record = SimpleNamespace


def _escaped(value) -> str:
    # Every `{{ … }}` goes through here (the Environment's finalize): html.escape, as html_blocks.esc,
    # except what is markup already (`| e`, `| safe`, a recursive loop's own output marked safe). This
    # rather than autoescape: MarkupSafe's escape and Markup objects made a table of citing plans twice
    # as slow to render as the Python strings it replaced.
    if type(value) is str:
        return html.escape(value)
    return value if hasattr(value, "__html__") else html.escape(str(value))


def _as_html_escape(text: str) -> str:
    # `| e` (MarkupSafe) writes quotes as "&#39;" and "&#34;", html.escape (html_blocks.esc, used by the
    # rest of the pages) as "&#x27;" and "&quot;". Same characters; one spelling keeps the pages
    # identical to what they were before the templates. A literal "&#39;" in a template means the same.
    return text.replace("&#39;", "&#x27;").replace("&#34;", "&quot;")


class PageTemplates:
    """One Environment per build: templates are compiled once, on first use, and kept for the build."""

    def __init__(self, custom_dir: str | Path | None = None):
        search = [str(custom_dir)] if custom_dir else []
        self.env = Environment(
            loader=FileSystemLoader([*search, str(PACKAGE_TEMPLATES)]),
            autoescape=False,
            finalize=_escaped,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self._compiled: dict[str, Template] = {}
        # (file, line, message) of each template that failed, once each: a province's broken override
        # must be a finding of the build (load_site), not a traceback, and not one per page.
        self.problems: dict[tuple[str, int, str], None] = {}

    def render(self, name: str, **data) -> str:
        """`name` rendered with `data`; "" when the template fails (the failure is in `problems`)."""
        try:
            template = self._compiled.get(name)
            if template is None:
                template = self._compiled[name] = self.env.get_template(name)
            return _as_html_escape(template.render(data))
        except TemplateError as exc:
            self.problems.setdefault(_where(name, exc, self._compiled.get(name)), None)
            return ""


def _where(name: str, exc: TemplateError, template: Template | None) -> tuple[str, int, str]:
    if isinstance(exc, TemplateSyntaxError):
        return exc.filename or name, exc.lineno or 0, f"mẫu trang «{exc.name or name}» viết sai cú pháp Jinja: {exc.message}"
    # Jinja rewrites a rendering error's traceback so that its last frame in a template file gives the line.
    path, line = (template.filename if template else None) or name, 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            path, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    return path, line, f"mẫu trang «{name}» không dùng được với dữ liệu của trang: {exc.message or type(exc).__name__}"


def overrides_state(custom_dir: str | Path | None) -> tuple:
    """What a site's overrides of these templates are now: a `mkdocs serve` session (load_cache) must
    make the listings again when one of them is edited, though no plan moved."""
    folder = Path(custom_dir) / "listings" if custom_dir else None
    if folder is None or not folder.is_dir():
        return ()
    with os.scandir(folder) as entries:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in entries if e.is_file()))


@lru_cache(maxsize=1)
def package_templates() -> PageTemplates:
    """The package's templates alone, for a page made outside a site's build (a portal's pages, tests)."""
    return PageTemplates(None)


def templates_or_default(templates: PageTemplates | None) -> PageTemplates:
    return templates if templates is not None else package_templates()
