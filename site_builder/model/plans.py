"""Typed plans, as validated from front-matter. Plain data: no I/O, no MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field

from .citations import Citation, Symbol
from .consultations import Consultation, VillageDecision
from .dates import PartialDate
from .disclosure import Disclosure
from .docnumber import OwnNumber
from .feedback import Feedback
from .tasks import Task


@dataclass(frozen=True)
class Locality:
    province: str | None = None
    district: str | None = None
    commune: str | None = None

    def levels(self) -> list[str]:
        return [name for name in (self.commune, self.district, self.province) if name]

    def label(self) -> str:
        """Smallest to largest, as an address is written: "Hoằng Hợp, Hoằng Hóa, Thanh Hóa"."""
        return ", ".join(self.levels())


@dataclass(frozen=True)
class Signer:
    name: str | None = None
    title: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class Attachment:
    rel: str  # path under the content folder
    title: str
    size: int
    sha256: str


@dataclass
class Plan:
    rel: str  # path under the content root, e.g. "ke-hoach/2025/x.md"
    path: str  # as shown in messages
    title: str
    doc_type: str
    issuer: str
    number: OwnNumber | None = None
    number_raw: str | None = None  # as written, kept even when its shape is not standard
    issued: PartialDate | None = None
    place: str | None = None
    locality: Locality = field(default_factory=Locality)
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    description: str | None = None
    implements: list[Symbol] = field(default_factory=list)  # declared in front-matter
    basis: list[Symbol] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)  # found in the body
    opening_end: int = 0  # body offset where the opening "Thực hiện …" paragraph ends
    attachments: list[Attachment] = field(default_factory=list)
    change_note: str | None = None
    status: str | None = None  # None (in force), "withdrawn" or "replaced"
    status_reason: str | None = None
    replaced_by: str | None = None
    lines: dict[str, int] = field(default_factory=dict)
    issuer_slug: str = ""  # set by catalog.Catalog: unique among the site's issuers (site_map.issuer_page)
    # -- issue 5: what the plan commits to (site_builder.tasks.Task) --
    tasks: list["Task"] = field(default_factory=list)
    targets: list["Task"] = field(default_factory=list)
    # -- issue 17: «dân bàn» (model.consultations) --
    consultation: Consultation | None = None
    village_decisions: list[VillageDecision] = field(default_factory=list)
    # -- issue 17: how it was made public and citizens' feedback (model.disclosure, model.feedback) --
    disclosure: Disclosure | None = None
    feedback: list[Feedback] = field(default_factory=list)

    # The year a plan is listed and searched under when its date of issue gives none: from the
    # folder it is filed in (ke-hoach/2025/) or its title («… năm 2025»); validate sets both.
    filed_year: int | None = None
    filed_year_source: str | None = None  # "thư mục" or "trích yếu"

    @property
    def year(self) -> int | None:
        """The year of issue, as the document states it (identities use this one)."""
        return self.issued.year if self.issued else None

    @property
    def listed_year(self) -> int | None:
        """The year to browse, filter and search by: the year of issue, else the year it is filed under."""
        return self.issued.year if self.issued else self.filed_year

    @property
    def number_label(self) -> str | None:
        """The number as a citizen should read it; a blank number is said to be blank."""
        if not self.number_raw:
            return None
        if self.number is not None and not self.number.has_number:
            return f"{self.number_raw} (chưa ghi số)"
        return self.number_raw
