"""What a plan's printed sheet carries besides the page (issue 20): for a notice board, the page's own
address and a QR code to it, so that a reader of the paper finds the page that stays up to date.

The QR code is an SVG made at build time (segno, pure Python), written into the page and shown only in
print. It needs the page's absolute address, hence the site's `site_url`: without it the sheet says the
address is unknown. A relative address («/ke-hoach/2025/…») cannot be typed into a browser, and the
address the browser printing the page has (location.href) is often a preview's (127.0.0.1:8000) or a
file's: neither is one a reader can use.
"""

from __future__ import annotations

import functools
import io

from ..model.paths import page_url
from .calendar_links import absolute_url


@functools.lru_cache(maxsize=None)  # a preview rebuilds the same pages again and again
def qr_svg(url: str) -> str:
    """An inline SVG QR code of `url`, one unit a module, scaled by CSS. Medium error correction survives
    a creased or stained notice; the mask is fixed: choosing the best one costs about 15 ms a page in
    pure Python (two and a half minutes at 10,000 plans), and any mask is a valid code."""
    import segno

    buffer = io.BytesIO()
    code = segno.make(url, error="m", micro=False, mask=0, boost_error=False)
    code.save(buffer, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=4, nl=False,
              svgclass="sb-print__qr", lineclass=None, title=f"Mã QR: {url}")
    return buffer.getvalue().decode("utf-8")


def print_view(site_url: str | None, rel: str) -> dict:
    """Values for partials/plan-print.html."""
    url = absolute_url(page_url(rel), site_url)
    return {"url": url, "qr": qr_svg(url) if url else None}
