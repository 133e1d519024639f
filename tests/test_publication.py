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

from conftest import copy_project, run_cli

# A self-hosted GitLab: its commit pages are at «-/commit/», not at GitHub's «commit/».
REPO_URL = "https://gitlab.example.vn/ubnd-xa/ke-hoach/"
SITE_URL = "https://congkhai.example.vn/xa-thu/"
NOTE = "ghi chú nội bộ: chưa đăng"
NO_CI = {"GITHUB_SERVER_URL": "", "GITHUB_REPOSITORY": "", "CI_PROJECT_URL": ""}
ATOM = "{http://www.w3.org/2005/Atom}"


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
