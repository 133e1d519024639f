"""What a site configures, as one frozen object: read once from its mkdocs.yml (`engine.settings`) and
passed down to every stage, so no stage reads configuration, or keeps it, on its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_PLANS_DIR = "ke-hoach"


@dataclass(frozen=True)
class Settings:
    docs_dir: Path  # the content folder
    site_name: str
    plans_dir: str = DEFAULT_PLANS_DIR  # plans live in this folder of docs_dir
    site_url: str | None = None  # the site's full address, when declared
    repo_url: str | None = None  # where the content repository is browsed (model.repository)
    portal: Path | None = None  # a portal's member-site file (portal.merge)
    custom_dir: Path | None = None  # the theme's custom_dir: its listings/ templates replace ours (render.page_templates)
