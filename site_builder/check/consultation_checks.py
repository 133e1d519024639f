"""Checking what officials write of «dân bàn»: `consultation` and `village_decisions` → the typed records of
`model.consultations`, every problem reported through the field checker, so messages carry the YAML line.
A decision's recorded result is compared with its household counts (more than half of all households)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..model.consultation_fields import (CHANNEL_COUNT_FIELDS, CONSULTATION_FIELDS, CONSULTATION_RESULT_FIELDS,
                                         CONTACT_FIELDS, OBJECTION_FIELDS, VILLAGE_DECISION_FIELDS,
                                         VILLAGE_DECISION_RESULTS)
from ..model.consultations import (LAW, LAW_ITEM_COUNT, Consultation, ConsultationResult, Objection, VillageDecision,
                                   passes)
from ..model.contacts import Contact
from ..model.paths import web_url
from ..model.tasks import fold
from .field_checker import FieldChecker, checked_items
from .task_checks import NOTHING, blank, date_of, evidence_of, item_id, text_of, texts_of

# Keys officials reach for in Vietnamese → the field they mean (folded, "_" as a space).
_ALIASES = {
    "noi dung": "matter", "van de": "matter", "tu ngay": "from", "bat dau": "from", "den ngay": "to",
    "han": "to", "het han": "to", "hinh thuc": "forms", "form": "forms", "lien he": "contact", "ket qua": "result",
    "dia chi": "address", "dien thoai": "phone", "so dien thoai": "phone", "hotline": "phone", "duong day nong": "phone",
    "thu dien tu": "email", "e-mail": "email", "mail": "email", "link": "url", "lien ket": "url", "bieu mau": "url",
    "ghi chu": "note", "so y kien": "opinions", "tong so y kien": "opinions", "kenh": "channels", "tiep thu": "accepted",
    "khong tiep thu": "not_accepted", "giai trinh": "reason", "ly do": "reason", "y kien": "opinion",
    "quyet dinh": "decision", "ngay quyet dinh": "decision_date", "bao cao": "report", "ngay": "date",
    "thon": "village", "to dan pho": "village", "so ho": "households", "tong so ho": "households",
    "so ho tham gia": "participating", "tham gia": "participating", "tan thanh": "in_favour", "dong y": "in_favour",
    "in_favor": "in_favour", "so ho tan thanh": "in_favour", "so ho dong y": "in_favour",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 .()\-]{5,}[0-9]$")



# -- checking what officials wrote ----------------------------------------------------------------
def _unknown(check: FieldChecker, item: dict, fields, prefix: str) -> None:
    names = {f.name for f in fields}
    rest = {}
    for key in item:
        if key in names:
            continue
        meant = _ALIASES.get(fold(str(key)).replace("_", " ")) or _ALIASES.get(str(key))
        if meant in names:
            check.error(f"{prefix}{key}", f"trường không có trong danh mục. Có phải ý bạn là «{meant}»?")
        elif "contact" in names and meant in {f.name for f in CONTACT_FIELDS}:
            check.error(f"{prefix}{key}", f"trường không có trong danh mục. Có phải ý bạn là «{meant}» của nơi nhận "
                        f"ý kiến: contact: {{{meant}: …}}?")
        else:
            rest[key] = item[key]
    check.unknown_keys(rest, fields, prefix=prefix)


def _opt(value: Any) -> Any:
    return None if value is NOTHING else value


def _count(check: FieldChecker, value: Any, dotted: str, example: str) -> int | None:
    if blank(value):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, float) and not isinstance(value, bool):
        written = check.as_written(dotted, value)
        check.error(dotted, f"YAML đọc «{written}» thành số thập phân; ghi số nguyên không có dấu chấm hay dấu phẩy, "
                    f"ví dụ: {example}.")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        check.error(dotted, f"phải là một số nguyên không âm, ví dụ: {example}.")
        return None
    return value


def _full_day(check: FieldChecker, value: Any, dotted: str, what: str) -> dt.date | None:
    date = date_of(check, value, dotted)
    if date is None:
        if dotted not in check.bad:
            check.error(dotted, f"thiếu {what} (NĂM-THÁNG-NGÀY, ví dụ 2025-03-31).")
        return None
    if date.is_partial:
        check.error(dotted, f"{what} phải đủ ngày, tháng, năm (ví dụ 2025-03-31), không chỉ «{date.iso()}».")
        return None
    return date.earliest()


def _group(check: FieldChecker, value: Any, dotted: str, example: str) -> dict | None:
    if blank(value):
        return None
    if not isinstance(value, dict):
        check.error(dotted, f"phải là nhóm trường con, ví dụ: {example}")
        return None
    return value


def _https(text: str) -> bool:
    """An https address with a host and nothing a browser would read otherwise."""
    url = web_url(text)
    return bool(url) and url.lower().startswith("https://")


def _contact(check: FieldChecker, value: Any, dotted: str) -> Contact:
    group = _group(check, value, dotted, 'contact: {address: "…", phone: "…", email: "…", url: "https://…"}')
    if group is None:
        return Contact()
    _unknown(check, group, CONTACT_FIELDS, f"{dotted}.")
    found = {f.name: _opt(text_of(check, group.get(f.name), f"{dotted}.{f.name}", f.example)) for f in CONTACT_FIELDS}
    if found["email"] and not _EMAIL.match(found["email"]):
        check.error(f"{dotted}.email", f"«{found['email']}» không phải địa chỉ thư điện tử (ví dụ ubnd@xa.gov.vn).")
        found["email"] = None
    if found["phone"] and not _PHONE.match(found["phone"]):
        check.error(f"{dotted}.phone", f"«{found['phone']}» không phải số điện thoại (chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang).")
        found["phone"] = None
    if found["url"] and not _https(found["url"]):
        check.error(f"{dotted}.url", f"«{found['url']}» không phải địa chỉ https:// của biểu mẫu góp ý.")
        found["url"] = None
    return Contact(**found)


def _channels(check: FieldChecker, raw: Any, dotted: str) -> list[tuple[str, int]] | None:
    """Opinions by channel, as a mapping «hình thức: số» or as a list of {form, opinions} (the web editor's);
    None when absent or when an entry is wrong (then no sum is checked)."""
    if blank(raw):
        return None
    if isinstance(raw, dict):
        entries = [(name, count, f"{dotted}.{name}", f'"{name}": 12') for name, count in raw.items()]
    elif isinstance(raw, list) and all(isinstance(item, dict) for item in raw):
        entries = []
        for i, item in enumerate(raw):
            _unknown(check, item, CHANNEL_COUNT_FIELDS, f"{dotted}.{i}.")
            check.require(f"{dotted}.{i}", "form", not blank(item.get("form")), "hình thức")
            entries.append((item.get("form"), item.get("opinions"), f"{dotted}.{i}.opinions", "opinions: 12"))
    else:
        check.error(dotted, 'phải là nhóm «hình thức: số ý kiến», ví dụ: channels: {"họp thôn": 30, "hòm thư góp ý": 12}')
        return None
    channels = []
    for name, count, where, example in entries:
        number = _count(check, count, where, example)
        if number is not None and not blank(name):
            channels.append((" ".join(str(name).split()), number))
    return channels if len(channels) == len(entries) else None


def _result(check: FieldChecker, value: Any, dotted: str, today: dt.date, end: dt.date | None,
            source: Path | None) -> ConsultationResult | None:
    group = _group(check, value, dotted, "result: {date: 2025-04-05, opinions: 42}")
    if group is None:
        return None
    _unknown(check, group, CONSULTATION_RESULT_FIELDS, f"{dotted}.")
    date = date_of(check, group.get("date"), f"{dotted}.date")
    check.require(dotted, "date", date is not None, "ngày công bố kết quả")
    opinions = _count(check, group.get("opinions"), f"{dotted}.opinions", "opinions: 42")
    check.require(dotted, "opinions", opinions is not None, "tổng số ý kiến nhận được; ghi 0 nếu không có ý kiến nào")
    if date is not None and date.earliest() > today:
        check.error(f"{dotted}.date", f"ngày công bố kết quả {date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    elif date is not None and end is not None and date.earliest() <= end:
        check.error(f"{dotted}.date", f"kết quả được công bố ngày {date.iso()}, khi chưa hết thời gian lấy ý kiến "
                    f"(đến hết ngày {end.strftime('%d/%m/%Y')}); kết quả ghi sau khi hết hạn.")
    channels = _channels(check, group.get("channels"), f"{dotted}.channels")
    if channels is not None and opinions is not None and sum(n for _, n in channels) != opinions:
        check.error(f"{dotted}.channels", f"tổng số ý kiến theo hình thức là {sum(n for _, n in channels)}, khác tổng "
                    f"số ý kiến (opinions: {opinions}).")
    channels = channels or []
    objections = []
    raw = group.get("not_accepted")
    if not blank(raw):
        if not isinstance(raw, list):
            check.error(f"{dotted}.not_accepted", "phải là danh sách, mỗi ý kiến một mục {opinion: …, reason: …}.")
        else:
            for i, item in enumerate(raw):
                where = f"{dotted}.not_accepted.{i}"
                if not isinstance(item, dict):
                    check.error(where, "mỗi mục là một nhóm {opinion: «ý kiến», reason: «vì sao không tiếp thu»}.")
                    continue
                _unknown(check, item, OBJECTION_FIELDS, f"{where}.")
                opinion = text_of(check, item.get("opinion"), f"{where}.opinion", 'opinion: "…"')
                reason = text_of(check, item.get("reason"), f"{where}.reason", 'reason: "…"')
                check.require(where, "opinion", opinion is not NOTHING, "ý kiến không được tiếp thu")
                check.require(where, "reason", reason is not NOTHING, "giải trình: vì sao không tiếp thu ý kiến này")
                if opinion is not NOTHING and reason is not NOTHING:
                    objections.append(Objection(opinion, reason))
    report = text_of(check, group.get("report"), f"{dotted}.report", 'report: "bao-cao-tiep-thu.pdf"')
    report = None if report is NOTHING else evidence_of(check, report, f"{dotted}.report", source)
    decision_date = date_of(check, group.get("decision_date"), f"{dotted}.decision_date")
    if decision_date is not None and decision_date.earliest() > today:
        check.error(f"{dotted}.decision_date", f"ngày {decision_date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    accepted = texts_of(check, group.get("accepted"), f"{dotted}.accepted", 'accepted: ["…"]')
    decision = _opt(text_of(check, group.get("decision"), f"{dotted}.decision", 'decision: "12/QĐ-UBND"'))
    if date is None or opinions is None:
        return None
    return ConsultationResult(date=date, opinions=opinions, channels=tuple(channels), accepted=accepted,
                              not_accepted=tuple(objections), decision=decision, decision_date=decision_date,
                              report=report)


def check_consultation(check: FieldChecker, values: dict, today: dt.date, source: Path | None = None) -> Consultation | None:
    """`consultation` from a plan's front-matter values (passed through unconverted)."""
    value = values.get("consultation")
    group = _group(check, value, "consultation", 'consultation: {matter: "Dự thảo …", from: 2025-03-01, to: 2025-03-31}')
    if group is None:
        return None
    _unknown(check, group, CONSULTATION_FIELDS, "consultation.")
    matter = text_of(check, group.get("matter"), "consultation.matter", 'matter: "Dự thảo Kế hoạch …"')
    check.require("consultation", "matter", matter is not NOTHING, "nội dung lấy ý kiến, thường là tên dự thảo")
    item = _count(check, group.get("law_item"), "consultation.law_item", "law_item: 1")
    if item is not None and not 1 <= item <= LAW_ITEM_COUNT:
        check.error("consultation.law_item", f"Điều 25 {LAW} có {LAW_ITEM_COUNT} khoản; ghi số từ 1 đến {LAW_ITEM_COUNT}.")
        item = None
    start = _full_day(check, group.get("from"), "consultation.from", "ngày bắt đầu lấy ý kiến")
    end = _full_day(check, group.get("to"), "consultation.to", "ngày cuối cùng nhận ý kiến")
    if start and end and end < start:
        check.error("consultation.to", f"ngày cuối ({end.strftime('%d/%m/%Y')}) trước ngày bắt đầu ({start.strftime('%d/%m/%Y')}).")
    forms = group.get("forms")
    if not blank(forms) and not isinstance(forms, list):
        check.error("consultation.forms", 'phải là danh sách, ví dụ: forms: ["họp thôn, tổ dân phố", "hòm thư góp ý"]')
        forms = None
    forms = texts_of(check, forms, "consultation.forms", '"hòm thư góp ý"')
    contact = _contact(check, group.get("contact"), "consultation.contact")
    result = _result(check, group.get("result"), "consultation.result", today, end, source)
    if matter is NOTHING or start is None or end is None or end < start:
        return None
    # An open consultation without a contact is warned of where the contacts file is known too
    # (catalog.contacts.warn_unreachable_consultations): the issuer's channels may stand in for it.
    return Consultation(matter=matter, start=start, end=end, law_item=item, forms=forms, contact=contact, result=result,
                        line=check.raw.line_of("consultation"))



# -- village decisions ----------------------------------------------------------------------------
def _decision(check: FieldChecker, item: dict, where: str, today: dt.date, index: int) -> VillageDecision | None:
    _unknown(check, item, VILLAGE_DECISION_FIELDS, f"{where}.")
    village = text_of(check, item.get("village"), f"{where}.village", 'village: "Thôn Đông"')
    matter = text_of(check, item.get("matter"), f"{where}.matter", 'matter: "…"')
    for name, value, what in (("village", village, "thôn, tổ dân phố"), ("matter", matter, "nội dung Nhân dân quyết định")):
        check.require(where, name, value is not NOTHING, what)
    date = date_of(check, item.get("date"), f"{where}.date")
    check.require(where, "date", date is not None, "ngày họp hoặc ngày kết thúc phát phiếu")
    if date is not None and date.earliest() > today:
        check.error(f"{where}.date", f"ngày {date.iso()} ở tương lai (hôm nay là {today.isoformat()}).")
    decision_id = str(index + 1) if blank(item.get("id")) else item_id(check, item.get("id"), f"{where}.id")
    counts = {name: _count(check, item.get(name), f"{where}.{name}", f"{name}: 120")
              for name in ("households", "participating", "in_favour")}
    households, participating, in_favour = counts["households"], counts["participating"], counts["in_favour"]
    if households is not None and participating is not None and participating > households:
        check.error(f"{where}.participating", f"số hộ tham gia ({participating}) lớn hơn tổng số hộ ({households}).")
    if participating is not None and in_favour is not None and in_favour > participating:
        check.error(f"{where}.in_favour", f"số hộ tán thành ({in_favour}) lớn hơn số hộ tham gia ({participating}).")
    elif households is not None and in_favour is not None and in_favour > households:
        check.error(f"{where}.in_favour", f"số hộ tán thành ({in_favour}) lớn hơn tổng số hộ ({households}).")
    text = text_of(check, item.get("result"), f"{where}.result", 'result: "thông qua"')
    result = next((r for r in VILLAGE_DECISION_RESULTS if text is not NOTHING and fold(r) == fold(text)), None)
    if text is NOTHING:
        if f"{where}.result" not in check.bad:
            check.error(where, "thiếu «result» («thông qua» hoặc «không thông qua»).")
    elif result is None:
        check.error(f"{where}.result", f"kết quả «{text}» không hợp lệ; chỉ dùng «thông qua» hoặc «không thông qua».")
    if village is NOTHING or matter is NOTHING or date is None or decision_id is None or result is None:
        return None
    decision = VillageDecision(id=decision_id, village=village, matter=matter, date=date, result=result,
                               form=_opt(text_of(check, item.get("form"), f"{where}.form", 'form: "hội nghị"')),
                               households=households, participating=participating, in_favour=in_favour,
                               note=_opt(text_of(check, item.get("note"), f"{where}.note", 'note: "…"')),
                               line=check.raw.line_of(where))
    carried = passes(decision)
    if carried is None:
        missing = " và ".join(n for n in ("households", "in_favour") if counts[n] is None)
        check.warning(where, f"chưa ghi {missing}: không kiểm tra được kết quả với số hộ tán thành.")
    elif carried != (result == "thông qua"):
        need = households // 2 + 1
        check.warning(f"{where}.result", f"kết quả «{result}» trái với số liệu: {in_favour}/{households} hộ tán thành, "
                      + ("chưa" if not carried else "đã") + f" quá một nửa tổng số hộ (quá một nửa là từ {need} hộ trở lên).")
    return decision


def check_village_decisions(check: FieldChecker, values: dict, today: dt.date) -> list[VillageDecision]:
    return checked_items(
        check, values.get("village_decisions"), "village_decisions",
        "phải là danh sách, mỗi nội dung một mục bắt đầu bằng «- village: …».",
        "mỗi mục là một nhóm trường {village: …, matter: …, date: …, result: …}.",
        lambda item, where, i: _decision(check, item, where, today, i),
        lambda decision, first: f"mã «{decision.id}» trùng với mục {check.shown(first)}; mỗi mục một mã riêng.")
