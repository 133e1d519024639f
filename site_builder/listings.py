"""Generated pages, rendered as Markdown strings: the home page and the listings by year,
issuer and place. The plugin only wraps these strings in MkDocs files, so another engine can
build the same pages from a staging folder."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .catalog import UNKNOWN_PLACE, UNKNOWN_YEAR, Catalog, Group
from .models import Plan
from .paths import link, md_escape
from .plan_view import summary_line
from .site_map import DEADLINES, DIRECTIVES, HOME, ISSUERS, PLACES, UNITS, YEARS, issuer_page, place_page, year_page

LATEST_ON_HOME = 20


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    markdown: str


def front_matter(title: str, description: str, extra: dict | None = None) -> str:
    # JSON is valid YAML and escapes everything a title can contain.
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in
             {"title": title, "description": description, **(extra or {})}.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _plan_item(plan: Plan, here: str) -> str:
    line = f"- **[{md_escape(plan.title)}]({link(here, plan.rel)})**  \n  {md_escape(summary_line(plan))}"
    if plan.locality.label():
        line += f" · {md_escape(plan.locality.label())}"
    return line


def _plan_list(plans: list[Plan], here: str) -> str:
    return "\n".join(_plan_item(p, here) for p in plans) + "\n"


def _count(n: int) -> str:
    return f"{n} văn bản"


def _index_page(src: str, title: str, intro: str, groups: list[Group], page_of) -> GeneratedPage:
    lines = [front_matter(title, intro), f"# {md_escape(title)}\n\n{intro}\n"]
    if not groups:
        lines.append("Chưa có văn bản nào.\n")
    for group in groups:
        lines.append(f"- [{md_escape(group.name)}]({link(src, page_of(group))}) — {_count(len(group.plans))}")
    return GeneratedPage(src, "\n".join(lines) + "\n")


def _group_page(src: str, title: str, intro: str, group: Group, back: str, back_label: str) -> GeneratedPage:
    body = [front_matter(title, intro), f"# {md_escape(title)}\n\n{intro}\n"]
    if group.children and not (len(group.children) == 1 and group.children[0].key == ""):
        for child in group.children:
            body.append(f"## {md_escape(child.name)}\n\n{_plan_list(child.plans, src)}")
    else:
        body.append(_plan_list(group.plans, src))
    body.append(f"[← {back_label}]({link(src, back)})\n")
    return GeneratedPage(src, "\n".join(body))


def render_listings(catalog: Catalog, site_name: str) -> list[GeneratedPage]:
    pages = [_home(catalog, site_name)]

    pages.append(_index_page(
        YEARS, "Văn bản theo năm ban hành", "Các văn bản xếp theo năm ban hành, năm mới nhất trước.",
        catalog.by_year, lambda g: year_page(g.plans[0]),
    ))
    for group in catalog.by_year:
        title = f"Văn bản ban hành năm {group.name}" if group.key != UNKNOWN_YEAR else "Văn bản chưa rõ năm ban hành"
        order = "mới nhất trước" if group.key != UNKNOWN_YEAR else "xếp theo trích yếu"
        pages.append(_group_page(
            year_page(group.plans[0]), title, f"{_count(len(group.plans))}, {order}.", group, YEARS, "Tất cả các năm",
        ))

    pages.append(_index_page(
        ISSUERS, "Văn bản theo cơ quan ban hành", "Các cơ quan, tổ chức đã ban hành văn bản được công khai trên trang này.",
        catalog.by_issuer, lambda g: issuer_page(g.plans[0]),
    ))
    for group in catalog.by_issuer:
        pages.append(_group_page(
            issuer_page(group.plans[0]), group.name,
            f"Văn bản do {md_escape(group.name)} ban hành: {_count(len(group.plans))}.", group, ISSUERS, "Tất cả cơ quan",
        ))

    pages.append(_index_page(
        PLACES, "Văn bản theo địa bàn", "Các văn bản xếp theo tỉnh, thành phố và địa bàn cấp dưới như văn bản ghi tại thời điểm ban hành.",
        catalog.by_place, lambda g: place_page(g.plans[0]),
    ))
    for group in catalog.by_place:
        title = group.name if group.key != UNKNOWN_PLACE else "Văn bản chưa rõ tỉnh/thành phố"
        pages.append(_group_page(
            place_page(group.plans[0]), title,
            f"{_count(len(group.plans))}, xếp theo địa bàn cấp dưới.", group, PLACES, "Tất cả địa bàn",
        ))
    return pages


def _home(catalog: Catalog, site_name: str) -> GeneratedPage:
    latest = catalog.plans[:LATEST_ON_HOME]
    text = [
        front_matter(site_name, "Công khai kế hoạch của chính quyền địa phương: ai làm gì, đến khi nào."),
        f"# {md_escape(site_name)}\n",
        "Trang này công khai toàn văn các kế hoạch của chính quyền và tổ chức ở địa phương, "
        "để người dân biết, bàn, làm và kiểm tra: kế hoạch đề ra việc gì, ai chịu trách nhiệm, đến khi nào.\n",
        f"Hiện có **{_count(len(catalog.plans))}**. Tra cứu theo "
        f"[năm ban hành]({link(HOME, YEARS)}), [cơ quan ban hành]({link(HOME, ISSUERS)}) "
        f"hoặc [địa bàn]({link(HOME, PLACES)}).\n",
        f"**[Tra cứu theo văn bản chỉ đạo]({link(HOME, DIRECTIVES)})**: mỗi chỉ thị, nghị quyết, kết luận "
        "cấp trên có những kế hoạch nào thực hiện, do cơ quan nào ban hành.\n",
        f"**[Hạn sắp tới và quá hạn]({link(HOME, DEADLINES)})**: việc gì phải xong trong 30 ngày tới, việc gì đã quá hạn; "
        f"[mỗi đơn vị chịu trách nhiệm những việc gì]({link(HOME, UNITS)}).\n",
        "## Văn bản mới nhất\n",
        _plan_list(latest, HOME) if latest else "Chưa có văn bản nào.\n",
    ]
    if len(catalog.plans) > LATEST_ON_HOME:
        text.append(f"[Xem tất cả văn bản theo năm →]({link(HOME, YEARS)})\n")
    return GeneratedPage(HOME, "\n".join(text))
