"""The search index in bundles: the newest plans in a small first bundle that answers at once, the
older ones in bundles searched right after it.

Pagefind's search costs time and bytes in proportion to the pages a word occurs on, so one index of
a province's 10,000 plans makes a common word cost seconds (bench/README.md). Bundles follow the year
of issue, newest first: a citizen looks for this year's plan first. A year of more than MAX_PLANS
plans is cut into equal parts by date, newest part first; older years too small to be worth a bundle
of their own share one; plans without a year come last. The first bundle also holds every other page
that is searched (the pages of cited documents: small, ~0.1 MB of the indexer's memory each), so a
document's number finds its page at once, ranked with the plans that cite it. Each bundle is its own Pagefind index in
`pagefind/<id>/`, made by its own indexer run, so the indexer's memory holds a bundle or two at a
time, and a bundle's id depends only on what it holds, so a preview rebuilds only the bundles a save
touched. `pagefind/bundles.json` lists them in search order for the browser (assets/sb-search.js),
the one searched first marked `first`; a bundle that indexed nothing is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.json_files import json_bytes
from ..model.plans import Plan

SEARCH_DIR = "pagefind"
BUNDLES_FILE = "bundles.json"  # in SEARCH_DIR
# bench/README.md: Pagefind's indexer holds ~0.6 MB a plan page; two bundles of 1,000 beside the
# build stay within its 3 GB, and a cold common word over 1,000 plans answers well within half a second.
MAX_PLANS = 1000
DOCUMENTS = "van-ban"  # the first bundle's name on a site without plans


@dataclass
class Bundle:
    id: str  # its folder in SEARCH_DIR
    plans: list[str] = field(default_factory=list)  # src_uri of each plan in it
    years: set[int | None] = field(default_factory=set)
    first: bool = False  # searched at once; the rest after it
    records: list = field(default_factory=list)  # a portal's custom records (portal_search.NationalRecord)

    @property
    def folder(self) -> str:
        return f"{SEARCH_DIR}/{self.id}/"


def plan_bundles(plans_newest_first: list[Plan]) -> list[Bundle]:
    """The bundles, in the order they are searched; the first always exists (it also takes every
    searched page that is not a plan)."""
    years: dict[int | None, list[str]] = {}
    for plan in plans_newest_first:
        years.setdefault(plan.listed_year, []).append(plan.rel)
    bundles: list[Bundle] = []
    sharing: Bundle | None = None  # the bundle of whole older years that a small year may join
    for year, rels in years.items():
        name = str(year) if year is not None else "chua-ro-nam"
        parts = -(-len(rels) // MAX_PLANS)
        if parts == 1 and year is not None and sharing is not None and len(sharing.plans) + len(rels) <= MAX_PLANS:
            sharing.plans += rels
            sharing.years.add(year)
            sharing.id = f"{min(sharing.years)}-{max(sharing.years)}"
            continue
        size, more = divmod(len(rels), parts)  # parts of equal size, the first ones one plan larger
        start = 0
        for part in range(parts):
            end = start + size + (part < more)
            bundles.append(Bundle(name + (f"-{part + 1}" if part else ""), rels[start:end], {year}, not bundles))
            start = end
        # Never the first bundle (it answers first), a part of a year, or the plans without a year.
        sharing = bundles[-1] if len(bundles) > 1 and parts == 1 and year is not None else None
    return bundles or [Bundle(DOCUMENTS, first=True)]


def bundle_of(bundles: list[Bundle]) -> dict[str, int]:
    """src_uri of each plan → the position of its bundle (pages not listed go to the first)."""
    return {rel: i for i, bundle in enumerate(bundles) for rel in bundle.plans}


def bundles_json(bundles: list[Bundle], version: str, pages: list[int]) -> bytes:
    """What the browser reads first: the bundles in search order, the years each holds (so a year
    filter searches only those) and how many pages each indexed."""
    listing = [{"id": b.id, "first": b.first, "years": sorted((y for y in b.years if y is not None), reverse=True),
                "undated": None in b.years, "pages": count} for b, count in zip(bundles, pages) if count]
    return json_bytes({"pagefind": version, "bundles": listing})
