"""Where citizens send feedback (`content/tiep-nhan-phan-anh.yml`), kept by officials: read and checked as a
build input, as `registry` reads the cited documents' file.

Per issuer: the office's address, phone, email, web address and a note, and the People's Inspection
Board (Ban Thanh tra nhân dân) where the commune has one. The file is read by the build and never
published as a file (every .yml under content/ is a build input). A phone number here is an official
line published on purpose, so the personal-data checks that apply to plans and feedback do not apply.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..load.content_tree import plain_file
from ..load.frontmatter import RawDocument, decode, parse_yaml, read_text_file, unwritable_lines
from ..model.consultations import OPEN, UPCOMING, consultation_state
from ..model.contacts import CONTACT_KEYS, DEFAULT_ANSWER_DAYS, NO_CONTACT, Contact
from ..model.diagnostics import Diagnostics
from ..model.paths import web_url
from ..model.plans import Plan
from ..model.site_map import issuer_key

CHANNELS_FILE = "tiep-nhan-phan-anh.yml"
CONTACT_FIELDS = {
    "address": "Địa chỉ nhận phản ánh, kiến nghị (trụ sở, bộ phận tiếp nhận).",
    "phone": "Số điện thoại đường dây nóng hoặc của bộ phận tiếp nhận (số công khai của cơ quan).",
    "email": "Địa chỉ thư điện tử của cơ quan.",
    "url": "Địa chỉ trang tiếp nhận phản ánh trên mạng (https://…).",
    "note": "Ghi chú: giờ tiếp công dân, hộp thư góp ý …",
}
TOP_FIELDS = {
    "answer_within_days": f"Số ngày tối đa để trả lời một phản ánh; quá số ngày này mà chưa trả lời thì trang web đánh "
                          f"dấu «quá hạn trả lời». Bỏ trống: {DEFAULT_ANSWER_DAYS} ngày.",
    "issuers": "Danh sách cơ quan ban hành, mỗi cơ quan một mục: issuer (tên, như trong trường issuer của kế hoạch), "
               "address, phone, email, url, note, và inspection_board (Ban Thanh tra nhân dân, cùng các trường đó).",
}
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")



@dataclass
class ContactBook:
    answer_within_days: int = DEFAULT_ANSWER_DAYS
    offices: dict[str, Contact] = field(default_factory=dict)  # issuer_key → the office's channels
    boards: dict[str, Contact] = field(default_factory=dict)  # issuer_key → the People's Inspection Board
    listed: dict[str, tuple[str, int]] = field(default_factory=dict)  # issuer_key → (name as written, line)
    issuers_line: int = 1

    def channels_for(self, issuer: str) -> dict[str, str | None]:
        """Where to send feedback on a document of `issuer`: keys address, phone, email, url, note
        (None when not written; all None when the file does not list the issuer)."""
        return self.offices.get(issuer_key(issuer), NO_CONTACT).as_mapping()

    def inspection_board_for(self, issuer: str) -> dict[str, str | None] | None:
        board = self.boards.get(issuer_key(issuer))
        return board.as_mapping() if board else None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _contact(item: dict, where: str, lines: dict, shown: str, diags: Diagnostics, allowed: tuple[str, ...]) -> Contact:
    line = lines.get(where, 1)
    for key in item:
        if key not in allowed:
            diags.error(shown, lines.get(f"{where}.{key}", line), str(key),
                        "trường không có trong tệp nơi tiếp nhận phản ánh; các trường: " + ", ".join(allowed) + ".")
    values: dict[str, str | None] = {}
    for key in CONTACT_KEYS:
        raw = item.get(key)
        if isinstance(raw, (dict, list)):
            diags.error(shown, lines.get(f"{where}.{key}", line), key, "phải là một chuỗi văn bản.")
            continue
        values[key] = _text(raw)
    if values.get("url") and web_url(values["url"]) is None:
        diags.error(shown, lines.get(f"{where}.url", line), "url", f"«{values['url']}» không phải địa chỉ http:// hay https://.")
        values["url"] = None
    if values.get("email") and not _EMAIL.match(values["email"]):
        diags.error(shown, lines.get(f"{where}.email", line), "email", f"«{values['email']}» không phải địa chỉ thư điện tử.")
        values["email"] = None
    return Contact(**values)


def load_channels(path: Path, shown: str, diags: Diagnostics) -> ContactBook:
    """The contact book of the site; an empty one when the file is absent. Errors go to `diags`."""
    if not plain_file(path.parent, path.name):
        return ContactBook()
    data = read_text_file(path, shown, diags)
    text = decode(data, shown, diags) if data is not None else None
    if text is None or unwritable_lines(text, shown, diags):
        return ContactBook()
    parsed = parse_yaml(text, 1, shown, diags)
    if parsed is None:
        return ContactBook()
    values, lines = parsed
    book = ContactBook()
    for key in values:
        if key not in TOP_FIELDS:
            diags.error(shown, lines.get(str(key), 1), str(key), "trường không có trong tệp nơi tiếp nhận phản ánh; các "
                        "trường: " + ", ".join(TOP_FIELDS) + ".")
    days = values.get("answer_within_days")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
            diags.error(shown, lines.get("answer_within_days", 1), "answer_within_days",
                        f"«{days}» phải là một số ngày từ 1 đến 365, ví dụ: answer_within_days: 15.")
        else:
            book.answer_within_days = days
    issuers = values.get("issuers") or []
    book.issuers_line = lines.get("issuers", 1)
    if not isinstance(issuers, list):
        diags.error(shown, lines.get("issuers", 1), "issuers", "phải là danh sách, mỗi cơ quan một mục «- issuer: …».")
        return book
    first_line: dict[str, int] = {}
    for i, item in enumerate(issuers):
        where = f"issuers.{i}"
        line = lines.get(where, 1)
        if not isinstance(item, dict):
            diags.error(shown, line, f"issuers.{i + 1}", "mỗi mục là một nhóm trường {issuer: …, address: …, phone: …}.")
            continue
        name = _text(item.get("issuer"))
        if name is None:
            diags.error(shown, line, f"issuers.{i + 1}", "thiếu «issuer» (tên cơ quan, như trường issuer của kế hoạch).")
            continue
        key = issuer_key(name)
        if key in first_line:
            diags.error(shown, lines.get(f"{where}.issuer", line), f"issuers.{i + 1}.issuer",
                        f"cơ quan «{name}» đã có ở dòng {first_line[key]}; mỗi cơ quan chỉ ghi một lần.")
            continue
        first_line[key] = line
        book.listed[key] = (name, line)
        office = _contact(item, where, lines, shown, diags, ("issuer", *CONTACT_KEYS, "inspection_board"))
        board_value = item.get("inspection_board")
        board = None
        if board_value is not None:
            if isinstance(board_value, dict):
                board = _contact(board_value, f"{where}.inspection_board", lines, shown, diags, CONTACT_KEYS)
            else:
                diags.error(shown, lines.get(f"{where}.inspection_board", line), f"issuers.{i + 1}.inspection_board",
                            "phải là nhóm trường {address: …, phone: …, note: …}.")
        if office.empty and (board is None or board.empty):
            diags.error(shown, line, f"issuers.{i + 1}", f"chưa ghi cách liên hệ nào cho «{name}» (address, phone, email, url).")
            continue
        if not office.empty:
            book.offices[key] = office
        if board is not None and not board.empty:
            book.boards[key] = board
    return book


def check_coverage(book: ContactBook, issuers: list[str], shown: str, diags: Diagnostics) -> None:
    """With a contacts file, an issuer of the site's plans missing from it (its pages say so), or an entry
    naming no issuer of the site (a misspelt name), is worth a warning."""
    found: dict[str, str] = {}
    for issuer in issuers:
        found.setdefault(issuer_key(issuer), issuer)
    for key, issuer in sorted(found.items(), key=lambda kv: kv[1]):
        if key not in book.listed:
            diags.warning(shown, book.issuers_line, "issuers", f"chưa ghi nơi tiếp nhận phản ánh của «{issuer}»; trang các văn bản của "
                          "cơ quan này ghi là chưa có.")
    for key, (name, line) in book.listed.items():
        if key not in found:
            diags.warning(shown, line, "issuer", f"«{name}» không ban hành văn bản nào trên trang; hãy kiểm tra tên "
                          "(ghi đúng như trường issuer của văn bản).")


def consultation_contact(plan: Plan, book: ContactBook | None) -> tuple[Contact, bool]:
    """Where opinions on `plan`'s consultation go: its own `contact`, else (True) the issuer's channels
    from the contacts file, which an official need not copy into every draft."""
    own = plan.consultation.contact if plan.consultation else NO_CONTACT
    if own.any() or book is None:
        return own, False
    office = Contact(**book.channels_for(plan.issuer))
    return (office, True) if office.any() else (own, False)


def warn_unreachable_consultations(plans: Sequence[Plan], raws: dict[str, RawDocument], book: ContactBook,
                                   today: dt.date, diags: Diagnostics) -> None:
    """An open or coming consultation that names no contact, of an issuer the contacts file gives none
    for: a citizen would not know where to send an opinion."""
    for plan in plans:
        c = plan.consultation
        if c is None or plan.rel not in raws or consultation_state(c, today).code not in (OPEN, UPCOMING):
            continue
        if not consultation_contact(plan, book)[0].any():
            raw = raws[plan.rel]
            diags.warning(raw.path, raw.line_of("consultation.contact"), "consultation.contact",
                          f"chưa ghi nơi nhận ý kiến (address, phone, email hoặc url), và tệp {CHANNELS_FILE} không ghi "
                          f"nơi tiếp nhận của «{plan.issuer}»: người dân không biết gửi ý kiến ở đâu.")
