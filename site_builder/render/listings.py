"""Generated pages, rendered as Markdown strings: the home page and the listings by year,
issuer and place. The plugin only wraps these strings in MkDocs files, so another engine can
build the same pages from a staging folder. Lists of plans and the pager are raw HTML blocks
(html_blocks: no Markdown inline processing per link); headings stay Markdown."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from ..catalog.catalog import Catalog, Group
from ..model.paths import link, md_escape
from ..model.plans import Plan
from ..model.site_map import (DEADLINES, DIRECTIVES, HOME, ISSUERS, PLACES, UNITS, UNKNOWN_PLACE, UNKNOWN_YEAR, YEARS,
                              issuer_page, issuer_slug_page, place_page, year_page)
from .calendar_links import has_deadlines, issuer_calendar, subscribe_block
from .html_blocks import RAW_BLOCKS_MARK, block, url_to
from .labels import summary_line
from .page_templates import PageTemplates, record, templates_or_default

LATEST_ON_HOME = 20
PER_PAGE = 100  # items on one page of any listing that grows with the number of plans

T = TypeVar("T")


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    markdown: str


# What YAML may not hold as is (it refuses the file, and MkDocs then shows the front-matter as the
# page's text) or reads as a line break (NEL, LS, PS: folded into a space inside a quoted value).
NOT_YAML_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def yaml_escape(char: str) -> str:
    # A lone surrogate (from a JSON "\ud800") is no character: no encoding can write it to a page.
    return "\ufffd" if "\ud800" <= char <= "\udfff" else f"\\u{ord(char):04x}"


def front_matter(title: str, description: str, extra: dict | None = None) -> str:
    # JSON is valid YAML and escapes quotes, backslashes and C0 controls; YAML's double-quoted "\uXXXX"
    # escapes then carry the few other characters it cannot hold (pasted .docx text has some).
    lines = [f"{key}: {NOT_YAML_PRINTABLE.sub(lambda m: yaml_escape(m[0]), json.dumps(value, ensure_ascii=False))}"
             for key, value in {"title": title, "description": description, **(extra or {})}.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def page_src(src: str, number: int) -> str:
    """Where page `number` of the listing at `src` lives: `<folder>/trang-<n>/index.md` (page 1 is `src`)."""
    if number == 1:
        return src
    folder = posixpath.dirname(src)
    return f"{folder}/trang-{number}/index.md" if folder else f"trang-{number}/index.md"


def _pager(here: str, src: str, number: int, count: int, templates: PageTemplates) -> str:
    """"Trang 2/5 · ← Trang trước · Trang sau →", between the pages of one listing (listings/pager.html)."""
    return block(templates.render(
        "listings/pager.html", number=number, count=count,
        previous=url_to(here, page_src(src, number - 1)) if number > 1 else None,
        next=url_to(here, page_src(src, number + 1)) if number < count else None))


def paginate(
    src: str,
    items: Sequence[T],
    render: Callable[[Sequence[T], str], str],
    *,
    title: str,
    description: str,
    head: Callable[[str], str],
    meta: dict | None = None,
    first: Callable[[str], str] | None = None,
    tail: Callable[[str], str] | None = None,
    empty: str = "Chưa có văn bản nào.\n",
    per_page: int | None = None,
    templates: PageTemplates | None = None,
) -> list[GeneratedPage]:
    """The one way a listing that grows with the site becomes pages of at most `per_page` items.

    Page 1 is at `src`, page n at `<folder>/trang-n/index.md`. Each page is: front-matter (with
    `sb_page: {number, count}` for templates), html_blocks.RAW_BLOCKS_MARK (every part is written with
    html_blocks), `head(here)` (title and intro), the pager, then `render(chunk, here)`, the pager
    again, `first(here)` on page 1 only (bounded extras), and `tail(here)` on every page. All links
    are made relative to `here`, the page being written. `templates`: the build's (page_templates)."""
    per_page = per_page or PER_PAGE
    templates = templates_or_default(templates)
    count = max(1, -(-len(items) // per_page))
    pages = []
    for number in range(1, count + 1):
        here = page_src(src, number)
        chunk = items[(number - 1) * per_page: number * per_page]
        shown = title if number == 1 else f"{title} (trang {number}/{count})"
        text = [front_matter(shown, description, {**(meta or {}), "sb_page": {"number": number, "count": count}}),
                RAW_BLOCKS_MARK, head(here)]
        pager = _pager(here, src, number, count, templates) if count > 1 else ""
        text.append(pager)
        text.append(render(chunk, here) if chunk else empty)
        text.append(pager)
        if number == 1 and first is not None:
            text.append(first(here))
        if tail is not None:
            text.append(tail(here))
        pages.append(GeneratedPage(here, "\n".join(t for t in text if t)))
    return pages


def _plan_list(plans: Sequence[Plan], here: str, templates: PageTemplates) -> str:
    return block(templates.render("listings/plans.html", plans=[
        record(url=url_to(here, p.rel), title=p.title, summary=summary_line(p), place=p.locality.label() or "")
        for p in plans]))


def back_link(here: str, to: str, label: str, templates: PageTemplates | None = None) -> str:
    """"← Tất cả …" under a listing, as a raw HTML block."""
    return block(templates_or_default(templates).render("listings/back-link.html", url=url_to(here, to), label=label))


def _groups(here: str, groups: list[tuple[str, str, int]], templates: PageTemplates) -> str:
    """(page, name, number of plans) of each group, as listings/groups.html shows them."""
    return templates.render("listings/groups.html",
                            groups=[record(url=url_to(here, to), name=name, count=n) for to, name, n in groups])


def _count(n: int) -> str:
    return f"{n} văn bản"


def _index_page(src: str, title: str, intro: str, groups: list[Group], page_of,
                templates: PageTemplates) -> list[GeneratedPage]:
    def render(chunk: Sequence[Group], here: str) -> str:
        return block(_groups(here, [(page_of(g), g.name, len(g.plans)) for g in chunk], templates))

    return paginate(src, groups, render, title=title, description=intro,
                    head=lambda here: f"# {md_escape(title)}\n\n{md_escape(intro)}\n", templates=templates)


def _group_page(src: str, title: str, intro: str, group: Group, back: str, back_label: str,
                templates: PageTemplates, more: Callable[[str], str] | None = None) -> list[GeneratedPage]:
    """`more(here)`: raw HTML (html_blocks) shown under the intro."""
    # Plans in the order shown, each with its sub-group's name: a page repeats the heading of a
    # sub-group that continues from the page before.
    if group.children and not (len(group.children) == 1 and group.children[0].key == ""):
        items = [(child.name, plan) for child in group.children for plan in child.plans]
    else:
        items = [(None, plan) for plan in group.plans]

    def render(chunk: Sequence[tuple[str | None, Plan]], here: str) -> str:
        # Runs of plans under one sub-group heading (a Markdown heading, for the table of contents).
        runs: list[tuple[str | None, list[Plan]]] = []
        for name, plan in chunk:
            if not runs or name != runs[-1][0]:
                runs.append((name, []))
            runs[-1][1].append(plan)
        return "".join((f"\n## {md_escape(name)}\n" if name is not None else "") + _plan_list(plans, here, templates)
                       for name, plans in runs)

    return paginate(src, items, render, title=title, description=intro,
                    head=lambda here: f"# {md_escape(title)}\n\n{md_escape(intro)}\n" + (block(more(here)) if more else ""),
                    tail=lambda here: back_link(here, back, back_label, templates), templates=templates)


def _issuers_alike(slug: str, groups: list[Group], templates: PageTemplates) -> GeneratedPage:
    """The page at the address several issuers' names would share («Xuân Hòa», «Xuân Hóa»; one name in
    two provinces): a link kept from before the second one appeared still leads to the right one."""
    src = issuer_slug_page(slug)
    title = "Các cơ quan có tên gần giống nhau"
    intro = ("Tên của các cơ quan dưới đây chỉ khác nhau ở dấu thanh, chữ đ hoặc ở tỉnh, nên mỗi cơ quan có trang "
             "riêng. Hãy chọn đúng cơ quan:")
    items = _groups(src, [(issuer_slug_page(g.key), g.name, len(g.plans)) for g in groups], templates)
    return GeneratedPage(src, "\n".join([
        front_matter(title, intro), RAW_BLOCKS_MARK, f"# {title}\n", f"{intro}\n", block(items),
        back_link(src, ISSUERS, "Tất cả cơ quan", templates),
    ]))


def render_listings(catalog: Catalog, site_name: str, home_intro: Callable[[str], str] | None = None,
                    site_url: str | None = None, templates: PageTemplates | None = None,
                    home_more: Callable[[str], str] | None = None) -> list[GeneratedPage]:
    """`home_intro(here)`: raw HTML (html_blocks) that the home page shows first (a portal's section).
    `site_url` makes the issuers' calendars subscribable (calendar_links). `templates`: the build's.
    `home_more(here)`: raw HTML the home page shows before the latest documents (issue 17: consultations still
    open)."""
    templates = templates_or_default(templates)
    pages = [_home(catalog, site_name, home_intro, templates, home_more)]

    pages.extend(_index_page(
        YEARS, "Văn bản theo năm ban hành", "Các văn bản xếp theo năm ban hành, năm mới nhất trước.",
        catalog.by_year, lambda g: year_page(g.plans[0]), templates,
    ))
    for group in catalog.by_year:
        title = f"Văn bản ban hành năm {group.name}" if group.key != UNKNOWN_YEAR else "Văn bản chưa rõ năm ban hành"
        order = "mới nhất trước" if group.key != UNKNOWN_YEAR else "xếp theo trích yếu"
        pages.extend(_group_page(
            year_page(group.plans[0]), title, f"{_count(len(group.plans))}, {order}.", group, YEARS, "Tất cả các năm",
            templates,
        ))

    pages.extend(_index_page(
        ISSUERS, "Văn bản theo cơ quan ban hành", "Các cơ quan, tổ chức đã ban hành văn bản được công khai trên trang này.",
        catalog.by_issuer, lambda g: issuer_page(g.plans[0]), templates,
    ))
    for group in catalog.by_issuer:
        first = group.plans[0]
        calendar = None
        if any(has_deadlines(p) for p in group.plans):
            def calendar(here: str, first=first, name=group.name) -> str:
                return subscribe_block(here, issuer_calendar(first), site_url, f"của {name}", templates)
        pages.extend(_group_page(
            issuer_page(first), group.name,
            f"Văn bản do {group.name} ban hành: {_count(len(group.plans))}.", group, ISSUERS, "Tất cả cơ quan",
            templates, more=calendar,
        ))

    for slug, alike in catalog.shared_issuer_slugs.items():
        pages.append(_issuers_alike(slug, alike, templates))

    pages.extend(_index_page(
        PLACES, "Văn bản theo địa bàn", "Các văn bản xếp theo tỉnh, thành phố và địa bàn cấp dưới như văn bản ghi tại thời điểm ban hành.",
        catalog.by_place, lambda g: place_page(g.plans[0]), templates,
    ))
    for group in catalog.by_place:
        title = group.name if group.key != UNKNOWN_PLACE else "Văn bản chưa rõ tỉnh/thành phố"
        pages.extend(_group_page(
            place_page(group.plans[0]), title,
            f"{_count(len(group.plans))}, xếp theo địa bàn cấp dưới.", group, PLACES, "Tất cả địa bàn",
            templates,
        ))
    return pages


def _home(catalog: Catalog, site_name: str, intro: Callable[[str], str] | None,
          templates: PageTemplates, more: Callable[[str], str] | None = None) -> GeneratedPage:
    latest = catalog.plans[:LATEST_ON_HOME]
    text = [
        front_matter(site_name, "Công khai kế hoạch của chính quyền địa phương: ai làm gì, đến khi nào."),
        RAW_BLOCKS_MARK,
        f"# {md_escape(site_name)}\n",
        intro(HOME) if intro else "",
        "Trang này công khai toàn văn các kế hoạch của chính quyền và tổ chức ở địa phương, "
        "để người dân biết, bàn, làm và kiểm tra: kế hoạch đề ra việc gì, ai chịu trách nhiệm, đến khi nào.\n",
        f"Hiện có **{_count(len(catalog.plans))}**. Tra cứu theo "
        f"[năm ban hành]({link(HOME, YEARS)}), [cơ quan ban hành]({link(HOME, ISSUERS)}) "
        f"hoặc [địa bàn]({link(HOME, PLACES)}).\n",
        f"**[Tra cứu theo văn bản chỉ đạo]({link(HOME, DIRECTIVES)})**: mỗi chỉ thị, nghị quyết, kết luận "
        "cấp trên có những kế hoạch nào thực hiện, do cơ quan nào ban hành.\n",
        f"**[Hạn sắp tới và quá hạn]({link(HOME, DEADLINES)})**: việc gì phải xong trong 30 ngày tới, việc gì đã quá hạn; "
        f"[mỗi đơn vị chịu trách nhiệm những việc gì]({link(HOME, UNITS)}).\n",
        *([more(HOME)] if more else []),  # issue 17
        "## Văn bản mới nhất\n",
        _plan_list(latest, HOME, templates) if latest else "Chưa có văn bản nào.\n",
    ]
    if len(catalog.plans) > LATEST_ON_HOME:
        text.append(f"[Xem tất cả văn bản theo năm →]({link(HOME, YEARS)})\n")
    return GeneratedPage(HOME, "\n".join(text))
