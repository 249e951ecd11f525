"""`LinkTools`: Link to Article, Follow Link and the Broken Links view.

Link to Article (Ctrl+Shift+K) opens the article picker at the body's cursor and makes
the chosen article a body link (see `BodyLinks`). Follow Link opens the link at the
cursor, as Ctrl+click does: an article link opens its article (unless it is broken, which
the status bar says), a web link the browser. The Broken Links view lists the library's
broken links, read off the GUI thread, and fixes one by opening its article or removing
the link: a link in a text is taken out of the body of the opened article (autosave
stores it), a related, previous or next link by an undoable command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.domain.article import LinkKind
from editor.ui.links.article_links import unlink_command
from editor.ui.links.body_links import article_link

if TYPE_CHECKING:
    from editor.domain.story_links import BrokenLink
    from editor.services.library_services import Services
    from editor.ui.links.broken_links_dialog import BrokenLinksDialog
    from editor.ui.links.story_links import StoryLinks

BROKEN_CHANNEL = "links.broken"


class LinkTools(QObject):
    """The body-link commands and the Broken Links view of one window."""

    def __init__(self, story_links: StoryLinks) -> None:
        super().__init__(story_links)
        self.story_links = story_links
        self.window = story_links.window
        self.body_links = story_links.body_links
        self.broken_dialog: BrokenLinksDialog | None = None  # built when first shown
        registry = story_links.context.registry
        registry.on_trigger("links.link_to_article", self.link_to_article)
        registry.on_trigger("links.follow", self.follow_link_at_cursor)
        registry.on_trigger("links.broken_links", self.show_broken_links)
        self.body_links.article_requested.connect(self.open_linked_article)
        story_links.client.events.links_changed.connect(lambda _id: self._refresh_broken())
        story_links.client.events.article_saved.connect(lambda _saved: self._refresh_broken())
        for trash_event in (
            story_links.client.events.articles_trashed,
            story_links.client.events.articles_restored,
        ):
            trash_event.connect(lambda _ids: self._refresh_broken())
        story_links.client.events.trash_emptied.connect(self._refresh_broken)

    # -- body links --------------------------------------------------------------------

    def link_to_article(self) -> None:
        """Ctrl+Shift+K: choose an article and link the selection (or its headline)."""
        body = self.window.article_body()
        if body.isReadOnly() or not body.isEnabled():
            return
        span = self.body_links.link_span()
        current = self.story_links.article.id
        self.story_links.pick(
            self.tr("Link to article: type a headline"),
            {current},
            lambda target, headline: self.body_links.insert_article_link(span, target, headline),
        )

    def follow_link_at_cursor(self) -> None:
        url = self.body_links.url_at_cursor()
        if not url:
            self.window.show_status(self.tr("There is no link at the cursor."))
            return
        self.body_links.follow(url)

    def open_linked_article(self, article_id: str) -> None:
        target = next((link for link in self.story_links.shown.body if link.id == article_id), None)
        if target is not None and target.broken:
            self.window.show_status(self.body_links.describe(article_link(article_id)))
            return
        self.story_links.open_article(article_id)

    # -- broken links ------------------------------------------------------------------

    def show_broken_links(self) -> None:
        if self.broken_dialog is None:
            from editor.ui.links.broken_links_dialog import BrokenLinksDialog

            self.broken_dialog = BrokenLinksDialog(self.window.article_body().window())
            self.broken_dialog.open_requested.connect(self.story_links.open_article)
            self.broken_dialog.remove_requested.connect(self.remove_broken_link)
            self.broken_dialog.refresh_requested.connect(self._read_broken)
        self.broken_dialog.show()
        self.broken_dialog.raise_()
        self.broken_dialog.activateWindow()
        self._read_broken()

    def _refresh_broken(self) -> None:
        if self.broken_dialog is not None and self.broken_dialog.isVisible():
            self._read_broken()

    def _read_broken(self) -> None:
        dialog = self.broken_dialog
        if dialog is None or self.story_links.session.library is None:
            return

        def read(services: Services) -> list[BrokenLink]:
            return services.broken_links()

        self.story_links.client.read(BROKEN_CHANNEL, read, dialog.show_links)

    def remove_broken_link(self, link: BrokenLink) -> None:
        if link.kind is not LinkKind.INLINE:
            command = unlink_command(link)
            self.story_links.push([command], command.label)
            return
        self.story_links.open_article(link.source.id)
        if self.story_links.article.id != link.source.id:
            return
        removed = self.body_links.remove_links_to(link.target_id)
        words = self.tr("Removed %n link(s) from the text.", "", removed)
        self.window.show_status(words)
        self.story_links.session.autosaver.save_now()
