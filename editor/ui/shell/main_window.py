"""The main window: the library sidebar on the left (placed by the library feature), the
article form in the centre, the desk fields on the right, toolbar and menus from the
action registry, counts in the status bar.

The window lays out and wires. The article being edited, its library, autosave and
open/new/delete belong to the `ArticleSession` (ui/session/article_session.py), which
shows articles through the window (`show_article`, `show_library`...); the library is
reached through the window's `LibraryClient` (ui/workers/library_client.py), whose
`LibraryEvents` keep the list and the sections in step with what was stored. A library
without articles shows the `WelcomePage` in the page area instead, until an article is
started. Choosing an article in the list opens it and leaves the focus there
(`open_article`); Enter or a double-click also puts the cursor in its body
(`enter_article`).

What happens when a save conflicts or fails, and whether the window may close with
unsaved text, is the save coordinator's call (ui/session/save_coordinator.py); the window
shows the words it is given.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from editor.domain import Article
from editor.ui.actions.registry import ActionRegistry
from editor.ui.article.details import ArticleDetails
from editor.ui.article.form import ArticleForm
from editor.ui.article.snapshot import Snapshot
from editor.ui.article.status_counts import CountsTracker, StatusCounts
from editor.ui.qt import settings as prefs
from editor.ui.qt.shown_text import shown_headline
from editor.ui.qt.theme import ThemeColors
from editor.ui.session.article_session import ArticleSession
from editor.ui.session.autosave import Autosaver
from editor.ui.session.feature_context import ArticleListing, FeatureContext
from editor.ui.session.save_coordinator import SaveCoordinator
from editor.ui.session.save_prompts import SaveDialogs
from editor.ui.shell.features import install_features
from editor.ui.shell.window_commands import WindowCommands
from editor.ui.workers.library_client import LibraryClient

if TYPE_CHECKING:
    # Imported lazily at run time: the database layer loads while the window appears.
    from editor.services.library_services import Services
    from editor.ui.article.body_editor import BodyEditor
    from editor.ui.body.html_loading import PreparedBody
    from editor.ui.shell.welcome import WelcomePage

APP_NAME = "Copydesk"
TITLE_SEPARATOR = " — "
TITLE_HEADLINE_CHARS = 80  # window titles and task bars cut long ones off anyway


class MainWindow(QMainWindow):
    """Copydesk's editor window."""

    article_opened = Signal(str)

    def __init__(
        self,
        preferences: prefs.Preferences,
        window_state: prefs.WindowStateStore,
        body_family: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.preferences = preferences
        self.window_state = window_state
        self.client = LibraryClient(self)
        self.registry = ActionRegistry(self, preferences.shortcut_overrides())
        self.addActions([self.registry[action_id] for action_id in self.registry.ids()])
        self.details = ArticleDetails(self)
        self.form = ArticleForm(self.details, body_family, self)
        self.page = QStackedWidget(self)
        self.page.addWidget(self.form)
        self.setCentralWidget(self.page)
        self.welcome: WelcomePage | None = None  # built for an empty library
        self.listing: ArticleListing | None = None  # the library feature places it
        self.sidebar = self.add_dock("sidebar", QWidget(self), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.details_dock = self.add_dock(
            "details", self.details, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.registry.build_menus(self.menuBar())
        self.registry.build_toolbar(self.toolbar)
        self.counts = StatusCounts(self)
        self.save_state_label = QLabel(self)
        self.save_state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state_label.setObjectName("saveState")
        self.library_label = QLabel(self)
        self.library_label.setObjectName("libraryName")
        self.library_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.library_label)
        self.statusBar().addWidget(self.save_state_label)
        self.statusBar().addPermanentWidget(self.counts)
        self.counts_tracker = CountsTracker(self.form.body, self.form.teaser, self.counts)
        self.session = ArticleSession(self, preferences, self.client, self)
        self.save_coordinator = SaveCoordinator(
            self.session.autosaver, self.session, SaveDialogs(self), self
        )
        self.commands = WindowCommands(self)
        self.library_undo = QUndoStack(self)
        install_features(
            FeatureContext(
                self, self.registry, self.session, self.client, preferences, self.library_undo
            )
        )
        self._connect()
        self._restore_layout()
        self.retranslate()
        self.session.start_provisional()
        self.form.headline.setFocus()

    # -- construction ------------------------------------------------------------------

    def add_dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock (objectName `<name>Dock`) whose place the window keeps with its layout."""
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def place_sidebar(self, widget: QWidget, listing: ArticleListing) -> QDockWidget:
        """The library's panel goes in the sidebar dock; the window lists through it."""
        self.sidebar.setWidget(widget)
        self.listing = listing
        return self.sidebar

    @property
    def article_list(self) -> QAbstractItemView:
        """The sidebar's article list (for keys and the Edit menu's routing)."""
        assert self.listing is not None, "no feature placed an article list"
        return self.listing.view

    def add_page_footer(self, widget: QWidget) -> None:
        """Put `widget` in the article page, under the body."""
        self.form.add_footer(widget)

    def article_body(self) -> BodyEditor:
        return self.form.body

    def _connect(self) -> None:
        self.form.edited.connect(self._on_edited)
        self.form.headline_changed.connect(lambda _text: self.update_title())
        self.details.target_changed.connect(self.counts.set_target)
        self.session.article_opened.connect(self.article_opened)
        self.client.events.article_saved.connect(self._on_article_saved)
        self.client.events.articles_trashed.connect(self.session.trashed)
        self.client.events.articles_restored.connect(self.session.restored)
        self.autosaver.busy_changed.connect(self._on_busy)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)
            app.focusChanged.connect(self._on_focus_changed)

    def retranslate(self) -> None:
        """Every visible text of the window in one pass."""
        self.registry.retranslate()
        self.sidebar.setWindowTitle(self.tr("Library"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.form.retranslate()
        self.details.retranslate()
        if self.welcome is not None:
            self.welcome.retranslate()

    def apply_theme(self, colors: ThemeColors) -> None:
        self.registry.apply_icons(QColor(colors.text), QColor(colors.disabled_text))

    def _restore_layout(self) -> None:
        geometry = self.window_state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 820)
            self.resize(int(available.width() * 0.92), int(available.height() * 0.92))
            self.move(available.center() - self.rect().center())
        layout = self.window_state.layout_state()
        if layout is not None:
            self.restoreState(layout)
        self.sidebar.setVisible(self.preferences.get(prefs.SIDEBAR_VISIBLE))
        self.details_dock.setVisible(self.preferences.get(prefs.DETAILS_VISIBLE))
        self.resizeDocks([self.sidebar, self.details_dock], [420, 230], Qt.Orientation.Horizontal)

    # -- the session and its view ------------------------------------------------------

    @property
    def article(self) -> Article:
        return self.session.article

    @property
    def library(self) -> Services | None:
        return self.session.library

    @property
    def autosaver(self) -> Autosaver:
        return self.session.autosaver

    def attach_library(self, library: Services) -> None:
        """Work in `library` (see ArticleSession.attach_library)."""
        self.session.attach_library(library)
        self.update_title()

    def show_library(self, library: Services) -> None:
        """The library's name in the status bar, its full location as the tooltip; its
        articles in the list, its sections in the details."""
        self.library_label.setText(self.tr("Library: {name}").replace("{name}", library.name))
        if library.read_only_reason is not None:  # read-only media, a full disk
            self.library_label.setText(self.library_label.text() + self.tr(" (read-only)"))
        # Escaped inside a paragraph: a tooltip would read a plain "<" as markup.
        self.library_label.setToolTip(f"<p style='white-space:pre'>{escape(library.location)}</p>")
        if self.listing is not None:
            self.listing.show_library(library)
            self.listing.select_article(self.article.id)
        self.refresh_sections()

    def show_empty_library(self, location: str) -> None:
        """The first steps in the page area, for a library without articles."""
        if self.welcome is None:
            from editor.ui.shell.welcome import WelcomePage

            self.welcome = WelcomePage(self.page)
            self.welcome.new_article_requested.connect(self.new_article)
            self.welcome.open_library_requested.connect(self.commands.open_library)
            self.page.addWidget(self.welcome)
        self.welcome.set_location(location)
        self.page.setCurrentWidget(self.welcome)
        self.welcome.new_button.setFocus()

    def listed_article_ids(self) -> tuple[str | None, str | None]:
        return self.listing.listed_article_ids() if self.listing is not None else (None, None)

    def refresh_sections(self) -> None:
        if self.library is not None:
            self.details.set_sections([section.name for section in self.library.sections()])

    def open_article(self, article_id: str) -> bool:
        """Switch to an article (saving the current one first); False if it is gone.
        The focus stays where it is: browsing the list must not type into articles."""
        if article_id == self.article.id and self.form.isEnabled() and self.library is not None:
            return True
        return self.session.open(article_id)

    def choose_article(self, article_id: str) -> None:
        """The list's choice: opened in the background (browsing never waits for it)."""
        if article_id != self.article.id or not self.form.isEnabled():
            self.session.request_open(article_id)

    def enter_article(self, article_id: str) -> bool:
        """Open an article and put the text cursor in its body (Enter, double-click)."""
        if not self.open_article(article_id):
            return False
        self.form.body.setFocus()
        return True

    def new_article(self) -> None:
        """Start an untitled article; it is stored as soon as anything is typed."""
        self.session.new_article(self.listing.chosen_section() if self.listing is not None else "")
        self.form.headline.setFocus()

    def show_article(
        self, article: Article, provisional: bool, prepared: PreparedBody | None = None
    ) -> None:
        """Put `article` in the form. The `provisional` article of start-up is blank, like
        the freshly built form: only its desk fields are set (no body to render yet, so
        no Markdown parser is built before the first paint)."""
        self.page.setCurrentWidget(self.form)
        if provisional:
            self.details.load(article)
        else:
            self.form.load(article, prepared)
        self.counts.set_target(*self.details.target_values())
        self.counts_tracker.recount_now()
        self.commands.apply_article_language()
        if self.listing is not None:
            self.listing.select_article(article.id)
        self.update_title()
        self.show_status("")
        self._show_saved_time(article)

    def _show_saved_time(self, article: Article) -> None:
        if not article.version:
            self.save_state_label.setText(self.tr("Not saved yet"))
            return
        stamp = article.updated_at.astimezone().strftime("%H:%M")
        self.save_state_label.setText(self.tr("Saved {time}").replace("{time}", stamp))

    def snapshot(self, article: Article) -> Snapshot:
        return self.form.snapshot(article)

    def persist_blocking(self) -> None:
        """Store everything now; failures are reported and stay queued for a retry."""
        self.session.persist_blocking()

    def save_now(self) -> None:
        """Ctrl+S: queue a save even without changes (autosave notwithstanding)."""
        self.session.save_now(bool(self.form.headline.text() or self.form.body.toPlainText()))

    def _on_edited(self) -> None:
        self.session.note_edit()
        if self.save_state_label.text() != self.tr("Edited"):
            self.save_state_label.setText(self.tr("Edited"))

    def _on_article_saved(self, saved: Article) -> None:
        """The list and the sections follow every stored article, current or not."""
        current = saved.id == self.article.id
        if current:
            words = self.counts.metrics.words
        else:  # the article just left, saved after the switch (counted while saving)
            from editor.services.article_views import article_metrics

            stored_words = self.autosaver.stored_words(saved)
            words = article_metrics(saved).words if stored_words is None else stored_words
        if self.listing is not None:
            self.listing.show_saved(saved, words)
            if current:
                self.listing.select_article(saved.id)
        if saved.section and self.details.section.findText(saved.section) < 0:
            self.refresh_sections()
        if current and not self.autosaver.has_unsaved(saved.id):
            self._show_saved_time(saved)

    def show_save_problem(self, text: str) -> None:
        """A save did not happen: say so where "Saved" would be, and in the status bar."""
        self.save_state_label.setText(text)
        self.show_status(text)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.save_state_label.setText(self.tr("Saving…"))
        elif self.save_state_label.text() == self.tr("Saving…") and not (
            self.autosaver.has_unsaved(self.article.id)
        ):
            self._show_saved_time(self.article)

    def show_status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)
        else:
            self.statusBar().clearMessage()

    def delete_current_article(self) -> None:
        """Move the article to the Trash (Edit > Undo in the sidebar takes it back); the
        next one opens once the library has it there."""
        from editor.ui.session.library_undo import LibraryUndoCommand, report_failure

        self.session.delete_current(
            lambda command: self.library_undo.push(
                LibraryUndoCommand(
                    self.client,
                    [command],
                    command.label,
                    report_failure(self.show_status, command),
                )
            )
        )

    # -- title, focus, quitting --------------------------------------------------------

    def update_title(self) -> None:
        if not self.form.isEnabled():
            name = self.library.name if self.library is not None else ""
            self.setWindowTitle(f"{name}{TITLE_SEPARATOR}{APP_NAME}" if name else APP_NAME)
            return
        headline = shown_headline(self.form.headline.text())
        if len(headline) > TITLE_HEADLINE_CHARS:
            headline = headline[: TITLE_HEADLINE_CHARS - 1].rstrip() + "…"
        self.setWindowTitle(f"{headline}{TITLE_SEPARATOR}{APP_NAME}")

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosaver.save_now()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self.commands.update_enabled(new)
        left_form = new is None or not self.form.isAncestorOf(new)
        was_editing = old is not None and (
            self.form.isAncestorOf(old) or self.details.isAncestorOf(old)
        )
        if left_form and was_editing:
            self.autosaver.save_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.commands.focus_mode:
            self.commands.set_focus_mode(False)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_coordinator.ready_to_close():
            event.ignore()
            return
        if self.commands.focus_mode:
            self.commands.set_focus_mode(False)
        if self.isVisible():
            self._save_window_state()
        event.accept()

    def _save_window_state(self) -> None:
        """Remember the panels and the layout. Only a window on screen has a layout worth
        keeping: one hidden before it closes (a refused start) reports every panel hidden."""
        self.preferences.set(prefs.SIDEBAR_VISIBLE, self.sidebar.isVisible())
        self.preferences.set(prefs.DETAILS_VISIBLE, self.details_dock.isVisible())
        self.preferences.sync()
        self.window_state.save(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
