"""Raw front-matter → a typed Plan, with a Vietnamese finding for everything wrong or missing.

Each field is converted by `field_checker` according to its kind in `model.fields`; this module adds what
concerns a plan as a whole (its number, citations, attachments, the year folder).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import posixpath
import re
from pathlib import Path
from typing import Any

from ..load.content_tree import content_root, plain_file
from ..load.frontmatter import RawDocument
from ..model.citations import canonical_symbol, find_citations, prepare
from ..model.consultations import ANCHOR as CONSULTATION_ANCHOR
from ..model.consultations import decision_anchor
from ..model.diagnostics import Diagnostics
from ..model.docnumber import parse_own_number
from ..model.doctypes import is_known_type, type_for_code
from ..model.feedback import feedback_anchor
from ..model.fields import PLAN_FIELDS, STATUSES
from ..model.identity import without_own_mentions
from ..model.plans import Attachment, Locality, Plan, Signer
from ..model.tasks import anchor
from ..model.text import plain_key
from .consultation_checks import check_consultation, check_village_decisions
from .content_links import check_links
from .disclosure_checks import check_disclosure
from .feedback_checks import check_feedback
from .field_checker import MISSING, FieldChecker
from .safety import scan
from .task_checks import check_commitments


def validate_plan(raw: RawDocument, diags: Diagnostics, today: dt.date, source_file: Path | None = None) -> Plan | None:
    """Check one plan's front-matter; returns None when an error makes it unpublishable."""
    check = FieldChecker(raw, diags, today)
    if not raw.has_front_matter:
        check.error(
            "",
            "thiếu phần thông tin đầu trang (front-matter). Tệp kế hoạch phải bắt đầu bằng dòng «---», "
            "các trường title, doc_type, issuer …, rồi một dòng «---».",
        )
        return None
    check.unknown_keys(raw.meta, PLAN_FIELDS)
    values: dict[str, Any] = {}
    for field in PLAN_FIELDS:
        converted = check.convert(field, raw.meta.get(field.name), field.name)
        if converted is MISSING:
            if field.required and field.name not in check.bad:
                check.error(field.name, f"thiếu trường bắt buộc «{field.name}» ({field.label}). Ví dụ: {field.example}")
            continue
        values[field.name] = converted
    _check_semantics(check, values)
    tasks, targets = check_commitments(check, values, today, source_file)  # issue 5
    consultation = check_consultation(check, values, today, source_file)  # issue 17
    village_decisions = check_village_decisions(check, values, today)  # issue 17
    disclosure = check_disclosure(check, values.get("disclosure"), values.get("issued"))  # issue 17
    feedback = check_feedback(check, values.get("feedback"), values.get("issued"))  # issue 17
    declared = {name: _declared_symbols(check, values, name) for name in ("implements", "basis")}
    attachments = _attachments(check, values.get("attachments", []), source_file)
    number_raw = values.get("number")
    filed_year, filed_source = (None, None) if "issued" in values else filed_year_of(raw.rel, values.get("title") or "")
    locality = Locality(**values.get("locality", {}))
    year = values["issued"].year if "issued" in values else filed_year
    citations = without_own_mentions(find_citations(raw.body, first_line=raw.body_line), number_raw,
                                     values.get("issuer"), locality, year)
    _check_citations(check, citations, declared)
    # Links are only warned about: a wrong one does not stop the plan from being published.
    check_links(raw, source_file, diags, [anchor(t) for t in (*tasks, *targets)]
                + [decision_anchor(d) for d in village_decisions] + ([CONSULTATION_ANCHOR] if consultation else [])
                + [feedback_anchor(f) for f in feedback])
    for finding in scan(raw.body, raw.body_line):
        (check.diags.error if finding.error else check.diags.warning)(raw.path, finding.line, "", finding.message)
        check.failed = check.failed or finding.error
    if check.failed:
        return None
    return Plan(
        rel=raw.rel,
        path=raw.path,
        title=values["title"],
        doc_type=values["doc_type"],
        issuer=values["issuer"],
        number=parse_own_number(number_raw) if number_raw else None,
        number_raw=number_raw,
        issued=values.get("issued"),
        place=values.get("place"),
        locality=locality,
        signer=Signer(**values["signer"]) if "signer" in values else None,
        recipients=values.get("recipients", []),
        topics=values.get("topics", []),
        description=values.get("description"),
        implements=declared["implements"],
        basis=declared["basis"],
        citations=citations,
        opening_end=_opening_paragraph_end(raw.body),
        attachments=attachments,
        change_note=values.get("change_note"),
        status=values.get("status"),
        status_reason=values.get("status_reason"),
        replaced_by=values.get("replaced_by"),
        tasks=tasks,  # issue 5
        targets=targets,  # issue 5
        consultation=consultation,  # issue 17
        village_decisions=village_decisions,  # issue 17
        disclosure=disclosure,  # issue 17
        feedback=feedback,  # issue 17
        lines=dict(raw.lines),
        filed_year=filed_year,
        filed_year_source=filed_source,
    )


_TITLE_YEAR = re.compile(r"\bnăm (\d{4})\b", re.IGNORECASE)


def filed_year_of(rel: str, title: str) -> tuple[int | None, str | None]:
    """A plan without a date of issue is still a plan of some year: the year folder it is filed in,
    else the one year its title names («… năm 2025»)."""
    for part in reversed(rel.split("/")[:-1]):
        if part.isdigit() and len(part) == 4 and 1900 <= int(part) <= 2200:
            return int(part), "thư mục"
    years = {int(y) for y in _TITLE_YEAR.findall(title) if 1900 <= int(y) <= 2200}
    if len(years) == 1:
        return years.pop(), "trích yếu"
    return None, None


def _attachments(check: FieldChecker, items: list[dict], source_file: Path | None) -> list[Attachment]:
    """Attached originals must exist beside the plan, inside the content folder, to be published."""
    found = []
    for i, item in enumerate(items):
        if "file" not in item:
            continue
        if source_file is None:
            continue
        root = content_root(source_file, check.raw.rel)
        rel = posixpath.normpath(posixpath.join(posixpath.dirname(check.raw.rel), item["file"]))
        if rel.startswith("../") or item["file"].startswith("/"):
            check.error(f"attachments.{i}.file", f"«{item['file']}» nằm ngoài thư mục nội dung; tệp đính kèm phải ở trong content/.")
        elif not plain_file(root, rel):  # a link is never followed: its target would be hashed and published
            check.error(f"attachments.{i}.file", f"không tìm thấy tệp «{item['file']}» (tính từ thư mục của tệp kế hoạch; "
                        "liên kết tượng trưng không được tính).")
        elif rel.endswith(".md"):
            check.error(f"attachments.{i}.file", "tệp đính kèm không được là tệp .md.")
        else:
            data = (root / rel).read_bytes()
            found.append(Attachment(rel, item.get("title") or posixpath.basename(rel), len(data), hashlib.sha256(data).hexdigest()))
    return found


def _declared_symbols(check: FieldChecker, values: dict[str, Any], name: str) -> list:
    symbols = []
    for i, text in enumerate(values.get(name, [])):
        symbol = canonical_symbol(text)
        if symbol is None:
            check.error(f"{name}.{i}", f"«{text}» không phải số, ký hiệu văn bản (ví dụ 33/CT-TTg, 114-KL/TW).")
        else:
            symbols.append(symbol)
    return symbols


# Each document a plan cites gets a page, a feed and a record in directives.json (about 10 ms of
# build each): a real plan cites tens, a long list of legal bases a few hundred, and a text made of
# numbers could name tens of thousands in a megabyte (a build of ten minutes).
MAX_CITED_DOCUMENTS = 500
NONSTANDARD_WARNINGS = 20  # per plan: the rest is one line, so a long list does not drown the others


def _check_citations(check: FieldChecker, citations, declared: dict[str, list]) -> None:
    cited: set[str] = set()
    nonstandard = 0
    for c in citations:
        if c.symbol.text not in cited and len(cited) == MAX_CITED_DOCUMENTS:
            check.failed = True  # unpublishable: its pages are not even rendered for the check
            check.diags.error(check.raw.path, c.line, "", f"văn bản trích dẫn hơn {MAX_CITED_DOCUMENTS} số, ký hiệu khác "
                              "nhau (từ dòng này trở đi là quá mức); mỗi văn bản được trích dẫn có một trang riêng. Nếu đây "
                              "là phụ lục liệt kê văn bản, hãy đính kèm phụ lục dạng PDF (attachments).")
        cited.add(c.symbol.text)
        if c.nonstandard:
            nonstandard += 1
            if nonstandard > NONSTANDARD_WARNINGS:
                continue
            written = c.raw[c.raw_symbol_offset:]
            check.diags.warning(
                check.raw.path, c.line, "",
                f"số, ký hiệu «{written}» (trong «{c.raw}») chưa đúng dạng chuẩn «{c.symbol.text}»; "
                "giữ nguyên như văn bản gốc, trang web vẫn nhận ra.",
            )
    if nonstandard > NONSTANDARD_WARNINGS:
        check.diags.warning(check.raw.path, citations[-1].line, "", f"còn {nonstandard - NONSTANDARD_WARNINGS} số, ký hiệu "
                            "khác chưa đúng dạng chuẩn như trên.")
    for name, symbols in declared.items():
        for i, symbol in enumerate(symbols):
            if symbol.text not in cited:
                check.warning(f"{name}.{i}", f"văn bản «{symbol.text}» được khai báo nhưng nội dung kế hoạch không nhắc đến.")


_OPENING_WORDS = ("thực hiện", "triển khai thực hiện", "thực hiện và triển khai")


def _opening_paragraph_end(body: str) -> int:
    """End offset of the opening "Thực hiện …" paragraph, or 0 when the plan opens otherwise.

    Citations inside it are what the plan carries out, the way every plan's first sentence says.
    """
    text = prepare(body)
    start = len(text) - len(text.lstrip())
    if not text[start:].casefold().startswith(_OPENING_WORDS):
        return 0
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _check_semantics(check: FieldChecker, values: dict[str, Any]) -> None:
    doc_type = values.get("doc_type")
    if doc_type and not is_known_type(doc_type):
        check.warning("doc_type", f"«{doc_type}» không phải tên loại văn bản thường dùng (Kế hoạch, Quyết định, Chỉ thị …).")

    number = values.get("number")
    if number is None and "number" not in check.bad:
        check.warning("number", "văn bản chưa có số, ký hiệu; trang web sẽ ghi «chưa có số».")
    elif number is not None:
        parsed = parse_own_number(number)
        if parsed is None:
            check.warning(
                "number",
                f"«{number}» không đúng dạng số, ký hiệu (ví dụ 12/KH-UBND, 61/2018/NĐ-CP, 88-KH/HU).",
            )
        else:
            if not parsed.has_number:
                check.warning("number", f"«{number}» chưa ghi số; hãy bổ sung khi văn bản có số.")
            code_type = type_for_code(parsed.type_code) if parsed.type_code else None
            if code_type and doc_type and plain_key(code_type) != plain_key(doc_type):
                check.warning(
                    "number",
                    f"ký hiệu «{parsed.type_code}» là của loại «{code_type}», nhưng doc_type là «{doc_type}».",
                )

    issued = values.get("issued")
    if issued is None:
        if "issued" not in check.bad:
            check.warning("issued", "chưa có ngày ban hành; văn bản sẽ được xếp vào mục «chưa rõ năm».")
    else:
        if issued.earliest() > check.today:
            check.error("issued", f"ngày ban hành {issued.iso()} ở tương lai (hôm nay là {check.today.isoformat()}).")
        elif issued.is_partial:
            missing = "ngày và tháng" if issued.month is None else "ngày"
            check.warning("issued", f"ngày ban hành chưa đủ (thiếu {missing}): {issued.vietnamese()}.")

    locality = values.get("locality")
    if locality is None and "locality" not in check.bad:
        check.warning("locality", "chưa ghi địa bàn; văn bản sẽ nằm ở mục «chưa rõ tỉnh/thành phố».")
    elif locality is not None and "province" not in locality:
        check.warning("locality.province", "chưa ghi tỉnh/thành phố của địa bàn.")

    status = values.get("status")
    if status is not None:
        if status not in STATUSES:
            check.error("status", f"«{status}» không hợp lệ; chỉ dùng " + " hoặc ".join(f"«{k}» ({v})" for k, v in STATUSES.items()) + ", hoặc bỏ trống.")
        else:
            if "status_reason" not in values:
                check.warning("status", "nên ghi lý do (status_reason) để người dân hiểu vì sao.")
            if status == "replaced" and "replaced_by" not in values:
                check.error("status", "văn bản đã được thay thế cần ghi văn bản thay thế (replaced_by).")
    elif "replaced_by" in values or "status_reason" in values:
        check.warning("status", "có replaced_by/status_reason nhưng chưa ghi status.")

    signer = values.get("signer")
    if signer is None and "signer" not in check.bad:
        check.warning("signer", "chưa ghi người ký.")
    elif signer is not None and "name" not in signer:
        check.warning("signer.name", "chưa ghi họ tên người ký.")
