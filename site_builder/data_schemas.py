"""A JSON Schema (draft 2020-12) for each JSON data file the site publishes, so that a reuser can check
what they download against what the site promises.

The properties are listed from the tables that write the files (exports.JSON_FIELDS and TASK_COLUMNS,
open_data_page.DIRECTIVE_FIELDS, the manifest's keys): a field added to a table without a type here
stops the build at import, and `additionalProperties: false` makes a field the schema misses fail
the tests that validate every record (tests/test_publication.py).
"""

from __future__ import annotations

import json

from .exports import JSON_FIELDS, TASK_COLUMNS
from .fields import json_schema
from .open_data_page import DIRECTIVE_FIELDS
from .portal import (DOCUMENT_COLUMNS, MEMBER_COLUMNS, MEMBER_DOCUMENT_COLUMNS, MEMBER_TOP_FIELDS, PLAN_COLUMNS,
                     SITE_COLUMNS, TOP_FIELDS)
from .site_map import (DIRECTIVES_SCHEMA, MANIFEST_SCHEMA, PLAN_RECORD_SCHEMA, PLANS_SCHEMA, PORTAL_MEMBER_SCHEMA,
                       PORTAL_SCHEMA, SOURCE_SCHEMA)

DRAFT = "https://json-schema.org/draft/2020-12/schema"

TEXT = {"type": "string"}
TEXT_OR_NULL = {"type": ["string", "null"]}
INT_OR_NULL = {"type": ["integer", "null"]}
TEXTS = {"type": "array", "items": TEXT}
PARTIAL_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def _object(types: dict[str, dict], names=None) -> dict:
    """A closed object: every listed field present, no other."""
    names = list(types) if names is None else list(names)
    return {"type": "object", "properties": {name: types[name] for name in names}, "required": names,
            "additionalProperties": False}


def _list(item: dict) -> dict:
    return {"type": "array", "items": item}


_TASK = {
    "id": TEXT, "plan": TEXT, "kind": {"enum": ["nhiệm vụ", "chỉ tiêu"]}, "task": TEXT, "lead": TEXTS,
    "support": TEXTS, "due": TEXT_OR_NULL, "due_date": {"type": ["string", "null"], "format": "date"},
    "status": TEXT_OR_NULL, "progress": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
    "overdue": {"type": "boolean"},
}

_PLAN = {
    "url": TEXT,
    "absolute_url": {"type": ["string", "null"], "format": "uri"},
    "source": TEXT,
    "title": TEXT,
    "doc_type": TEXT,
    "number": TEXT_OR_NULL,
    "number_canonical": TEXT_OR_NULL,
    "issuer": TEXT,
    "issued": PARTIAL_DATE,
    "year": INT_OR_NULL,
    "year_source": {"enum": ["ngày ban hành", "thư mục", "trích yếu", None]},
    "place": TEXT_OR_NULL,
    "locality": _object({"province": TEXT_OR_NULL, "district": TEXT_OR_NULL, "commune": TEXT_OR_NULL}),
    "signer": {"oneOf": [{"type": "null"},
                         _object({"name": TEXT_OR_NULL, "title": TEXT_OR_NULL, "authority": TEXT_OR_NULL})]},
    "recipients": TEXTS,
    "topics": TEXTS,
    "implements": TEXTS,
    "basis": TEXTS,
    "implements_documents": _list(_object({"symbol": TEXT, "label": TEXT, "url": TEXT})),
    "cites": TEXTS,
    "status": {"enum": [None, "withdrawn", "replaced"]},
    "status_reason": TEXT_OR_NULL,
    "replaced_by": TEXT_OR_NULL,
    "change_note": TEXT_OR_NULL,
    "attachments": _list(_object({"url": TEXT, "absolute_url": {"type": ["string", "null"], "format": "uri"},
                                  "title": TEXT_OR_NULL, "size": {"type": "integer", "minimum": 0},
                                  "sha256": SHA256})),
    "description": TEXT_OR_NULL,
    "tasks": _list(_object(_TASK, (c.name for c in TASK_COLUMNS))),
    "history": _object({
        "first_published": TEXT_OR_NULL, "last_changed": TEXT_OR_NULL, "committed": {"type": "boolean"},
        "changes": _list(_object({"date": TEXT, "commit": TEXT, "note": TEXT_OR_NULL, "text": TEXT})),
    }),
}

_DIRECTIVE = {
    "url": TEXT, "symbol": TEXT, "type": TEXT_OR_NULL, "year": INT_OR_NULL, "date": PARTIAL_DATE, "issuer": TEXTS,
    "body": TEXT_OR_NULL, "body_key": TEXT_OR_NULL, "title": TEXT_OR_NULL, "official_url": TEXT_OR_NULL,
    "in_registry": {"type": "boolean"}, "published": TEXT_OR_NULL,
    "citing": _list(_object({"url": TEXT, "title": TEXT, "number": TEXT_OR_NULL, "issuer": TEXT,
                             "implements": {"type": "boolean"}, "lines": _list({"type": "integer", "minimum": 1})})),
}


COUNT = {"type": "integer", "minimum": 0}
_LOCALITY = _object({"province": TEXT_OR_NULL, "district": TEXT_OR_NULL, "commune": TEXT_OR_NULL})
# data/portal.json and data/portal/<member>.json (portal.py's tables): members' words as the portal checked them.
_PORTAL_PLAN = {"url": TEXT, "title": TEXT, "number": TEXT_OR_NULL, "issuer": TEXT_OR_NULL, "issued": PARTIAL_DATE,
                "locality": _LOCALITY, "implements": {"type": "boolean"}}
_PORTAL_SITE = {"name": TEXT, "url": TEXT, "document_url": TEXT_OR_NULL, "published_url": TEXT_OR_NULL,
                "citing": COUNT, "implementing": COUNT}
_PORTAL_DOCUMENT = {
    "url": TEXT_OR_NULL, "symbol": TEXT, "type": TEXT_OR_NULL, "year": INT_OR_NULL, "date": PARTIAL_DATE,
    "body": TEXT_OR_NULL, "body_key": TEXT_OR_NULL, "title": TEXT_OR_NULL, "official_url": TEXT_OR_NULL,
    "in_registry": {"type": "boolean"},
    "member_facts": {"type": "object", "additionalProperties": _list(_object({"value": TEXT, "sites": TEXTS}))},
    "citing": COUNT, "implementing": COUNT, "sites": _list(_object(_PORTAL_SITE, (c.name for c in SITE_COLUMNS))),
    "not_citing": TEXTS,
}
_PORTAL_MEMBER = {"name": TEXT, "url": TEXT, "plans": COUNT, "documents": COUNT, "built_at": TEXT_OR_NULL,
                  "sha256": {"type": "object", "additionalProperties": SHA256}, "problem": TEXT_OR_NULL,
                  "skipped": COUNT, "page": TEXT_OR_NULL, "data": TEXT_OR_NULL}
_MEMBER_DOCUMENT = {"symbol": TEXT, "year": INT_OR_NULL, "body_key": TEXT_OR_NULL, "national_url": TEXT_OR_NULL,
                    "document_url": TEXT_OR_NULL, "published_url": TEXT_OR_NULL, "citing": COUNT,
                    "implementing": COUNT, "plans": _list(_object(_PORTAL_PLAN, (c.name for c in PLAN_COLUMNS)))}


def _schema(title: str, description: str, body: dict) -> dict:
    return {"$schema": DRAFT, "title": title, "description": description, **body}


def plan_record_schema() -> dict:
    return _schema("Một văn bản trong dữ liệu mở",
                   "Tệp index.json cạnh trang của mỗi văn bản, và mỗi mục của plans.json.",
                   _object(_PLAN, (c.name for c in JSON_FIELDS)))


def plans_schema() -> dict:
    record = plan_record_schema()
    plan = {k: v for k, v in record.items() if k not in ("$schema", "title", "description")}
    return _schema("Danh sách mọi văn bản (plans.json)", "Tệp data/plans.json của trang web.", _object({
        "generated": {"type": "string", "format": "date-time"}, "site": TEXT,
        "count": {"type": "integer", "minimum": 0}, "plans": _list(plan),
    }))


def directives_schema() -> dict:
    return _schema("Các văn bản được trích dẫn (directives.json)", "Tệp data/directives.json của trang web.",
                   _list(_object(_DIRECTIVE, (name for name, _ in DIRECTIVE_FIELDS))))


def manifest_schema() -> dict:
    hashes = {"type": "object", "additionalProperties": SHA256}
    body = _object({
        "commit": TEXT_OR_NULL, "repository": {"type": ["string", "null"], "format": "uri"},
        "commit_url": {"type": ["string", "null"], "format": "uri"}, "built_at": {"type": "string", "format": "date-time"},
        "algorithm": {"const": "sha256"}, "sources": hashes, "pages": hashes,
    })
    body["additionalProperties"] = TEXT  # the version of each tool that made the site ("pagefind": "1.6.0")
    return _schema("Mã băm của trang web và của kho nội dung (manifest.json)",
                   "Tệp data/manifest.json của trang web.", body)


def portal_schema() -> dict:
    top = {"generated": {"type": "string", "format": "date-time"}, "site": TEXT,
           "members": _list(_object(_PORTAL_MEMBER, (c.name for c in MEMBER_COLUMNS))), "count": COUNT,
           "documents": _list(_object(_PORTAL_DOCUMENT, (c.name for c in DOCUMENT_COLUMNS)))}
    return _schema("Văn bản chỉ đạo gộp từ các trang thành viên (portal.json)", "Tệp data/portal.json của cổng.",
                   _object(top, (name for name, _ in TOP_FIELDS)))


def portal_member_schema() -> dict:
    top = {"generated": {"type": "string", "format": "date-time"}, "member": TEXT, "url": TEXT, "count": COUNT,
           "documents": _list(_object(_MEMBER_DOCUMENT, (c.name for c in MEMBER_DOCUMENT_COLUMNS)))}
    return _schema("Kế hoạch của một trang thành viên trích dẫn từng văn bản (data/portal/…json)",
                   "Tệp dữ liệu của từng trang thành viên trên cổng (trường data của members trong portal.json).",
                   _object(top, (name for name, _ in MEMBER_TOP_FIELDS)))


def _bytes(schema: dict) -> bytes:
    return (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def portal_schema_files() -> dict[str, bytes]:
    """Published beside data/portal.json and the members' files, by a portal only."""
    return {PORTAL_SCHEMA: _bytes(portal_schema()), PORTAL_MEMBER_SCHEMA: _bytes(portal_member_schema())}


def schema_files() -> dict[str, bytes]:
    """Every schema a site publishes, with the one of the source front-matter (the same as the
    repository's schema/plan.schema.json, which editors use), under a name that says what it describes."""
    return {
        PLANS_SCHEMA: _bytes(plans_schema()),
        PLAN_RECORD_SCHEMA: _bytes(plan_record_schema()),
        DIRECTIVES_SCHEMA: _bytes(directives_schema()),
        MANIFEST_SCHEMA: _bytes(manifest_schema()),
        SOURCE_SCHEMA: _bytes(json_schema()),
    }
