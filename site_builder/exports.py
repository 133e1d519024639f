"""Open data: every plan as JSON and CSV, a JSON file beside each plan page, and Atom feeds of new
and changed plans (the whole site, each cited document, each place).

Plain Python, no MkDocs: `render_exports` returns bytes by site path and the caller decides where
they go. The JSON fields and CSV columns are tables (`JSON_FIELDS`, `CSV_COLUMNS`) that both build
the files and document them on the open-data page, so the two cannot disagree.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import urljoin, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .catalog import UNKNOWN_PLACE
from .citations import canonical_symbol
from .fields import FIELDS_BY_NAME, STATUSES
from .history import History
from .models import Plan
from .paths import page_url, relative_url, slugify, url_path
from .plan_view import summary_line
from .site_map import HOME, PLANS_CSV, PLANS_JSON, TASKS_CSV, document_page, place_page
from .task_pages import since_of
from .tasks import Task, evaluate
from .json_files import json_bytes

if TYPE_CHECKING:  # pipeline will import this module; avoid the cycle at run time
    from .directives import CitedDocument
    from .pipeline import Content

FEED = "feed.xml"
PLAN_JSON_NAME = "index.json"
FEED_TEMPLATE = "atom.xml"
RECENT_CHANGES = 5  # changes shown in a feed entry; the full list is in the JSON
# Readers poll a feed again and again; the newest entries are what they need, the rest is in plans.json.
FEED_ENTRIES = 100
# A tag: URI must never change once published, so its date is fixed rather than taken from a
# build or a commit (RFC 4151: any day on which the authority held the name).
TAG_DATE = "2025"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
class _Context:
    content: "Content"
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


def _implements_documents(plan: Plan, ctx: _Context) -> list[dict]:
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


def _attachments(plan: Plan, ctx: _Context) -> list[dict]:
    # Attachments live under the content folder, which MkDocs copies to the same site path.
    return [
        {"url": url_path(a.rel), "absolute_url": ctx.absolute(url_path(a.rel)), "title": a.title, "size": a.size,
         "sha256": a.sha256}
        for a in plan.attachments
    ]


def _history(plan: Plan, ctx: _Context) -> dict:
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


def _task_record(task: Task, plan: Plan, ctx: _Context) -> dict:
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
    Column("plan", "Địa chỉ trang của kế hoạch giao nhiệm vụ.", lambda r: r["plan"]),
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
    Column("history", "Lịch sử đăng tải: {first_published, last_changed, committed, changes}. Thời điểm theo ISO 8601. "
           "changes là mọi lần thay đổi, mới nhất trước: {date, commit (mã rút gọn), note (ghi chú thay đổi do cán "
           "bộ ghi ở lần sửa đó, hoặc null), text (dòng hiện trên trang: ghi chú thay đổi, hoặc «Đăng lần đầu», "
           "«Cập nhật nội dung» …)}. Tệp chưa được commit: committed là false, first_published là null và "
           "last_changed là thời điểm sửa tệp.", lambda p, c: _history(p, c)),
)


def _plan_record(plan: Plan, ctx: _Context) -> dict:
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


def _cell(value: Any) -> str:
    """Excel runs a cell that starts like a formula ("-KH/ĐU" is a blank party number); a leading
    apostrophe makes it text. The JSON keeps the value untouched."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(columns: tuple[Column, ...], records: list[dict]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for record in records:
        writer.writerow([_cell(c.value(record)) for c in columns])
    # The BOM is how Excel knows the file is UTF-8 rather than the system's code page.
    return out.getvalue().encode("utf-8-sig")


def plans_csv(records: list[dict]) -> bytes:
    return _csv(CSV_COLUMNS, records)


# -- Atom feeds ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Feed:
    path: str  # site path of the feed file
    title: str
    page: str  # src_uri of the page the feed follows
    plans: tuple[Plan, ...] = field(default=())


def feeds_of(content: "Content", site_name: str) -> list[Feed]:
    """The site feed, one feed per cited document and one per province (as the place pages group)."""
    feeds = [Feed(FEED, f"{site_name}: văn bản mới và văn bản thay đổi", HOME, tuple(content.catalog.plans))]
    if content.directives is not None:
        for doc in content.directives.sorted_documents():
            plans = tuple(c.plan for c in doc.citing.values())
            feeds.append(Feed(directive_feed(doc), f"Văn bản trích dẫn {doc.full_title()}", document_page(doc), plans))
    for group in content.catalog.by_place:
        title = "Văn bản chưa rõ tỉnh/thành phố" if group.key == UNKNOWN_PLACE else f"Văn bản ở {group.name}"
        feeds.append(Feed(place_feed(group.plans[0]), title, place_page(group.plans[0]), tuple(group.plans)))
    return feeds


def _moment(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _rfc3339(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _updated(plan: Plan, record: dict, built: dt.datetime) -> dt.datetime:
    """Last change from history (or the file date it falls back to); failing both, the issue date."""
    moment = _moment(record["history"]["last_changed"])
    if moment is None and plan.issued:
        moment = dt.datetime.combine(plan.issued.earliest(), dt.time(), dt.timezone.utc)
    return moment or built


def _change_view(change: dict) -> dict:
    return {"day": change["date"][:10], "text": change["text"], "commit": change["commit"]}


def _entry(plan: Plan, record: dict, ctx: _Context, feed_url: str, built: dt.datetime) -> dict:
    published = _moment(record["history"]["first_published"])
    return {
        "id": ctx.tag(record["url"]),
        "title": plan.title,
        "href": ctx.href(feed_url, record["url"]),
        "updated": _updated(plan, record, built),
        "published": _rfc3339(published) if published else None,
        "summary": summary_line(plan),
        "author": plan.issuer,
        "categories": list(plan.topics),
        "status": STATUSES.get(plan.status or ""),
        "status_reason": plan.status_reason,
        "changes": [_change_view(c) for c in record["history"]["changes"][:RECENT_CHANGES]],
    }


def _xml_safe(value: Any) -> Any:
    """XML 1.0 cannot carry most control characters, which pasted .docx text sometimes holds."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    if isinstance(value, dict):
        return {k: _xml_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_xml_safe(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        # Not in templates/: MkDocs publishes every non-HTML file of a theme folder as is.
        loader=FileSystemLoader(str(Path(__file__).parent / "data_templates")),
        autoescape=select_autoescape(enabled_extensions=("xml", "html"), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render_feed(feed: Feed, records: dict[str, dict], ctx: _Context, built_at: str) -> bytes:
    built = _moment(built_at) or dt.datetime.now(dt.timezone.utc)
    folder = posixpath.dirname(feed.path)
    feed_url = folder + "/" if folder else ""
    entries = [_entry(p, records[p.rel], ctx, feed_url, built) for p in feed.plans]
    entries.sort(key=lambda e: (-e["updated"].timestamp(), e["title"], e["id"]))
    del entries[FEED_ENTRIES:]
    for entry in entries:
        entry["updated"] = _rfc3339(entry["updated"])
    head = {
        "id": ctx.tag(feed.path),
        "title": feed.title,
        "updated": max((e["updated"] for e in entries), key=_moment, default=_rfc3339(built)),
        "self_href": ctx.absolute(feed.path) or posixpath.basename(feed.path),
        "alternate_href": ctx.href(feed_url, page_url(feed.page)),
        "author": ctx.site_name,
    }
    text = _environment().get_template(FEED_TEMPLATE).render(feed=_xml_safe(head), entries=_xml_safe(entries))
    return text.encode("utf-8")


# -- everything ---------------------------------------------------------------------------------
def _normal_site_url(site_url: str | None) -> str | None:
    if not site_url or not site_url.strip():
        return None
    return site_url.strip().rstrip("/") + "/"


def render_exports(content: "Content", site_name: str, site_url: str | None, built_at: str) -> dict[str, bytes]:
    """{site path: bytes} for plans.json, plans.csv, each plan's index.json and every Atom feed."""
    ctx = _Context(content, site_name, _normal_site_url(site_url), content.history or History(False),
                   dt.date.fromisoformat(built_at[:10]))
    records = {plan.rel: _plan_record(plan, ctx) for plan in content.catalog.plans}
    ordered = list(records.values())
    files = {
        PLANS_JSON: json_bytes({"generated": built_at, "site": site_name, "count": len(ordered), "plans": ordered}),
        PLANS_CSV: plans_csv(ordered),
        TASKS_CSV: _csv(TASK_COLUMNS, [task for record in ordered for task in record["tasks"]]),
    }
    for plan in content.catalog.plans:
        files[plan_json_path(plan)] = json_bytes(records[plan.rel])
    for feed in feeds_of(content, site_name):
        files[feed.path] = _render_feed(feed, records, ctx, built_at)
    return files
