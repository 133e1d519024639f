"""A site's `Settings` from its MkDocs configuration: the only place that reads mkdocs.yml's options for
the core (the plugin's own options `plans_dir` and `portal`, and MkDocs' `site_name`, `site_url`,
`repo_url`, `docs_dir`, the theme's `custom_dir`)."""

from __future__ import annotations

from pathlib import Path

from ..model.repository import repo_address
from ..model.settings import DEFAULT_PLANS_DIR, Settings
from .build import BuildFailed, load_mkdocs_config

PLUGIN_NAME = "site-builder"


def portal_file(config_file: str | Path, option: str | None) -> Path | None:
    """The member-site file named by the plugin option `portal`, relative to mkdocs.yml's folder."""
    return Path(config_file).parent / option if option else None


def site_settings(config) -> Settings:
    """From a loaded MkDocs config; the plugin's options when the site lists it, the defaults otherwise."""
    plugin = config.plugins.get(PLUGIN_NAME)
    options = plugin.config if plugin is not None else None
    return Settings(
        docs_dir=Path(config.docs_dir),
        site_name=config.site_name,
        plans_dir=options.plans_dir if options is not None else DEFAULT_PLANS_DIR,
        site_url=config.site_url,
        repo_url=repo_address(config.repo_url),
        portal=portal_file(config.config_file_path, options.portal) if options is not None else None,
        custom_dir=Path(config.theme.custom_dir) if config.theme.custom_dir else None,
    )


def read_settings(config_file: Path) -> Settings:
    """mkdocs.yml read without starting a build (engine.build.BuildFailed when it cannot be read)."""
    return site_settings(load_mkdocs_config(config_file))


def content_folder_if_any(config_file: Path) -> tuple[Path | None, str]:
    """The content folder and plans folder of the site, when its mkdocs.yml can be read (for checking files
    named one by one: a broken mkdocs.yml must not stop that)."""
    if not config_file.is_file():
        return None, DEFAULT_PLANS_DIR
    try:
        settings = read_settings(config_file)
        return settings.docs_dir.resolve(), settings.plans_dir
    except BuildFailed:
        return None, DEFAULT_PLANS_DIR
