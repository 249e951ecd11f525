"""`StoryLinks`: the controller of the links around the open article.

It follows the session's article and reads its links in the background (previous/next,
related, backlinks, the targets of its body links) whenever the article, its links or a
shown neighbour change, and hands them to the footer, the Related Stories and Linked From
panels and the body. What the user asks for in them becomes library command values on
the library's undo stack (`LibraryUndoCommand`), written in the client's queue; the
client's `links_changed` brings the new state back. It also keeps the visit history for
Back and Forward, and opens the previous / next story.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDockWidget, QPushButton

from editor.domain.article import Article, LinkKind
from editor.ui.links.article_links import ArticleLinks, read_article_links, reorder_commands
from editor.ui.links.article_picker import ArticlePicker
from editor.ui.links.body_links import BodyLinks
from editor.ui.links.linked_from_panel import LinkedFromPanel
from editor.ui.links.related_panel import RelatedStoriesPanel
from editor.ui.links.story_footer import StoryFooter
from editor.ui.links.undo_keys import LibraryUndoKeys
from editor.ui.links.visit_history import VisitHistory
from editor.ui.session.library_undo import LibraryUndoCommand

if TYPE_CHECKING:
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services
    from editor.ui.session.feature_context import FeatureContext

LINKS_CHANNEL = "links.article"


class StoryLinks(QObject):
    """Story links of the open article: shown, changed, followed (see module docstring)."""

    def __init__(
        self,
        context: FeatureContext,
        footer: StoryFooter,
        docks: tuple[QDockWidget, QDockWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = context.window
        self.session = context.session
        self.client = context.client
        self.history = VisitHistory()
        self.shown = ArticleLinks("")
        self._stepping = False  # Back/Forward is opening an article: no new visit
        self.footer = footer  # already under the body (see editor/ui/links/__init__.py)
        # The docks were placed with the window (editor/ui/links/__init__.py); their
        # panels come now.
        self.related_dock, self.linked_from_dock = docks
        self.related = RelatedStoriesPanel()
        self.related_dock.setWidget(self.related)
        self.linked_from = LinkedFromPanel()
        self.linked_from_dock.setWidget(self.linked_from)
        self.body_links = BodyLinks(self.window.article_body(), self)
        LibraryUndoKeys(context.registry, context.library_undo).watch(
            self.related.stories,
            self.related.add_button,
            self.related.remove_button,
            self.linked_from.sources,
            *self.footer.findChildren(QPushButton),
        )
        self._connect()
        self.retranslate()
        self.window.article_body().window().installEventFilter(self)  # language changes

    def _connect(self) -> None:
        registry = self.context.registry
        for action_id, slot in {
            "links.previous_story": lambda: self.open_neighbour(LinkKind.PREVIOUS),
            "links.next_story": lambda: self.open_neighbour(LinkKind.NEXT),
            "links.back": lambda: self.step(-1),
            "links.forward": lambda: self.step(+1),
            "links.set_previous": lambda: self.choose_neighbour(LinkKind.PREVIOUS),
            "links.set_next": lambda: self.choose_neighbour(LinkKind.NEXT),
            "links.chain_by_date": self.chain_section_by_date,
            "links.add_related": self.choose_related,
        }.items():
            registry.on_trigger(action_id, slot)
        for action_id, dock in (
            ("links.related_panel", self.related_dock),
            ("links.linked_from_panel", self.linked_from_dock),
        ):
            registry.on_trigger(action_id, self._show_panels_as_checked)
            registry[action_id].setChecked(not dock.isHidden())  # shown with the window
            dock.visibilityChanged.connect(registry[action_id].setChecked)
        self.footer.open_requested.connect(self.open_article)
        self.footer.change_requested.connect(self.choose_neighbour)
        self.footer.remove_requested.connect(self.clear_neighbour)
        self.related.open_requested.connect(self.open_article)
        self.related.add_requested.connect(self.choose_related)
        self.related.remove_requested.connect(self.remove_related)
        self.related.reorder_requested.connect(self.reorder_related)
        self.linked_from.open_requested.connect(self.open_article)
        self.session.article_opened.connect(self.follow_article)
        events = self.client.events
        events.links_changed.connect(self._on_links_changed)
        events.article_saved.connect(self._on_article_saved)
        events.articles_trashed.connect(self._on_articles_trashed)
        events.articles_restored.connect(lambda _ids: self.refresh())
        events.trash_emptied.connect(self.refresh)
        self._update_history_actions()

    def _show_panels_as_checked(self) -> None:
        registry = self.context.registry
        self.related_dock.setVisible(registry["links.related_panel"].isChecked())
        self.linked_from_dock.setVisible(registry["links.linked_from_panel"].isChecked())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.footer.retranslate()
        self.related.retranslate()
        self.linked_from.retranslate()

    # -- following the article ---------------------------------------------------------

    @property
    def article(self) -> Article:
        return self.session.article

    def refresh(self) -> None:
        """Read the open article's links again (a newer read supersedes this one)."""
        if self.session.library is None:
            return
        article = self.article

        def read(services: Services) -> ArticleLinks:
            return read_article_links(services, article)

        self.client.read(LINKS_CHANNEL, read, self._show_links, self._links_not_read)

    def _show_links(self, links: ArticleLinks) -> None:
        if links.article_id != self.article.id:
            return
        self.shown = links
        self.footer.show_neighbours(links.previous, links.next)
        self.related.show_related(links.related)
        self.linked_from.show_backlinks(links.backlinks)
        self.body_links.show_targets(links.body)

    def _links_not_read(self, error: BaseException) -> None:
        self.window.show_status(self.tr("Could not read the story links: ") + str(error))

    def follow_article(self, article_id: str) -> None:
        """The page now shows this article: a visit, and its links to read."""
        if not self._stepping:
            self.history.visit(article_id)
        self._update_history_actions()
        self.shown = ArticleLinks(article_id)
        self._show_links(self.shown)
        self.refresh()

    def _on_links_changed(self, article_id: str) -> None:
        if article_id == self.article.id:
            self.refresh()

    def _on_article_saved(self, saved: Article) -> None:
        if saved.id == self.article.id or saved.id in self.shown.shown_ids():
            self.refresh()  # its body links, or a shown headline, may have changed

    def _on_articles_trashed(self, article_ids: tuple[str, ...]) -> None:
        for article_id in article_ids:
            self.history.forget(article_id)
        self._update_history_actions()
        if set(article_ids) & set(self.shown.shown_ids()):
            self.refresh()  # a neighbour or related story is now in the Trash: broken

    # -- opening -----------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        if not self.window.open_article(article_id):
            self.window.show_status(self.tr("That article cannot be opened any more."))

    def open_neighbour(self, kind: LinkKind) -> None:
        target = self.shown.previous if kind is LinkKind.PREVIOUS else self.shown.next
        if target is None:
            words = self.tr("No previous story.") if kind is LinkKind.PREVIOUS else None
            self.window.show_status(words or self.tr("No next story."))
            return
        self.open_article(target.id)

    def step(self, offset: int) -> None:
        """Back (-1) or Forward (+1) through the articles visited."""
        target = self.history.step(offset)
        if target is None:
            return
        self._stepping = True
        try:
            opened = self.window.open_article(target)
        finally:
            self._stepping = False
        if not opened:
            self.history.forget(target)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        registry = self.context.registry
        registry["links.back"].setEnabled(self.history.can_go_back())
        registry["links.forward"].setEnabled(self.history.can_go_forward())

    # -- changing links ----------------------------------------------------------------

    def push(self, commands: Sequence[LibraryCommand], text: str) -> None:
        """Run commands as one step of the library's undo stack."""
        self.session.autosaver.save_now()  # stored before the links that name it
        self.context.library_undo.push(
            LibraryUndoCommand(self.client, commands, text, self._not_changed, self.refresh)
        )

    def _not_changed(self, error: BaseException) -> None:
        self.window.show_status(self.tr("Links not changed: ") + str(error))
        self.refresh()

    def _stored_article(self) -> bool:
        """True if the open article is (or is about to be) in the library, so links can
        name it; else says why not."""
        if self.session.library is None:
            return False
        if self.article.version or self.session.autosaver.is_dirty:
            return True
        self.window.show_status(self.tr("Write something first: the article is not stored."))
        return False

    def pick(self, title: str, excluded: set[str], picked: Callable[[str, str], object]) -> None:
        """Choose an article in the picker, opened under the body's cursor, or under the
        button or panel that has the focus (Change…, Add…)."""
        body = self.window.article_body()
        focus = QApplication.focusWidget()
        if focus is None or focus is body:
            position = self.body_links.picker_position()
        else:
            position = focus.mapToGlobal(focus.rect().bottomLeft())
        picker = ArticlePicker(self.client, title, excluded, body)
        picker.picked.connect(picked)
        picker.popup_at(position)

    def choose_neighbour(self, kind: LinkKind) -> None:
        if not self._stored_article():
            return
        article_id = self.article.id
        title = (
            self.tr("Previous story: type a headline")
            if kind is LinkKind.PREVIOUS
            else self.tr("Next story: type a headline")
        )
        self.pick(title, {article_id}, lambda target, _h: self.set_neighbour(kind, target))

    def set_neighbour(self, kind: LinkKind, target_id: str | None) -> None:
        from editor.services.commands import SetNeighbours

        command = SetNeighbours.one(self.article.id, kind, target_id)
        self.push([command], command.label)

    def clear_neighbour(self, kind: LinkKind) -> None:
        self.set_neighbour(kind, None)

    def chain_section_by_date(self) -> None:
        section = self.article.section
        if self.session.library is None or not section:
            self.window.show_status(self.tr("The article is in no section to chain."))
            return

        def found(path: object) -> None:
            from editor.services.commands import ChainByDate, SectionPath

            if isinstance(path, SectionPath):
                self.push([ChainByDate(path)], self.tr("Chain by date"))

        self.client.read("links.section", lambda services: services.section_named(section), found)

    def choose_related(self) -> None:
        if not self._stored_article():
            return
        excluded = {self.article.id, *(ref.id for ref in self.shown.related)}
        self.pick(self.tr("Related story: type a headline"), excluded, self._add_related)

    def _add_related(self, other_id: str, _headline: str) -> None:
        from editor.services.commands import AddRelated

        self.push([AddRelated(self.article.id, other_id)], self.tr("Add related story"))

    def remove_related(self, other_id: str) -> None:
        from editor.services.commands import RemoveRelated

        self.push([RemoveRelated(self.article.id, other_id)], self.tr("Remove related story"))

    def reorder_related(self, order: list[str]) -> None:
        old = [ref.id for ref in self.shown.related]
        if order == old:
            return
        commands = reorder_commands(self.article.id, old, order)
        by_id = {ref.id: ref for ref in self.shown.related}
        # What the panel shows now, so a next move before the library answers builds on it.
        self.shown = dataclasses.replace(self.shown, related=[by_id[other] for other in order])
        self.push(commands, self.tr("Reorder related stories"))
