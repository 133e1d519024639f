"""How the site writes its JSON files (open data, the manifest, the search bundles' list).

Python's JSON encoder runs in C only without `indent`; indented, it is a Python loop that took a
tenth of a 10,000-plan build. So each value is encoded whole by the C encoder and the layout is
added around it: one line for each member of the top object (or item of the top list) and, inside
a member that is itself an object or a list, one line for each of its items. A record stays on one
line: readable, diffable line by line, and the same data as before.
"""

from __future__ import annotations

import json
from typing import Any


def _flat(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _lines(value: Any, indent: str, deeper: bool) -> str:
    if isinstance(value, dict) and value:
        items = [f"{indent} {_flat(key)}: {_lines(item, indent + ' ', False) if deeper else _flat(item)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value:
        items = [f"{indent} {_lines(item, indent + ' ', False) if deeper else _flat(item)}" for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    return _flat(value)


def json_bytes(data: Any) -> bytes:
    """UTF-8 JSON, two levels laid out on lines, ending with a newline."""
    return (_lines(data, "", True) + "\n").encode("utf-8")
