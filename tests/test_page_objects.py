"""Pages outside the navigation are made by the plugin (page_objects), with the addresses MkDocs gives."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from conftest import REPO
from site_builder.engine.page_objects import OutsidePage, nav_sources

SOURCES = ["index.md", "ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md", "nam/2025/index.md",
           "van-ban/33-ct-ttg-2021/trang-2/index.md", "co-quan/ubnd-xax-hoawngf-howpj-thanh-hoa/index.md",
           "ke-hoach/2025/kế hoạch có dấu.md", "ke-hoach/a%20b.md", "ke-hoach/x:y.md"]
SITE_URLS = ["https://congkhai.example.gov.vn/", "https://congkhai.example.gov.vn/thanh-hoa",
             "http://127.0.0.1:8000/", "https://example.gov.vn/a/?q=1", None, ""]


@pytest.mark.parametrize("site_url", SITE_URLS)
def test_addresses_are_those_mkdocs_gives(site_url):
    config = load_config(config_file=str(REPO / "mkdocs.yml"))
    config.site_url = site_url
    for src in SOURCES:
        ours = OutsidePage(None, File(src, "/nguon", "/trang", True), config)
        theirs = Page(None, File(src, "/nguon", "/trang", True), config)
        assert (ours.canonical_url, ours.abs_url) == (theirs.canonical_url, theirs.abs_url), src


def test_pages_of_the_navigation_are_left_to_mkdocs(tmp_path):
    """A page named in `nav` gets its title there: the plugin makes no Page for it."""
    from mkdocs.commands.build import build

    from conftest import copy_project

    project = copy_project(tmp_path / "p")
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    named = nav_sources(config.nav)
    assert "gioi-thieu.md" in named
    seen = {}

    def on_nav(nav, config, files):
        seen.update({f.src_uri: type(f.page) for f in files.documentation_pages()})
        return nav

    config.plugins.events["nav"].append(on_nav)
    build(config)
    assert seen["gioi-thieu.md"] is Page
    assert seen["ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"] is OutsidePage
    assert all(kind is OutsidePage for src, kind in seen.items() if src not in named)
