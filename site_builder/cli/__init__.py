"""The `site-builder` command (check, build, serve, import, new, schema), in Vietnamese.

May import every package.
"""

from .main import main

__all__ = ["main"]
