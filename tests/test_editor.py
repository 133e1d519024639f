"""The web editor's form and page (issue 18): generated from the plan schema, served from the site's own
files, with a policy of its own that leaves the public pages' policy as strict as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_project, run_cli
from site_builder.editor import cms_config
from site_builder.editor.cms_config import collection, form_field_paths, schema_field_paths
from site_builder.model.fields import json_schema
from site_builder.publish.csp import policy

_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def _form(fields: list[dict], path: str) -> dict:
    head, _, rest = path.partition(".")
    field = next(f for f in fields if f["name"] == head)
    return _form(field.get("fields", []), rest) if rest else field


def test_every_schema_field_has_a_form_field_with_the_guides_label_and_hint():
    schema = json_schema()
    fields = collection("content/ke-hoach")["fields"]
    missing = schema_field_paths(schema) - form_field_paths(fields)
    assert not missing, f"schema fields without a form field: {sorted(missing)}"
    assert form_field_paths(fields) - schema_field_paths(schema) == {"body"}
    for path in ("title", "locality.province", "tasks.updates.note", "attachments.file"):
        node = schema
        for part in path.split("."):
            node = node["properties"][part]
            node = node.get("items", node)
        assert _form(fields, path)["label"] == node["title"]
        assert _form(fields, path)["hint"].startswith(node["description"])
    # Required as the schema says: Decap's fields are required unless told otherwise.
    assert "required" not in _form(fields, "title") and _form(fields, "number")["required"] is False
    assert "required" not in _form(fields, "tasks.task") and _form(fields, "tasks.lead")["required"] is False


def test_the_form_takes_what_the_checker_takes():
    fields = collection("content/ke-hoach")["fields"]
    issued = _form(fields, "issued")
    assert issued["widget"] == "string" and re.fullmatch(issued["pattern"][0], "2025-01")
    assert re.fullmatch(issued["pattern"][0], "2025") and not re.fullmatch(issued["pattern"][0], "01/2025")
    assert _form(fields, "recipients")["field"]["widget"] == "string"  # one input per item
    assert _form(fields, "tasks.lead")["widget"] == "list"  # a string or a list: the list
    assert _form(fields, "tasks.due")["widget"] == "string" and "hằng năm" in _form(fields, "tasks.due")["hint"]
    assert _form(fields, "tasks.status")["options"][0] == "chưa cập nhật"
    assert {"widget": "number", "value_type": "int", "min": 0, "max": 100}.items() <= _form(fields, "tasks.progress").items()
    assert _form(fields, "attachments.file")["widget"] == "file"
    assert _form(fields, "body")["modes"][0] == "raw"


def test_no_group_of_the_form_is_empty():
    """Decap refuses a whole config.yml with one object field of no fields (found when issue 17's counts by
    channel, a free mapping, first reached the form): every group has fields, and the counts are a list."""
    def groups(fields, path=""):
        for field in fields:
            here = f"{path}.{field['name']}" if path else field["name"]
            if field.get("widget") in ("object", "list") and "field" not in field:
                yield here, field.get("fields")
                yield from groups(field.get("fields") or [], here)

    found = dict(groups(collection("content/ke-hoach")["fields"]))
    assert [path for path, fields in found.items() if not fields] == []
    assert [f["name"] for f in found["consultation.result.channels"]] == ["form", "opinions"]


def test_a_new_schema_field_appears_in_the_form_without_editor_code(monkeypatch):
    """Fields another issue adds to the table reach the form: nothing here names them."""
    schema = json_schema()
    schema["properties"]["consultation"] = {
        "type": "object", "title": "Lấy ý kiến", "description": "Lấy ý kiến Nhân dân.", "additionalProperties": False,
        "properties": {"until": {"oneOf": [{"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                                           {"type": "integer"}], "title": "Hạn góp ý", "description": "Ngày."},
                       "channels": {"type": "array", "items": {"type": "string"}, "title": "Kênh", "description": "…"}}}
    monkeypatch.setattr(cms_config, "json_schema", lambda: schema)
    fields = collection("content/ke-hoach")["fields"]
    assert {"consultation", "consultation.until", "consultation.channels"} <= form_field_paths(fields)
    assert _form(fields, "consultation.until")["pattern"][0] == r"^\d{4}(-\d{2}(-\d{2})?)?$"


@pytest.fixture(scope="module")
def editor_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("editor-site"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      plans_dir: ke-hoach\n", "      plans_dir: ke-hoach\n      editor: true\n"), encoding="utf-8")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_admin_serves_decap_from_the_sites_own_files(editor_site):
    admin = editor_site / "admin"
    dist = REPO / "node_modules" / "decap-cms" / "dist"
    assert (admin / "decap-cms.js").read_bytes() == (dist / "decap-cms.js").read_bytes()
    assert {p.name for p in dist.glob("*.decap-cms.js")} <= {p.name for p in admin.glob("*.js")}
    page = (admin / "index.html").read_text(encoding="utf-8")
    # Every script of the page is one of the site's files: no other origin.
    assert re.findall(r'<script src="([^"]+)"', page) == ["js-yaml.min.js", "decap-cms.js", "editor.js"]
    assert not re.search(r"https?://(?!127\.0\.0\.1)", page.replace("http-equiv", ""))
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["locale"] == "vi" and config["slug"]["clean_accents"] is True
    plans = config["collections"][0]
    assert plans["folder"] == "content/ke-hoach" and plans["path"].endswith("/{{slug}}")
    assert plans["media_folder"] == "" and plans["format"] == "ke-hoach-md"


# The public pages' policy as strict as it was before the editor: a change to it must be a decision.
PUBLIC_POLICY = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                 "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; "
                 "base-uri 'self'; form-action 'self'")


def test_the_admin_page_has_its_own_policy_and_public_pages_keep_theirs(editor_site):
    public = policy()
    assert public == PUBLIC_POLICY
    for page in ("index.html", "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html", "tim-kiem/index.html"):
        found = _CSP.findall((editor_site / page).read_text(encoding="utf-8"))
        assert found == [public], page
    assert "'unsafe-eval'" not in public and "blob:" not in public and "127.0.0.1" not in public
    admin = _CSP.findall((editor_site / "admin/index.html").read_text(encoding="utf-8"))
    assert len(admin) == 1 and admin[0] != public
    directives = dict(d.strip().split(" ", 1) for d in admin[0].replace("&#x27;", "'").split(";"))
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert directives["connect-src"] == "'self' blob: http://127.0.0.1:8081"


def test_the_editor_is_off_unless_mkdocs_yml_enables_it(seed_site):
    assert not (seed_site / "admin").exists()


def test_a_hosted_backend_is_taken_as_written_with_vietnamese_commits_and_its_origins_allowed():
    from site_builder.editor.admin_page import admin_policy

    gitlab = {"name": "gitlab", "repo": "to-chuc/kho", "auth_type": "pkce", "app_id": "abc",
              "publish_mode": "editorial_workflow"}
    config = cms_config.cms_config("content/ke-hoach", dict(gitlab))
    assert config["backend"]["repo"] == "to-chuc/kho" and config["backend"]["auth_type"] == "pkce"
    assert config["publish_mode"] == "editorial_workflow" and "publish_mode" not in config["backend"]
    assert config["backend"]["commit_messages"]["create"].startswith("Đăng ")
    assert "connect-src 'self' blob: http://127.0.0.1:8081 https://gitlab.com;" in admin_policy(gitlab, 8081)
    own = {"name": "gitlab", "base_url": "https://git.tinh.example.vn", "api_root": "https://git.tinh.example.vn/api/v4"}
    assert "blob: http://127.0.0.1:8081 https://git.tinh.example.vn;" in admin_policy(own, 8081)


def _repo(path: Path, identity: bool) -> Path:
    import subprocess

    path.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    if identity:
        subprocess.run(["git", "-C", str(path), "config", "user.name", "Cán bộ"], check=True)
        subprocess.run(["git", "-C", str(path), "config", "user.email", "canbo@example.vn"], check=True)
    (path / "a.md").write_text("x\n", encoding="utf-8")
    return path


def test_saving_without_a_git_identity_or_git_says_what_to_type(tmp_path, monkeypatch):
    from site_builder.editor.local_server import commit_saved

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")  # no identity from the machine's own settings
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("EMAIL", raising=False)
    commit, note = commit_saved(_repo(tmp_path / "kho", identity=False), ["a.md"], "Đăng kế hoạch «a»")
    assert commit is None and "git config user.email" in note and "git add -- a.md" in note
    plain = tmp_path / "khong-phai-kho"
    plain.mkdir()
    commit, note = commit_saved(plain, ["a.md"], "Đăng")
    assert commit is None and note.startswith("Thư mục này không phải kho git.")
    commit, note = commit_saved(_repo(tmp_path / "kho2", identity=True), ["a.md"], "Đăng kế hoạch «a»")
    assert commit and not note


def test_serve_editor_runs_on_this_computer_only():
    result = run_cli("serve", "--editor", "-a", "0.0.0.0:8000")
    assert result.returncode == 1 and "chỉ chạy trên 127.0.0.1" in result.stderr, result.stderr
