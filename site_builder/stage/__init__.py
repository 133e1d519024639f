"""Stage: the one pipeline both the command line and the MkDocs adapter run: load → check → catalog → render
(and the portal when a site is one), giving every page and data file of the site.

May import `portal`, `publish` and everything below them. Knows nothing of MkDocs.
"""
