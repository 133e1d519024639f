"""Load: the content folder as files (one walk that follows no link), each file decoded and split into
front-matter and body with line numbers, the git history, and the cache a preview keeps between builds.

May import `model` only.
"""
