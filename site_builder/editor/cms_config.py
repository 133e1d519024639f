"""The web editor's form (Decap CMS `config.yml`), generated from the plan JSON Schema the checker
publishes (`fields.json_schema`): a field added to the table appears in the form with its Vietnamese
label (`title`) and hint (`description`) without this module knowing it.

The schema's shapes map to Decap widgets by their form, never by field name, because Decap has no
union type: a partial date (string with a pattern, or a year) is a text box with that pattern; "a
string or a list of strings" is a list (the checker takes both); a deadline (date, short text or a
repeat group) is a text box, since the checker reads the short text («trước ngày 05/11 hằng năm»).
What the form cannot take is said in the hint. Only options Sveltia CMS also documents are used; whether
Sveltia runs the custom file format (assets/editor.js) is untested.
"""

from __future__ import annotations

from typing import Any

from ..model.fields import json_schema

COLLECTION = "ke-hoach"
FORMAT = "ke-hoach-md"  # registered by assets/editor.js: writes front-matter as officials do
BODY_FIELD = "body"
LOCAL_SERVER_PORT = 8081  # decap-server's default; `serve --editor` runs it there on 127.0.0.1
# Decap's are English; the official reads these in `git log` and on the forge.
COMMIT_MESSAGES = {"create": "Đăng {{collection}} «{{path}}»", "update": "Cập nhật {{collection}} «{{path}}»",
                   "delete": "Gỡ {{collection}} «{{path}}»", "uploadMedia": "Tải lên «{{path}}»",
                   "deleteMedia": "Xoá «{{path}}»"}
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_HINT = "Dạng 2025-01-15; thiếu ngày thì 2025-01, chỉ biết năm thì 2025 (không tự điền ngày 01)."
UNION_HINT = "Có thể ghi một hoặc nhiều mục."
DEADLINE_HINT = ("Lịch lặp lại ghi gọn: «hằng năm», «hằng quý», «trước ngày 05/11 hằng năm». Lịch có ngày bắt đầu "
                 "hoặc kết thúc (from, until) chỉ ghi được khi sửa tệp trực tiếp.")


REQUIRED_IN_GROUP_HINT = "Khi điền mục này, cần ghi đủ: {}."


def _pattern_message(pattern: str) -> str:
    if pattern == DATE_PATTERN:
        return "Ngày ghi dạng 2025-01-15, 2025-01 hoặc 2025."
    return f"Giá trị chưa đúng dạng (mẫu: {pattern})."


def _hint(node: dict, extra: str = "") -> str:
    return " ".join(part for part in (node.get("description", ""), extra) if part)


def _branches(node: dict) -> list[dict]:
    return node.get("oneOf") or node.get("anyOf") or []


# The schema says what a value is, not how it is entered: these few take another widget than their type's.
WIDGETS = {
    # The signed scan: uploaded beside the plan (collection media_folder ""), its name written relative to it.
    "attachments.file": {"widget": "file", "choose_url": False, "media_library": {"allow_multiple": False}},
}


def widget_for(name: str, node: dict, required: bool, path: str = "") -> dict[str, Any]:
    """One Decap field for one schema property (`path`: its dotted place, list items adding none)."""
    path = path or name
    field: dict[str, Any] = {"name": name, "label": node.get("title", name)}
    branches = _branches(node)
    kinds = {b.get("type") for b in branches}
    extra = ""
    if branches and "array" in kinds and any(b.get("type") == "object" and not b.get("properties") for b in branches):
        # A mapping («hình thức: số») a form cannot show, which the checker also takes as a list of pairs.
        field.update(_list_of(next(b for b in branches if b.get("type") == "array"), path))
    elif branches and "object" in kinds:
        # A date, a short text or a group: the short text reads as all three (the checker parses it).
        field["widget"] = "string"
        extra = DEADLINE_HINT
    elif branches and "array" in kinds:
        field.update(_list_of(next(b for b in branches if b.get("type") == "array"), path))
        extra = UNION_HINT
    elif branches:  # scalars only: a string with a pattern, or a number (a year, a numeric id)
        field["widget"] = "string"
        pattern = next((b["pattern"] for b in branches if b.get("pattern")), None)
        if pattern:
            field["pattern"] = [pattern, _pattern_message(pattern)]
        if pattern == DATE_PATTERN and "NĂM-THÁNG" not in node.get("description", ""):
            extra = DATE_HINT
    elif node.get("enum"):
        field["widget"] = "select"
        field["options"] = list(node["enum"])
    elif node.get("type") == "integer" or node.get("type") == "number":
        field.update({"widget": "number", "value_type": "int" if node["type"] == "integer" else "float"})
        for key in ("minimum", "maximum"):
            if key in node:
                field[key[:3]] = node[key]
    elif node.get("type") == "array":
        field.update(_list_of(node, path))
    elif node.get("type") == "object":
        field["widget"] = "object"
        field["collapsed"] = False
        field["fields"] = _fields(node, path)
        if not required and node.get("required"):
            # Decap checks a group's required fields even when the whole group is left empty, and would then
            # refuse to save any plan without it (a consultation, a disclosure record): here they are optional,
            # and the checker, which runs on every save, names what a filled-in group still lacks.
            for sub in field["fields"]:
                sub["required"] = False
            extra = REQUIRED_IN_GROUP_HINT.format(", ".join(node["required"]))
    else:
        field["widget"] = "string"
        if node.get("pattern"):
            field["pattern"] = [node["pattern"], _pattern_message(node["pattern"])]
    field.update(WIDGETS.get(path, {}))
    if hint := _hint(node, extra):
        field["hint"] = hint
    if not required:
        field["required"] = False
    return field


def _list_of(node: dict, path: str) -> dict[str, Any]:
    items = node.get("items", {})
    if items.get("type") == "object":
        subfields = _fields(items, path)
        summary = next((f["name"] for f in subfields if f.get("required", True) and f["widget"] == "string"),
                       subfields[0]["name"] if subfields else None)
        spec: dict[str, Any] = {"widget": "list", "fields": subfields, "collapsed": True,
                                "add_to_top": False}
        if summary:
            spec["summary"] = "{{fields.%s}}" % summary
        return spec
    # One input per item: a list without `field` is one comma-separated text box.
    return {"widget": "list", "field": widget_for("item", {**items, "title": "Mục"}, True)}


def _fields(node: dict, path: str = "") -> list[dict[str, Any]]:
    required = set(node.get("required", []))
    return [widget_for(name, sub, name in required, f"{path}.{name}" if path else name)
            for name, sub in node.get("properties", {}).items()]


def collection(plans_folder: str) -> dict[str, Any]:
    """The plans collection: one file per plan in its year folder (the plans folder itself without a date)."""
    schema = json_schema()
    fields = _fields(schema)
    for field in fields:  # the date names the folder (`path` below)
        if field["name"] == "issued":
            field["hint"] += (f" Tệp được lưu trong thư mục của năm ban hành ({plans_folder}/2025/); không ghi ngày "
                              f"thì lưu thẳng trong {plans_folder}/.")
    # Raw Markdown first: the rich-text mode rewrites what it does not model (tables, numbering).
    fields.append({"name": BODY_FIELD, "label": "Toàn văn", "widget": "markdown", "modes": ["raw", "rich_text"],
                   "hint": "Toàn văn kế hoạch, giữ nguyên từng câu chữ; mục I, II là tiêu đề (##)."})
    return {
        "name": COLLECTION,
        "label": "Kế hoạch",
        "label_singular": "kế hoạch",
        "folder": plans_folder,
        "create": True,
        "format": FORMAT,
        "extension": "md",
        # The year folder from the text-box date: Decap lower-cases the path template, drops its single quotes
        # and turns its dots into dashes, so it reads the field by its bare name, a filter only with double
        # quotes, and cuts the date after its year («2025-»: its slug cleaning drops the trailing «-»; an
        # empty omission would mean «...»). Without a date the file goes into the plans folder itself, which
        # the checker accepts (the year then comes from the title); the date's hint says so.
        "path": '{{issued | truncate(4, "-")}}/{{slug}}',
        "slug": "{{title}}",  # Decap lower-cases and, with the slug settings below, drops accents
        "summary": "{{title}}",
        "sortable_fields": ["title", "issued", "number"],
        # Attachments beside the plan: the checker resolves `attachments.file` from the plan's folder.
        "media_folder": "",
        "public_folder": "",
        "fields": fields,
    }


def cms_config(plans_folder: str, backend: dict | None = None, site_url: str | None = None,
               port: int = LOCAL_SERVER_PORT) -> dict[str, Any]:
    """The whole `config.yml`: Vietnamese UI, file names without accents, the local server on 127.0.0.1."""
    chosen = dict(backend) if backend else {"name": "proxy", "proxy_url": f"http://127.0.0.1:{port}/api/v1",
                                            "branch": "main"}
    chosen.setdefault("commit_messages", COMMIT_MESSAGES)
    # Decap reads the editorial workflow (each change a merge request the CI checks) at the top level;
    # mkdocs.yml keeps everything about the backend in one place.
    publish_mode = chosen.pop("publish_mode", None)
    config: dict[str, Any] = {
        "locale": "vi",
        "backend": chosen,
        "local_backend": {"url": f"http://127.0.0.1:{port}/api/v1"},
        "media_folder": plans_folder,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [collection(plans_folder)],
    }
    if publish_mode:
        config["publish_mode"] = publish_mode
    if site_url:
        config["site_url"] = site_url
        config["display_url"] = site_url
    return config


def form_field_paths(fields: list[dict], prefix: str = "") -> set[str]:
    """Every field of a form as a dotted path (list items add no segment), for tests and checks."""
    paths = set()
    for field in fields:
        path = prefix + field["name"]
        paths.add(path)
        paths |= form_field_paths(field.get("fields", []), path + ".")
    return paths


def schema_field_paths(node: dict, prefix: str = "") -> set[str]:
    """Every property of the schema the same way. A union is one form field (its hint says what it takes)."""
    paths = set()
    for name, sub in node.get("properties", {}).items():
        path = prefix + name
        paths.add(path)
        target = sub.get("items", sub) if sub.get("type") == "array" else sub
        free_map = any(b.get("type") == "object" and not b.get("properties") for b in _branches(sub))
        if free_map:  # a mapping also written as a list of pairs: the form shows the pairs (widget_for)
            target = next((b.get("items", {}) for b in _branches(sub) if b.get("type") == "array"), {})
        paths |= schema_field_paths(target, path + ".")
    return paths
