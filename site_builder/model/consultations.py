"""«Dân bàn» (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15): a draft under consultation (Art. 25–26) and the
matters a village decides itself (Art. 15), as officials record them in a document's front-matter
(`consultation`, `village_decisions`; fields: `consultation_fields`).

Plain data and pure functions, in the manner of `tasks`; `check.consultation_checks` builds them. Whether a
consultation is open, closed without a published result or reported is never written: `consultation_state`
computes it from the build date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .contacts import Contact
from .dates import PartialDate
from .paths import slugify

# Art. 25 has nine items; only those whose wording was checked against the law are named on the site.
LAW_ITEMS = {
    1: "dự thảo kế hoạch phát triển kinh tế - xã hội của cấp xã",
    2: "dự thảo quy hoạch sử dụng đất cấp huyện, việc quản lý, sử dụng quỹ đất giao cho xã",
    3: "chủ trương đầu tư, xây dựng, đất đai, đền bù, giải phóng mặt bằng, tái định cư",
    4: "đề án thành lập, nhập, chia, điều chỉnh địa giới, đặt tên đơn vị hành chính, thôn, tổ dân phố",
}
LAW_ITEM_COUNT = 9
LAW = "Luật Thực hiện dân chủ ở cơ sở"

ANCHOR = "lay-y-kien"  # the consultation's section on its document's page (the checker knows it as a link target)


# -- the model ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Objection:
    opinion: str
    reason: str


@dataclass(frozen=True)
class ConsultationResult:
    date: PartialDate
    opinions: int
    channels: tuple[tuple[str, int], ...] = ()
    accepted: tuple[str, ...] = ()
    not_accepted: tuple[Objection, ...] = ()
    decision: str | None = None
    decision_date: PartialDate | None = None
    report: str | None = None  # a URL, or a file path under the content folder

    @property
    def report_is_url(self) -> bool:
        return bool(self.report) and self.report.startswith(("https://", "http://"))


@dataclass(frozen=True)
class Consultation:
    matter: str
    start: dt.date
    end: dt.date  # the last day opinions are taken
    law_item: int | None = None
    forms: tuple[str, ...] = ()
    contact: Contact = Contact()
    result: ConsultationResult | None = None
    line: int = 0


def law_label(item: int | None) -> str | None:
    if item is None:
        return None
    what = LAW_ITEMS.get(item)
    return f"khoản {item} Điều 25 {LAW}" + (f" ({what})" if what else "")


# -- what the build date says ---------------------------------------------------------------------
UPCOMING, OPEN, PENDING, REPORTED = "sap-lay-y-kien", "dang-lay-y-kien", "chua-cong-bo-ket-qua", "da-cong-bo-ket-qua"
STATE_LABELS = {UPCOMING: "sắp lấy ý kiến", OPEN: "đang lấy ý kiến", PENDING: "chưa công bố kết quả",
                REPORTED: "đã công bố kết quả"}


@dataclass(frozen=True)
class ConsultationState:
    code: str  # UPCOMING, OPEN, PENDING or REPORTED
    days_left: int | None  # while open: days after today still open (0: today is the last day)

    @property
    def label(self) -> str:
        return STATE_LABELS[self.code]

    @property
    def open(self) -> bool:
        return self.code == OPEN


def consultation_state(consultation: Consultation, today: dt.date) -> ConsultationState:
    """Computed like an overdue task: a closed window without a recorded result is «chưa công bố kết quả»."""
    if consultation.result is not None:
        return ConsultationState(REPORTED, None)
    if today < consultation.start:
        return ConsultationState(UPCOMING, None)
    if today <= consultation.end:
        return ConsultationState(OPEN, (consultation.end - today).days)
    return ConsultationState(PENDING, None)


def days_left_text(days: int) -> str:
    return "hôm nay là ngày cuối" if days == 0 else f"còn {days} ngày"



# -- village decisions ----------------------------------------------------------------------------
@dataclass(frozen=True)
class VillageDecision:
    id: str
    village: str
    matter: str
    date: PartialDate
    result: str  # one of fields.VILLAGE_DECISION_RESULTS
    form: str | None = None
    households: int | None = None
    participating: int | None = None
    in_favour: int | None = None
    note: str | None = None
    line: int = 0


def decision_anchor(decision: VillageDecision) -> str:
    """The id of a village decision on its document's page (the listing links to it)."""
    return f"qd-{slugify(decision.id)}"


def passes(decision: VillageDecision) -> bool | None:
    """Whether the counts carry the matter: more than half of all households in favour; None when unknown."""
    if decision.households is None or decision.in_favour is None:
        return None
    return decision.in_favour * 2 > decision.households
