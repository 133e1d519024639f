"""Which document a citation means: symbol + year + issuing body.

A number is not an identity: numbering restarts every year (state) or term (party), and every
UBND keeps its own KH-UBND series. "của UBND tỉnh" in a plan from Thanh Hoá means UBND tỉnh
Thanh Hoá, so local bodies are completed from the citing plan's own locality. Nationally unique
issuers (TTg, CP, QH, TW …) need only symbol + year. Đ is never folded here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .citations import Citation, Symbol, canonical_symbol
from .paths import slugify, telex_slug
from .plans import Locality, Plan
from .text import plain_key

# Old and new placement of tone marks spell one name ("Thanh Hoá" = "Thanh Hóa").
_TONE_PLACEMENT = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT), re.IGNORECASE)

_ROLE_PREFIX = re.compile(
    r"^(?:chủ tịch|phó chủ tịch|ban thường vụ|thường trực|hội nghị|ban chấp hành|văn phòng)\s+", re.IGNORECASE
)
_SUFFIX = re.compile(r"\s*(?:,\s*khóa\s+[ivxlc]+|\(khóa\s+[ivxlc]+\)|lần thứ\s+\d+)\s*$", re.IGNORECASE)
_GOVERNMENT = re.compile(
    r"^(?P<organ>ubnd|hđnd)\s+(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?:\s+(?P<name>.+))?$"
)
_PARTY = re.compile(
    r"^(?P<organ>tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)(?:\s+(?P<level>xã|phường|thị trấn|đặc khu))?(?:\s+(?P<name>.+))?$"
)
_LEVEL = {
    "tỉnh": "province", "thành phố": "province", "tỉnh ủy": "province", "thành ủy": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "huyện ủy": "district", "quận ủy": "district", "thị ủy": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune", "đảng ủy": "commune",
}
# Issuer codes of local series, and which level of the citing plan's locality completes them.
_LOCAL_CODE_LEVEL = {"TU": ("tỉnh ủy", "province"), "HU": ("huyện ủy", "district"), "ĐU": ("đảng ủy", "commune")}


@functools.lru_cache(maxsize=1 << 16)  # called for every citation and plan row, on few distinct names
def normalise_name(text: str) -> str:
    text = plain_key(text)
    text = _TONE_RE.sub(lambda m: _TONE_PLACEMENT[m.group(0).casefold()], text)
    return text.replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd")


@dataclass(frozen=True)
class DocumentKey:
    """The identity of a cited document. `body` is None for nationally unique issuers."""

    symbol: str
    year: int | None
    body: str | None

    def slug(self, telex: bool = False) -> str:
        """The document's URL slug; `telex` keeps the body's tone marks too ("xuaan-hoaf"), for two
        identities that the plain slug would merge."""
        # "dd" keeps Đ distinct from D in URLs (ĐA ≠ DA), the Telex way.
        parts = [self.symbol.replace("Đ", "DD").replace("đ", "dd"), str(self.year or "khong-ro-nam")]
        if self.body:
            # A private body names the citing plan by its file; the address names its page («….md» is not).
            body = self.body.removesuffix(".md") if is_private_body(self.body) else self.body
            parts.append(body if telex else body.replace("đ", "dd"))
        return (telex_slug if telex else slugify)(" ".join(parts))


@dataclass(frozen=True)
class Body:
    name: str | None  # as shown: "UBND tỉnh Thanh Hoá"
    key: str | None  # normalised, None when it could not be determined


@functools.lru_cache(maxsize=1 << 16)  # a pure function, asked again for every citation of a document
def resolve_body(stated: str | None, symbol: Symbol, locality: Locality) -> Body:
    """The issuing body of a local document, completed from the citing plan's locality."""
    if stated:
        # One space between words first: on a long run of spaces, _SUFFIX's "\s*" would try every start.
        core = " ".join(stated.split())
        while _SUFFIX.search(core):
            core = _SUFFIX.sub("", core).strip()
        plain = normalise_name(core)
        while _ROLE_PREFIX.match(plain):
            plain = _ROLE_PREFIX.sub("", plain, count=1)
        government = _GOVERNMENT.match(plain)
        m = government or _PARTY.match(plain)
        if m:
            organ, level_word = m["organ"], m["level"]
            level = _LEVEL.get(level_word or organ)
            name = m["name"] or (getattr(locality, level) if level else None)
            # "Đảng ủy thị trấn X" and "Đảng ủy X" are one body; "UBND xã X" keeps its level word.
            words = " ".join(w for w in (organ, level_word) if w) if government else organ
            if not name:
                return Body(stated, None)
            display = core if m["name"] else f"{core} {name}"
            return Body(display, f"{words} {normalise_name(name)}")
        # Another body (Sở Nội vụ, Văn phòng UBND tỉnh …): its name, within the plan's province.
        if locality.province:
            return Body(stated, f"{plain} @ {normalise_name(locality.province)}")
        return Body(stated, None)
    code = symbol.issuers[-1] if symbol.issuers else ""
    if code in _LOCAL_CODE_LEVEL:
        organ, level = _LOCAL_CODE_LEVEL[code]
        name = getattr(locality, level)
        if name:
            return Body(f"{organ.capitalize()} {name}", f"{organ} {normalise_name(name)}")
    return Body(None, None)


def names_province(body: str) -> bool:
    """Whether a body key (as resolve_body writes it) says which province it is in: the
    bodies of a province ("ubnd tỉnh thanh hóa", "tỉnh ủy thanh hóa"), or another body already
    placed in one ("sở nội vụ @ thanh hóa")."""
    if " @ " in body:
        return True
    found = _GOVERNMENT.match(body) or _PARTY.match(body)
    return bool(found) and _LEVEL.get(found["level"] or found["organ"]) == "province"


# The body of a local document that could not be placed: the identity stays private to the citing
# plan ("chưa rõ cơ quan · ke-hoach/2025/x.md"), so it never merges with another plan's citation.
PRIVATE_BODY = "chưa rõ cơ quan"


def is_private_body(body_key: str | None) -> bool:
    return bool(body_key) and body_key.startswith(PRIVATE_BODY + " · ")


def document_key(citation: Citation, locality: Locality, plan_rel: str) -> tuple[DocumentKey, Body]:
    """Identity of what a plan cites; an unresolvable local body stays private to that plan, so
    two plans citing "172/KH-UBND" of different provinces never meet on one page."""
    symbol = citation.symbol
    if symbol.national:
        return DocumentKey(symbol.text, citation.year, None), Body(citation.body, None)
    body = resolve_body(citation.body, symbol, locality)
    key = body.key if body.key else f"{PRIVATE_BODY} · {plan_rel}"
    return DocumentKey(symbol.text, citation.year, key), body


def is_own_mention(citation: Citation, own: Symbol, issuer: str | None, locality: Locality, year: int | None) -> bool:
    """Whether a citation in a plan's text is the plan itself. Plans repeat their own number in the
    heading, the footer and «Kế hoạch này …»: the same number with no other year and no other issuer
    named is the plan, not a document it cites (else every such plan would cite itself, a page of its
    own on the site and on the portal). A stated year or issuer that differs is another document:
    last year's plan of the same number, or another body's series."""
    if citation.symbol.text != own.text:
        return False
    if year is not None and citation.year is not None and citation.year != year:
        return False
    if citation.body is None or own.national:  # a national series: symbol and year are the identity
        return True
    if not issuer:
        return False
    stated, mine = resolve_body(citation.body, own, locality), resolve_body(issuer, own, locality)
    if stated.key and mine.key:
        return stated.key == mine.key
    return normalise_name(citation.body) == normalise_name(issuer)


def without_own_mentions(citations: list[Citation], number: str | None, issuer: str | None, locality: Locality,
                         year: int | None) -> list[Citation]:
    """`citations` less those that are the plan itself (is_own_mention); `number` as the plan writes it."""
    own = canonical_symbol(number) if number else None
    if own is None:
        return citations
    return [c for c in citations if not is_own_mention(c, own, issuer, locality, year)]


def mentions_itself(citation: Citation, plan: Plan) -> bool:
    """Whether a citation found in `plan`'s rendered text is the plan itself (is_own_mention)."""
    own = canonical_symbol(plan.number_raw) if plan.number_raw else None
    return own is not None and is_own_mention(citation, own, plan.issuer, plan.locality, plan.listed_year)
