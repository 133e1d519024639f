"""The publishing steps over a site an engine built from a staged folder (stage.py), as the plugin runs
them after its own build (plugin.on_post_build, _finish): the CSP on every page, the search index
(Pagefind over the final HTML, in bundles), then the manifest, which hashes everything written before it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from mkdocs.structure.files import File, file_sort_key

from ..check.addresses import output_of
from ..portal.search import MEMBERS_FILE, members_json, record_bundles
from ..publish.csp import apply_to_site
from ..publish.manifest import write_manifest
from ..publish.search_bundles import SEARCH_DIR, bundle_of, plan_bundles
from ..publish.search_index import BundleIndexer, SearchIndexError, pagefind_binary, pagefind_version
from ..render.search import copy_assets
from ..stage.pipeline import Content
from .staging import Site


class PublishFailed(Exception):
    """A publishing step failed; the message is Vietnamese."""


def page_order(content: Content, owner: dict[str, int]) -> list[str]:
    """The pages in the order the plugin's build writes them, and so feeds them to the indexer: the
    pages of no bundle of their own first (content pages as MkDocs lists its files, then generated
    pages), then the plans bundle by bundle (plugin.on_files)."""
    generated = [page.src_uri for page in content.pages]
    made = set(generated)
    files = [File(rel, "/", "/", True) for rel in content.sources if rel not in made]
    ordered = [f.src_uri for f in sorted(files, key=file_sort_key)] + generated
    position = {src: (1 + at, i) for i, (src, at) in enumerate(owner.items())}
    return sorted(ordered, key=lambda src: position.get(src, (0, 0)))


def publish_site(site_dir: Path, site: Site, content: Content) -> dict:
    """Run the publishing steps over `site_dir`; returns the manifest."""
    site_dir = Path(site_dir)
    apply_to_site(site_dir, site.merged_sites + ([m.url for m in content.portal.used] if content.portal else []))
    bundles = plan_bundles(content.catalog.plans)
    if content.portal is not None:
        bundles += record_bundles(content.portal.records, bundles[0])
    owner = bundle_of(bundles)
    checkout = Path(str(resources.files("site_builder"))).parent  # this package's own node_modules
    try:
        binary = pagefind_binary(Path(site.config_file).parent, checkout)
        indexer = BundleIndexer(site_dir, binary)
        indexer.begin(bundles, owner)
        try:
            for src_uri in page_order(content, owner):
                page_file = site_dir / output_of(src_uri)
                indexer.add(src_uri, page_file, page_file.read_text(encoding="utf-8"))
        except BaseException:
            indexer.close()
            raise
        version = finish_index(indexer, site_dir, content)
    except SearchIndexError as exc:
        raise PublishFailed(f"Tìm kiếm: {exc}") from None
    except OSError as exc:
        raise PublishFailed(f"không đọc được trang đã xây dựng {exc.filename}: {exc.strerror or exc}") from None
    return site_manifest(site_dir, Path(site.docs_dir), Path(site.config_file), content.history, content.built_at,
                         version, site.repo_url)


def finish_index(indexer: BundleIndexer, site_dir: Path, content: Content, rebuilt: tuple | None = None) -> str:
    """The search index's last bundles (or, for a preview rebuild, `rebuilt`: the bundles, their owners and
    the pages written), the search page's files, and a portal's list of member indexes; Pagefind's version."""
    try:
        copy_assets(site_dir)
        version = pagefind_version(indexer.binary)
        if rebuilt is not None:
            indexer.update(*rebuilt, version)
        else:
            indexer.finish(version)
        if content.portal is not None:
            (site_dir / SEARCH_DIR / MEMBERS_FILE).write_bytes(members_json(content.portal.members, content.portal.records))
    except BaseException:
        indexer.close()
        raise
    return version


def site_manifest(site_dir: Path, docs_dir: Path, config_file: Path, history, built_at: str, version: str,
                  repo_url: str | None) -> dict:
    """The manifest, which hashes every file written before it (search index included)."""
    if history is not None and history.available:
        prefix = history.content_prefix
    else:
        # Without git, paths are relative to the folder of mkdocs.yml: the project's root.
        docs, root = docs_dir.resolve(), config_file.resolve().parent
        prefix = docs.relative_to(root).as_posix() + "/" if docs.is_relative_to(root) else ""
    return write_manifest(site_dir, docs_dir, prefix, history.head if history else None, built_at,
                          tools={"pagefind": version}, repo_url=repo_url)
