"""The shared vocabulary every stage speaks: addresses and slugs (`paths`, `site_map`), partial dates and the
build's clock, diagnostics, document types and numbers, citations and document identity, the front-matter field
table (`fields`) and the typed plan (`plans`, `tasks`), the site's settings.

Plain data and pure functions: no file reading, no MkDocs. May import nothing else from `site_builder`.
"""
