"""What each page of the staged docs folder carries besides its text (issue 16), the same in either build:
front-matter keys the templates read (escaped title and description, the plan panel with its print view)
and the page line the Markdown extension reads (`render.staged_markdown`: citation targets, the plan's own
identity, "generated", the task entry of the table of contents). The plugin takes a plan's panel and
citation targets from `plan_inputs` too, so both builds have one source.
"""

from __future__ import annotations

import json
import re

from markupsafe import Markup

from ..model.paths import page_url, relative_url
from ..model.site_map import document_page
from ..render.listings import NOT_YAML_PRINTABLE, yaml_escape
from ..render.plan_view import panel, sections_after_text
from ..render.print_sheet import print_view
from ..render.staged_markdown import page_line
from .pipeline import Content

# MkDocs' own front-matter pattern (mkdocs.utils.meta): what it takes as front-matter, we extend.
_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)


def yaml_line(key: str, value) -> str:
    # JSON is YAML; YAML's "\uXXXX" escapes carry what it cannot hold as is (listings.front_matter).
    text = json.dumps(value, ensure_ascii=False, default=_refuse)
    return f"{key}: {NOT_YAML_PRINTABLE.sub(lambda m: yaml_escape(m[0]), text)}"


def _refuse(value):
    raise TypeError(f"không ghi được giá trị kiểu {type(value).__name__} vào phần thông tin đầu trang")


def with_front(source: str, keys: dict, line: str) -> str:
    """`source` with `keys` appended to its front-matter (the last of two equal keys wins in YAML, as
    the plugin's assignment did) and the page line first in its body."""
    added = "".join(yaml_line(key, value) + "\n" for key, value in keys.items())
    found = _FRONT.match(source)
    if found is None:
        return (f"---\n{added}---\n" if added else "") + line + "\n" + source
    return source[:found.end(1)] + added + source[found.end(1):found.end()] + line + "\n" + source[found.end():]


def escaped(meta: dict) -> dict:
    """Title and description as the plugin made them (on_page_markdown): escaped once."""
    return {key: str(Markup.escape(meta[key])) for key in ("title", "description")
            if isinstance(meta.get(key), str) and meta[key] != str(Markup.escape(meta[key]))}


def plan_inputs(plan, content: Content, site_url: str | None, repo_url: str | None) -> tuple[dict, dict[str, list]]:
    """What a plan's page gets besides its text, in either build: its panel (with its print view) for the
    template, and where its citations link (canonical symbol → [[body or None, href]]) for the extension."""
    plan_panel = {**panel(plan, content.directives, content.history, content.docs_dir, repo_url, site_url=site_url,
                          channels=content.channels),  # issue 17: where to send feedback
                  "print": print_view(site_url, plan.rel)}  # issue 20
    here = page_url(plan.rel)
    targets: dict[str, list] = {}
    for citation, doc in content.directives.citations_of(plan):
        targets.setdefault(citation.symbol.text, []).append([citation.body, relative_url(here, page_url(document_page(doc)))])
    return plan_panel, targets


def plan_page_inputs(plan, content: Content, site_url: str | None, repo_url: str | None) -> tuple[dict, str]:
    """The panel and the page line of a plan."""
    plan_panel, targets = plan_inputs(plan, content, site_url, repo_url)
    own = {"number": plan.number_raw, "issuer": plan.issuer, "province": plan.locality.province,
           "district": plan.locality.district, "commune": plan.locality.commune, "year": plan.listed_year}
    return plan_panel, page_line({"cites": targets, "self": own, "toc": sections_after_text(plan_panel)})
