"""Story links in the window (issue #9, section 3): previous/next under the body, Link to
Article, following links with Back and Forward, related stories, the Linked From panel and
the Broken Links view. Everything enters through `install`; the window knows none of it.

Only the footer under the body and the two empty docks are built with the window (so
the page does not shift later and the window restores the docks' places with its
layout). The rest (the controller, the panels inside the docks and the link tools) is
built when the first article of a library opens, after the window's first paint; until
then there is nothing to link, and the start-up path stays free of the feature's imports.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from editor.ui.links.story_footer import StoryFooter
from editor.ui.session.feature_context import FeatureContext

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def install(context: FeatureContext) -> None:
    """Put the footer under the body and the docks in place; build the rest with the
    library's first article."""
    footer = StoryFooter()
    context.window.add_page_footer(footer)
    related_dock = context.window.add_dock("related", QWidget(), RIGHT)
    related_dock.setWindowTitle(QCoreApplication.translate("links", "Related Stories"))
    linked_from_dock = context.window.add_dock("linkedFrom", QWidget(), RIGHT)
    linked_from_dock.setWindowTitle(QCoreApplication.translate("links", "Linked From"))

    def build(article_id: str) -> None:
        if context.session.library is None:
            return  # the provisional article of start-up, before any library
        context.session.article_opened.disconnect(build)
        from editor.ui.links.link_tools import LinkTools
        from editor.ui.links.story_links import StoryLinks

        story_links = StoryLinks(
            context, footer, (related_dock, linked_from_dock), context.registry
        )
        LinkTools(story_links)
        story_links.follow_article(article_id)

    context.session.article_opened.connect(build)
