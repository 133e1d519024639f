"""What a plan page shows around its text: the metadata panel, as plain values for a template.

The template only places these values; every formatting decision (partial dates, blank numbers,
place names) is made here, once, and shared with the listings.
"""

from __future__ import annotations

from .directives import DirectiveIndex
from .models import Plan
from .paths import page_url
from .site_map import document_page, issuer_page, place_page, year_page


def signer_label(plan: Plan) -> str | None:
    if not plan.signer:
        return None
    parts = [p for p in (plan.signer.authority, plan.signer.title, plan.signer.name) if p]
    return " – ".join(parts) or None


def summary_line(plan: Plan) -> str:
    """One line under a title in listings: type and number, issuer, date."""
    head = plan.doc_type + (f" số {plan.number_label}" if plan.number_label else " (chưa có số)")
    parts = [head, plan.issuer]
    if plan.issued:
        parts.append(plan.issued.vietnamese())
    return " · ".join(parts)


def panel(plan: Plan, directives: DirectiveIndex) -> dict:
    """Values for `partials/plan-meta.html`; URLs are relative to the site root."""
    return {
        "doc_type": plan.doc_type,
        "number": plan.number_label or "Chưa có số",
        "issuer": plan.issuer,
        "issuer_url": page_url(issuer_page(plan)),
        "issued": plan.issued.vietnamese().capitalize() if plan.issued else "Chưa rõ",
        "issued_iso": plan.issued.iso() if plan.issued else None,
        "year_url": page_url(year_page(plan)),
        "place": plan.place,
        "locality": plan.locality.label() or "Chưa ghi",
        "province": plan.locality.province,
        "locality_url": page_url(place_page(plan)),
        "signer": signer_label(plan) or "Chưa ghi",
        "recipients": list(plan.recipients),
        "topics": list(plan.topics),
        "implements": [
            {"label": doc.full_title(), "symbol": doc.symbol.text, "url": page_url(document_page(doc))}
            for doc in directives.implemented_by(plan)
        ],
        "cited_count": len({doc.key for _, doc in directives.citations_of(plan)}),
    }
