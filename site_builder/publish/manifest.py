"""Integrity: the SHA-256 of every source file and every built file, with the commit and the
build time, so anyone can check that what they read is what the repository holds.

Besides `data/manifest.json`, two `sha256sum`-format lists make the check a one-liner with
standard tools: `cd site && sha256sum -c data/SHA256SUMS` for the site, and
`sha256sum -c site/data/SHA256SUMS-nguon` in the content repository.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..load.content_tree import walk
from ..model.json_files import json_bytes
from ..model.repository import commit_url
from ..model.site_map import MANIFEST, SITE_SUMS, SOURCE_SUMS

_SELF = {MANIFEST, SITE_SUMS, SOURCE_SUMS}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _hashes(root: Path, skip: set[str] = frozenset()) -> dict[str, str]:
    # The regular files only: a link is never followed (the build refuses one under content/).
    return {rel: _sha256(root / rel) for rel in sorted(walk(root).files, key=lambda r: r.split("/")) if rel not in skip}


def write_manifest(site_dir: Path, content_dir: Path, source_prefix: str, commit: str | None, built_at: str,
                   tools: dict[str, str] | None = None, repo_url: str | None = None) -> dict:
    """Hash the finished site (run last, after every other file is written) and the sources.
    `tools`: the versions of what made the site besides this package (Pagefind's); `repo_url`: where
    the content repository is browsed, so that a reader can fetch `commit` and check the sources."""
    pages = _hashes(site_dir, _SELF)
    sources = {source_prefix + rel: sha for rel, sha in _hashes(content_dir).items()}
    manifest = {"commit": commit, "repository": repo_url or None, "commit_url": commit_url(repo_url, commit),
                "built_at": built_at, "algorithm": "sha256", **(tools or {}),
                "sources": sources, "pages": pages}
    (site_dir / "data").mkdir(exist_ok=True)
    (site_dir / MANIFEST).write_bytes(json_bytes(manifest))
    (site_dir / SITE_SUMS).write_text("".join(f"{sha}  {rel}\n" for rel, sha in pages.items()), encoding="utf-8")
    (site_dir / SOURCE_SUMS).write_text("".join(f"{sha}  {rel}\n" for rel, sha in sources.items()), encoding="utf-8")
    return manifest
