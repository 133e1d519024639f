"""Pages of a portal (`portal.Portal`): one national page per cited document, listing the citing
plans of every member site grouped by site with absolute links to each plan on its own site; an
index of those documents; the member sites and the documentation of `data/portal.json`.

Rendered like every generated page: Markdown headings, tables and lists as raw HTML (html_blocks).
Member data is untrusted: every text is escaped there, and only URLs that `portal` checked (http(s),
or a member's base URL plus a site path) become links.
"""

from __future__ import annotations

from typing import Sequence

from ..model.paths import link, md_escape
from ..model.site_map import (NATIONAL_DOCUMENTS, NATIONAL_MEMBERS, PORTAL_JSON, PORTAL_MEMBER_SCHEMA, PORTAL_SCHEMA,
                              national_document_page, national_member_page, portal_member_json)
from ..render.directive_pages import COLUMNS, document_head, document_meta, plan_row, worth_a_result
from ..render.html_blocks import IGNORE, a, block, date_cell, esc, external, href, table, ul
from ..render.labels import day_label
from ..render.listings import GeneratedPage, paginate
from .facts import FACTS
from .merge import (DOCUMENT_COLUMNS, MEMBER_COLUMNS, MEMBER_DOCUMENT_COLUMNS, MEMBER_TOP_FIELDS, PLAN_COLUMNS,
                    SITE_COLUMNS, TOP_FIELDS, Member, NationalDocument, Portal, PortalPlan, SiteCiting, has_page)


def _site_heading(site: SiteCiting, continued: bool) -> str:
    name = md_escape(site.member.name) + (" (tiếp)" if continued else "")
    where = [f"{len(site.plans)} kế hoạch trích dẫn, {site.implementing} kế hoạch thực hiện",
             external(site.member.url, site.member.url)]
    if site.document_url:
        where.append(external(site.document_url, "trang của văn bản trên trang này"))
    if site.published_url:
        where.append(external(site.published_url, "toàn văn văn bản trên trang này"))
    return f"### {name} {{:{IGNORE} }}\n" + block(f"<p{IGNORE}>" + " · ".join(where) + "</p>")


def _by_site_summary(national: NationalDocument, portal: Portal) -> str:
    sites = national.by_site()
    rows = ([external(s.member.url, s.member.name), str(len(s.plans)), str(s.implementing),
             external(s.document_url, "xem") if s.document_url else "—"] for s in sites)
    silent = national.not_citing(portal.members)
    return (
        f"## Theo trang thành viên {{:{IGNORE} }}\n"
        + block(f"<p{IGNORE}>Kế hoạch của {len(sites)}/{len(portal.used)} trang thành viên trích dẫn văn bản này: "
                f"{national.citing} kế hoạch trích dẫn, trong đó {national.implementing} kế hoạch thực hiện.</p>\n"
                + table(("Trang thành viên", "Số kế hoạch trích dẫn", "Số kế hoạch thực hiện",
                         "Trang của văn bản trên trang thành viên"), rows, attrs=IGNORE))
        + f"### Trang thành viên chưa có kế hoạch trích dẫn văn bản này {{:{IGNORE} }}\n"
        + block(ul((external(m.url, m.name) for m in silent), attrs=IGNORE) if silent
                else f"<p{IGNORE}>Mọi trang thành viên đều có kế hoạch trích dẫn văn bản này.</p>")
    )


def _claims(national: NationalDocument) -> list[str]:
    """What members say about the document that the portal does not state (portal_facts), with who says it."""
    if not national.claims:
        return []
    lead = ("Cổng chưa có văn bản này trong danh mục văn bản căn cứ của mình; các trang thành viên ghi:"
            if national.doc.key.body is None else "Các trang thành viên ghi khác nhau về văn bản này:")
    items = (f"{esc(FACTS[fact])}: " + "; ".join(f"«{esc(value)}» ({esc(', '.join(names))})" for value, names in values)
             for fact, values in national.claims.items())
    return [f"<p{IGNORE}>{esc(lead)}</p>", ul(items, attrs=IGNORE)]


def render_document(national: NationalDocument, portal: Portal) -> list[GeneratedPage]:
    """The national page of one document; the citing plans (all sites, in the member file's order)
    are paginated, and a site whose plans continue on the next page repeats its heading there."""
    doc = national.doc
    src = national_document_page(national)
    # (site, plan, its position in the site's list): a page that opens mid-list says "(tiếp)".
    items = [(site, plan, i) for site in national.by_site() for i, plan in enumerate(site.sorted_plans())]

    def head(here: str) -> str:
        # As on a site's own document page (directive_pages): the number finds this page, the plan
        # titles in the lists below do not make it match every query.
        text = document_head(doc, _claims(national) + [
            f"<p>Tổng hợp từ dữ liệu mở của các {a(here, NATIONAL_MEMBERS, 'trang thành viên')}; mỗi kế hoạch dẫn về "
            f"trang của nó trên trang thành viên. {a(here, NATIONAL_DOCUMENTS, 'Tất cả văn bản')}.</p>"])
        if here == src:
            text += _by_site_summary(national, portal)
        return text + f"## Các kế hoạch trích dẫn ({national.citing}) {{:{IGNORE} }}\n"

    def render(chunk: Sequence[tuple[SiteCiting, PortalPlan, int]], here: str) -> str:
        groups: list[tuple[SiteCiting, list[list[str]]]] = []
        for site, plan, _ in chunk:
            if not groups or groups[-1][0] is not site:
                groups.append((site, []))
            groups[-1][1].append(plan_row(external(plan.url, plan.title), plan.issuer, plan.locality, plan.issued,
                                          plan.number, plan.implements))
        return "".join(
            _site_heading(site, i == 0 and chunk[0][2] > 0) + block(table(COLUMNS, rows, attrs=IGNORE))
            for i, (site, rows) in enumerate(groups)
        )

    return paginate(src, items, render, title=doc.full_title(),
                    description=f"Các kế hoạch của mọi trang thành viên trích dẫn và thực hiện {doc.label()}.",
                    meta=document_meta(doc, searchable(national)), head=head, empty="Chưa có kế hoạch nào.\n")


def searchable(national: NationalDocument) -> bool:
    """The members' rule (directive_pages.worth_a_result) over the national data: a page for every
    document a single plan somewhere cites made most of a portal's search results (issue 22)."""
    return worth_a_result(national.doc.in_registry, national.published, national.citing)


def render_index(portal: Portal) -> list[GeneratedPage]:
    """Every document with a national page, most cited first; each page splits them into central and local."""
    docs = [n for n in portal.documents if has_page(n)]
    own = len(portal.documents) - len(docs)
    title = "Văn bản chỉ đạo trên toàn quốc"

    def head(here: str) -> str:
        others = (f" {own} văn bản khác chỉ được kế hoạch của một trang thành viên trích dẫn (thường là văn bản của địa "
                  f"phương đó): mỗi văn bản được liệt kê ở trang của trang thành viên đó, trong "
                  f"{a(here, NATIONAL_MEMBERS, 'danh sách trang thành viên')}." if own else "")
        return (f"# {title}\n"
                + block(f"<p>{len(docs)} văn bản được kế hoạch của {len(portal.members)} "
                        f"{a(here, NATIONAL_MEMBERS, 'trang thành viên')} trích dẫn: văn bản có trong danh mục văn bản căn "
                        "cứ của cổng, hoặc được kế hoạch của từ hai trang thành viên trở lên trích dẫn; văn bản được trích "
                        "dẫn nhiều nhất trước. Mỗi văn bản có trang riêng, liệt kê kế hoạch của từng trang thành viên trích "
                        f"dẫn và thực hiện nó, và trang thành viên nào chưa có kế hoạch.{others} Bấm tiêu đề cột để sắp "
                        f'xếp. Dữ liệu: <a href="{href(here, PORTAL_JSON)}"><code>{PORTAL_JSON}</code></a>.</p>'))

    def render(chunk: Sequence[NationalDocument], here: str) -> str:
        text = []
        for heading, group in (("Văn bản của trung ương", [n for n in chunk if n.doc.key.body is None]),
                               ("Văn bản của địa phương", [n for n in chunk if n.doc.key.body is not None])):
            if group:
                rows = ([a(here, national_document_page(n), n.doc.label()), esc(n.doc.body or "chưa rõ"),
                         str(n.doc.year or ""), str(len(n.sites)), str(n.citing), str(n.implementing)] for n in group)
                text.append(f"## {heading}\n" + block(table(
                    ("Văn bản", "Cơ quan ban hành", "Năm", "Số trang thành viên", "Số kế hoạch trích dẫn",
                     "Số kế hoạch thực hiện"), rows)))
        return "".join(text)

    return paginate(NATIONAL_DOCUMENTS, docs, render, title=title,
                    description="Các văn bản mà kế hoạch của các trang thành viên trích dẫn, gộp trên toàn quốc.",
                    head=head, empty="Chưa có văn bản nào.\n")


def _field_table(rows) -> str:
    return "| Trường | Ý nghĩa |\n|---|---|\n" + "\n".join(f"| `{name}` | {md_escape(text)} |" for name, text in rows) + "\n"


def _data_section(here: str) -> str:
    parts = [
        f"## Dữ liệu tổng hợp: {PORTAL_JSON}\n",
        f"[`{PORTAL_JSON}`]({link(here, PORTAL_JSON)}) (JSON, mã UTF-8) chứa các trang thành viên và mọi văn bản đã gộp, với "
        "số kế hoạch của từng trang thành viên trích dẫn; chính các kế hoạch ở tệp dữ liệu của từng trang thành viên "
        "(mục dưới). Các tệp được tạo lại mỗi lần cổng được xây dựng từ bản sao thư mục `data/` (`plans.json`, `directives.json`, `manifest.json`) của "
        "từng trang thành viên. Một văn bản của cơ quan trung ương (ví dụ Chỉ thị 33/CT-TTg) là một văn bản trên mọi "
        "trang; văn bản của địa phương chỉ được gộp khi cùng số, ký hiệu, năm và cơ quan ban hành. Lược đồ JSON của "
        f"tệp: [`{PORTAL_SCHEMA}`]({link(here, PORTAL_SCHEMA)}).\n",
        _field_table(TOP_FIELDS),
        "### Mỗi trang thành viên (`members`)\n",
        _field_table((c.name, c.help) for c in MEMBER_COLUMNS),
        "### Mỗi văn bản (`documents`)\n",
        _field_table((c.name, c.help) for c in DOCUMENT_COLUMNS),
        "### Mỗi trang thành viên trích dẫn văn bản (`documents[].sites`)\n",
        _field_table((c.name, c.help) for c in SITE_COLUMNS),
        "## Dữ liệu của từng trang thành viên: data/portal/…json\n",
        "Các kế hoạch của một trang thành viên trích dẫn từng văn bản ở tệp riêng của trang đó (trường `data` của "
        "`members`, cũng có liên kết ở trang của trang thành viên trên cổng), để không phải tải kế hoạch của mọi trang "
        f"cùng lúc. Lược đồ JSON của các tệp đó: [`{PORTAL_MEMBER_SCHEMA}`]({link(here, PORTAL_MEMBER_SCHEMA)}).\n",
        _field_table(MEMBER_TOP_FIELDS),
        "### Mỗi văn bản (`documents`)\n",
        _field_table((c.name, c.help) for c in MEMBER_DOCUMENT_COLUMNS),
        "### Mỗi kế hoạch (`documents[].plans`)\n",
        _field_table((c.name, c.help) for c in PLAN_COLUMNS),
    ]
    return "\n".join(parts)


def render_members(portal: Portal) -> list[GeneratedPage]:
    title = "Các trang thành viên"
    intro = (f"Cổng này tổng hợp dữ liệu mở của {len(portal.members)} trang thành viên. Mỗi trang tự xây dựng và đăng "
             "kế hoạch của mình; cổng đọc bản sao thư mục dữ liệu của từng trang, tải về trước mỗi lần xây dựng.")

    def head(here: str) -> str:
        return f"# {title}\n\n{intro} [Văn bản chỉ đạo trên toàn quốc]({link(here, NATIONAL_DOCUMENTS)}).\n"

    def render(chunk, here: str) -> str:
        rows = ([a(here, national_member_page(m), m.name) if m.problem is None else esc(m.name), external(m.url, m.url),
                 str(m.plans), str(m.documents), date_cell(m.built_at, day_label(m.built_at)), esc(_use(m))]
                for m in chunk)
        return block(table(("Trang thành viên", "Địa chỉ", "Số kế hoạch", "Số văn bản được trích dẫn",
                            "Dữ liệu xây dựng ngày", "Lần xây dựng này"), rows))

    return paginate(NATIONAL_MEMBERS, portal.members, render, title=title, description=intro, head=head,
                    first=_data_section, empty="Chưa có trang thành viên nào.\n")


def _use(member) -> str:
    if member.problem is not None:
        return f"không dùng: {member.problem}"
    return f"đã dùng, bỏ qua {member.skipped} mục hỏng" if member.skipped else "đã dùng"


def home_section(portal: Portal, here: str) -> str:
    """What the home page of a portal says first: the national pages are what a visitor came for,
    and the portal itself may publish no plan at all."""
    plans = sum(m.plans for m in portal.members)
    return block(
        f"<p><strong>Cổng tổng hợp {len(portal.members)} {a(here, NATIONAL_MEMBERS, 'trang thành viên')}</strong> "
        f"với {plans} kế hoạch: {a(here, NATIONAL_DOCUMENTS, 'văn bản chỉ đạo trên toàn quốc')} "
        f"({len(portal.documents)} văn bản được trích dẫn), mỗi văn bản có những kế hoạch nào của trang thành viên nào "
        "thực hiện, và trang nào chưa có kế hoạch.</p>")


def render_member(index: int, member: Member, portal: Portal) -> list[GeneratedPage]:
    """A member's page: every document its plans cite, linked to the national page when there is one and
    else to the document's page on the member's own site (issue 22: one member's documents have no
    national page)."""
    src = national_member_page(member)
    cited = portal.cited_by(index)
    title = f"Văn bản được kế hoạch của {member.name} trích dẫn"
    intro = (f"{len(cited)} văn bản được kế hoạch của {member.name} ({member.plans} kế hoạch) trích dẫn, văn bản được "
             "trích dẫn nhiều nhất trên toàn quốc trước.")

    def head(here: str) -> str:
        return (f"# {md_escape(title)}\n"
                + block(f"<p>{esc(intro)} Văn bản có trang toàn quốc dẫn đến trang đó; văn bản chỉ trang thành viên này "
                        f"trích dẫn dẫn đến trang của nó trên {external(member.url, member.name)}. "
                        f"{a(here, NATIONAL_MEMBERS, 'Các trang thành viên')} · dữ liệu: "
                        f'<a href="{href(here, portal_member_json(member))}"><code>{portal_member_json(member)}</code></a>.'
                        "</p>"))

    def render(chunk: Sequence[NationalDocument], here: str) -> str:
        rows = []
        for national in chunk:
            site = national.sites[index]
            if has_page(national):
                where = a(here, national_document_page(national), national.doc.label())
            elif site.document_url:
                where = external(site.document_url, national.doc.label())
            else:
                where = esc(national.doc.label())
            rows.append([where, esc(national.doc.body or "chưa rõ"), str(national.doc.year or ""), str(len(site.plans)),
                         str(site.implementing), str(len(national.sites))])
        return block(table(("Văn bản", "Cơ quan ban hành", "Năm", "Số kế hoạch của trang này trích dẫn",
                            "Số kế hoạch của trang này thực hiện", "Số trang thành viên trích dẫn"), rows))

    return paginate(src, cited, render, title=title, description=intro, head=head,
                    empty="Chưa có kế hoạch nào của trang thành viên này trích dẫn văn bản.\n")


def render_portal_pages(portal: Portal) -> list[GeneratedPage]:
    pages = render_index(portal) + render_members(portal)
    for index, member in enumerate(portal.members):
        if member.problem is None:
            pages += render_member(index, member, portal)
    for national in portal.documents:
        if has_page(national):
            pages += render_document(national, portal)
    return pages
