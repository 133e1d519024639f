"""What a portal states about a merged document, and on whose word.

Members' data is untrusted, and any member can name any document: a member listed first could give
«33/CT-TTg» a title, an issuer and an «official» address that every honest member left empty. So
the facts of a document come from the portal's own registry (its content/van-ban-can-cu.yml). Without
an entry there, a central document states none of them (its type comes from its number, its year
from its identity), and a local document states what every member that says anything agrees on.
Whatever members say that is not taken as a fact is kept as their claim, with their names, and the
document's page shows it: disagreements are shown, never settled by the order of the member file.
"""

from __future__ import annotations

from ..catalog.registry import RegistryEntry, match_key
from ..model.doctypes import type_for_code
from ..model.identity import DocumentKey
from .member_data import Entry, Member, NationalDocument

# The facts members' data carries, with their Vietnamese names for the page.
FACTS = {"type": "Loại văn bản", "title": "Trích yếu", "body": "Cơ quan ban hành", "date": "Ngày ban hành"}


def registry_facts(registry: list[RegistryEntry]) -> dict[DocumentKey, RegistryEntry]:
    """The portal's registry by identity (entries whose body it cannot place name no identity)."""
    return {match[0]: entry for entry in registry if len(match := match_key(entry)) == 1}


def settle(national: NationalDocument, said: list[Entry], entry: RegistryEntry | None, members: list[Member]) -> None:
    """Set `national.doc`'s facts and `national.claims` from the registry `entry` and what members `said`."""
    doc = national.doc
    values: dict[str, dict[str, list[str]]] = {fact: {} for fact in FACTS}  # fact → value → member names
    for item in said:
        name = members[item.member].name
        for fact in FACTS:
            value = getattr(item, fact)
            if value and name not in values[fact].setdefault(value, []):
                values[fact][value].append(name)
    own_type = type_for_code(doc.symbol.type_code or "")
    doc.official_url, doc.in_registry = (entry.url, True) if entry is not None else (None, False)
    if entry is not None:
        doc.type = entry.type or own_type or _agreed(values["type"]) or "Văn bản"
        doc.title, doc.body = entry.title, entry.issuer
        doc.date = entry.issued.iso() if entry.issued else None
        return  # the portal's word: members' variants of it are not shown
    local = doc.key.body is not None
    doc.title, doc.body, doc.date = (_agreed(values[f]) if local else None for f in ("title", "body", "date"))
    doc.type = own_type or _agreed(values["type"]) or "Văn bản"
    national.claims = {
        fact: [(value, names) for value, names in by_value.items()]
        for fact, by_value in values.items()
        if by_value and not (len(by_value) == 1 and getattr(doc, fact) in by_value)
    }


def _agreed(by_value: dict[str, list[str]]) -> str | None:
    return next(iter(by_value)) if len(by_value) == 1 else None
