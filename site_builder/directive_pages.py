"""Pages for cited documents: one per document (who cites it, who carries it out, the cascade)
and an index; plus `data/directives.json`. Rendered as Markdown strings like every generated page."""

from __future__ import annotations

import json

from .dates import PartialDate
from .directives import LEVELS, CitedDocument, DirectiveIndex, plan_level
from .listings import GeneratedPage, front_matter
from .models import Plan
from .paths import link, md_escape, page_url
from .plan_view import summary_line
from .site_map import DIRECTIVES, document_page


def _date_label(iso: str | None) -> str:
    return PartialDate.parse(iso).vietnamese() if iso else ""


def _plan_row(plan: Plan, here: str, implements: bool) -> str:
    cells = [
        f"[{md_escape(plan.title)}]({link(here, plan.rel)})",
        md_escape(plan.issuer),
        md_escape(plan.locality.label() or "—"),
        f'<span data-sort="{plan.issued.iso() if plan.issued else ""}">{md_escape(plan.issued.vietnamese()) if plan.issued else "chưa rõ"}</span>',
        md_escape(plan.number_label or "chưa có số"),
        "thực hiện" if implements else "trích dẫn",
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


_TABLE_HEAD = (
    '<div class="sb-sortable" markdown>\n\n'
    "| Kế hoạch | Cơ quan ban hành | Địa bàn | Ngày ban hành | Số, ký hiệu | Quan hệ |\n|---|---|---|---|---|---|"
)


def _tree(nodes, here: str, indent: int = 0) -> list[str]:
    lines = []
    for plan, children in nodes:
        lines.append("    " * indent + f"- [{md_escape(plan.title)}]({link(here, plan.rel)}) — {md_escape(summary_line(plan))}")
        lines += _tree(children, here, indent + 1)
    return lines


def render_document(doc: CitedDocument, index: DirectiveIndex) -> GeneratedPage:
    here = document_page(doc)
    title = doc.full_title()
    facts = [
        ("Loại văn bản", doc.type),
        ("Số, ký hiệu", doc.symbol.text),
        ("Cơ quan ban hành", doc.body or "chưa rõ"),
        ("Ngày ban hành", _date_label(doc.date) or (f"năm {doc.year}" if doc.year else "chưa rõ")),
    ]
    meta = {
        "template": "directive.html",
        "sb_document": {"symbol": doc.symbol.text, "label": doc.label(), "type": doc.type, "body": doc.body or "",
                        "date": doc.date or "", "issued": _date_label(doc.date) or (str(doc.year) if doc.year else "")},
    }
    # A low weight on the title: its issuing body ("… của HĐND thị trấn Chợ Chùa") must not outrank
    # the plans of that place; the number, indexed at a high weight in directive.html, finds this page.
    heading = f'# {md_escape(title)} {{: data-pagefind-weight="0.5" }}\n'
    text = [front_matter(title, f"Các kế hoạch trích dẫn và thực hiện {doc.label()}.", meta), heading]
    if doc.title:
        text.append(f"*{md_escape(doc.title)}*\n")
    text.append("\n".join(f"- **{k}:** {md_escape(v)}" for k, v in facts) + "\n")
    if doc.official_url:
        text.append(f"[Toàn văn chính thức]({doc.official_url})\n")
    if doc.published is not None:
        text.append(f"Toàn văn văn bản này có trên trang: [{md_escape(doc.published.title)}]({link(here, doc.published.rel)}).\n")
    if not doc.in_registry:
        text.append("*Văn bản chưa có trong danh mục văn bản căn cứ; tên và trích yếu lấy từ câu trích dẫn.*\n")

    citing = sorted(doc.citing.values(), key=lambda c: (LEVELS.index(plan_level(c.plan)), c.plan.title))
    # Plan titles in the lists below would make this page match nearly every search.
    text.append("<div data-pagefind-ignore markdown>\n")
    text.append(f"## Các kế hoạch trích dẫn ({len(citing)})\n")
    for level in LEVELS:
        group = [c for c in citing if plan_level(c.plan) == level]
        if group:
            text.append(f"### {level}\n\n{_TABLE_HEAD}\n" + "\n".join(_plan_row(c.plan, here, c.implements) for c in group) + "\n\n</div>\n")
    silent = sorted({p.issuer for p in index.plans} - {c.plan.issuer for c in citing}, key=str.casefold)
    if silent:
        text.append(
            "### Cơ quan chưa có kế hoạch trích dẫn văn bản này\n\n"
            "Trong các cơ quan có kế hoạch trên trang này, những cơ quan sau chưa có kế hoạch nào trích dẫn văn bản này:\n\n"
            + "\n".join(f"- {md_escape(name)}" for name in silent) + "\n"
        )
    tree = index.cascade(doc)
    text.append("## Triển khai thực hiện\n")
    if tree:
        text.append("Kế hoạch thực hiện văn bản này, và kế hoạch thực hiện các kế hoạch đó:\n\n" + "\n".join(_tree(tree, here)) + "\n")
    else:
        text.append("Chưa có kế hoạch nào trên trang này ghi là thực hiện văn bản này (chỉ trích dẫn).\n")
    text.append("</div>\n")
    return GeneratedPage(here, "\n".join(text))


def render_index(index: DirectiveIndex) -> GeneratedPage:
    docs = index.sorted_documents()
    text = [
        front_matter("Tra cứu theo văn bản chỉ đạo", "Các văn bản mà kế hoạch trên trang này trích dẫn hoặc thực hiện."),
        "# Tra cứu theo văn bản chỉ đạo\n",
        f"{len(docs)} văn bản được các kế hoạch trích dẫn. Mỗi văn bản có trang riêng, liệt kê các kế hoạch trích dẫn "
        "và thực hiện nó. Bấm tiêu đề cột để sắp xếp.\n",
    ]
    for heading, group in (("Văn bản của trung ương", [d for d in docs if d.key.body is None]),
                           ("Văn bản của địa phương", [d for d in docs if d.key.body is not None])):
        if not group:
            continue
        rows = [
            "| " + " | ".join([
                f"[{md_escape(d.label())}]({link(DIRECTIVES, document_page(d))})",
                md_escape(d.body or "chưa rõ"),
                str(d.year or ""),
                str(len(d.citing)),
                str(len(d.implementers)),
            ]) + " |"
            for d in group
        ]
        text.append(
            f"## {heading}\n\n<div class=\"sb-sortable\" markdown>\n\n"
            "| Văn bản | Cơ quan ban hành | Năm | Số kế hoạch trích dẫn | Số kế hoạch thực hiện |\n|---|---|---|---|---|\n"
            + "\n".join(rows) + "\n\n</div>\n"
        )
    by_type: dict[str, list[CitedDocument]] = {}
    for d in docs:
        by_type.setdefault(d.type, []).append(d)
    text.append("## Theo loại văn bản\n")
    for type_name in sorted(by_type):
        items = ", ".join(f"[{md_escape(d.symbol.text)}]({link(DIRECTIVES, document_page(d))})" for d in by_type[type_name])
        text.append(f"- **{md_escape(type_name)}** ({len(by_type[type_name])}): {items}")
    return GeneratedPage(DIRECTIVES, "\n".join(text) + "\n")


def render_directive_pages(index: DirectiveIndex) -> list[GeneratedPage]:
    return [render_index(index)] + [render_document(d, index) for d in index.sorted_documents()]


def directives_json(index: DirectiveIndex) -> bytes:
    data = []
    for d in index.sorted_documents():
        data.append({
            "url": page_url(document_page(d)),
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
            "citing": [
                {"url": page_url(c.plan.rel), "title": c.plan.title, "number": c.plan.number_raw,
                 "issuer": c.plan.issuer, "implements": c.implements, "lines": [x.line for x in c.citations]}
                for c in d.citing.values()
            ],
        })
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

