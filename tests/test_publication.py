"""What a journalist meets first on a published site (issue 20): the repository's address and the
commit a build came from, checking a crawled copy, a schema that each data file passes, no build
input published, full addresses in the CSV files and feeds. One real build, in a git repository,
with `repo_url` and `site_url` set; and the seed site, which has neither."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from conftest import copy_project, run_cli
from site_builder.model.repository import ci_repo_url, commit_url

# A self-hosted GitLab: its commit pages are at «-/commit/», not at GitHub's «commit/».
REPO_URL = "https://gitlab.example.vn/ubnd-xa/ke-hoach/"
SITE_URL = "https://congkhai.example.vn/xa-thu/"
NOTE = "ghi chú nội bộ: chưa đăng"
NO_CI = {"GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "CI_PROJECT_URL": ""}
ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMAS = {
    "data/plans.json": "data/plans.schema.json",
    "data/directives.json": "data/directives.schema.json",
    "data/manifest.json": "data/manifest.schema.json",
}


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Cán bộ", "GIT_AUTHOR_EMAIL": "can-bo@example.invalid",
           "GIT_COMMITTER_NAME": "Cán bộ", "GIT_COMMITTER_EMAIL": "can-bo@example.invalid"}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("publication"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_dir: site\n", f"site_dir: site\nrepo_url: {REPO_URL}\nsite_url: {SITE_URL}\n"), encoding="utf-8")
    # Another input an official might keep beside the registry: read by nobody, published by nobody.
    (project / "content" / "huong-dan" / "ghi-chu.yaml").write_text(f"# {NOTE}\nviec: []\n", encoding="utf-8")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "Đăng các kế hoạch")
    result = run_cli("build", cwd=project, env=NO_CI)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cảnh báo: repo_url" not in result.stdout  # it is set: nothing to say
    return project


@pytest.fixture(scope="module")
def site(project) -> Path:
    return project / "site"


def _page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


# -- the repository and the commit ----------------------------------------------------------------
def test_the_header_links_the_repository_without_asking_its_host(site):
    """Material's repository widget asks the GitHub/GitLab API for stars and forks, a request outside the
    site: templates/partials/source.html keeps the link without the widget."""
    home = _page(site, "")
    assert f'href="{REPO_URL}"' in home and 'class="md-source"' in home
    assert 'data-md-component="source"' not in home


def test_open_data_page_names_the_repository_and_links_the_commit(project, site):
    head = _git(project, "rev-parse", "HEAD").strip()
    page = _page(site, "du-lieu-mo")
    base = REPO_URL.rstrip("/")
    assert f'<a href="{base}/-/commit/{head}"><code>{head}</code></a>' in page
    assert f"<code>git clone {REPO_URL}</code>" in page
    assert f'<a href="{REPO_URL}">{REPO_URL}</a>' in page
    manifest = json.loads((site / "data" / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["commit"], manifest["repository"], manifest["commit_url"]) == (
        head, REPO_URL, f"{base}/-/commit/{head}")
    # The plan pages' history links use the same form.
    plan = _page(site, "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen")
    assert f'href="{base}/-/commit/{head}"' in plan and f'href="{base}/commit/' not in plan


def test_commit_links_follow_the_host():
    sha = "0123456789abcdef0123456789abcdef01234567"
    assert commit_url("https://github.com/ubnd/ke-hoach/", sha) == f"https://github.com/ubnd/ke-hoach/commit/{sha}"
    assert commit_url("https://gitlab.com/ubnd/ke-hoach", sha) == f"https://gitlab.com/ubnd/ke-hoach/-/commit/{sha}"
    assert commit_url("https://bitbucket.org/ubnd/ke-hoach", sha) == f"https://bitbucket.org/ubnd/ke-hoach/commits/{sha}"
    assert commit_url("https://codeberg.org/ubnd/ke-hoach", sha) == f"https://codeberg.org/ubnd/ke-hoach/commit/{sha}"
    assert commit_url("https://notgitlab.example.vn/x", sha).endswith(f"/x/commit/{sha}")  # the word, not a part of it
    assert commit_url(None, sha) is None and commit_url("https://github.com/a/b", None) is None
    assert ci_repo_url({"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "ubnd/ke-hoach"}) == \
        "https://github.com/ubnd/ke-hoach"
    assert ci_repo_url({"CI_PROJECT_URL": "https://gitlab.com/ubnd/ke-hoach"}) == "https://gitlab.com/ubnd/ke-hoach"
    assert ci_repo_url({}) is None


def test_without_repo_url_the_build_says_so_and_ci_fills_it(tmp_path):
    project = copy_project(tmp_path / "p")
    result = run_cli("build", cwd=project, env=NO_CI)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mkdocs.yml:1: cảnh báo: repo_url: chưa có địa chỉ kho nội dung" in result.stdout
    page = _page(project / "site", "du-lieu-mo")
    assert "Trang web chưa khai báo địa chỉ kho nội dung" in page and "không được xây dựng từ một kho git" in page
    assert json.loads((project / "site/data/manifest.json").read_text(encoding="utf-8"))["repository"] is None
    # GitHub Actions names the repository it builds.
    ci = {"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "ubnd-xa/ke-hoach", "CI_PROJECT_URL": ""}
    result = run_cli("build", cwd=project, env=ci)
    assert result.returncode == 0 and "cảnh báo: repo_url" not in result.stdout, result.stdout + result.stderr
    assert "<code>git clone https://github.com/ubnd-xa/ke-hoach</code>" in _page(project / "site", "du-lieu-mo")


# -- checking a crawled copy ----------------------------------------------------------------------
def _crawled(site: Path, dest: Path) -> Path:
    """What `wget -r` keeps of a site: pages and what they link; never the search index's parts."""
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns("pagefind", "*.js"))
    return dest


def test_documented_check_of_a_crawled_copy_works(site, tmp_path):
    page = _page(site, "du-lieu-mo")
    (command,) = set(re.findall(r"<code>(sha256sum -c --ignore-missing [^<]+)</code>", page))
    text = re.sub(r"<[^>]+>", "", page)
    copy = _crawled(site, tmp_path / "copy")
    plain = subprocess.run(["sha256sum", "-c", "data/SHA256SUMS"], cwd=copy, capture_output=True, text=True)
    assert plain.returncode != 0 and "FAILED open or read" in plain.stdout
    assert "--ignore-missing" in text and "FAILED open or read" in text  # the page explains what they saw
    documented = subprocess.run(command.split(), cwd=copy, capture_output=True, text=True)
    assert documented.returncode == 0, documented.stdout + documented.stderr
    assert "FAILED" not in documented.stdout and "index.html: OK" in documented.stdout
    page = copy / "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Hoằng Hợp", "Hoằng Hà"), encoding="utf-8")
    tampered = subprocess.run(command.split(), cwd=copy, capture_output=True, text=True)
    assert tampered.returncode != 0 and "hoang-hop-dan-van-chinh-quyen/index.html: FAILED" in tampered.stdout


# -- schemas ---------------------------------------------------------------------------------------
def _validator(site: Path, schema: str) -> Draft202012Validator:
    data = json.loads((site / schema).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(data)
    return Draft202012Validator(data, format_checker=FormatChecker())


def _errors(validator: Draft202012Validator, value) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def test_every_json_data_file_passes_its_schema(site):
    published = sorted(p.relative_to(site).as_posix() for p in (site / "data").glob("*.json")
                       if not p.name.endswith(".schema.json"))
    assert published == sorted(SCHEMAS)  # every JSON data file has its schema
    for data, schema in SCHEMAS.items():
        assert _errors(_validator(site, schema), json.loads((site / data).read_text(encoding="utf-8"))) == [], data
    record = _validator(site, "data/plan-record.schema.json")
    beside = sorted(site.glob("ke-hoach/**/index.json"))
    assert len(beside) == 5
    for path in beside:
        assert _errors(record, json.loads(path.read_text(encoding="utf-8"))) == [], path
    # Closed: a field the schema does not describe, or one missing, fails.
    plan = json.loads(beside[0].read_text(encoding="utf-8"))
    assert _errors(record, {**plan, "extra": 1}) and _errors(record, {k: v for k, v in plan.items() if k != "title"})
    for schema in site.glob("data/*.schema.json"):
        Draft202012Validator.check_schema(json.loads(schema.read_text(encoding="utf-8")))


def test_source_schema_is_named_for_the_front_matter_not_the_data(site):
    assert not (site / "data" / "plan.schema.json").exists()
    source = _validator(site, "data/plan-front-matter.schema.json")
    plans = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))["plans"]
    assert all(_errors(source, plan) for plan in plans)  # it describes the source, which records are not
    page = _page(site, "du-lieu-mo")
    section = page[page.index("Lược đồ tệp nguồn"):]
    assert "plan-front-matter.schema.json" in section and "không mô tả dữ liệu mở" in section
    for schema in SCHEMAS.values():
        assert f'href="../{schema}"' in page


# -- build inputs ----------------------------------------------------------------------------------
def test_build_inputs_are_not_published(project, site):
    published = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in (".yml", ".yaml")]
    assert published == []
    assert not any(NOTE in p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*") if p.is_file()
                   and p.suffix in (".html", ".json", ".txt", ".xml", ""))
    manifest = json.loads((site / "data" / "manifest.json").read_text(encoding="utf-8"))
    assert "van-ban-can-cu.yml" not in manifest["pages"]
    assert "content/van-ban-can-cu.yml" in manifest["sources"]  # still a source anyone can check
    # Still read: the registry's full title of 33/CT-TTg is on its page.
    directives = json.loads((site / "data" / "directives.json").read_text(encoding="utf-8"))
    assert any(d["symbol"] == "33/CT-TTg" and d["in_registry"] for d in directives)


# -- absolute addresses ----------------------------------------------------------------------------
def _rows(site: Path, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((site / "data" / name).read_text(encoding="utf-8-sig"), newline="")))


def test_csv_and_feed_links_are_absolute_with_site_url(site):
    plans = _rows(site, "plans.csv")
    assert len(plans) == 5 and all(r["url"].startswith(SITE_URL + "ke-hoach/") for r in plans)
    tasks = _rows(site, "tasks.csv")
    assert tasks and all(r["plan"].startswith(SITE_URL + "ke-hoach/") for r in tasks)
    # The JSON keeps the site path, with the full address beside it.
    record = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))["plans"][0]
    assert record["tasks"] == [] or record["tasks"][0]["plan"] == record["url"]
    feeds = list(site.rglob("feed.xml"))
    assert len(feeds) > 3
    for feed in feeds:
        hrefs = [link.get("href") for link in ET.parse(feed).getroot().iter(f"{ATOM}link")]
        assert hrefs and all(h.startswith(SITE_URL) for h in hrefs), feed
