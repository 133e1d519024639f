"""The registry of known cited documents (`content/van-ban-can-cu.yml`), kept by officials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .citations import Symbol, canonical_symbol
from .content_tree import plain_file
from .dates import DateError, PartialDate
from .diagnostics import Diagnostics
from .frontmatter import decode, parse_yaml, read_text_file, unwritable_lines
from .models import Locality

REGISTRY_FILE = "van-ban-can-cu.yml"
# Fields of a registry entry, with the explanation the officials' guide shows.
REGISTRY_FIELDS = {
    "symbol": "Số, ký hiệu của văn bản (bắt buộc), ví dụ \"33/CT-TTg\", \"114-KL/TW\".",
    "type": "Loại văn bản: Chỉ thị, Nghị quyết, Kết luận …",
    "issued": "Ngày ban hành, NĂM-THÁNG-NGÀY.",
    "issuer": "Cơ quan ban hành, tên đầy đủ; với cơ quan địa phương ghi cả địa danh (\"UBND tỉnh Thanh Hóa\").",
    "title": "Trích yếu của văn bản.",
    "url": "Địa chỉ toàn văn chính thức (Cơ sở dữ liệu quốc gia về văn bản pháp luật, cổng thông tin …).",
    "locality": "Với văn bản của địa phương: {province, district, commune} của cơ quan ban hành.",
}
_KEYS = set(REGISTRY_FIELDS)
_LOCALITY_KEYS = {"province", "district", "commune"}


@dataclass(frozen=True)
class RegistryEntry:
    symbol: Symbol
    type: str | None
    issued: PartialDate | None
    issuer: str | None
    title: str | None
    url: str | None
    locality: Locality
    line: int


def load_registry(path: Path, shown: str, diags: Diagnostics) -> list[RegistryEntry]:
    if not plain_file(path.parent, path.name):  # missing, or a link (which the content walk reports)
        return []
    data = read_text_file(path, shown, diags)
    text = decode(data, shown, diags) if data is not None else None
    if text is None or unwritable_lines(text, shown, diags):
        return []
    parsed = parse_yaml(text, 1, shown, diags, top="list")
    if parsed is None:
        return []
    items, lines = parsed
    entries = []
    for i, item in enumerate(items):
        line = lines.get(str(i), 1)
        if not isinstance(item, dict):
            diags.error(shown, line, "", "mỗi mục trong danh mục phải là một nhóm trường (symbol, type, issuer, title …).")
            continue
        for key in item:
            if key not in _KEYS:
                diags.error(shown, lines.get(f"{i}.{key}", line), str(key), "trường không có trong danh mục văn bản căn cứ: " + ", ".join(sorted(_KEYS)) + ".")
        symbol = canonical_symbol(str(item.get("symbol") or ""))
        if symbol is None:
            diags.error(shown, lines.get(f"{i}.symbol", line), "symbol", f"«{item.get('symbol')}» không phải số, ký hiệu văn bản.")
            continue
        issued = None
        if item.get("issued") not in (None, ""):
            try:
                issued = PartialDate.parse(item["issued"])
            except DateError as exc:
                diags.error(shown, lines.get(f"{i}.issued", line), "issued", str(exc))
        loc = item.get("locality") or {}
        if not isinstance(loc, dict) or set(loc) - _LOCALITY_KEYS:
            diags.error(shown, lines.get(f"{i}.locality", line), "locality", "chỉ gồm province, district, commune.")
            loc = {}
        text_of = lambda k: " ".join(str(item[k]).split()) if item.get(k) not in (None, "") else None  # noqa: E731
        entries.append(RegistryEntry(symbol, text_of("type"), issued, text_of("issuer"), text_of("title"), text_of("url"),
                                     Locality(**{k: str(v) for k, v in loc.items()}), line))
    return entries
