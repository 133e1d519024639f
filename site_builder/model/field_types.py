"""What a front-matter field is: its kind and its entry in a field table (`fields`, `consultation_fields`).
Apart from the tables so that each feature's table can live in its own module without a loop through `fields`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "chuỗi văn bản"
    DATE = "ngày (đủ hoặc thiếu)"
    TEXT_LIST = "danh sách chuỗi"
    GROUP = "nhóm trường"
    GROUP_LIST = "danh sách nhóm trường"
    # -- issue 5 (tasks and targets; validated in site_builder.tasks) --
    ID = "mã ngắn (chữ không dấu, số, dấu chấm, gạch ngang)"
    TEXT_OR_LIST = "chuỗi hoặc danh sách chuỗi"
    PERCENT = "số nguyên từ 0 đến 100"
    DEADLINE = "hạn: ngày, hoặc lịch lặp lại"
    TASK_LIST = "danh sách nhiệm vụ/chỉ tiêu"
    # -- end issue 5 --
    # -- issue 17 (consultations, village decisions; checked in check.consultation_checks) --
    COUNT = "số nguyên không âm"
    COUNT_MAP = "nhóm «tên: số»"
    CONSULTATION = "nhóm trường lấy ý kiến"
    DECISION_LIST = "danh sách nội dung Nhân dân quyết định"
    # -- end issue 17 --
    # -- issue 17 (disclosure record, feedback; checked in check.disclosure_checks and check.feedback_checks) --
    CLAUSES = "số khoản (1–14) hoặc danh sách số khoản"
    DATE_LIST = "danh sách ngày"
    RECORD = "nhóm thông tin công khai"
    RECORD_LIST = "danh sách phản ánh, kiến nghị"
    # -- end issue 17 --


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # how the site and the guide name it
    kind: Kind
    help: str  # for officials, in Vietnamese
    example: str  # a YAML snippet
    required: bool = False
    subfields: tuple["Field", ...] = ()
    choices: tuple[str, ...] = ()  # issue 5: allowed values (JSON Schema enum), if any
