"""`/admin/` of the built site when `mkdocs.yml` enables the editor (plugin option `editor: true`).

Decap CMS is served from the site's own files (copied from `node_modules/decap-cms/dist`, pinned in
package-lock.json, as Pagefind is): nothing comes from another origin. The page carries a policy of its
own, written here: Decap needs inline styles, `blob:` images and to reach the backend that stores the
files, which the public pages' policy (publish/csp.py) never allows; public pages keep theirs unchanged
(csp.apply_to_site leaves a page that has a policy alone). The engine hands these files to MkDocs
(engine/web_editor.py); nothing here knows MkDocs.
"""

from __future__ import annotations

import html
import json
import os
from importlib import resources
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import yaml

from ..model.fields import json_schema
from ..publish.csp import MARKER
from .cms_config import DATE_PATTERN, cms_config

ADMIN = "admin/"
DECAP_DIST = Path("node_modules", "decap-cms", "dist")
YAML_SCRIPT = Path("node_modules", "js-yaml", "dist", "js-yaml.min.js")
# Where each hosted backend's API lives when `editor_backend` does not say (Decap's own defaults).
_API_ORIGINS = {"github": ["https://api.github.com"], "gitlab": ["https://gitlab.com"],
                "gitea": [], "bitbucket": ["https://api.bitbucket.org", "https://bitbucket.org"]}


class EditorMissing(Exception):
    """Decap CMS is not installed (npm ci not run)."""


def decap_dist(*roots: Path) -> Path:
    """The folder of Decap's built files in the project's node_modules (or this package's checkout's)."""
    for root in roots:
        folder = Path(root) / DECAP_DIST
        if (folder / "decap-cms.js").is_file() and (Path(root) / YAML_SCRIPT).is_file():
            return folder
    raise EditorMissing("không tìm thấy Decap CMS (node_modules/decap-cms); hãy chạy scripts/setup để cài "
                        "(npm ci theo package-lock.json), hoặc bỏ «editor: true» trong mkdocs.yml.")


def backend_origins(backend: dict, port: int) -> list[str]:
    """The origins the page must reach: the backend's API and sign-in service, and the local server."""
    named = [backend.get(key) for key in ("api_root", "base_url", "auth_endpoint")]
    origins = {f"{p.scheme}://{p.netloc}" for p in map(urlsplit, [u for u in named if isinstance(u, str)])
               if p.scheme in ("http", "https") and p.netloc}
    if not any(isinstance(backend.get(key), str) for key in ("api_root", "base_url")):
        origins.update(_API_ORIGINS.get(str(backend.get("name")), []))
    origins.add(f"http://127.0.0.1:{port}")  # the local server of `serve --editor`
    return sorted(origins)


def admin_policy(backend: dict, port: int) -> str:
    reach = " ".join(backend_origins(backend, port))
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'unsafe-eval'",  # Decap checks config.yml with Ajv, which compiles its checks
        "style-src 'self' 'unsafe-inline'",  # Decap's components set their styles at run time
        "img-src 'self' data: blob:",  # previews of uploaded scans
        "media-src 'self' blob:",
        "font-src 'self'",
        f"connect-src 'self' blob: {reach}",  # an upload is read back from its blob: URL
        "frame-src 'self' blob:",  # Decap's preview pane
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def date_fields(schema_node: dict) -> list[str]:
    """Names of the fields that take a (partial) date: editor.js writes a full date of these unquoted."""
    names: set[str] = set()
    for name, sub in schema_node.get("properties", {}).items():
        branches = sub.get("oneOf") or sub.get("anyOf") or []
        if any(b.get("pattern") == DATE_PATTERN for b in branches):
            names.add(name)
        target = sub.get("items", sub) if sub.get("type") == "array" else sub
        names |= set(date_fields(target))
    return sorted(names)


def key_orders(node: dict, path: str = "", found: dict | None = None) -> dict[str, list[str]]:
    """The field table's order of keys at every level (path → names), for editor.js to write keys in."""
    found = {} if found is None else found
    found[path] = list(node.get("properties", {}))
    for name, sub in node.get("properties", {}).items():
        target = sub.get("items", sub) if sub.get("type") == "array" else sub
        if target.get("properties"):
            key_orders(target, f"{path}.{name}" if path else name, found)
    return found


def union_fields(node: dict, path: str = "") -> dict[str, list[str]]:
    """Paths the form shows otherwise than the file may hold them: "list" (a string or a list: a list in the
    form), "short" (a deadline's group: its short text). editor.js turns a file's value into the form's."""
    found: dict[str, list[str]] = {"list": [], "short": []}
    for name, sub in node.get("properties", {}).items():
        here = f"{path}.{name}" if path else name
        kinds = {b.get("type") for b in sub.get("oneOf") or sub.get("anyOf") or []}
        if "object" in kinds:
            found["short"].append(here)
        elif "array" in kinds:
            found["list"].append(here)
        target = sub.get("items", sub) if sub.get("type") == "array" else sub
        for kind, paths in union_fields(target, here).items():
            found[kind] += paths
    return found


def index_html(backend: dict, port: int) -> str:
    schema = json_schema()
    dates = ",".join(date_fields(schema))
    orders = json.dumps(key_orders(schema), ensure_ascii=False, separators=(",", ":"))
    unions = json.dumps(union_fields(schema), separators=(",", ":"))
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta {MARKER} content="{html.escape(admin_policy(backend, port))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Soạn thảo kế hoạch</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Trang soạn thảo cần JavaScript.</noscript>
<script src="js-yaml.min.js"></script>
<script src="decap-cms.js"></script>
<script src="editor.js" data-date-fields="{html.escape(dates)}" data-key-order="{html.escape(orders)}"
  data-unions="{html.escape(unions)}"></script>
</body>
</html>
"""


def plans_folder(root: Path, docs_dir: Path, plans_dir: str) -> str:
    """The plans' folder from the repository's root (the folder of mkdocs.yml), as Decap names paths."""
    rel = os.path.relpath(Path(docs_dir).resolve() / plans_dir, Path(root).resolve())
    return Path(rel).as_posix()


def config_yml(plans: str, site_url: str | None, backend: dict, port: int) -> str:
    data = cms_config(plans, backend or None, site_url, port)
    return ("# Tạo tự động từ lược đồ các trường (site-builder schema) mỗi lần xây dựng; đừng sửa tay.\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120))


class AdminFile(NamedTuple):
    """One file of /admin/: written from `content`, or copied from `source` (Decap's own, in node_modules)."""

    dest: str
    content: str | bytes | None = None
    source: Path | None = None


def admin_files(root: Path, plans: str, site_url: str | None, backend: dict, port: int) -> list[AdminFile]:
    """The files of /admin/: the page, the form, our format and Decap's own scripts from node_modules
    (the site's, in `root`, or this package's checkout's)."""
    checkout = Path(str(resources.files("site_builder"))).parent
    dist = decap_dist(root, checkout)
    yaml_script = dist.parents[2] / YAML_SCRIPT
    assets = resources.files("site_builder") / "editor" / "assets"
    files = [
        AdminFile(ADMIN + "index.html", index_html(backend, port)),
        AdminFile(ADMIN + "config.yml", config_yml(plans, site_url, backend, port)),
        AdminFile(ADMIN + "editor.js", (assets / "editor.js").read_bytes()),
    ]
    # Decap loads parts of itself on demand from beside decap-cms.js: every one of them is served.
    scripts = [dist / "decap-cms.js", *sorted(dist.glob("*.decap-cms.js")), yaml_script]
    return files + [AdminFile(ADMIN + path.name, source=path) for path in scripts]
