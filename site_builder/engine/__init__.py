"""Engine: the thin MkDocs adapter. The plugin hands the staged pages to MkDocs and runs the publishing steps on
what it writes; `build` makes a whole build atomic; `preview` is `site-builder serve`. The only package that
imports MkDocs.

May import `stage`, `editor` (the web editor's pure part) and everything below them.
"""
