"""Kept so that `site_builder.plugin:SiteBuilderPlugin`, the name sites and the entry point use, still resolves;
the adapter lives in `site_builder.engine.plugin`."""

from .engine.plugin import SiteBuilderPlugin

__all__ = ["SiteBuilderPlugin"]
