"""Editor: the officials' web editor (issue 18), /admin/ with Decap CMS: its form generated from the plan schema
(`cms_config`), the page, its files and its policy (`admin_page`), and the local server that stands beside the
preview (`local_server`: decap-server behind a gate that checks and commits each save). The engine hands the
files to MkDocs and runs `serve --editor` (engine/web_editor.py).

May import `portal`, `publish` and everything below them; a sibling of `stage`, neither importing the other.
Knows nothing of MkDocs.
"""
