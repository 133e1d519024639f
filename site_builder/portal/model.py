"""The portal's model: the member sites, the plans of theirs that cite a document, and the national documents
merged from them (`merge`), as pages and data files show them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..catalog.directives import CitedDocument
from ..model.dates import PartialDate
from ..model.plans import Locality
from ..render.labels import issued_label
from ..render.search import folded_words


@dataclass
class Member:
    name: str
    url: str  # ends with "/"
    data: Path
    line: int  # where the member file declares it
    plans: int = 0
    documents: int = 0
    built_at: str | None = None  # from its data/manifest.json (or plans.json "generated")
    sha256: dict[str, str] = field(default_factory=dict)  # data file → SHA-256 of the copy used
    problem: str | None = None  # why its data is left out of this build (Vietnamese); None when used
    skipped: int = 0  # records of its data left out, each with a warning
    slug: str = ""  # its page and data file on the portal (portal.load_portal)


@dataclass(frozen=True)
class PortalPlan:
    """A citing plan as its member's data describes it; `url` is absolute, on the member's site."""

    url: str
    title: str
    number: str | None
    issuer: str | None
    issued: PartialDate | None
    locality: Locality
    implements: bool


@dataclass
class SiteCiting:
    member: Member
    document_url: str | None = None  # the document's own page on the member's site
    published_url: str | None = None  # the plan of the member's site that is the document itself
    plans: dict[str, PortalPlan] = field(default_factory=dict)  # url → plan

    @property
    def implementing(self) -> int:
        return sum(1 for p in self.plans.values() if p.implements)

    def sorted_plans(self) -> list[PortalPlan]:
        return sorted(self.plans.values(), key=lambda p: (not p.implements, p.title.casefold(), p.url))


@dataclass
class NationalDocument:
    doc: CitedDocument  # identity and facts (type, date, body, title, official_url, slug); no citing plans
    sites: dict[int, SiteCiting] = field(default_factory=dict)  # member index → its citing plans
    # What members say about the document that the portal does not take as its facts (portal.merge):
    # fact → [(value, names of the members saying it)].
    claims: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.doc.slug

    @property
    def citing(self) -> int:
        return sum(len(s.plans) for s in self.sites.values())

    @property
    def implementing(self) -> int:
        return sum(s.implementing for s in self.sites.values())

    @property
    def published(self) -> bool:
        """A member publishes the document's full text: it is one of its plans."""
        return any(s.published_url for s in self.sites.values())

    def by_site(self) -> list[SiteCiting]:
        return [self.sites[i] for i in sorted(self.sites)]

    def not_citing(self, members: list[Member]) -> list[Member]:
        """Members whose data was read and has no plan citing the document (of a member left out of
        this build nothing is known)."""
        return [m for i, m in enumerate(members) if i not in self.sites and m.problem is None]


@dataclass
class Portal:
    members: list[Member]
    documents: list[NationalDocument]  # most cited first
    files_read: int = 0
    records: list[NationalRecord] = field(default_factory=list)  # every used member's plans, for search

    @property
    def used(self) -> list[Member]:
        return [m for m in self.members if m.problem is None]

    def cited_by(self, index: int) -> list[NationalDocument]:
        """The documents plans of the `index`-th member cite, in the portal's order."""
        return [n for n in self.documents if index in n.sites]


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
