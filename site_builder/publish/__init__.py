"""Publish: the files a site carries besides its pages and the steps run on the built HTML: open data (JSON, CSV,
Atom, iCalendar) with their JSON Schemas, the Content-Security-Policy, the Pagefind search bundles, the manifest of
hashes.

May import `render` and everything below it. Knows nothing of MkDocs.
"""
