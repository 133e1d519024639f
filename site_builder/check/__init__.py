"""Check: raw front-matter → typed plans and pages, with a Vietnamese finding (file, line, field) for everything
wrong or missing; links inside texts, Markdown a renderer cannot take, secrets and personal data, addresses
claimed twice.

May import `load` and `model`.
"""
