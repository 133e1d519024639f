"""Kept so that `markdown_extensions: [site_builder.markdown_ext]`, the name every site's mkdocs.yml uses,
still resolves; the extension lives in `site_builder.render.markdown_ext`."""

from .render.markdown_ext import SiteBuilderExtension, makeExtension

__all__ = ["SiteBuilderExtension", "makeExtension"]
