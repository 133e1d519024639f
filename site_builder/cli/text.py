"""Vietnamese for argparse's own words (usage, errors), so officials never meet English help.

argparse looks its strings up through the module-level `_` (gettext) at call time; pointing it
at this table is the supported hook short of shipping a .mo catalogue.
"""

from __future__ import annotations

import argparse

VIETNAMESE = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "đối số",
    "options": "tuỳ chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "đối số không hợp lệ: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "tuỳ chọn không rõ: %(option)s có thể là %(matches)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
}


def install() -> None:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: VIETNAMESE.get(text, original(text))  # type: ignore[attr-defined]
