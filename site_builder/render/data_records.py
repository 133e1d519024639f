"""One plan as open data: the record each plan's JSON file holds, and the tables of JSON fields and CSV
columns (`JSON_FIELDS`, `CSV_COLUMNS`, `TASK_COLUMNS`) that both build the files (`publish.exports`) and document
them on the open-data page, so the two cannot disagree. Also where each data file of a plan lives.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol
from urllib.parse import urljoin, urlsplit

from ..catalog.catalog import Catalog
from ..catalog.contacts import ContactBook
from ..catalog.directives import CitedDocument, DirectiveIndex
from ..load.history import History
from ..model.citations import canonical_symbol
from ..model.fields import FIELDS_BY_NAME
from ..model.paths import page_url, relative_url, slugify, url_path
from ..model.plans import Plan
from ..model.site_map import document_page, place_page
from ..model.tasks import Task, evaluate
from .consultation_records import CONSULTATION_HELP, VILLAGE_DECISIONS_HELP, consultation_record, village_records
from .disclosure_page import disclosure_record
from .feedback_page import feedback_records
from .task_pages import since_of


class SiteData(Protocol):
    """What the open data is made from: the pipeline's `Content` has these, and so may a test's stand-in."""
    catalog: Catalog
    directives: DirectiveIndex | None
    history: History | None
    docs_dir: Path | None
    channels: ContactBook  # issue 17: the site's rule for answering feedback


FEED = "feed.xml"
PLAN_JSON_NAME = "index.json"
# Readers poll a feed again and again; the newest entries are what they need, the rest is in plans.json.
FEED_ENTRIES = 100
RECENT_CHANGES = 5  # changes shown in a feed entry; the full list is in the JSON
# A tag: URI must never change once published, so its date is fixed rather than taken from a
# build or a commit (RFC 4151: any day on which the authority held the name).
TAG_DATE = "2025"


# -- where files go -----------------------------------------------------------------------------
def plan_url(plan: Plan) -> str:
    """The address of a plan's page in the open data: a URL, so percent-encoded as the pages link to it."""
    return url_path(page_url(plan.rel))


def plan_json_path(plan: Plan) -> str:
    return page_url(plan.rel) + PLAN_JSON_NAME


def _feed_beside(page_src: str) -> str:
    folder = posixpath.dirname(page_src)
    return f"{folder}/{FEED}" if folder else FEED


def directive_feed(doc: "CitedDocument") -> str:
    return _feed_beside(document_page(doc))


def place_feed(plan: Plan) -> str:
    return _feed_beside(place_page(plan))


# -- one plan as data ---------------------------------------------------------------------------
@dataclass
class Context:
    content: "SiteData"
    site_name: str
    site_url: str | None  # with a trailing "/"
    history: History
    today: dt.date  # the build date: "quá hạn" is computed against it

    def absolute(self, url: str) -> str | None:
        if not self.site_url:
            return None
        if url.startswith(("/", ".")) or ":" in url.split("/", 1)[0]:
            return urljoin(self.site_url, url)
        return self.site_url + url  # a site path ("ke-hoach/2025/x/"): what urljoin gives, without its parsing

    def href(self, from_url: str, to_url: str) -> str:
        """Absolute when the site knows its address; otherwise relative to the feed's own folder,
        which is how a feed reader resolves a relative link."""
        return self.absolute(to_url) or relative_url(from_url, to_url)

    def tag(self, path: str) -> str:
        """A stable id (RFC 4151) from a site path: the same page keeps its id whatever changes."""
        if self.site_url:
            parts = urlsplit(self.site_url)
            authority, base = parts.hostname or "localhost", parts.path.lstrip("/")
        else:
            # No address of our own: the site's name under the reserved .invalid domain keeps
            # two sites apart without claiming a name we do not hold.
            authority, base = slugify(self.site_name)[:63].strip("-") + ".invalid", ""
        return f"tag:{authority},{TAG_DATE}:{base}{path}"

    def file_of(self, plan: Plan) -> Path:
        return (self.content.docs_dir or Path(".")) / plan.rel


@dataclass(frozen=True)
class Column:
    name: str
    help: str  # Vietnamese, shown on the open-data page
    value: Callable[..., Any]


def _label(name: str) -> str:
    return FIELDS_BY_NAME[name].label


def _symbols(symbols) -> list[str]:
    return [s.text for s in symbols]


def _canonical_number(plan: Plan) -> str | None:
    symbol = canonical_symbol(plan.number_raw) if plan.number_raw else None
    return symbol.text if symbol and symbol.number else None


def _cites(plan: Plan) -> list[str]:
    return list(dict.fromkeys(c.symbol.text for c in plan.citations))


def _implements_documents(plan: Plan, ctx: Context) -> list[dict]:
    if ctx.content.directives is None:
        return []
    return [
        {"symbol": doc.symbol.text, "label": doc.full_title(), "url": url_path(page_url(document_page(doc)))}
        for doc in ctx.content.directives.implemented_by(plan)
    ]


def _signer(plan: Plan) -> dict | None:
    if plan.signer is None:
        return None
    return {"name": plan.signer.name, "title": plan.signer.title, "authority": plan.signer.authority}


def _attachments(plan: Plan, ctx: Context) -> list[dict]:
    # Attachments live under the content folder, which MkDocs copies to the same site path.
    return [
        {"url": url_path(a.rel), "absolute_url": ctx.absolute(url_path(a.rel)), "title": a.title, "size": a.size,
         "sha256": a.sha256}
        for a in plan.attachments
    ]


def _history(plan: Plan, ctx: Context) -> dict:
    summary = ctx.history.summary_of(plan.rel, ctx.file_of(plan))
    return {
        "first_published": summary["first_published"],
        "last_changed": summary["last_changed"],
        "committed": summary["committed"],
        "changes": [
            {"date": c.date, "commit": c.short, "note": c.note, "text": text}
            for c, text in ctx.history.public_changes(plan.rel)
        ],
    }


def _task_record(task: Task, plan: Plan, ctx: Context) -> dict:
    state = evaluate(task, ctx.today, since_of(plan))
    return {
        "id": task.id,
        "plan": plan_url(plan),
        "kind": "chỉ tiêu" if task.kind == "target" else "nhiệm vụ",
        "task": task.text,
        "lead": list(task.lead),
        "support": list(task.support),
        "due": task.due.label() if task.due else None,
        "due_date": state.next_due.isoformat() if state.next_due else None,
        "status": task.status,
        "progress": task.progress,
        "overdue": state.overdue,
    }


TASK_COLUMNS: tuple[Column, ...] = (
    Column("id", "Mã nhiệm vụ trong kế hoạch.", lambda r: r["id"]),
    Column("plan", "Địa chỉ trang của kế hoạch giao nhiệm vụ, tính từ gốc trang web (trong tệp CSV là địa chỉ đầy đủ "
           "khi trang web khai báo site_url).", lambda r: r["plan"]),
    Column("kind", "«nhiệm vụ» hoặc «chỉ tiêu».", lambda r: r["kind"]),
    Column("task", "Nhiệm vụ, đúng lời văn bản.", lambda r: r["task"]),
    Column("lead", "Đơn vị chủ trì, ngăn cách bằng «; ».", lambda r: _joined(r["lead"])),
    Column("support", "Đơn vị phối hợp, ngăn cách bằng «; ».", lambda r: _joined(r["support"])),
    Column("due", "Thời hạn như văn bản ghi (ngày, tháng, năm, hoặc định kỳ).", lambda r: r["due"]),
    Column("due_date", "Hạn tiếp theo (hoặc hạn đã qua), NĂM-THÁNG-NGÀY.", lambda r: r["due_date"]),
    Column("status", "Tình trạng: chưa cập nhật, chưa bắt đầu, đang thực hiện, hoàn thành, tạm dừng, hủy bỏ.", lambda r: r["status"]),
    Column("progress", "Tiến độ (%), trống khi chưa báo cáo.", lambda r: r["progress"]),
    Column("overdue", "«có» khi đã quá hạn vào ngày xây dựng trang (tính tự động, không nhập tay).",
           lambda r: "có" if r["overdue"] else "không"),
)


JSON_FIELDS: tuple[Column, ...] = (
    Column("url", "Địa chỉ trang của văn bản, tính từ gốc trang web (ví dụ «ke-hoach/2025/ten-van-ban/»).",
           lambda p, c: plan_url(p)),
    Column("absolute_url", "Địa chỉ đầy đủ của trang; null khi trang web chưa khai báo địa chỉ (site_url).",
           lambda p, c: c.absolute(plan_url(p))),
    Column("source", "Tệp nguồn Markdown của văn bản, tính từ thư mục content/.", lambda p, c: p.rel),
    Column("title", _label("title") + ".", lambda p, c: p.title),
    Column("doc_type", _label("doc_type") + ".", lambda p, c: p.doc_type),
    Column("number", _label("number") + " đúng như văn bản ghi; null khi không ghi.", lambda p, c: p.number_raw),
    Column("number_canonical", "Số, ký hiệu viết theo dạng chuẩn (ví dụ «33/CT-TTg»); null khi văn bản chưa có số "
           "hoặc số không theo dạng chuẩn.", lambda p, c: _canonical_number(p)),
    Column("issuer", _label("issuer") + ".", lambda p, c: p.issuer),
    Column("issued", _label("issued") + " dạng NĂM-THÁNG-NGÀY; văn bản không ghi ngày hoặc tháng thì chỉ có "
           "NĂM-THÁNG («2025-01») hoặc NĂM; null khi không rõ.", lambda p, c: p.issued.iso() if p.issued else None),
    Column("year", "Năm dùng để xếp và lọc văn bản: năm ban hành; văn bản không ghi ngày thì năm của thư mục lưu "
           "văn bản (ke-hoach/2025/) hoặc năm ghi trong trích yếu («… năm 2025»); null khi không rõ.",
           lambda p, c: p.listed_year),
    Column("year_source", "Năm ở trường year lấy từ đâu: «ngày ban hành», «thư mục» hoặc «trích yếu»; null khi không rõ.",
           lambda p, c: "ngày ban hành" if p.issued else p.filed_year_source),
    Column("place", _label("place") + " ghi ở dòng ngày tháng.", lambda p, c: p.place),
    Column("locality", _label("locality") + ": {province, district, commune} (tỉnh, huyện, xã) theo tên gọi tại "
           "thời điểm ban hành; cấp nào không ghi là null.",
           lambda p, c: {"province": p.locality.province, "district": p.locality.district, "commune": p.locality.commune}),
    Column("signer", _label("signer") + ": {name, title, authority} (họ tên, chức vụ, thẩm quyền ký); null khi không ghi.",
           lambda p, c: _signer(p)),
    Column("recipients", _label("recipients") + " (danh sách).", lambda p, c: list(p.recipients)),
    Column("topics", _label("topics") + " (danh sách).", lambda p, c: list(p.topics)),
    Column("implements", "Số, ký hiệu (dạng chuẩn) các văn bản mà cán bộ khai báo trong trường implements.",
           lambda p, c: _symbols(p.implements)),
    Column("basis", _label("basis") + ": số, ký hiệu (dạng chuẩn) các văn bản căn cứ ban hành.",
           lambda p, c: _symbols(p.basis)),
    Column("implements_documents", "Các văn bản mà kế hoạch thực hiện (nêu ở câu «Thực hiện …» hoặc khai báo): "
           "{symbol, label, url}; url là trang của văn bản đó trên trang web này.",
           lambda p, c: _implements_documents(p, c)),
    Column("cites", "Số, ký hiệu (dạng chuẩn) mọi văn bản được trích dẫn trong toàn văn, theo thứ tự xuất hiện.",
           lambda p, c: _cites(p)),
    Column("status", _label("status") + ": null khi còn hiệu lực, «withdrawn» khi đã thu hồi, «replaced» khi đã được "
           "văn bản khác thay thế.", lambda p, c: p.status),
    Column("status_reason", "Lý do thu hồi hoặc thay thế.", lambda p, c: p.status_reason),
    Column("replaced_by", _label("replaced_by") + " (số, ký hiệu).", lambda p, c: p.replaced_by),
    Column("change_note", _label("change_note") + " hiện ghi trong tệp (của lần sửa gần nhất có ghi chú).",
           lambda p, c: p.change_note),
    Column("attachments", _label("attachments") + ": {url, absolute_url, title, size, sha256}; size tính bằng byte, "
           "sha256 là mã băm để đối chiếu tệp tải về.", lambda p, c: _attachments(p, c)),
    Column("description", _label("description") + ".", lambda p, c: p.description),
    Column("tasks", "Nhiệm vụ và chỉ tiêu của kế hoạch, mỗi mục gồm: " + ", ".join(c.name for c in TASK_COLUMNS)
           + " (lead, support là danh sách; overdue là true/false).",
           lambda p, c: [_task_record(t, p, c) for t in (*p.tasks, *p.targets)]),
    # issue 17: «dân bàn» (consultation_records builds and documents both)
    Column("consultation", CONSULTATION_HELP, lambda p, c: consultation_record(p, c.today, c.content.catalog.plans)),
    Column("village_decisions", VILLAGE_DECISIONS_HELP, lambda p, c: village_records(p)),
    Column("disclosure", "Việc công khai văn bản (Điều 11–13 Luật Thực hiện dân chủ ở cơ sở); null khi chưa ghi: "
           "{clauses (các khoản của Điều 11), posting (niêm yết: {place, from, to}), loudspeaker (các ngày phát trên "
           "hệ thống truyền thanh), channels (hình thức khác: {channel, date, note}), first_day (ngày công khai đầu "
           "tiên được ghi)}. Ngày dạng NĂM-THÁNG-NGÀY.", lambda p, c: disclosure_record(p.disclosure)),
    Column("feedback", "Phản ánh, kiến nghị của người dân và câu trả lời, cũ nhất trước: {id, received (ngày nhận), "
           "channel, summary (do cán bộ tóm tắt, không có thông tin cá nhân), answer, answered (ngày trả lời), "
           "answered_by, days (số ngày đến khi trả lời, hoặc đến ngày xây dựng trang khi chưa trả lời), late (true "
           "khi số ngày đó quá thời hạn trả lời của trang)}.",
           lambda p, c: feedback_records(p.feedback, c.today, c.content.channels.answer_within_days)),
    Column("history", "Lịch sử đăng tải: {first_published, last_changed, committed, changes}. Thời điểm theo ISO 8601. "
           "changes là mọi lần thay đổi, mới nhất trước: {date, commit (mã rút gọn), note (ghi chú thay đổi do cán "
           "bộ ghi ở lần sửa đó, hoặc null), text (dòng hiện trên trang: ghi chú thay đổi, hoặc «Đăng lần đầu», "
           "«Cập nhật nội dung» …)}. Tệp chưa được commit: committed là false, first_published là null và "
           "last_changed là thời điểm sửa tệp.", lambda p, c: _history(p, c)),
)


def plan_record(plan: Plan, ctx: Context) -> dict:
    return {column.name: column.value(plan, ctx) for column in JSON_FIELDS}


# -- CSV ----------------------------------------------------------------------------------------
def _joined(values) -> str:
    return "; ".join(v for v in values if v)


def _implemented_symbols(record: dict) -> list[str]:
    # Declared symbols may name documents the text never cites, so neither list alone is complete.
    return list(dict.fromkeys(record["implements"] + [d["symbol"] for d in record["implements_documents"]]))


CSV_COLUMNS: tuple[Column, ...] = (
    Column("url", "Địa chỉ trang (đầy đủ khi trang web khai báo site_url, nếu không thì tính từ gốc trang web).",
           lambda r: r["absolute_url"] or r["url"]),
    Column("title", "Trích yếu.", lambda r: r["title"]),
    Column("doc_type", "Loại văn bản.", lambda r: r["doc_type"]),
    Column("number", "Số, ký hiệu đúng như văn bản ghi.", lambda r: r["number"]),
    Column("issuer", "Cơ quan ban hành.", lambda r: r["issuer"]),
    Column("issued", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng).", lambda r: r["issued"]),
    Column("year", "Năm dùng để xếp và lọc (năm ban hành, hoặc năm của thư mục hay trích yếu khi văn bản không ghi ngày).",
           lambda r: r["year"]),
    Column("province", "Tỉnh/thành phố.", lambda r: r["locality"]["province"]),
    Column("district", "Huyện/quận/thị xã.", lambda r: r["locality"]["district"]),
    Column("commune", "Xã/phường/thị trấn.", lambda r: r["locality"]["commune"]),
    Column("signer_name", "Họ tên người ký.", lambda r: (r["signer"] or {}).get("name")),
    Column("signer_title", "Chức vụ người ký.", lambda r: (r["signer"] or {}).get("title")),
    Column("topics", "Chủ đề, ngăn cách bằng «; ».", lambda r: _joined(r["topics"])),
    Column("implements", "Số, ký hiệu các văn bản mà kế hoạch thực hiện, ngăn cách bằng «; ».",
           lambda r: _joined(_implemented_symbols(r))),
    Column("status", "Tình trạng: trống, withdrawn hoặc replaced.", lambda r: r["status"]),
    Column("first_published", "Thời điểm đăng lần đầu (ISO 8601).", lambda r: r["history"]["first_published"]),
    Column("last_changed", "Thời điểm thay đổi gần nhất (ISO 8601).", lambda r: r["history"]["last_changed"]),
)


# issue 17: data/consultations.csv, one row per consultation: {plan, title, number, issuer, c (its plans.json record)}
CONSULTATION_COLUMNS: tuple[Column, ...] = (
    Column("plan", "Địa chỉ trang của dự thảo (đầy đủ khi trang web khai báo site_url).", lambda r: r["plan"]),
    Column("title", "Trích yếu của văn bản.", lambda r: r["title"]),
    Column("number", "Số, ký hiệu của văn bản.", lambda r: r["number"]),
    Column("issuer", "Cơ quan lấy ý kiến (cơ quan ban hành văn bản).", lambda r: r["issuer"]),
    Column("matter", "Nội dung lấy ý kiến.", lambda r: r["c"]["matter"]),
    Column("law_item", "Khoản của Điều 25 Luật Thực hiện dân chủ ở cơ sở.", lambda r: r["c"]["law_item"]),
    Column("from", "Ngày bắt đầu nhận ý kiến.", lambda r: r["c"]["from"]),
    Column("to", "Ngày cuối cùng nhận ý kiến.", lambda r: r["c"]["to"]),
    Column("forms", "Hình thức lấy ý kiến, ngăn cách bằng «; ».", lambda r: "; ".join(r["c"]["forms"])),
    Column("state", "Tình trạng vào ngày xây dựng trang (tính tự động, không nhập tay).", lambda r: r["c"]["state"]),
    Column("days_left", "Số ngày còn lại khi đang lấy ý kiến (0: hôm nay là ngày cuối).", lambda r: r["c"]["days_left"]),
    Column("opinions", "Tổng số ý kiến nhận được; trống khi chưa công bố kết quả.", lambda r: (r["c"]["result"] or {}).get("opinions")),
    Column("accepted", "Số ý kiến được tiếp thu (số mục ghi trong kết quả).",
           lambda r: len(r["c"]["result"]["accepted"]) if r["c"]["result"] else None),
    Column("not_accepted", "Số ý kiến không tiếp thu, có giải trình.",
           lambda r: len(r["c"]["result"]["not_accepted"]) if r["c"]["result"] else None),
    Column("result_date", "Ngày công bố kết quả.", lambda r: (r["c"]["result"] or {}).get("date")),
    Column("decision", "Số, ký hiệu văn bản quyết định ban hành sau khi lấy ý kiến.", lambda r: (r["c"]["result"] or {}).get("decision")),
)
