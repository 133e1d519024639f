"""The portal's own search index: what a national visitor searches first (issue 22).

Merging every member's full-text index in the browser (`extra.search_merge`) costs ~2.5 MB and a
second of work per member for a common word: 85 MB at 34 provinces. The portal instead indexes one
short record per member plan, made from the member's plans.json: title, number, type, issuer,
place, date, the documents it cites. Records are Pagefind custom records (no page of their own: the
result links to the plan on its member's site) with the filters and metadata of a plan page
(partials/search-record.html), so the search page shows them as it shows plans. They go in bundles
of their own (search_bundles) by year, newest first; the newest records join the portal's first
bundle, which answers at once. The full text of one province is its member's own index, which the
search page searches once the visitor chooses that province (assets/sb-search.js, members.json).

Member data is untrusted: every field is checked as portal_data checks the rest (`_Shape`), and a
record that cannot be read is left out of the index only, with the member's other data still used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model.dates import PartialDate
from ..model.json_files import json_bytes
from ..model.plans import Locality
from ..publish.search_bundles import SEARCH_DIR, Bundle
from ..render.labels import issued_label
from ..render.search import folded_words

if TYPE_CHECKING:
    from .member_data import Member, _Shape

# Records a bundle holds. A record is ~40 words against a plan page's thousands: bench/portal_bench.py
# measures the first answer over the newest bundle (≤ 1 s, ≤ 1 MB at 34 provinces, issue 22).
MAX_RECORDS = 10_000
MEMBERS_FILE = "members.json"  # in SEARCH_DIR: which member's own index holds which province's full text
MAX_CITES = 50  # cited documents of one record; a plans.json of site-builder lists a plan's once each


@dataclass(frozen=True)
class NationalRecord:
    """One member plan as the portal's search knows it."""

    url: str  # absolute, on the member's site
    title: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    issued: PartialDate | None
    locality: Locality
    cites: tuple[str, ...]
    member: str  # the member's name

    @property
    def year(self) -> int | None:
        return self.issued.year if self.issued else None

    def place(self) -> str:
        parts = [self.locality.commune, self.locality.district, self.locality.province]
        return ", ".join(p for p in parts if p)

    def pagefind(self) -> dict:
        """The custom record Pagefind's service takes (AddRecord); `content` is what is searched and
        what excerpts are cut from, the folded words (search.folded_words) at its end, skipped in excerpts."""
        number = self.number or "Chưa có số"
        said = [self.title, f"{self.doc_type or 'Văn bản'} số {number}" if self.number else "",
                self.issuer or "", self.place(), ("Căn cứ " + ", ".join(self.cites)) if self.cites else ""]
        text = ". ".join(part for part in said if part)
        folded = folded_words(f"{self.title} {self.issuer or ''} {self.place()}")
        issued = self.issued.iso() if self.issued else None
        # Province, year and type only: an issuer filter of every commune of the country, or one of cited
        # numbers (one number is a different document in each province), would be loaded whole.
        filters = {"province": [self.locality.province or "Chưa ghi tỉnh/thành"],
                   "year": [str(self.year) if self.year else "Chưa rõ năm"],
                   "type": [self.doc_type or "Văn bản"]}
        return {
            "url": self.url,
            "content": " ".join([text, *folded]),
            "language": "vi",
            "meta": {"title": self.title, "type": self.doc_type or "Văn bản", "number": number,
                     "issuer": self.issuer or "", "issued": issued_label(self.issued), "sb_tail": str(len(folded)),
                     "site": self.member},
            "filters": filters,
            "sort": {"date": issued or (str(self.year) if self.year else "0000")},
        }


def read_record(shape: "_Shape", record: dict, where: str, url: str, issued: PartialDate | None, place: Locality,
                number: str | None, member: "Member") -> NationalRecord | None:
    """The search record of one checked plans.json record; None when its title cannot be used (the plan
    still counts for the member's other data). Problems are the member's warnings, as the rest."""
    before = shape.errors
    title = shape.text(record, "title", where, required=True)
    doc_type, issuer = shape.text(record, "doc_type", where), shape.text(record, "issuer", where)
    cites = record.get("cites") or []
    if not isinstance(cites, list) or not all(isinstance(c, str) for c in cites):
        shape.error(f"{where}.cites", "phải là danh sách các số, ký hiệu văn bản (chuỗi).")
        cites = []
    symbols = tuple(dict.fromkeys(" ".join(c.split()) for c in cites[:MAX_CITES] if c.strip()))
    if title is None or shape.errors > before:
        return None
    return NationalRecord(member.url + url, title, doc_type, number or shape.text(record, "number", where), issuer,
                          issued, place, symbols, member.name)


def record_bundles(records: list[NationalRecord], first: Bundle) -> list[Bundle]:
    """The records in bundles of at most MAX_RECORDS, newest first: the newest part joins `first` (the
    portal's own first bundle), the others are bundles of their own, searched after it."""
    ordered = sorted(records, key=lambda r: (r.issued.iso() if r.issued else "", r.url), reverse=True)
    chunks = [ordered[i:i + MAX_RECORDS] for i in range(0, len(ordered), MAX_RECORDS)]
    bundles = []
    for number, chunk in enumerate(chunks):
        years = {r.year for r in chunk}
        if number == 0:
            first.records = chunk
            first.years |= years
            continue
        bundles.append(Bundle(f"toan-quoc-{number + 1}", records=chunk, years=years))
    return bundles


def members_json(members: list["Member"], records: list[NationalRecord]) -> bytes:
    """pagefind/members.json: each used member's own index (its site's pagefind/ folder) and the
    provinces its plans name, for the search page to search one province's full text there."""
    provinces: dict[str, set[str]] = {}
    for record in records:
        if record.locality.province:
            provinces.setdefault(record.member, set()).add(record.locality.province)
    listing = [{"name": m.name, "url": m.url, "search": m.url + SEARCH_DIR + "/",
                "provinces": sorted(provinces.get(m.name, ()))} for m in members if m.problem is None]
    return json_bytes({"members": listing})
