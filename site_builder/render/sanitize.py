"""Allowlist sanitising of the HTML a page's Markdown produces (officials may write raw HTML).

Uses nh3 (Rust's ammonia): well-kept, fast, and an allowlist rather than a blocklist, so a new
attack vector is closed by default. Only what Markdown and our own extensions produce survives:
no <script>, <style>, <iframe> or form elements, no event-handler or style attributes, and only
http(s), mailto, tel and webcal URLs besides relative ones (so no javascript: or data: URLs).
"""

from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section",
    "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "time", "tr", "u", "ul", "var",
}
_GLOBAL = {"class", "id", "title", "lang", "dir", "data-pagefind-ignore", "data-pagefind-weight", "data-sort"}
ATTRIBUTES = {
    "*": _GLOBAL,
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed", "type"},
    "td": {"colspan", "rowspan", "align", "data-label"},  # the column a card shows (markdown_ext.CardLabels)
    "th": {"colspan", "rowspan", "align", "scope"},
    "time": {"datetime"},
    "abbr": {"title"},
}
# webcal: a calendar subscription (calendar_links), which a calendar app fetches over http(s); no
# browser runs anything at such an address.
URL_SCHEMES = {"http", "https", "mailto", "tel", "webcal"}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,  # links keep their own meaning; no rel is added to citation links
        strip_comments=True,
    )
