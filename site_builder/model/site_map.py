"""Where every generated page lives: one place for the URL scheme that pages and templates share."""

from __future__ import annotations

import posixpath

from .paths import name_slug
from .plans import Plan
from .text import plain_key

# The keys the listings group plans by, and so the addresses of their pages.
UNKNOWN_YEAR = "chua-ro-nam"
UNKNOWN_PLACE = "chua-ro-dia-ban"


def place_key(plan: Plan) -> str:
    """The slug of a plan's province, as its place and deadline pages are addressed."""
    return name_slug(plan.locality.province) if plan.locality.province else UNKNOWN_PLACE


def issuer_key(issuer: str) -> str:
    # "UBND xã X" and "Ủy ban nhân dân xã X" are one body; spelling variants of tones too.
    return name_slug(_short(plain_key(issuer)))


def _short(name: str) -> str:
    for long, short in (("ủy ban nhân dân", "ubnd"), ("uỷ ban nhân dân", "ubnd"), ("hội đồng nhân dân", "hđnd")):
        name = name.replace(long, short)
    return name


HOME = "index.md"
YEARS = "nam/index.md"
ISSUERS = "co-quan/index.md"
PLACES = "dia-ban/index.md"
DIRECTIVES = "van-ban/index.md"
REMOVED = "go-bo/index.md"
OPEN_DATA = "du-lieu-mo/index.md"
DEADLINES = "han-chot/index.md"
STATS = "thong-ke/index.md"
UNITS = "don-vi/index.md"
CONSULTATIONS = "lay-y-kien/index.md"  # issue 17: «dân bàn»
DISCLOSURES = "cong-khai/index.md"  # issue 17: «Danh mục thông tin công khai»
FEEDBACK_PAGE = "phan-anh/index.md"  # issue 17: feedback and answers across the site
FEEDBACK_FEED = "phan-anh/feed.xml"  # issue 17: its Atom feed
DIRECTIVES_JSON = "data/directives.json"
FIELD_GUIDE = "huong-dan/truong-thong-tin.md"
# The source front-matter officials write (not open data), then one schema per JSON data file.
SOURCE_SCHEMA = "data/plan-front-matter.schema.json"
PLANS_SCHEMA = "data/plans.schema.json"
PLAN_RECORD_SCHEMA = "data/plan-record.schema.json"
DIRECTIVES_SCHEMA = "data/directives.schema.json"
MANIFEST_SCHEMA = "data/manifest.schema.json"
PORTAL_SCHEMA = "data/portal.schema.json"
PORTAL_MEMBER_SCHEMA = "data/portal-member.schema.json"  # each data/portal/<member>.json
STYLESHEET = "assets/site-builder.css"
SORTABLE_SCRIPT = "assets/sortable.js"
# Material's inline scripts as files (templates/partials/javascripts/), so the CSP allows no inline script.
THEME_SCRIPTS = tuple(f"assets/md-{name}.js" for name in ("base", "content", "content-tabs", "announce", "consent",
                                                           "outdated", "palette"))
SEARCH_PAGE = "tim-kiem/index.html"  # a static template (site_builder/templates), not a Markdown page
# A portal (plugin option `portal`): national pages merged from the data of member sites.
NATIONAL_DOCUMENTS = "toan-quoc/index.md"
NATIONAL_MEMBERS = "toan-quoc/thanh-vien/index.md"
PORTAL_JSON = "data/portal.json"
# The open data files (exports, manifest and checksums, calendar): what data/ holds.
PLANS_JSON = "data/plans.json"
PLANS_CSV = "data/plans.csv"
TASKS_CSV = "data/tasks.csv"
MANIFEST = "data/manifest.json"
SITE_SUMS = "data/SHA256SUMS"
SOURCE_SUMS = "data/SHA256SUMS-nguon"
SITE_CALENDAR = "data/han-chot.ics"
CONSULTATIONS_CSV = "data/consultations.csv"  # issue 17
CONSULTATIONS_CALENDAR = "data/lay-y-kien.ics"  # issue 17: every consultation's closing day
# Those MkDocs knows as files of the site, and so rewrites a Markdown link to; the manifest and the
# checksum lists are written after MkDocs is done (they hash its output): a link to them stays as written.
DATA_FILES = (PLANS_JSON, PLANS_CSV, TASKS_CSV, SITE_CALENDAR, CONSULTATIONS_CSV, CONSULTATIONS_CALENDAR,
              DIRECTIVES_JSON, PORTAL_JSON, SOURCE_SCHEMA, PLANS_SCHEMA,
              PLAN_RECORD_SCHEMA, DIRECTIVES_SCHEMA, MANIFEST_SCHEMA, PORTAL_SCHEMA,
              PORTAL_MEMBER_SCHEMA)

# What the build adds, for checks that run before it exists (links in a plan's text: content_links).
# MkDocs turns a link into the page's address only when it names a file exactly, so these are files,
# never folders. Every page under a listing's folder is a "…/index.md" ("nam/2025/index.md"); which of
# them exist depends on all the plans. The search page is a static template, not a file MkDocs knows:
# a link to it is left as written, so it is not here.
_PAGE_FOLDERS = tuple(posixpath.dirname(src) + "/" for src in (
    YEARS, ISSUERS, PLACES, DIRECTIVES, REMOVED, OPEN_DATA, DEADLINES, STATS, UNITS, NATIONAL_DOCUMENTS, CONSULTATIONS,
    DISCLOSURES, FEEDBACK_PAGE))
_GENERATED_FILES = (HOME, FIELD_GUIDE, STYLESHEET, SORTABLE_SCRIPT)


def is_generated(src: str) -> bool:
    """Whether a path under the content folder is that of a page or file the site generates itself."""
    name = posixpath.basename(src)
    return (src in _GENERATED_FILES or (src.startswith(_PAGE_FOLDERS) and name == "index.md")
            or src in DATA_FILES)


def document_page(doc) -> str:
    """Page of a cited document (a `directives.CitedDocument`)."""
    return f"van-ban/{doc.slug}/index.md"


def year_page(plan: Plan) -> str:
    return f"nam/{plan.listed_year or UNKNOWN_YEAR}/index.md"


def issuer_slug(plan: Plan) -> str:
    """The slug `catalog.Catalog` gave the plan's issuer, unique among the site's issuers; a plan no
    catalog has seen has no other issuer to be told apart from, so its name's own slug is its slug."""
    return plan.issuer_slug or issuer_key(plan.issuer)


def issuer_page(plan: Plan) -> str:
    """The page of a plan's issuer: every link to it goes through here."""
    return issuer_slug_page(issuer_slug(plan))


def issuer_slug_page(slug: str) -> str:
    return f"co-quan/{slug}/index.md"


def disclosure_issuer_page(plan: Plan) -> str:
    """An issuer's list of what it made public (issue 17), under the same slug as its issuer page."""
    return f"cong-khai/{issuer_slug(plan)}/index.md"


def place_page(plan: Plan) -> str:
    return f"dia-ban/{place_key(plan)}/index.md"


def national_document_page(doc) -> str:
    """National page of a cited document (a `portal.NationalDocument`), across member sites."""
    return f"toan-quoc/van-ban/{doc.slug}/index.md"


def national_member_page(member) -> str:
    """A member site's page on the portal (a `portal_data.Member`): the documents its plans cite."""
    return f"toan-quoc/thanh-vien/{member.slug}/index.md"


def portal_member_json(member) -> str:
    """A member's part of the portal's data: its plans citing each document (data/portal.json holds the rest)."""
    return f"data/portal/{member.slug}.json"
