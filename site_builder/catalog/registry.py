"""The registry of known cited documents (`content/van-ban-can-cu.yml`), kept by officials."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..load.content_tree import plain_file
from ..load.frontmatter import decode, parse_yaml, read_text_file, unwritable_lines
from ..model.citations import Symbol, canonical_symbol
from ..model.dates import DateError, PartialDate
from ..model.diagnostics import Diagnostics
from ..model.identity import DocumentKey, normalise_name, resolve_body
from ..model.plans import Locality

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
    entries: list[RegistryEntry] = []
    seen: dict[tuple, RegistryEntry] = {}
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
        entry = RegistryEntry(symbol, text_of("type"), issued, text_of("issuer"), text_of("title"), text_of("url"),
                              Locality(**{k: str(v) for k, v in loc.items()}), line)
        first = seen.setdefault(match_key(entry), entry)
        if first is not entry:  # the later one would silently replace the first one's title and address
            diags.error(shown, lines.get(f"{i}.symbol", line), "symbol", f"văn bản «{symbol.text}» đã có trong danh mục ở dòng "
                        f"{first.line}; mỗi văn bản chỉ ghi một lần (hai văn bản cùng số thì năm ban hành hoặc cơ quan "
                        "ban hành phải khác nhau).")
            continue
        entries.append(entry)
    return entries


def entry_key(entry: RegistryEntry) -> DocumentKey:
    """The identity of the document an entry describes, as a citation of it resolves (identity.py);
    a local body the entry cannot place has the body key ""."""
    year = entry.symbol.year or (entry.issued.year if entry.issued else None)
    if entry.symbol.national:
        return DocumentKey(entry.symbol.text, year, None)
    body = resolve_body(entry.issuer, entry.symbol, entry.locality)
    return DocumentKey(entry.symbol.text, year, body.key or "")


def match_key(entry: RegistryEntry) -> tuple:
    """What citations are matched against: the identity, or for a body it cannot place, the body's
    exact wording (see `directives.DirectiveIndex`)."""
    key = entry_key(entry)
    return (key.symbol, key.year, normalise_name(entry.issuer or "")) if key.body == "" else (key,)
