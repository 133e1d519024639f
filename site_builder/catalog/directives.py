"""Every document the plans cite, identity-resolved: who cites it, who carries it out, and the
cascade from a central directive down to commune plans."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from ..model.citations import Citation, Symbol, canonical_symbol
from ..model.identity import Body, DocumentKey, document_key, normalise_name, resolve_body
from ..model.paths import unique_slugs
from ..model.plans import Locality, Plan
from .registry import RegistryEntry, match_key

LEVELS = ("Trung ương", "Cấp tỉnh", "Cấp huyện", "Cấp xã", "Chưa rõ cấp")


@dataclass
class Citing:
    plan: Plan
    citations: list[Citation] = field(default_factory=list)
    implements: bool = False


@dataclass
class CitedDocument:
    key: DocumentKey
    symbol: Symbol
    type: str
    date: str | None = None
    body: str | None = None  # issuing body as shown
    title: str | None = None
    official_url: str | None = None
    in_registry: bool = False
    citing: dict[str, Citing] = field(default_factory=dict)  # plan.rel → Citing
    published: Plan | None = None  # the plan on this site that is this document
    slug: str = ""  # unique among documents; see assign_slugs

    @property
    def year(self) -> int | None:
        return self.key.year

    @property
    def implementers(self) -> list[Plan]:
        return [c.plan for c in self.citing.values() if c.implements]

    def label(self) -> str:
        return f"{self.type} số {self.symbol.text}"

    def full_title(self) -> str:
        return self.label() + (f" của {self.body}" if self.body else "")


def assign_slugs(documents) -> None:
    """Give each document (anything with a `DocumentKey` `.key`) a unique `.slug`. Slugs fold tones,
    so two identities may share one: each then gets its Telex slug, which depends on it alone."""
    documents = list(documents)
    slugs, _ = unique_slugs(documents, base=lambda d: d.key.slug(), alike=lambda d: d.key.slug(telex=True),
                            order=lambda d: (d.key.symbol, d.key.year or 0, d.key.body or ""))
    for doc in documents:
        doc.slug = slugs[id(doc)]


def plan_level(plan: Plan) -> str:
    return _level(plan.issuer, plan.locality)


@functools.lru_cache(maxsize=1 << 14)  # asked for every plan row of every document page, on few issuers
def _level(issuer_name: str, locality: Locality) -> str:
    issuer = normalise_name(issuer_name)
    for words, level in (
        (("xã", "phường", "thị trấn", "đặc khu", "đảng ủy"), "Cấp xã"),
        (("huyện", "quận", "thị xã"), "Cấp huyện"),
        (("tỉnh", "thành phố"), "Cấp tỉnh"),
        (("chính phủ", "bộ ", "trung ương"), "Trung ương"),
    ):
        if any(w in issuer for w in words):
            return level
    if locality.commune:
        return "Cấp xã"
    if locality.district:
        return "Cấp huyện"
    if locality.province:
        return "Cấp tỉnh"
    return "Chưa rõ cấp"


def own_key(plan: Plan) -> DocumentKey | None:
    """The identity of a published plan, so plans that carry it out can hang under it."""
    if not plan.number_raw:
        return None
    symbol = canonical_symbol(plan.number_raw)
    if symbol is None or not symbol.number:
        return None
    if symbol.national:
        return DocumentKey(symbol.text, plan.year, None)
    body = resolve_body(plan.issuer, symbol, plan.locality)
    return DocumentKey(symbol.text, plan.year, body.key) if body.key else None


class DirectiveIndex:
    def __init__(self, plans: list[Plan], registry: list[RegistryEntry]):
        self.plans = plans
        self.documents: dict[DocumentKey, CitedDocument] = {}
        self._registry: dict[DocumentKey, RegistryEntry] = {}
        # Entries whose local body the registry cannot place (province not named): matched by
        # symbol, year and the body's exact wording instead.
        self._loose: dict[tuple, RegistryEntry] = {}
        for entry in registry:
            match = match_key(entry)
            if len(match) == 1:
                self._registry[match[0]] = entry
            else:
                self._loose[match] = entry
        self._by_plan: dict[str, list[tuple[Citation, DocumentKey]]] = {}
        raw_keys = self._resolve_all(plans)
        for plan in plans:
            resolved = []
            for citation, key, body in raw_keys[plan.rel]:
                key = self._complete_year(key)
                doc = self._document(key, citation, body)
                entry = doc.citing.setdefault(plan.rel, Citing(plan))
                entry.citations.append(citation)
                if citation.start < plan.opening_end or citation.symbol.text in {s.text for s in plan.implements}:
                    entry.implements = True
                resolved.append((citation, key))
            self._by_plan[plan.rel] = resolved
        for plan in plans:
            key = own_key(plan)
            if key is not None and key in self.documents:
                self.documents[key].published = plan
        self._assign_slugs()

    def _assign_slugs(self) -> None:
        assign_slugs(self.documents.values())

    # -- identity --------------------------------------------------------------------------
    def _resolve_all(self, plans: list[Plan]):
        resolved = {}
        self._years: dict[tuple[str, str | None], set[int]] = defaultdict(set)
        for key in self._registry:
            if key.year:
                self._years[(key.symbol, key.body)].add(key.year)
        for plan in plans:
            items = []
            for citation in plan.citations:
                key, body = document_key(citation, plan.locality, plan.rel)
                if key.year:
                    self._years[(key.symbol, key.body)].add(key.year)
                items.append((citation, key, body))
            resolved[plan.rel] = items
        return resolved

    def _complete_year(self, key: DocumentKey) -> DocumentKey:
        """A citation without a date is the same document as the dated ones, when only one year is known."""
        if key.year is not None:
            return key
        years = self._years.get((key.symbol, key.body), set())
        return DocumentKey(key.symbol, next(iter(years)), key.body) if len(years) == 1 else key

    def _document(self, key: DocumentKey, citation: Citation, body: Body) -> CitedDocument:
        doc = self.documents.get(key)
        if doc is None:
            doc = CitedDocument(key, citation.symbol, citation.type)
            entry = self._registry.get(key) or self._loose.get(
                (key.symbol, key.year, normalise_name(citation.body or ""))
            )
            if entry is not None:
                doc.in_registry = True
                doc.type = entry.type or doc.type
                doc.date = entry.issued.iso() if entry.issued else None
                doc.body = entry.issuer
                doc.title = entry.title
                doc.official_url = entry.url
            self.documents[key] = doc
        doc.date = doc.date or citation.date
        doc.body = doc.body or body.name or citation.body
        doc.title = doc.title or citation.subject
        return doc

    # -- queries ---------------------------------------------------------------------------
    def citations_of(self, plan: Plan) -> list[tuple[Citation, CitedDocument]]:
        return [(c, self.documents[k]) for c, k in self._by_plan.get(plan.rel, [])]

    def implemented_by(self, plan: Plan) -> list[CitedDocument]:
        seen: dict[DocumentKey, CitedDocument] = {}
        for _, doc in self.citations_of(plan):
            citing = doc.citing.get(plan.rel)
            if citing and citing.implements:
                seen.setdefault(doc.key, doc)
        return list(seen.values())

    def sorted_documents(self) -> list[CitedDocument]:
        return sorted(self.documents.values(), key=lambda d: (-len(d.citing), d.symbol.text, d.year or 0))

    def cascade(self, doc: CitedDocument, depth: int = 6) -> list[tuple[Plan, list]]:
        """Plans carrying out `doc`, each with the plans carrying out that plan, as a tree.

        A commune plan that names both the directive and the provincial plan carrying it out
        is shown once, under the provincial plan: the deepest path is the informative one.
        """

        def descendants(tree) -> set[str]:
            found = set()
            for plan, kids in tree:
                found |= {p.rel for p, _ in kids} | descendants(kids)
            return found

        def children(key: DocumentKey, seen: frozenset) -> list:
            target = self.documents.get(key)
            if target is None or len(seen) > depth:
                return []
            tree = []
            for plan in sorted(target.implementers, key=lambda p: (plan_level_order(p), p.title)):
                if plan.rel in seen:
                    continue
                sub_key = own_key(plan)
                tree.append((plan, children(sub_key, seen | {plan.rel}) if sub_key else []))
            deeper = descendants(tree)
            return [(plan, kids) for plan, kids in tree if plan.rel not in deeper]

        return children(doc.key, frozenset())


def plan_level_order(plan: Plan) -> int:
    return LEVELS.index(plan_level(plan))
