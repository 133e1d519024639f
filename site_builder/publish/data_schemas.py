"""A JSON Schema (draft 2020-12) for each JSON data file the site publishes, so that a reuser can check
what they download against what the site promises.

The properties are listed from the tables that write the files (data_records.JSON_FIELDS and TASK_COLUMNS,
open_data_page.DIRECTIVE_FIELDS, the manifest's keys): a field added to a table without a type here
stops the build at import, and `additionalProperties: false` makes a field the schema misses fail
the tests that validate every record (tests/test_publication.py).
"""

from __future__ import annotations

import json

from ..model.consultation_fields import VILLAGE_DECISION_RESULTS
from ..model.consultations import LAW_ITEM_COUNT, STATE_LABELS
from ..model.fields import json_schema
from ..model.site_map import DIRECTIVES_SCHEMA, MANIFEST_SCHEMA, PLAN_RECORD_SCHEMA, PLANS_SCHEMA, SOURCE_SCHEMA
from ..render.data_records import JSON_FIELDS, TASK_COLUMNS
from ..render.open_data_page import DIRECTIVE_FIELDS

DRAFT = "https://json-schema.org/draft/2020-12/schema"

TEXT = {"type": "string"}
TEXT_OR_NULL = {"type": ["string", "null"]}
INT_OR_NULL = {"type": ["integer", "null"]}
TEXTS = {"type": "array", "items": TEXT}
PARTIAL_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def closed_object(types: dict[str, dict], names=None) -> dict:
    """A closed object: every listed field present, no other."""
    names = list(types) if names is None else list(names)
    return {"type": "object", "properties": {name: types[name] for name in names}, "required": names,
            "additionalProperties": False}


def list_of(item: dict) -> dict:
    return {"type": "array", "items": item}


_TASK = {
    "id": TEXT, "plan": TEXT, "kind": {"enum": ["nhiệm vụ", "chỉ tiêu"]}, "task": TEXT, "lead": TEXTS,
    "support": TEXTS, "due": TEXT_OR_NULL, "due_date": {"type": ["string", "null"], "format": "date"},
    "status": TEXT_OR_NULL, "progress": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
    "overdue": {"type": "boolean"},
}

_COUNT = {"type": "integer", "minimum": 0}
_COUNT_OR_NULL = {"type": ["integer", "null"], "minimum": 0}
_DAY = {"type": "string", "format": "date"}
_DAY_OR_NULL = {"type": ["string", "null"], "format": "date"}
# Issue 17: a record's «dân bàn» (render.consultation_records writes them).
_CONSULTATION = {"oneOf": [{"type": "null"}, closed_object({
    "matter": TEXT, "law_item": {"type": ["integer", "null"], "minimum": 1, "maximum": LAW_ITEM_COUNT},
    "from": _DAY, "to": _DAY, "forms": TEXTS,
    "contact": closed_object({k: TEXT_OR_NULL for k in ("address", "phone", "email", "url", "note")}),
    "state": {"enum": list(STATE_LABELS.values())},
    "days_left": _COUNT_OR_NULL,
    "result": {"oneOf": [{"type": "null"}, closed_object({
        "date": PARTIAL_DATE, "opinions": _COUNT,
        "channels": list_of(closed_object({"form": TEXT, "count": _COUNT})),
        "accepted": TEXTS,
        "not_accepted": list_of(closed_object({"opinion": TEXT, "reason": TEXT})),
        "decision": TEXT_OR_NULL, "decision_url": TEXT_OR_NULL, "decision_date": PARTIAL_DATE, "report": TEXT_OR_NULL,
    })]},
})]}
_VILLAGE_DECISIONS = list_of(closed_object({
    "id": TEXT, "village": TEXT, "matter": TEXT, "form": TEXT_OR_NULL, "date": PARTIAL_DATE,
    "households": _COUNT_OR_NULL, "participating": _COUNT_OR_NULL, "in_favour": _COUNT_OR_NULL,
    "result": {"enum": list(VILLAGE_DECISION_RESULTS)}, "note": TEXT_OR_NULL,
    "counts_agree": {"type": ["boolean", "null"]},
}))

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
    "locality": closed_object({"province": TEXT_OR_NULL, "district": TEXT_OR_NULL, "commune": TEXT_OR_NULL}),
    "signer": {"oneOf": [{"type": "null"},
                         closed_object({"name": TEXT_OR_NULL, "title": TEXT_OR_NULL, "authority": TEXT_OR_NULL})]},
    "recipients": TEXTS,
    "topics": TEXTS,
    "implements": TEXTS,
    "basis": TEXTS,
    "implements_documents": list_of(closed_object({"symbol": TEXT, "label": TEXT, "url": TEXT})),
    "cites": TEXTS,
    "status": {"enum": [None, "withdrawn", "replaced"]},
    "status_reason": TEXT_OR_NULL,
    "replaced_by": TEXT_OR_NULL,
    "change_note": TEXT_OR_NULL,
    "attachments": list_of(closed_object({"url": TEXT, "absolute_url": {"type": ["string", "null"], "format": "uri"},
                                  "title": TEXT_OR_NULL, "size": {"type": "integer", "minimum": 0},
                                  "sha256": SHA256})),
    "description": TEXT_OR_NULL,
    "tasks": list_of(closed_object(_TASK, (c.name for c in TASK_COLUMNS))),
    "consultation": _CONSULTATION,  # issue 17
    "village_decisions": _VILLAGE_DECISIONS,  # issue 17
    "disclosure": {"oneOf": [{"type": "null"}, closed_object({  # issue 17
        "clauses": list_of({"type": "integer", "minimum": 1, "maximum": 14}),
        "posting": list_of(closed_object({"place": TEXT, "from": _DAY, "to": _DAY_OR_NULL})),
        "loudspeaker": list_of(_DAY),
        "channels": list_of(closed_object({"channel": TEXT, "date": _DAY, "note": TEXT_OR_NULL})),
        "first_day": _DAY_OR_NULL,
    })]},
    "feedback": list_of(closed_object({  # issue 17
        "id": TEXT, "received": _DAY, "channel": TEXT_OR_NULL, "summary": TEXT,
        "answer": TEXT_OR_NULL, "answered": _DAY_OR_NULL, "answered_by": TEXT_OR_NULL,
        "days": {"type": "integer"}, "late": {"type": "boolean"},
    })),
    "history": closed_object({
        "first_published": TEXT_OR_NULL, "last_changed": TEXT_OR_NULL, "committed": {"type": "boolean"},
        "changes": list_of(closed_object({"date": TEXT, "commit": TEXT, "note": TEXT_OR_NULL, "text": TEXT})),
    }),
}

_DIRECTIVE = {
    "url": TEXT, "symbol": TEXT, "type": TEXT_OR_NULL, "year": INT_OR_NULL, "date": PARTIAL_DATE, "issuer": TEXTS,
    "body": TEXT_OR_NULL, "body_key": TEXT_OR_NULL, "title": TEXT_OR_NULL, "official_url": TEXT_OR_NULL,
    "in_registry": {"type": "boolean"}, "published": TEXT_OR_NULL,
    "citing": list_of(closed_object({"url": TEXT, "title": TEXT, "number": TEXT_OR_NULL, "issuer": TEXT,
                             "implements": {"type": "boolean"}, "lines": list_of({"type": "integer", "minimum": 1})})),
}


COUNT = {"type": "integer", "minimum": 0}
LOCALITY = closed_object({"province": TEXT_OR_NULL, "district": TEXT_OR_NULL, "commune": TEXT_OR_NULL})
def titled(title: str, description: str, body: dict) -> dict:
    return {"$schema": DRAFT, "title": title, "description": description, **body}


def plan_record_schema() -> dict:
    return titled("Một văn bản trong dữ liệu mở",
                   "Tệp index.json cạnh trang của mỗi văn bản, và mỗi mục của plans.json.",
                   closed_object(_PLAN, (c.name for c in JSON_FIELDS)))


def plans_schema() -> dict:
    record = plan_record_schema()
    plan = {k: v for k, v in record.items() if k not in ("$schema", "title", "description")}
    return titled("Danh sách mọi văn bản (plans.json)", "Tệp data/plans.json của trang web.", closed_object({
        "generated": {"type": "string", "format": "date-time"}, "site": TEXT,
        "count": {"type": "integer", "minimum": 0}, "plans": list_of(plan),
    }))


def directives_schema() -> dict:
    return titled("Các văn bản được trích dẫn (directives.json)", "Tệp data/directives.json của trang web.",
                   list_of(closed_object(_DIRECTIVE, (name for name, _ in DIRECTIVE_FIELDS))))


def manifest_schema() -> dict:
    hashes = {"type": "object", "additionalProperties": SHA256}
    body = closed_object({
        "commit": TEXT_OR_NULL, "repository": {"type": ["string", "null"], "format": "uri"},
        "commit_url": {"type": ["string", "null"], "format": "uri"}, "built_at": {"type": "string", "format": "date-time"},
        "algorithm": {"const": "sha256"}, "sources": hashes, "pages": hashes,
    })
    body["additionalProperties"] = TEXT  # the version of each tool that made the site ("pagefind": "1.6.0")
    return titled("Mã băm của trang web và của kho nội dung (manifest.json)",
                   "Tệp data/manifest.json của trang web.", body)


def schema_bytes(schema: dict) -> bytes:
    return (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def schema_files() -> dict[str, bytes]:
    """Every schema a site publishes, with the one of the source front-matter (the same as the
    repository's schema/plan.schema.json, which editors use), under a name that says what it describes."""
    return {
        PLANS_SCHEMA: schema_bytes(plans_schema()),
        PLAN_RECORD_SCHEMA: schema_bytes(plan_record_schema()),
        DIRECTIVES_SCHEMA: schema_bytes(directives_schema()),
        MANIFEST_SCHEMA: schema_bytes(manifest_schema()),
        SOURCE_SCHEMA: schema_bytes(json_schema()),
    }
