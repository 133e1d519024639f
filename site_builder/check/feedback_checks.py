"""Checking a document's `feedback:` (fields: `record_fields.FEEDBACK_FIELDS`) into `model.feedback.Feedback`
records through the field checker. A summary retells what a citizen sent, so a phone or citizen-ID number in it
is the sender's: an error, never published. An answer may give the office's own hotline, so there a phone number
only warns, as in a plan's text; a CCCD is always an error."""

from __future__ import annotations

from typing import Any

from ..model.dates import PartialDate
from ..model.feedback import Feedback
from ..model.record_fields import FEEDBACK_FIELDS
from .disclosure_checks import past_day
from .field_checker import FieldChecker, checked_items
from .safety import scan
from .task_checks import NOTHING, blank, item_id, text_of, unknown_keys

_FULL_DAY_WHY = "(NĂM-THÁNG-NGÀY), để đếm số ngày trả lời."


def _personal_data(check: FieldChecker, text: str, dotted: str, sender: bool) -> None:
    """The plan's own personal-data scan, on one field, reported at that field's line. In a summary
    (`sender`) any number is the sender's; in an answer a phone number may be the office's hotline."""
    for finding in scan(text, check.raw.line_of(dotted)):
        if finding.error or "CCCD" in finding.message:
            check.error(dotted, finding.message)
        elif sender:
            number = finding.message.split("«", 1)[1].split("»", 1)[0]
            check.error(dotted, f"có số điện thoại «{number}» trong nội dung phản ánh: đây là thông tin cá nhân của "
                        "người gửi, không được công khai. Hãy bỏ đi; nội dung phản ánh do cán bộ tóm tắt.")
        else:
            check.warning(dotted, finding.message)


def _one(check: FieldChecker, item: dict, where: str, index: int, issued: PartialDate | None) -> Feedback | None:
    unknown_keys(check, item, FEEDBACK_FIELDS, f"{where}.")
    received = past_day(check, item.get("received"), f"{where}.received", "ngày nhận", _FULL_DAY_WHY)
    summary = text_of(check, item.get("summary"), f"{where}.summary", 'summary: "…"')
    check.require(where, "received", received is not None, "ngày nhận phản ánh")
    check.require(where, "summary", summary is not NOTHING, "nội dung phản ánh, do cán bộ tóm tắt")
    raw_id = item.get("id")
    given_id = str(index + 1) if blank(raw_id) else item_id(check, raw_id, f"{where}.id")
    channel = text_of(check, item.get("channel"), f"{where}.channel", 'channel: "Hộp thư góp ý"')
    answer = text_of(check, item.get("answer"), f"{where}.answer", 'answer: "…"')
    answered = past_day(check, item.get("answered"), f"{where}.answered", "ngày trả lời", _FULL_DAY_WHY)
    by = text_of(check, item.get("answered_by"), f"{where}.answered_by", 'answered_by: "Chủ tịch UBND xã"')
    if summary is not NOTHING:
        _personal_data(check, summary, f"{where}.summary", sender=True)
    if answer is not NOTHING:
        _personal_data(check, answer, f"{where}.answer", sender=False)
    if answer is not NOTHING and answered is None and f"{where}.answered" not in check.bad:
        check.error(f"{where}.answer", "có câu trả lời nhưng chưa ghi ngày trả lời: answered: NĂM-THÁNG-NGÀY.")
    if answered is not None and answer is NOTHING and f"{where}.answer" not in check.bad:
        check.error(f"{where}.answered", "có ngày trả lời nhưng chưa ghi nội dung trả lời (answer).")
    if by is not NOTHING and answer is NOTHING:
        check.warning(f"{where}.answered_by", "có người trả lời nhưng chưa ghi nội dung trả lời (answer).")
    if received is not None and answered is not None and answered < received:
        check.error(f"{where}.answered", f"ngày trả lời {answered.strftime('%d/%m/%Y')} trước ngày nhận "
                    f"{received.strftime('%d/%m/%Y')}.")
        return None
    if received is not None and issued is not None and received < issued.earliest():
        check.warning(f"{where}.received", f"ngày nhận {received.strftime('%d/%m/%Y')} trước ngày ban hành văn bản "
                      f"({issued.vietnamese()}); hãy kiểm tra lại ngày nhận.")
    if received is None or summary is NOTHING or given_id is None:
        return None
    return Feedback(given_id, received, summary, None if channel is NOTHING else channel,
                    None if answer is NOTHING else answer, answered, None if by is NOTHING else by,
                    check.raw.line_of(where))


def check_feedback(check: FieldChecker, value: Any, issued: PartialDate | None) -> list[Feedback]:
    """`feedback` from a plan's front-matter value (passed through unconverted), oldest first."""
    found = checked_items(
        check, value, "feedback", "phải là danh sách, mỗi phản ánh một mục bắt đầu bằng «- received: …».",
        "mỗi mục là một nhóm trường {received: …, channel: …, summary: …, answer: …}.",
        lambda item, where, i: _one(check, item, where, i, issued),
        lambda record, first: f"mã «{record.id}» trùng với phản ánh ở dòng {check.raw.line_of(first)}; mỗi phản ánh "
                              "một mã riêng.")
    return sorted(found, key=lambda f: f.received)
