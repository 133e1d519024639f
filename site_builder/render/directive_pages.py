"""Pages for cited documents: one per document (who cites it, who carries it out, the cascade)
and an index; plus `data/directives.json`. Rendered as Markdown strings like every generated page,
with the bulky parts (tables, lists) as raw HTML blocks (html_blocks) and the headings as Markdown."""

from __future__ import annotations

from ..catalog.directives import LEVELS, CitedDocument, DirectiveIndex, plan_level
from ..model.dates import PartialDate
from ..model.json_files import json_bytes
from ..model.paths import md_escape, page_url, url_path
from ..model.plans import Locality, Plan
from ..model.site_map import DIRECTIVES, document_page
from .html_blocks import IGNORE, a, block, date_cell, esc, external, ul, url_to
from .labels import summary_line
from .listings import GeneratedPage, paginate
from .page_templates import PageTemplates, record, templates_or_default


def _date_label(iso: str | None) -> str:
    return PartialDate.parse(iso).vietnamese() if iso else ""


# Columns of a table of citing plans, on a site's document page and a portal's national one.
COLUMNS = ("Kế hoạch", "Cơ quan ban hành", "Địa bàn", "Ngày ban hành", "Số, ký hiệu", "Quan hệ")


def plan_row(link: str, issuer: str | None, locality: Locality, issued: PartialDate | None, number: str | None,
             implements: bool) -> list[str]:
    """The cells of COLUMNS for one citing plan; `link` is ready HTML (a page of this site, or of a
    portal's member site), the rest is text."""
    return [
        link,
        esc(issuer or "chưa rõ"),
        esc(locality.label() or "—"),
        date_cell(issued.iso() if issued else None, issued.vietnamese() if issued else None),
        esc(number or "chưa có số"),
        "thực hiện" if implements else "trích dẫn",
    ]


SILENT_SHOWN = 30  # issuers named in «Cơ quan chưa có kế hoạch trích dẫn văn bản này»; the rest are counted
CASCADE_SHOWN = 50  # plans shown in «Triển khai thực hiện»; the rest are in the paginated table


def _tree(nodes, here: str, budget: list[int]) -> list[record]:
    """The cascade for listings/cascade.html, at most `budget[0]` plans in all (the budget is shared
    down the tree)."""
    items = []
    for plan, children in nodes:
        if budget[0] <= 0:
            break
        budget[0] -= 1
        items.append(record(url=url_to(here, plan.rel), title=plan.title, summary=summary_line(plan),
                            children=_tree(children, here, budget)))
    return items


def _tree_size(nodes) -> int:
    return sum(1 + _tree_size(children) for _, children in nodes)


class IssuerScopes:
    """Issuers on the site by province, for «Cơ quan chưa có kế hoạch trích dẫn văn bản này»: sorted
    once, so each document page costs what its own citing plans cost, not what the whole site costs."""

    def __init__(self, plans: list[Plan]):
        by_province: dict[str | None, set[str]] = {}
        for plan in plans:
            by_province.setdefault(plan.locality.province or None, set()).add(plan.issuer)
        self.sorted = {p: sorted(names, key=str.casefold) for p, names in by_province.items()}

    def silent(self, citing: list[Plan], local: bool = False) -> tuple[list[str], int] | None:
        """Issuers in the provinces of the citing plans with no plan citing the document: the first
        SILENT_SHOWN by name, and how many in all. When no citing plan names a province, a national
        document's scope is the whole site; a local one's (a province's Ban Dân vận Tỉnh ủy …) is
        unknown, and the answer is None: the communes of other provinces owe it nothing."""
        provinces = {p.locality.province for p in citing if p.locality.province}
        if not provinces and local:
            return None
        scope = [p for p in self.sorted if p in provinces] if provinces else list(self.sorted)
        cited = {(p.locality.province or None, p.issuer) for p in citing}
        in_scope = set(scope)
        total = sum(len(self.sorted[p]) for p in scope) - sum(1 for province, _ in cited if province in in_scope)
        shown: set[str] = set()
        for province in scope:
            taken = 0
            for name in self.sorted[province]:
                if taken >= SILENT_SHOWN:
                    break
                if (province, name) not in cited:
                    shown.add(name)
                    taken += 1
        return sorted(shown, key=str.casefold)[:SILENT_SHOWN], total


def document_meta(doc: CitedDocument, indexed: bool) -> dict:
    """Front-matter of a cited document's page (templates/directive.html), on a site or a portal."""
    issued = _date_label(doc.date)
    return {
        "template": "directive.html",
        "sb_document": {"symbol": doc.symbol.text, "label": doc.label(), "type": doc.type, "body": doc.body or "",
                        "date": doc.date or "", "issued": issued or (str(doc.year) if doc.year else ""),
                        "searchable": indexed},
    }


def document_head(doc: CitedDocument, more: list[str]) -> str:
    """Title and facts of a cited document's page, then `more` (ready HTML paragraphs)."""
    facts = [
        ("Loại văn bản", doc.type),
        ("Số, ký hiệu", doc.symbol.text),
        ("Cơ quan ban hành", doc.body or "chưa rõ"),
        ("Ngày ban hành", _date_label(doc.date) or (f"năm {doc.year}" if doc.year else "chưa rõ")),
    ]
    # A low weight on the title: its issuing body ("… của HĐND thị trấn Chợ Chùa") must not outrank
    # the plans of that place; the number, indexed at a high weight in directive.html, finds this page.
    html = [f"<p><em>{esc(doc.title)}</em></p>"] if doc.title else []
    html.append(ul(f"<strong>{esc(k)}:</strong> {esc(v)}" for k, v in facts))
    official = external(doc.official_url, "Toàn văn chính thức")
    if official:
        html.append(f"<p>{official}</p>")
    return f'# {md_escape(doc.full_title())} {{: data-pagefind-weight="0.5" }}\n' + block("\n".join(html + more))


def counts_sentence(doc: CitedDocument) -> str:
    """The two counts of a document, as every place shows them (the table heading, the index of
    documents, the search filter «Văn bản căn cứ» counts `citing` too): HTML text."""
    cited, carried = len(doc.citing), len(doc.implementers)
    of_them = f"trong đó {carried} kế hoạch ghi là thực hiện" if carried else "chưa kế hoạch nào ghi là thực hiện"
    return f"{cited} kế hoạch trên trang này trích dẫn văn bản này; {of_them} văn bản này (cột «Quan hệ»)."


def worth_a_result(in_registry: bool, published: bool, citing: int) -> bool:
    """Whether a cited document's page is a search result of its own, on a site and on a portal
    alike. Most documents cited are local ones cited by a single plan (at 10,000 plans: 12,700 of
    14,000; on a portal of 20 provinces, 6,879 of 7,119 national pages); searching their number finds
    that plan, whose text carries it, and the page adds nothing a citizen would look for, while it
    crowds out plans in the results. Every indexed page costs every first search a share of
    Pagefind's page list (at 10,000 plans, 24,000 pages made it 206 KB) and the indexer ~60 KB of
    memory. Indexed: documents in the registry, published (their full text is a plan of the site, or
    of a member of the portal), or cited by two plans or more."""
    return in_registry or published or citing >= 2


def searchable(doc: CitedDocument) -> bool:
    return worth_a_result(doc.in_registry, doc.published is not None, len(doc.citing))


def _silent(doc: CitedDocument, citing: list, scopes: IssuerScopes) -> dict:
    """«Cơ quan chưa có kế hoạch …» for listings/silent-issuers.html, said in every case: a list, «every
    one has one», or why none is named."""
    plans = [c.plan for c in citing]
    found = scopes.silent(plans, local=doc.key.body is not None)
    silent, total = found if found is not None else ([], 0)
    return {"known": found is not None, "in_provinces": any(p.locality.province for p in plans),
            "names": silent, "more": total - len(silent)}


def _citing_plans(citing, here: str, templates: PageTemplates) -> str:
    """listings/citing-plans.html. A portal's national page shows its members' plans with `plan_row`."""
    return templates.render("listings/citing-plans.html", plans=[record(
        url=url_to(here, c.plan.rel), title=c.plan.title, issuer=c.plan.issuer,
        place=c.plan.locality.label() or "", issued_iso=c.plan.issued.iso() if c.plan.issued else None,
        issued=c.plan.issued.vietnamese() if c.plan.issued else None, number=c.plan.number_label,
        implements=c.implements,
    ) for c in citing])


def render_document(doc: CitedDocument, index: DirectiveIndex, scopes: IssuerScopes | None = None,
                    templates: PageTemplates | None = None) -> list[GeneratedPage]:
    """The document's page; its table of citing plans is paginated (PER_PAGE plans a page, at
    `van-ban/<slug>/trang-2/` …), and the bounded sections (silent issuers, cascade) are on page 1."""
    templates = templates_or_default(templates)
    src = document_page(doc)
    title = doc.full_title()
    meta = document_meta(doc, searchable(doc))
    citing = sorted(doc.citing.values(), key=lambda c: (LEVELS.index(plan_level(c.plan)), c.plan.title))

    def head(here: str) -> str:
        more = []
        if doc.published is not None:
            more.append(f"<p>Toàn văn văn bản này có trên trang: {a(here, doc.published.rel, doc.published.title)}.</p>")
        if not doc.in_registry:
            more.append("<p><em>Văn bản chưa có trong danh mục văn bản căn cứ; tên và trích yếu lấy từ câu trích dẫn.</em></p>")
        more.append(f"<p{IGNORE}>{counts_sentence(doc)}</p>")
        # Plan titles in the lists below would make this page match nearly every search: from here on,
        # every heading and raw block is data-pagefind-ignore (the pager is, wherever it is).
        return document_head(doc, more) + f"## Các kế hoạch trích dẫn ({len(citing)}) {{:{IGNORE} }}\n"

    def render(chunk, here: str) -> str:
        text = []
        for level in LEVELS:
            group = [c for c in chunk if plan_level(c.plan) == level]
            if group:
                text.append(f"### {level} {{:{IGNORE} }}\n" + block(_citing_plans(group, here, templates)))
        return "\n".join(text)

    def first(here: str) -> str:
        silent = _silent(doc, citing, scopes or IssuerScopes(index.plans))
        text = [f"### Cơ quan chưa có kế hoạch trích dẫn văn bản này {{:{IGNORE} }}\n"
                + block(templates.render("listings/silent-issuers.html", **silent))]
        tree = index.cascade(doc)
        text.append(f"## Triển khai thực hiện {{:{IGNORE} }}\n")
        budget = [CASCADE_SHOWN]
        plans = _tree(tree, here, budget)
        more = _tree_size(tree) - (CASCADE_SHOWN - budget[0])
        text.append(block(templates.render("listings/cascade.html", plans=plans, more=more)))
        return "\n".join(text)

    return paginate(src, citing, render, title=title, description=f"Các kế hoạch trích dẫn và thực hiện {doc.label()}.",
                    meta=meta, head=head, first=first, empty="", templates=templates)


def render_index(index: DirectiveIndex, templates: PageTemplates | None = None) -> list[GeneratedPage]:
    """All cited documents, most cited first, PER_PAGE a page; each page splits its documents into
    central and local ones. The count by type (bounded by the number of types) is on page 1."""
    templates = templates_or_default(templates)
    docs = index.sorted_documents()
    title = "Tra cứu theo văn bản chỉ đạo"

    def head(here: str) -> str:
        return (f"# {title}\n\n{len(docs)} văn bản được các kế hoạch trích dẫn, văn bản được trích dẫn nhiều nhất trước. "
                "Mỗi văn bản có trang riêng, liệt kê các kế hoạch trích dẫn và thực hiện nó. Bấm tiêu đề cột để sắp xếp.\n")

    def render(chunk, here: str) -> str:
        text = []
        for heading, group in (("Văn bản của trung ương", [d for d in chunk if d.key.body is None]),
                               ("Văn bản của địa phương", [d for d in chunk if d.key.body is not None])):
            if not group:
                continue
            rows = [record(url=url_to(here, document_page(d)), label=d.label(), body=d.body, year=d.year,
                           citing=len(d.citing), implementing=len(d.implementers)) for d in group]
            text.append(f"## {heading}\n" + block(templates.render("listings/documents.html", documents=rows)))
        return "\n".join(text)

    def first(here: str) -> str:
        by_type: dict[str, int] = {}
        for d in docs:
            by_type[d.type] = by_type.get(d.type, 0) + 1
        types = [record(type=t, count=n) for t, n in sorted(by_type.items())]
        return "## Theo loại văn bản\n" + block(templates.render("listings/document-types.html", types=types))

    return paginate(DIRECTIVES, docs, render, title=title,
                    description="Các văn bản mà kế hoạch trên trang này trích dẫn hoặc thực hiện.",
                    head=head, first=first if docs else None, empty="", templates=templates)


def render_directive_pages(index: DirectiveIndex, templates: PageTemplates | None = None) -> list[GeneratedPage]:
    scopes = IssuerScopes(index.plans)
    pages = render_index(index, templates)
    for doc in index.sorted_documents():
        pages += render_document(doc, index, scopes, templates)
    return pages


def directives_json(index: DirectiveIndex) -> bytes:
    data = []
    for d in index.sorted_documents():
        data.append({
            "url": url_path(page_url(document_page(d))),
            "symbol": d.symbol.text,
            "type": d.type,
            "year": d.year,
            "date": d.date,
            "issuer": list(d.symbol.issuers),
            "body": d.body,
            "body_key": d.key.body,
            "title": d.title,
            "official_url": d.official_url,
            "in_registry": d.in_registry,
            "published": url_path(page_url(d.published.rel)) if d.published is not None else None,
            "citing": [
                {"url": url_path(page_url(c.plan.rel)), "title": c.plan.title, "number": c.plan.number_raw,
                 "issuer": c.plan.issuer, "implements": c.implements, "lines": [x.line for x in c.citations]}
                for c in d.citing.values()
            ],
        })
    return json_bytes(data)

