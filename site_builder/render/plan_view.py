"""What a plan page shows around its text: the metadata panel, as plain values for a template.

The template only places these values; every formatting decision (partial dates, blank numbers,
place names) is made here, once, and shared with the listings.
"""

from __future__ import annotations

from pathlib import Path

from ..catalog.contacts import ContactBook
from ..catalog.directives import DirectiveIndex
from ..load.history import History
from ..model.clock import build_date
from ..model.fields import STATUSES
from ..model.paths import page_url, url_path
from ..model.plans import Plan
from ..model.repository import commit_url
from ..model.site_map import document_page, issuer_page, place_page, year_page
from .consultation_pages import consultation_panel, village_panel
from .directive_pages import searchable
from .disclosure_page import disclosure_panel
from .feedback_page import feedback_panel
from .labels import day_label, issued_label, signer_label, size_label
from .task_pages import tasks_panel


def history_view(rel: str, file: Path, history: History, repo_url: str | None) -> dict:
    """Dates and the list of changes of a content file, for any page template."""
    summary = history.summary_of(rel, file)
    return {
        "available": history.available,
        "reason": history.reason,
        "committed": summary["committed"],
        "published": day_label(summary["first_published"]),
        "published_iso": summary["first_published"],
        "changed": day_label(summary["last_changed"]),
        "changed_iso": summary["last_changed"],
        "changes": [
            {"day": day_label(c.date), "iso": c.date, "text": text, "short": c.short,
             "url": commit_url(repo_url, c.commit)}
            for c, text in history.public_changes(rel)
        ],
    }


def filter_documents(plan: Plan, directives: DirectiveIndex) -> list[dict]:
    seen: dict = {}
    for _, doc in directives.citations_of(plan):
        if doc.key not in seen and searchable(doc):
            seen[doc.key] = {"label": doc.full_title(), "symbol": doc.symbol.text}
    return list(seen.values())


def panel(plan: Plan, directives: DirectiveIndex, history: History, docs_dir: Path, repo_url: str | None = None,
          today=None, site_url: str | None = None, channels: ContactBook | None = None) -> dict:
    """Values for the plan templates; URLs are relative to the site root."""
    return {
        "tasks": tasks_panel(plan, today or build_date(), site_url),  # issue 5: partials/plan-tasks.html
        # issue 17: partials/plan-consultation.html, partials/plan-village-decisions.html
        "consultation": consultation_panel(plan, today or build_date(), directives.plans, channels),
        "village_decisions": village_panel(plan),
        "disclosure": disclosure_panel(plan),  # issue 17: partials/plan-disclosure.html
        "feedback": feedback_panel(plan, today or build_date(), channels),  # issue 17: partials/plan-feedback.html
        "doc_type": plan.doc_type,
        "number": plan.number_label or "Chưa có số",
        "issuer": plan.issuer,
        "issuer_url": page_url(issuer_page(plan)),
        "issued": issued_label(plan.issued),
        "issued_iso": plan.issued.iso() if plan.issued else None,
        # The year it is listed under when the document gives no date, and where that year came from.
        "year": plan.listed_year,
        "year_note": (f"văn bản không ghi ngày; xếp vào năm {plan.filed_year} theo "
                      + ("thư mục lưu văn bản" if plan.filed_year_source == "thư mục" else "năm ghi trong trích yếu")
                      if not plan.issued and plan.filed_year else None),
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
        # The search filter «Văn bản căn cứ» (partials/search-record.html): every document the plan cites
        # that is a search result of its own, so a filter's count is the document page's «Các kế hoạch
        # trích dẫn (N)».
        "filter_documents": filter_documents(plan, directives),
        "history": history_view(plan.rel, docs_dir / plan.rel, history, repo_url),
        "attachments": [
            {"url": url_path(a.rel), "title": a.title, "size": size_label(a.size), "sha256": a.sha256}
            for a in plan.attachments
        ],
        "status": STATUSES.get(plan.status) if plan.status else None,
        "status_code": plan.status,
        "status_reason": plan.status_reason,
        "replaced_by": plan.replaced_by,
    }


TASKS_TOC_TITLE = "Nhiệm vụ, thời hạn và tiến độ"  # the heading of templates/partials/plan-tasks.html
FEEDBACK_TOC_TITLE = "Phản ánh, kiến nghị"  # the heading of templates/partials/plan-feedback.html
SECTION_TITLES = {"nhiem-vu": TASKS_TOC_TITLE, "phan-anh": FEEDBACK_TOC_TITLE}


def sections_after_text(plan_panel: dict) -> list[str]:
    """The sections the plan template adds after the text (the tasks, then where to send feedback), by anchor:
    Python-Markdown's table of contents never saw them, so either build adds them to it last."""
    anchors = ["nhiem-vu"] if (plan_panel.get("tasks") or {}).get("any") else []
    return anchors + (["phan-anh"] if plan_panel.get("feedback") else [])
