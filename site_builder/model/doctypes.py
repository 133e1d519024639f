"""Vietnamese document types (tên loại văn bản) and the codes used in document numbers."""

from __future__ import annotations

from .text import plain_key

# Code in the number/symbol → full type name (Nghị định 30/2020/NĐ-CP, Phụ lục III; party
# documents per Hướng dẫn 36-HD/VPTW).  Case matters for some codes (QĐi, CTr, TTr).
TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QyĐ": "Quy định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "TB": "Thông báo",
    "TBKL": "Thông báo kết luận",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "KL": "Kết luận",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "L": "Luật",
    "PL": "Pháp lệnh",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
}

# Names an official may write in `doc_type`; compared without case so "KẾ HOẠCH" also matches.
TYPE_NAMES: frozenset[str] = frozenset(TYPE_CODES.values()) | {"Công văn", "Hiến pháp", "Lệnh"}


_KNOWN = {plain_key(n) for n in TYPE_NAMES}


def is_known_type(name: str) -> bool:
    return plain_key(name) in _KNOWN


def type_for_code(code: str) -> str | None:
    return TYPE_CODES.get(code)
