"""Where every generated page lives: one place for the URL scheme that pages and templates share."""

from __future__ import annotations

from .catalog import UNKNOWN_PLACE, UNKNOWN_YEAR, issuer_key
from .models import Plan
from .paths import slugify

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
DIRECTIVES_JSON = "data/directives.json"
FIELD_GUIDE = "huong-dan/truong-thong-tin.md"
SCHEMA = "data/plan.schema.json"
STYLESHEET = "assets/site-builder.css"
SORTABLE_SCRIPT = "assets/sortable.js"
SEARCH_PAGE = "tim-kiem/index.html"  # a static template (site_builder/templates), not a Markdown page
# A portal (plugin option `portal`): national pages merged from the data of member sites.
NATIONAL_DOCUMENTS = "toan-quoc/index.md"
NATIONAL_MEMBERS = "toan-quoc/thanh-vien/index.md"
PORTAL_JSON = "data/portal.json"


def document_page(doc) -> str:
    """Page of a cited document (a `directives.CitedDocument`)."""
    return f"van-ban/{doc.slug}/index.md"


def year_page(plan: Plan) -> str:
    return f"nam/{plan.year or UNKNOWN_YEAR}/index.md"


def issuer_page(plan: Plan) -> str:
    return f"co-quan/{issuer_key(plan.issuer)}/index.md"


def place_page(plan: Plan) -> str:
    key = slugify(plan.locality.province) if plan.locality.province else UNKNOWN_PLACE
    return f"dia-ban/{key}/index.md"


def national_document_page(doc) -> str:
    """National page of a cited document (a `portal.NationalDocument`), across member sites."""
    return f"toan-quoc/van-ban/{doc.slug}/index.md"
