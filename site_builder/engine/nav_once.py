"""The navigation of a page outside it (every plan and generated page), rendered once per depth rather than
once per page: a third of the template time at 10,000 plans (templates/partials/nav.html). Every such page at
one depth shows the same navigation, so one rendering serves them all.
"""

from __future__ import annotations

from markupsafe import Markup

# partials/nav.html rendered on its own: what base.html sets up before it includes it.
_NAV_ALONE = ('{% import "partials/language.html" as lang with context %}'
              '{% set features = config.theme.features or [] %}{% include "partials/nav.html" %}')


class _Nowhere:
    """A page no navigation entry is, at a given depth."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __eq__(self, other) -> bool:
        return False

    __hash__ = object.__hash__


class NavOnce:
    """One build's navigations by depth (the template environment is the build's)."""

    def __init__(self, env) -> None:
        self.env, self.by_depth = env, {}

    def add_to(self, context: dict, page, config, nav) -> dict:
        features = config.theme.get("features") or []
        if "toc.integrate" in features or page in nav.pages:
            return context
        depth = len([part for part in page.url.split("/") if part])
        if depth not in self.by_depth:
            # Rendered for a page in a folder no link leads into, MkDocs writes every link from the depth
            # («../../co-quan/»), right for each page at that depth; for a real page it would shorten the
            # links into its own folder («../»).
            alone = {**context, "page": _Nowhere("~/" * depth), "sb_nav": None, "sb_nav_slot": True}
            self.by_depth[depth] = Markup(self.env.from_string(_NAV_ALONE).render(alone))
        context["sb_nav"] = self.by_depth[depth]
        return context
