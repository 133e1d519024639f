"""Every page the build writes is valid HTML: the Nu Html Checker (npm `vnu-jar`, run with Java)
over the whole seed site (issue 14)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Material's own hidden checkbox toggles (`<input class="md-toggle" type="checkbox" autocomplete="off">`
# in its base.html, two on every page) are upstream: counted apart, and only those.
TOGGLE_MESSAGE = "Attribute “autocomplete” is only allowed when the input type is"
TOGGLES_PER_PAGE = 2


def nu_errors(folder: Path) -> list[dict]:
    """The checker's errors for every HTML file under `folder`."""
    java = shutil.which("java")
    assert java, "cần Java cho Nu Html Checker (scripts/test cài gói default-jre-headless)"
    assert VNU.is_file(), "cần vnu.jar: scripts/setup chạy «npm ci» theo package-lock.json"
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(folder)],
                            capture_output=True, text=True, timeout=600)
    return [m for m in json.loads(result.stderr or result.stdout)["messages"] if m.get("type") == "error"]


def _is_material_toggle(message: dict) -> bool:
    extract = message.get("extract", "")
    return message["message"].startswith(TOGGLE_MESSAGE) and 'class="md-toggle"' in extract and 'type="checkbox"' in extract


def _page(message: dict) -> str:
    return message["url"].rpartition("/site/")[2]


def test_every_page_of_the_seed_site_is_valid_html(seed_site):
    pages = sorted(p.relative_to(seed_site).as_posix() for p in seed_site.rglob("*.html"))
    assert len(pages) > 100  # the plans, the generated pages, the search page and 404
    errors = nu_errors(seed_site)
    ours = [f"{_page(m)}:{m.get('lastLine')}: {m['message']}" for m in errors if not _is_material_toggle(m)]
    assert ours == []
    toggles: dict[str, int] = {}
    for message in errors:
        if _is_material_toggle(message):
            toggles[_page(message)] = toggles.get(_page(message), 0) + 1
    assert set(toggles.values()) <= {TOGGLES_PER_PAGE}


def test_the_checker_sees_what_it_should(tmp_path):
    """The three kinds of error this site once had, so that a checker that reports nothing fails."""
    page = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body>'
            '<form action=""><input type="search" role="combobox" aria-expanded="false"></form>'
            '<label for="__toc">Mục lục</label></body></html>')
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "x.html").write_text(page, encoding="utf-8")
    found = " | ".join(m["message"] for m in nu_errors(tmp_path / "site"))
    assert "on element “input”" in found and "“for” attribute" in found and "“action”" in found
