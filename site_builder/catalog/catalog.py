"""All plans together: the listings citizens browse, and the checks that need every plan at once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model.diagnostics import Diagnostics
from ..model.identity import normalise_name as identity_name
from ..model.paths import slugify, telex_slug, unique_slugs, unreserved
from ..model.plans import Plan
from ..model.site_map import UNKNOWN_PLACE, UNKNOWN_YEAR, issuer_key, place_key
from ..model.text import plain_key


@dataclass
class Group:
    key: str  # URL slug (for issuers, unique among issuers: see assign_issuer_slugs)
    name: str  # as shown
    plans: list[Plan] = field(default_factory=list)
    children: list["Group"] = field(default_factory=list)


def issuer_identity(plan: Plan) -> tuple[str, str | None]:
    """Which body issued a plan: its name as identity compares names (tone placement and "Ủy ban nhân
    dân"/"UBND" aside), within its province, since every province has its «UBND xã Tân Phú»."""
    province = identity_name(plan.locality.province) if plan.locality.province else None
    return identity_name(plan.issuer), province


def issuer_identities(plans: list[Plan]) -> dict[str, tuple[str, str | None]]:
    """`issuer_identity` of each plan (by its path); a plan that names no province is its issuer's
    when that name is known in one province only."""
    identities = {plan.rel: issuer_identity(plan) for plan in plans}
    known: dict[str, set[str]] = {}
    for name, province in identities.values():
        if province:
            known.setdefault(name, set()).add(province)
    return {rel: (name, province if province or len(known.get(name, ())) != 1 else next(iter(known[name])))
            for rel, (name, province) in identities.items()}


def assign_issuer_slugs(groups: list[Group]) -> dict[str, list[Group]]:
    """Give each issuer group (keyed by `issuer_identity`) a unique URL slug, and tell each plan its
    issuer's slug (what `site_map.issuer_page` reads). Returns the slugs that several issuers would
    share, with those issuers: each such slug gets a page that lists them (listings).

    An issuer alone with its name's slug has that slug. Issuers whose names slug alike (the same name
    in two provinces; «Xuân Hòa» and «Xuân Hóa», two communes; «Đoàn» and «Doan») each get their name
    typed in Telex and their province ("ubnd-xax-xuaan-hoaf-thanh-hoa"), which depends on nothing but
    that issuer: a third issuer alike moves neither. Only when a name's slug first becomes shared does
    it move, and the shared slug becomes the page listing them all, so an old link still leads there."""
    slugs, shared = unique_slugs(
        groups, base=lambda g: issuer_key(g.key[0]),
        alike=lambda g: unreserved(telex_slug(g.key[0]) + (f"-{slugify(g.key[1])}" if g.key[1] else "")),
        order=lambda g: (g.key[0], g.key[1] or ""))
    for group in groups:
        group.key = slugs[id(group)]
        for plan in group.plans:
            plan.issuer_slug = group.key
    return shared


def _name_the_province(issuers: list[Group]) -> None:
    """Two issuers shown under one name (in two provinces) are shown with their province."""
    shown: dict[str, list[Group]] = {}
    for group in issuers:
        shown.setdefault(identity_name(group.name), []).append(group)
    for alike in shown.values():
        if len(alike) > 1:
            for group in alike:
                province = next((p.locality.province for p in group.plans if p.locality.province), None)
                group.name = f"{group.name} ({province or 'chưa rõ tỉnh'})"


def _sort_key(plan: Plan):
    """Newest first; undated plans after dated ones, then by title."""
    issued = plan.issued
    stamp = (issued.year, issued.month or 0, issued.day or 0) if issued else (plan.listed_year or 0, 0, 0)
    return (tuple(-x for x in stamp), plain_key(plan.title), plan.rel)


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
        # One issuer per identity, as check_catalog compares them, never per slug.
        identities = issuer_identities(self.plans)
        issuers = _group(self.plans, lambda plan: (identities[plan.rel], plan.issuer))
        self.shared_issuer_slugs = assign_issuer_slugs(issuers)
        _name_the_province(issuers)
        self.by_issuer = sorted(issuers, key=lambda g: plain_key(g.name))
        self.by_place = self._places()

    def _years(self) -> list[Group]:
        groups = _group(
            self.plans,
            lambda p: (str(p.listed_year), str(p.listed_year)) if p.listed_year else (UNKNOWN_YEAR, "Chưa rõ năm ban hành"),
        )
        return sorted(groups, key=lambda g: (g.key == UNKNOWN_YEAR, -int(g.key) if g.key.isdigit() else 0))

    def _places(self) -> list[Group]:
        """Province, then the commune or district named; plans naming no province are kept together."""

        def province(p: Plan):
            return place_key(p), p.locality.province or "Chưa rõ tỉnh/thành phố"

        def local(p: Plan):
            inner = [n for n in (p.locality.district, p.locality.commune) if n]
            if not inner:
                return "", "Cấp tỉnh hoặc chưa ghi cấp dưới"
            return slugify(" ".join(inner)), ", ".join(reversed(inner))

        groups = _group(self.plans, province)
        for group in groups:
            group.children = sorted(_group(group.plans, local), key=lambda g: (g.key == "", plain_key(g.name)))
        return sorted(groups, key=lambda g: (g.key == UNKNOWN_PLACE, plain_key(g.name)))


def check_catalog(plans: list[Plan], diags: Diagnostics) -> None:
    """Findings that only appear when plans are seen together."""
    seen: dict[tuple, Plan] = {}
    identities = issuer_identities(plans)
    for plan in sorted(plans, key=lambda p: p.rel):
        if plan.number is None or not plan.number.has_number:
            continue
        # A number restarts every year and each issuer has its own series (DESIGN: identity). The
        # issuer is compared by name (tone placement and "Ủy ban nhân dân"/"UBND" aside) within its
        # province, never by a slug: "Xuân Hòa" and "Xuân Hóa" are two communes, Đ is not D.
        identity = (*identities[plan.rel], plan.year, plan.number_raw.replace(" ", ""))
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
