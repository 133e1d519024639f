"""Catalog: every checked plan together: the groups citizens browse (years, places, issuers), the cited
documents identity-resolved across plans, and the registry of known documents officials keep.

May import `check`, `load` and `model`.
"""
