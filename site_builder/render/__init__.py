"""Render: what each page shows, as Markdown with front-matter or as plain values for the templates: the plan
panel and task tables, listings, cited-document pages, the field guide, statistics, removed plans, the open-data
page; and the Python-Markdown extension every engine of the MkDocs family runs (citations into links, sanitising).

May import `catalog`, `check`, `load` and `model`. Knows nothing of MkDocs.
"""
