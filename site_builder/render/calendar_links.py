"""Where the deadline calendars are (the whole site, each issuer, each plan) and the block of links a
page shows to subscribe to one (issue 20).

A phone subscribes to a calendar by its absolute address: `webcal://…` opens the calendar app on an
iPhone (and most desktop apps), Google Calendar takes the https address. Both need the site's own
address (`site_url` in mkdocs.yml); without it a page can only offer the file to download, which a
calendar imports once and never updates, and says so.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from ..model.paths import page_url, url_path
from ..model.plans import Plan
from ..model.site_map import issuer_slug
from .html_blocks import url_to
from .page_templates import PageTemplates, templates_or_default

CALENDAR_NAME = "han-chot.ics"

# Said in the build output when mkdocs.yml has no site_url.
SITE_URL_NEEDED = (
    "mkdocs.yml chưa có site_url (địa chỉ đầy đủ của trang web, ví dụ «site_url: https://ke-hoach.example.gov.vn/»): "
    "lịch hạn chót chỉ tải về được một lần, chưa đăng ký theo dõi (webcal:) được, và mã sự kiện trong lịch "
    "tạm dùng tên «….invalid»; bản in của kế hoạch không có địa chỉ trang và mã QR. "
    "Hãy ghi site_url để người dân đăng ký lịch tự cập nhật và mở được trang từ bản in.")


def has_deadlines(plan: Plan) -> bool:
    """Whether the plan has a calendar (and its issuer one): one deadline is enough."""
    return any(t.due for t in (*plan.tasks, *plan.targets))


def plan_calendar(plan: Plan) -> str:
    return page_url(plan.rel) + CALENDAR_NAME


def issuer_calendar(plan: Plan) -> str:
    """Beside the issuer's page (site_map.issuer_page), so its address reads like the page's."""
    return f"co-quan/{issuer_slug(plan)}/{CALENDAR_NAME}"


def absolute_url(path: str, site_url: str | None) -> str | None:
    """The address of a file of the site (`path` from the site root), or None without site_url."""
    if not site_url or urlsplit(site_url).scheme not in ("http", "https"):
        return None
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", url_path(path))


def webcal_url(https: str) -> str:
    return "webcal://" + https.split("://", 1)[1]


def subscription(here: str, path: str, site_url: str | None, what: str) -> dict:
    """What listings/calendar.html shows to follow the calendar at `path` (from the site root) from the
    page `here`; `what` names whose deadlines they are («của kế hoạch này»)."""
    https = absolute_url(path, site_url)
    return {"what": what, "download": url_to(here, path), "https": https, "webcal": webcal_url(https) if https else None}


def subscribe_block(here: str, path: str, site_url: str | None, what: str,
                    templates: PageTemplates | None = None) -> str:
    """`subscription` as raw HTML (html_blocks rules), from the build's templates."""
    return templates_or_default(templates).render("listings/calendar.html",
                                                  calendar=subscription(here, path, site_url, what))
