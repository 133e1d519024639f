"""The staged folder's mkdocs.yml: the site's own configuration, less our plugin, plus what the plugin's
on_config added at build time (plugin.py), written down so that an engine without the plugin sees it.

The folder is a snapshot: INHERIT is merged and !ENV values are resolved when it is staged (CI's
repository address too), so it builds the same wherever it is copied. A `!relative` value (a path MkDocs
resolves at build time) is not supported yet: the site lists none."""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from ..model.paths import toc_slugify
from ..model.site_map import SEARCH_PAGE, SORTABLE_SCRIPT, STYLESHEET
from ..publish.csp import policy

PLUGIN = "site-builder"
EXTENSIONS = ("site_builder.markdown_ext", "site_builder.render.staged_markdown")
DOCS, OVERRIDES = "docs", "overrides"


def read_config(config_file: Path) -> dict:
    """The site's mkdocs.yml as MkDocs reads it before validation (INHERIT merged, !ENV resolved)."""
    with open(config_file, "rb") as file:
        return yaml_load(file) or {}


def plugin_options(raw: dict) -> dict | None:
    """Our plugin's options as the site lists them; None when the site does not list it."""
    plugins = raw.get("plugins")
    items = plugins.items() if isinstance(plugins, dict) else [
        next(iter(p.items())) if isinstance(p, dict) else (p, {}) for p in (plugins or [])]
    for name, options in items:
        if name == PLUGIN:
            return options or {}
    return None


def _without_plugin(plugins):
    if isinstance(plugins, dict):
        return {name: options for name, options in plugins.items() if name != PLUGIN}
    return [p for p in plugins if (next(iter(p)) if isinstance(p, dict) else p) != PLUGIN]


def _extension_names(extensions) -> list[str]:
    if isinstance(extensions, dict):
        return list(extensions)
    return [next(iter(e)) if isinstance(e, dict) else e for e in extensions]


def staged_config(raw: dict, config_file: Path, merged_sites: list[str], repo_url: str | None) -> dict:
    """`raw` (read_config) rewritten for the staged folder; paths relative to that folder. `merged_sites`:
    every other site whose search index a page reads (extra.search_merge, a portal's members), for the CSP."""
    config = dict(raw)
    config.pop("INHERIT", None)
    config["docs_dir"], config["site_dir"] = DOCS, "site"
    theme = config.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["custom_dir"] = OVERRIDES  # our templates with the site's own custom_dir on top (stage.py)
    static = list(theme.get("static_templates") or [])
    if SEARCH_PAGE not in static:
        static.append(SEARCH_PAGE)
    theme["static_templates"] = static
    config["theme"] = theme
    # An empty list, not none: MkDocs adds its own search plugin when `plugins` is absent.
    config["plugins"] = _without_plugin(config.get("plugins") or [])
    extensions = config.get("markdown_extensions") or []
    if isinstance(extensions, dict):
        extensions = [{name: options} if options else name for name, options in extensions.items()]
    extensions = list(extensions)
    names = _extension_names(extensions)
    for name in EXTENSIONS:
        if name not in names:
            extensions.append(name)
    # Heading anchors that read "đ" as "d", as the plugin sets them (paths.toc_slugify).
    for i, entry in enumerate(extensions):
        name = next(iter(entry)) if isinstance(entry, dict) else entry
        if name == "toc":
            options = dict(entry["toc"] or {}) if isinstance(entry, dict) else {}
            options.setdefault("slugify", toc_slugify)
            extensions[i] = {"toc": options}
    config["markdown_extensions"] = extensions
    for key, path in (("extra_css", STYLESHEET), ("extra_javascript", SORTABLE_SCRIPT)):
        listed = list(config.get(key) or [])
        if path not in listed:
            listed.append(path)
        config[key] = listed
    extra = dict(config.get("extra") or {})
    extra["sb_csp"] = policy(merged_sites)  # templates/main.html writes it
    config["extra"] = extra
    if repo_url and repo_url != raw.get("repo_url"):
        # From CI (repository.py). MkDocs would then derive an edit link the plugin's build never had.
        config["repo_url"] = repo_url
        config.setdefault("edit_uri", "")
    # Files named relative to the site's mkdocs.yml.
    base = Path(config_file).resolve().parent
    if config.get("hooks"):
        config["hooks"] = [str(base / hook) for hook in config["hooks"]]
    config.pop("watch", None)
    return config


def dump_config(config: dict) -> str:
    # The full dumper: a function named with !!python/name (toc's slugify) is written as such again.
    return yaml.dump(config, Dumper=yaml.Dumper, allow_unicode=True, sort_keys=False, width=1000)
