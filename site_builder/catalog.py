"""All plans together: the listings citizens browse, and the checks that need every plan at once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .diagnostics import Diagnostics
from .identity import normalise_name as identity_name
from .doctypes import normalise_name
from .models import Plan
from .paths import slugify

UNKNOWN_YEAR = "chua-ro-nam"
UNKNOWN_PLACE = "chua-ro-dia-ban"


@dataclass
class Group:
    key: str  # URL slug (for issuers, unique among issuers: see assign_issuer_slugs)
    name: str  # as shown
    plans: list[Plan] = field(default_factory=list)
    children: list["Group"] = field(default_factory=list)


def issuer_key(issuer: str) -> str:
    # "UBND xã X" and "Ủy ban nhân dân xã X" are one body; spelling variants of tones too.
    name = normalise_name(issuer)
    for long, short in (("ủy ban nhân dân", "ubnd"), ("uỷ ban nhân dân", "ubnd"), ("hội đồng nhân dân", "hđnd")):
        name = name.replace(long, short)
    return slugify(name)


def assign_issuer_slugs(groups: list[Group]) -> None:
    """Turn issuer groups keyed by normalised name into groups keyed by a unique URL slug, and tell
    each plan its issuer's slug (what `site_map.issuer_page` reads).

    Slugs fold tones and đ, so «Xuân Hòa» and «Xuân Hóa» (two communes) or «Đoàn» and «Doan» would
    share a page. As for cited documents (`directives.assign_slugs`), the later ones by name get
    "-2", "-3": the numbering depends only on the names, so it is the same in every build. A number
    never takes the slug another issuer's name gives on its own ("… 2")."""
    bases = {group.key: issuer_key(group.key) for group in groups}
    reserved = set(bases.values())
    claimed: set[str] = set()
    for group in sorted(groups, key=lambda g: g.key):
        slug = base = bases[group.key]
        number = 1
        while slug in claimed or (number > 1 and slug in reserved):
            number += 1
            slug = f"{base}-{number}"
        claimed.add(slug)
        group.key = slug
        for plan in group.plans:
            plan.issuer_slug = slug


def _sort_key(plan: Plan):
    """Newest first; undated plans after dated ones, then by title."""
    issued = plan.issued
    stamp = (issued.year, issued.month or 0, issued.day or 0) if issued else (0, 0, 0)
    return (tuple(-x for x in stamp), normalise_name(plan.title), plan.rel)


def _group(plans: list[Plan], key_and_name) -> list[Group]:
    groups: dict[str, Group] = {}
    names: dict[str, Counter] = {}
    for plan in plans:
        key, name = key_and_name(plan)
        groups.setdefault(key, Group(key, name)).plans.append(plan)
        names.setdefault(key, Counter())[name] += 1
    for key, group in groups.items():
        # Show the spelling most plans use ("Thanh Hóa" vs "Thanh Hoá" share one slug).
        group.name = names[key].most_common(1)[0][0]
    return list(groups.values())


class Catalog:
    def __init__(self, plans: list[Plan]):
        self.plans = sorted(plans, key=_sort_key)
        self.by_year = self._years()
        # One issuer per name as check_catalog compares them (tone placement and "Ủy ban nhân dân"/"UBND"
        # aside), never per slug.
        issuers = _group(self.plans, lambda p: (identity_name(p.issuer), p.issuer))
        assign_issuer_slugs(issuers)
        self.by_issuer = sorted(issuers, key=lambda g: normalise_name(g.name))
        self.by_place = self._places()

    def _years(self) -> list[Group]:
        groups = _group(
            self.plans,
            lambda p: (str(p.year), str(p.year)) if p.year else (UNKNOWN_YEAR, "Chưa rõ năm ban hành"),
        )
        return sorted(groups, key=lambda g: (g.key == UNKNOWN_YEAR, -int(g.key) if g.key.isdigit() else 0))

    def _places(self) -> list[Group]:
        """Province, then the commune or district named; plans naming no province are kept together."""

        def province(p: Plan):
            if p.locality.province:
                return slugify(p.locality.province), p.locality.province
            return UNKNOWN_PLACE, "Chưa rõ tỉnh/thành phố"

        def local(p: Plan):
            inner = [n for n in (p.locality.district, p.locality.commune) if n]
            if not inner:
                return "", "Cấp tỉnh hoặc chưa ghi cấp dưới"
            return slugify(" ".join(inner)), ", ".join(reversed(inner))

        groups = _group(self.plans, province)
        for group in groups:
            group.children = sorted(_group(group.plans, local), key=lambda g: (g.key == "", normalise_name(g.name)))
        return sorted(groups, key=lambda g: (g.key == UNKNOWN_PLACE, normalise_name(g.name)))


def check_catalog(plans: list[Plan], diags: Diagnostics) -> None:
    """Findings that only appear when plans are seen together."""
    seen: dict[tuple, Plan] = {}
    for plan in sorted(plans, key=lambda p: p.rel):
        if plan.number is None or not plan.number.has_number:
            continue
        # A number restarts every year and each issuer has its own series (DESIGN: identity). The
        # issuer is compared by name (tone placement and "Ủy ban nhân dân"/"UBND" aside) within its
        # province, never by a slug: "Xuân Hòa" and "Xuân Hóa" are two communes, Đ is not D.
        province = identity_name(plan.locality.province) if plan.locality.province else None
        identity = (identity_name(plan.issuer), province, plan.year, plan.number_raw.replace(" ", ""))
        first = seen.setdefault(identity, plan)
        if first is not plan:
            diags.error(
                plan.path,
                plan.lines.get("number", 1),
                "number",
                f"trùng số ký hiệu «{plan.number_raw}» của {plan.issuer}"
                + (f" năm {plan.year}" if plan.year else "")
                + f" với {first.path}; mỗi văn bản chỉ được đăng một lần.",
            )
