"""Story links in the window (issue #9, section 3): previous/next under the body, Link to
Article, following links with Back and Forward, related stories, the Linked From panel and
the Broken Links view. Everything enters through `install`; the window knows none of it.
"""

from __future__ import annotations

from editor.ui.session.feature_context import FeatureContext


def install(context: FeatureContext) -> None:
    """Build the feature's parts in the window of `context`."""
    from editor.ui.links.link_tools import LinkTools
    from editor.ui.links.story_links import StoryLinks

    story_links = StoryLinks(context, context.registry)
    LinkTools(story_links)
