"""JSON Schemas of a portal's own data files (data/portal.json, data/portal/<member>.json), listed from the
column tables of `merge` that write them, in the vocabulary of `publish.data_schemas`."""

from __future__ import annotations

from ..model.site_map import PORTAL_MEMBER_SCHEMA, PORTAL_SCHEMA
from ..publish.data_schemas import (COUNT, INT_OR_NULL, LOCALITY, PARTIAL_DATE, SHA256, TEXT, TEXT_OR_NULL, TEXTS,
                                    closed_object, list_of, schema_bytes, titled)
from .merge import (DOCUMENT_COLUMNS, MEMBER_COLUMNS, MEMBER_DOCUMENT_COLUMNS, MEMBER_TOP_FIELDS, PLAN_COLUMNS,
                    SITE_COLUMNS, TOP_FIELDS)

# data/portal.json and data/portal/<member>.json (portal.py's tables): members' words as the portal checked them.
_PORTAL_PLAN = {"url": TEXT, "title": TEXT, "number": TEXT_OR_NULL, "issuer": TEXT_OR_NULL, "issued": PARTIAL_DATE,
                "locality": LOCALITY, "implements": {"type": "boolean"}}
_PORTAL_SITE = {"name": TEXT, "url": TEXT, "document_url": TEXT_OR_NULL, "published_url": TEXT_OR_NULL,
                "citing": COUNT, "implementing": COUNT}
_PORTAL_DOCUMENT = {
    "url": TEXT_OR_NULL, "symbol": TEXT, "type": TEXT_OR_NULL, "year": INT_OR_NULL, "date": PARTIAL_DATE,
    "body": TEXT_OR_NULL, "body_key": TEXT_OR_NULL, "title": TEXT_OR_NULL, "official_url": TEXT_OR_NULL,
    "in_registry": {"type": "boolean"},
    "member_facts": {"type": "object", "additionalProperties": list_of(closed_object({"value": TEXT, "sites": TEXTS}))},
    "citing": COUNT, "implementing": COUNT, "sites": list_of(closed_object(_PORTAL_SITE, (c.name for c in SITE_COLUMNS))),
    "not_citing": TEXTS,
}
_PORTAL_MEMBER = {"name": TEXT, "url": TEXT, "plans": COUNT, "documents": COUNT, "built_at": TEXT_OR_NULL,
                  "sha256": {"type": "object", "additionalProperties": SHA256}, "problem": TEXT_OR_NULL,
                  "skipped": COUNT, "page": TEXT_OR_NULL, "data": TEXT_OR_NULL}
_MEMBER_DOCUMENT = {"symbol": TEXT, "year": INT_OR_NULL, "body_key": TEXT_OR_NULL, "national_url": TEXT_OR_NULL,
                    "document_url": TEXT_OR_NULL, "published_url": TEXT_OR_NULL, "citing": COUNT,
                    "implementing": COUNT, "plans": list_of(closed_object(_PORTAL_PLAN, (c.name for c in PLAN_COLUMNS)))}



def portal_schema() -> dict:
    top = {"generated": {"type": "string", "format": "date-time"}, "site": TEXT,
           "members": list_of(closed_object(_PORTAL_MEMBER, (c.name for c in MEMBER_COLUMNS))), "count": COUNT,
           "documents": list_of(closed_object(_PORTAL_DOCUMENT, (c.name for c in DOCUMENT_COLUMNS)))}
    return titled("Văn bản chỉ đạo gộp từ các trang thành viên (portal.json)", "Tệp data/portal.json của cổng.",
                   closed_object(top, (name for name, _ in TOP_FIELDS)))


def portal_member_schema() -> dict:
    top = {"generated": {"type": "string", "format": "date-time"}, "member": TEXT, "url": TEXT, "count": COUNT,
           "documents": list_of(closed_object(_MEMBER_DOCUMENT, (c.name for c in MEMBER_DOCUMENT_COLUMNS)))}
    return titled("Kế hoạch của một trang thành viên trích dẫn từng văn bản (data/portal/…json)",
                   "Tệp dữ liệu của từng trang thành viên trên cổng (trường data của members trong portal.json).",
                   closed_object(top, (name for name, _ in MEMBER_TOP_FIELDS)))


def portal_schema_files() -> dict[str, bytes]:
    """Published beside data/portal.json and the members' files, by a portal only."""
    return {PORTAL_SCHEMA: schema_bytes(portal_schema()), PORTAL_MEMBER_SCHEMA: schema_bytes(portal_member_schema())}
