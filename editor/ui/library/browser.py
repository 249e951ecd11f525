"""`LibraryBrowser`: the controller of the library sidebar (sidebar.py).

It reads through the `LibraryClient`, off the GUI thread: the article table's keyset
pages (channel "listing"), the section tree with its counts ("sections") and the search
as you type ("search", debounced; a newer query supersedes the older one inside SQLite).
Every change is a command value (editor/services/commands.py) pushed on the window's
library undo stack as a `LibraryUndoCommand`: moving articles (drag onto a section),
moving them to the Trash and back, and creating, renaming, moving (drag and drop) and
deleting sections. Emptying the Trash is the one change that cannot be undone; it is
confirmed first. The events hub tells it what changed, and it reads again what shows it.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QInputDialog, QMessageBox

from editor.domain import Article
from editor.domain.listing import ListingCursor, ListingNode, ListingQuery
from editor.domain.sections import SectionPath, child_path
from editor.ui.library.article_list import PAGE_SIZE, ArticleRow, Page
from editor.ui.library.search_results import ArticleIdRole, HitLike, highlight_matches
from editor.ui.library.sidebar import LibrarySidebar
from editor.ui.session.library_undo import LibraryUndoCommand, report_failure

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from editor.services import commands
    from editor.services.library_services import Services
    from editor.ui.session.feature_context import FeatureContext

SEARCH_DEBOUNCE_MS = 150
FILTER_DEBOUNCE_MS = 150
SEARCH_LIMIT = 30
SAVED_COUNTS_DELAY_MS = 1000
TABLE_MENU = ("article.new", "library.trash", "library.restore", "library.empty_trash")
TREE_MENU = (
    "library.new_section",
    "library.rename_section",
    "library.delete_section",
    "library.empty_trash",
)


def library_commands() -> ModuleType:
    """The command values (editor/services/commands.py), imported on first use: they
    bring the database layer, which loads after the window's first paint."""
    from editor.services import commands

    return commands


class LibraryBrowser(QObject):
    """Reads what the sidebar shows and turns its requests into library commands."""

    def __init__(self, context: FeatureContext, sidebar: LibrarySidebar) -> None:
        super().__init__(sidebar)
        self.context = context
        self.client = context.client
        self.sidebar = sidebar
        self.table = sidebar.table
        self.tree = sidebar.tree
        self.confirmation: QMessageBox | None = None
        self.destination_dialog: QInputDialog | None = None
        self.table.list_model.set_reader(self._read_page)
        self._search_timer = self._timer(SEARCH_DEBOUNCE_MS, self._search_now)
        self._filter_timer = self._timer(FILTER_DEBOUNCE_MS, self._show_chosen_node)
        self._counts_timer = self._timer(SAVED_COUNTS_DELAY_MS, self.read_tree)
        self._connect()

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def _connect(self) -> None:
        sidebar, window, events = self.sidebar, self.context.window, self.client.events
        self.table.article_chosen.connect(window.choose_article)
        self.table.article_entered.connect(window.enter_article)
        self.tree.node_chosen.connect(lambda _query: self._show_chosen_node())
        self.tree.articles_dropped.connect(self.move_articles)
        self.tree.section_dropped.connect(
            lambda path, parent: self.push(library_commands().MoveSection(path, parent))
        )
        sidebar.status_filter.currentIndexChanged.connect(lambda _row: self._show_chosen_node())
        sidebar.text_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        sidebar.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        sidebar.result_entered.connect(self.open_result)
        sidebar.rename_requested.connect(self.rename_section)
        events.sections_changed.connect(self.read_tree)
        events.articles_moved.connect(lambda _ids: self._show_chosen_node())
        events.articles_trashed.connect(self._on_trashed)
        events.articles_restored.connect(lambda _ids: self._refresh_all())
        events.trash_emptied.connect(self._refresh_all)
        registry = self.context.registry
        for action_id, slot in {
            "library.search": self.focus_search,
            "library.new_section": self.new_section,
            "library.rename_section": self.rename_section,
            "library.delete_section": self.delete_section,
            "library.trash": self.trash_selected,
            "library.restore": self.restore_selected,
            "library.empty_trash": self.empty_trash,
        }.items():
            registry.on_trigger(action_id, slot)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([registry[action_id] for action_id in TABLE_MENU])
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([registry[action_id] for action_id in TREE_MENU])
        self._enable_node_actions()

    # -- reading ---------------------------------------------------------------------

    def show_first_page(self, library: Services) -> None:
        """Start-up's listing: everything, newest first, its first page read now (the
        window opens the newest article from it), then the tree in the read pool."""
        self.tree.choose_key("all")
        query = self._query_for(ListingQuery())
        self.table.list_model.show_query(query, library.list_page(query, None, PAGE_SIZE))
        self.read_tree()

    def _read_page(
        self, query: ListingQuery, after: ListingCursor | None, deliver: Callable[[Page], None]
    ) -> None:
        self.client.read(
            "listing", lambda services: services.list_page(query, after, PAGE_SIZE), deliver
        )

    def read_tree(self) -> None:
        """Read the tree and its counts again (a save's counts a moment later, too:
        nothing is read once the library has gone)."""
        if self.client.services is not None:
            read = self.client.read
            read("sections", lambda services: services.section_tree(), self.tree.show_tree)

    def _query_for(self, node: ListingQuery) -> ListingQuery:
        current = self.table.list_model.query
        return replace(
            node,
            status=self.sidebar.chosen_status(),
            text=self.sidebar.text_filter.text().strip(),
            sort=current.sort,
            descending=current.descending,
        )

    def _show_chosen_node(self) -> None:
        self._enable_node_actions()
        if self.client.services is not None:
            self.table.list_model.show_query(self._query_for(self.tree.chosen_query()))

    def _enable_node_actions(self) -> None:
        """Restore in the Trash, Move to Trash elsewhere; section edits on a section."""
        registry = self.context.registry
        in_trash = self.tree.chosen_query().node is ListingNode.TRASH
        on_section = self.tree.chosen_section() is not None
        registry["library.restore"].setEnabled(in_trash)
        registry["library.trash"].setEnabled(not in_trash)
        registry["library.rename_section"].setEnabled(on_section)
        registry["library.delete_section"].setEnabled(on_section)

    def _refresh_all(self) -> None:
        self._show_chosen_node()
        self.read_tree()

    def _on_trashed(self, article_ids: Sequence[str]) -> None:
        if self.table.list_model.query.node is ListingNode.TRASH:
            self._show_chosen_node()
        else:
            self.table.list_model.remove(article_ids)
        self.read_tree()

    def article_saved(self, article: Article, word_count: int) -> None:
        """A stored article's row follows; the counts are read again a moment later."""
        self.table.list_model.upsert(ArticleRow.from_article(article, word_count))
        self._counts_timer.start()

    # -- search ----------------------------------------------------------------------

    def focus_search(self) -> None:
        dock = self.sidebar.parentWidget()
        while dock is not None and not dock.isWindow() and dock.objectName() != "sidebarDock":
            dock = dock.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
        self.sidebar.search_field.setFocus()
        self.sidebar.search_field.selectAll()

    def _search_now(self) -> None:
        query = self.sidebar.search_field.text().strip()
        if not query or self.client.services is None:
            self.client.cancel("search")
            self._show_hits(query, [])
            return
        self.client.search(
            "search",
            query,
            SEARCH_LIMIT,
            lambda hits: self._show_hits(query, hits),
            lambda error: self.context.window.show_status(str(error)),
        )

    def _show_hits(self, query: str, hits: Sequence[HitLike]) -> None:
        self.sidebar.results_model.show_hits(query, hits)
        self.sidebar.results.setVisible(bool(query))
        if hits:
            self.sidebar.results.setCurrentIndex(self.sidebar.results_model.index(0))

    def open_result(self, row: int) -> None:
        """Open a result with the cursor at the first match, every match highlighted."""
        model = self.sidebar.results_model
        article_id = model.data(model.index(row), ArticleIdRole)
        if isinstance(article_id, str) and self.context.window.enter_article(article_id):
            highlight_matches(self.context.window.article_body(), model.query)

    # -- changes ---------------------------------------------------------------------

    def push(self, command: commands.LibraryCommand) -> None:
        if self.client.services is not None:
            report = self.context.window.show_status
            self.context.library_undo.push(
                LibraryUndoCommand(
                    self.client, [command], command.label, report_failure(report, command)
                )
            )

    def move_articles(self, article_ids: Sequence[str], section: SectionPath) -> None:
        self.push(library_commands().MoveArticles.to_section(article_ids, section))

    def trash_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids or self.table.list_model.query.node is ListingNode.TRASH:
            return
        linking: list[str] = []
        self.client.read(
            "backlinks",
            lambda services: [
                ref.headline
                for article_id in ids
                for ref, _kind in services.backlinks(article_id)
                if ref.id not in ids
            ],
            linking.extend,
        )
        self.client.wait_for_reads(2.0)
        question = self.tr("Move {count} article(s) to the Trash?").replace(
            "{count}", str(len(ids))
        )
        if linking:
            names = "\n".join(f"• {name}" for name in dict.fromkeys(linking))
            question += "\n\n" + self.tr("These articles link to them:") + "\n" + names
        if self._confirm(self.tr("Delete articles"), question):
            self.push(library_commands().DeleteArticle.of(ids))

    def restore_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids and self.table.list_model.query.node is ListingNode.TRASH:
            self.push(library_commands().RestoreArticles(tuple(ids)))

    def empty_trash(self) -> None:
        question = self.tr("Delete every article in the Trash for good? This cannot be undone.")
        if self.client.services is not None and self._confirm(self.tr("Empty Trash"), question):
            self.client.empty_trash(
                lambda count: self.context.window.show_status(
                    self.tr("{count} articles deleted").replace("{count}", str(count))
                ),
                lambda error: self.context.window.show_status(str(error)),
            )

    def new_section(self) -> None:
        name, ok = QInputDialog.getText(
            self.sidebar, self.tr("New Section"), self.tr("Name of the new section:")
        )
        if ok and name.strip():
            self.push(
                library_commands().CreateSection(
                    child_path(self.tree.chosen_section(), name.strip())
                )
            )

    def rename_section(self) -> None:
        path = self.tree.chosen_section()
        if path is None:
            return
        name, ok = QInputDialog.getText(
            self.sidebar, self.tr("Rename Section"), self.tr("New name:"), text=path.name
        )
        if ok and name.strip() and name.strip() != path.name:
            self.push(library_commands().RenameSection(path, name.strip()))

    def delete_section(self) -> None:
        """Delete the chosen section; if it holds articles, ask where they go."""
        path = self.tree.chosen_section()
        if path is None:
            return
        total = self.tree.chosen_total()
        if total == 0:
            question = self.tr("Delete the section “{name}”?").replace("{name}", str(path))
            if self._confirm(self.tr("Delete Section"), question):
                self.push(library_commands().DeleteSection(path, None))
            return
        elsewhere = [other for other in self.tree.section_paths() if not other.is_within(path)]
        no_section = self.tr("(no section)")
        choices = [no_section, *(str(other) for other in elsewhere)]
        question = self.tr("“{name}” holds {count} article(s). Move them to:")
        dialog = QInputDialog(self.sidebar)
        dialog.setWindowTitle(self.tr("Delete Section"))
        dialog.setLabelText(question.replace("{name}", str(path)).replace("{count}", str(total)))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(False)
        self.destination_dialog = dialog  # reachable while it is open (tests, accessibility)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.destination_dialog = None
        if accepted:
            choice = dialog.textValue()
            destination = None if choice == no_section else SectionPath.parse(choice)
            self.push(library_commands().DeleteSection(path, destination))

    def _confirm(self, title: str, question: str) -> bool:
        from editor.ui.session.save_prompts import plain_box

        box = plain_box(self.sidebar, QMessageBox.Icon.Question, title, question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box  # reachable while it is open (tests, accessibility)
        answer = box.exec()
        self.confirmation = None
        return answer == QMessageBox.StandardButton.Yes


class SidebarListing:
    """The `ArticleListing` the window uses: the sidebar's table and its browser."""

    def __init__(self, browser: LibraryBrowser) -> None:
        self.browser = browser

    @property
    def view(self) -> QAbstractItemView:
        return self.browser.table

    def show_library(self, library: Services) -> None:
        self.browser.show_first_page(library)

    def listed_article_ids(self) -> tuple[str | None, str | None]:
        model = self.browser.table.list_model
        return model.newest_written_article_id(), model.article_id_at(0)

    def select_article(self, article_id: str) -> None:
        self.browser.table.select_article(article_id)

    def show_saved(self, article: Article, word_count: int) -> None:
        self.browser.article_saved(article, word_count)

    def chosen_section(self) -> str:
        path = self.browser.tree.chosen_section()
        return str(path) if path is not None else ""
