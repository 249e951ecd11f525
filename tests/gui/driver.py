"""A page object for window tests: `WindowDriver` drives the real main window as a user
does (clicks in the article list, real key events, shortcuts, actions by id) and reads
back what a user sees (the body's text and Markdown, the title, the status bar, the save
label, the counts).

Window tests go through it instead of reaching into the window's widgets, so when the
window's internals change (an article session, a library client) only this module has to
learn them. Tests of a bare body editor keep their own widget access.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from editor.domain import Article
from editor.storage.errors import ArticleNotFoundError, LibraryError
from editor.storage.library import Library
from editor.storage.save_failures import SaveFailure
from editor.ui.article_details import ArticleDetails
from editor.ui.article_form import ArticleForm
from editor.ui.article_list import DetailRole
from editor.ui.autosave import ArticleSink
from editor.ui.body_editor import BodyEditor
from editor.ui.editing.find_replace_bar import FindReplaceBar
from editor.ui.main_window import MainWindow
from editor.ui.session.save_coordinator import SavePrompts
from editor.ui.settings import Preferences
from editor.ui.status_counts import StatusCounts
from editor.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

FIELD_NAMES = ("kicker", "headline", "teaser", "body")
WAIT_MS = 5000


def body_of(window: MainWindow) -> BodyEditor:
    """The body editor of a window (for the child processes that type without a qtbot)."""
    return window.form.body


def same_text(stored: object, expected: object) -> bool:
    """Stored and expected values agree (strings up to surrounding whitespace)."""
    if isinstance(stored, str) and isinstance(expected, str):
        return stored.strip() == expected.strip()
    return stored == expected


class WindowDriver:
    """The main window as a user works it, plus the library it stores into."""

    def __init__(self, window: MainWindow, qtbot: QtBot, library: Library | None) -> None:
        self.window = window
        self.qtbot = qtbot
        self.library = library

    # -- where the user is ---------------------------------------------------------------

    @property
    def body(self) -> BodyEditor:
        """The article's body editor (for the body-level assertions of window tests)."""
        return body_of(self.window)

    def field(self, name: str) -> QLineEdit | QTextEdit:
        """One of the article's text fields by name: kicker, headline, teaser, body."""
        if name not in FIELD_NAMES:
            raise KeyError(name)
        widget: QLineEdit | QTextEdit = getattr(self.window.form, name)
        return widget

    @property
    def article_id(self) -> str:
        """The id of the article the window shows."""
        return self.window.current_article_id()

    @property
    def article(self) -> Article:
        """The article the window shows, as the window last knew it stored."""
        return self.window.article

    @property
    def page(self) -> ArticleForm:
        """The article page (header fields above the body), for tests of its layout."""
        return self.window.form

    @property
    def preferences(self) -> Preferences:
        """The user's settings as the window keeps them."""
        return self.window.preferences

    @property
    def details(self) -> ArticleDetails:
        """The details panel (byline, dateline, section, tags, language, status, target)."""
        return self.window.details

    @property
    def counts(self) -> StatusCounts:
        """The status bar's counts: words, characters, selection, target bar."""
        return self.window.counts

    def focus(self, target: str | QWidget = "body") -> QWidget:
        """Put the keyboard focus in a field (by name) or widget, window active."""
        widget = self.field(target) if isinstance(target, str) else target
        self.window.activateWindow()
        widget.setFocus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)
        return widget

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    def has_focus(self, name: str) -> bool:
        return QApplication.focusWidget() is self.field(name)

    # -- opening articles ----------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Open an article by clicking its row in the article list; waits until open."""
        view = self.window.article_list
        model = view.list_model
        while model.row_of(article_id) < 0 and model.canFetchMore(view.rootIndex()):
            model.fetchMore(view.rootIndex())
        row = model.row_of(article_id)
        assert row >= 0, f"{article_id} is not in the article list"
        index = model.index(row)
        view.scrollTo(index)
        rect = view.visualRect(index)
        if article_id == self.article_id:  # a click on the current row changes nothing
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
        with self.qtbot.waitSignal(self.window.article_opened, timeout=WAIT_MS) as opened:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened.args == [article_id]

    def show_article(self, article: Article) -> str:
        """Store `article` in the library and open it in the window; returns its id."""
        assert self.library is not None, "the driver was given no library"
        stored_id = self.library.save(article).id
        assert self.choose_article(stored_id)
        return stored_id

    def choose_article(self, article_id: str) -> bool:
        """Ask the window to open an article as the list's choice does (also for ids
        that are no longer listed); False if the window could not open it."""
        return self.window.open_article(article_id)

    def enter_article(self, article_id: str) -> bool:
        """Open an article for writing (Enter, double-click): caret in the body."""
        return self.window.enter_article(article_id)

    def new_article(self) -> None:
        """Start a new article (File > New)."""
        self.trigger("article.new")

    @property
    def article_list(self) -> QListView:
        """The article list, for keys and clicks meant for the list itself."""
        return self.window.article_list

    def listed_headlines(self) -> list[str]:
        """The headlines in the list, top to bottom (the rows loaded so far)."""
        model = self.window.article_list.list_model
        return [str(model.data(model.index(row))) for row in range(model.rowCount())]

    def listed_detail(self, article_id: str) -> str:
        """The detail line the list shows for an article (section, status, word count)."""
        model = self.window.article_list.list_model
        return str(model.data(model.index(model.row_of(article_id)), DetailRole))

    def click_row(self, row: int) -> None:
        """Click a row of the article list; the focus goes to the list."""
        view = self.window.article_list
        rect = view.visualRect(view.list_model.index(row))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=WAIT_MS)

    def double_click_row(self, row: int) -> None:
        """Double-click a row of the article list (opens it for writing)."""
        view = self.window.article_list
        rect = view.visualRect(view.list_model.index(row))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def row_of_open_article(self) -> int:
        """The list row of the article the window shows (-1 when it is not listed)."""
        return self.window.article_list.list_model.row_of(self.article_id)

    def listed_ids(self) -> list[str]:
        """The article ids in the list, top to bottom (the rows loaded so far)."""
        model = self.window.article_list.list_model
        ids = (model.article_id_at(row) for row in range(model.rowCount()))
        return [article_id for article_id in ids if article_id is not None]

    def selected_id(self) -> str | None:
        """The article highlighted in the list."""
        index = self.window.article_list.currentIndex()
        if not index.isValid():
            return None
        return self.window.article_list.list_model.article_id_at(index.row())

    def focus_article_list(self) -> None:
        """Move the keyboard focus to the article list (the form loses it)."""
        self.focus(self.window.article_list)

    def wait_until_opened(self, action: Callable[[], object]) -> str:
        """Run `action` and wait until the window opens an article; returns its id."""
        with self.qtbot.waitSignal(self.window.article_opened, timeout=WAIT_MS) as opened:
            action()
        article_id: str = opened.args[0]
        return article_id

    # -- typing and selecting ------------------------------------------------------------

    def type(self, text: str, into: str = "body") -> None:
        """Type `text` into a field, as key presses, at its caret."""
        QTest.keyClicks(self.focus(into), text)

    def type_at_end(self, text: str, into: str = "body") -> None:
        """Type `text` at the end of a field."""
        self.caret_to_end(into)
        self.type(text, into)

    def key(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        into: QWidget | None = None,
    ) -> None:
        """Press one key on `into` (default: whatever has the focus)."""
        target = into if into is not None else QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClick(target, key, modifiers)

    def press(self, sequence: str) -> None:
        """Press a shortcut such as "Ctrl+B" on whatever has the focus."""
        combination = QKeySequence(sequence)[0]  # type: ignore[index]
        self.key(combination.key(), combination.keyboardModifiers())

    def caret_to_end(self, name: str = "body") -> None:
        field = self.field(name)
        if isinstance(field, QLineEdit):
            field.end(False)
            return
        field.moveCursor(QTextCursor.MoveOperation.End)

    def select_all(self) -> None:
        """Select the whole body (as Ctrl+A does, without depending on the shortcut)."""
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.body.setTextCursor(cursor)

    def select(self, start: int, end: int) -> None:
        """Select the body's characters from `start` to `end`."""
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)

    def put_caret(self, position: int) -> None:
        """Put the body's caret at a character position."""
        cursor = self.body.textCursor()
        cursor.setPosition(position)
        self.body.setTextCursor(cursor)

    def selected_text(self, name: str = "body") -> str:
        """The text selected in a field ("" when nothing is)."""
        field = self.field(name)
        if isinstance(field, QLineEdit):
            return field.selectedText()
        return field.textCursor().selectedText()

    def selection(self) -> tuple[int, str]:
        """Where the body's selection starts, and its text."""
        cursor = self.body.textCursor()
        return cursor.selectionStart(), cursor.selectedText()

    # -- find and replace ----------------------------------------------------------------

    @property
    def find_bar(self) -> FindReplaceBar:
        """The find-and-replace bar (built on first use)."""
        return self.window.form.find_bar

    def open_find(self, replace: bool = False, query: str | None = None) -> FindReplaceBar:
        """Open the find bar (Edit > Find or Replace), optionally with a query set."""
        self.trigger("edit.replace" if replace else "edit.find")
        bar = self.find_bar
        self.qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
        if query is not None:
            bar.find_field.setText(query)
        return bar

    # -- actions -------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        return self.window.registry[action_id]

    def trigger(self, action_id: str) -> None:
        """Trigger an action by its id, as its menu item does."""
        self.window.registry[action_id].trigger()

    def is_checked(self, action_id: str) -> bool:
        return self.window.registry[action_id].isChecked()

    def is_enabled(self, action_id: str) -> bool:
        return self.window.registry[action_id].isEnabled()

    # -- reading what is shown -----------------------------------------------------------

    def text(self, name: str = "body") -> str:
        """A field's plain text."""
        field = self.field(name)
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def set_text(self, name: str, text: str) -> None:
        """Replace a field's text at once (a paste of a whole field), as an edit."""
        field = self.field(name)
        if isinstance(field, QLineEdit):
            field.setText(text)
            field.textEdited.emit(text)
            return
        field.selectAll()
        field.insertPlainText(text)

    def fields_text(self) -> list[str]:
        """Kicker, headline, teaser and body, as plain text, in reading order."""
        return [self.text(name) for name in FIELD_NAMES]

    def shown_article(self) -> Article:
        """The article as the window would store it now (every field as typed)."""
        return self.window.form.to_article(self.window.article)

    def markdown(self) -> str:
        """The body as the Markdown the window would store."""
        return self.body.markdown()

    def title(self) -> str:
        return self.window.windowTitle()

    def status(self) -> str:
        """The status bar's current message."""
        return self.window.statusBar().currentMessage()

    def save_notice(self) -> QLabel | None:
        """The message about a save that met another version, if one was shown."""
        return self.window.findChild(QLabel, "saveNoticeText")

    def body_notice(self) -> QLabel:
        """The notice above the page: a body that could not be loaded, refused links."""
        return self.window.form.notice

    def body_load_error(self) -> str | None:
        """Why the body could not be loaded (None when it loaded)."""
        return self.body.load_error

    def is_read_only(self, name: str) -> bool:
        return self.field(name).isReadOnly()

    def shows_welcome(self) -> bool:
        """Whether the page area shows the first steps of an empty library."""
        welcome = self.window.welcome
        return welcome is not None and self.window.page.currentWidget() is welcome

    def built_welcome(self) -> bool:
        """Whether the window ever built its first-steps page (only empty libraries do)."""
        return self.window.welcome is not None

    def shows_article_page(self) -> bool:
        """Whether the page area shows the article page."""
        return self.window.page.currentWidget() is self.window.form

    def welcome_page(self) -> WelcomePage:
        """The first steps shown for an empty library (its buttons and location)."""
        welcome = self.window.welcome
        assert welcome is not None, "no welcome page was built"
        return welcome

    def save_label(self) -> str:
        """The save state beside the library name: "Saved 14:02", "Edited", a problem."""
        return self.status_label("save").text()

    def counts_text(self) -> str:
        """The word and character counts in the status bar."""
        return self.status_label("counts").text()

    # -- saving and quitting -------------------------------------------------------------

    def stored(self, article_id: str | None = None) -> Article:
        """The article as the library holds it (default: the one shown)."""
        assert self.library is not None, "the driver was given no library"
        return self.library.get(article_id or self.article_id)

    def stored_body(self, article_id: str | None = None) -> str:
        """The body the library holds ("" while the article is not stored at all)."""
        try:
            return self.stored(article_id).body
        except ArticleNotFoundError:
            return ""

    def save_conflict(self, action: Callable[[], object]) -> tuple[Article, Article]:
        """Run `action` and wait until a save meets another version of the article;
        returns the user's version and the copy it was kept as."""
        with self.qtbot.waitSignal(self.window.autosaver.conflicted, timeout=WAIT_MS) as met:
            action()
        mine, copy = met.args
        return mine, copy

    def record_conflicts(self) -> list[tuple[Article, Article]]:
        """A list that collects every save conflict from now on."""
        seen: list[tuple[Article, Article]] = []
        self.window.autosaver.conflicted.connect(lambda mine, copy: seen.append((mine, copy)))
        return seen

    def has_unsaved_edits(self) -> bool:
        """Whether the shown article has edits no save has taken yet."""
        return self.window.autosaver.is_dirty

    def leave_application(self) -> None:
        """The user switches to another application."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)

    def save(self) -> None:
        """Ctrl+S's action: store now."""
        self.trigger("article.save")

    def store_everything(self) -> None:
        """Store everything queued now, as switching articles does."""
        self.window.persist_blocking()

    def is_saving(self) -> bool:
        """Whether a save is running."""
        return self.window.autosaver.is_busy

    def wait_until_idle(self) -> None:
        """Wait until no save is running."""
        self.qtbot.waitUntil(lambda: not self.is_saving(), timeout=WAIT_MS)

    def wait_until_saved(self, article_id: str | None = None, **fields: object) -> Article:
        """Wait until the library holds the article with `fields` (say body="…"), or,
        without fields, with what the window shows; returns the stored article."""
        wanted_id = article_id or self.article_id

        def holds_it() -> bool:
            assert self.library is not None, "the driver was given no library"
            try:
                stored = self.library.get(wanted_id)
            except LibraryError:
                return False
            expected = fields or self._shown_fields()
            return all(same_text(getattr(stored, name), value) for name, value in expected.items())

        self.qtbot.waitUntil(holds_it, timeout=WAIT_MS)
        return self.stored(wanted_id)

    def _shown_fields(self) -> dict[str, object]:
        return {"headline": self.text("headline"), "body": self.markdown()}

    def quit(self) -> bool:
        """Close the window as File > Quit does; True if it closed."""
        return self.window.close()

    def ask_to_delete(self, answer: Callable[[QMessageBox], None]) -> None:
        """Article > Delete: `answer` is handed the confirmation box while it is open."""

        def reply() -> None:
            box = self.window.commands.delete_confirmation
            assert box is not None, "no confirmation was asked"
            answer(box)

        QTimer.singleShot(0, reply)
        self.trigger("article.delete")

    def delete_article(self) -> None:
        """Delete the open article, as Article > Delete does once confirmed."""
        self.window.delete_current_article()

    def save_failure(self, action: Callable[[], object]) -> SaveFailure:
        """Run `action` and wait until a save fails; returns the failure in words."""
        with self.qtbot.waitSignal(self.window.autosaver.save_failed, timeout=WAIT_MS) as failed:
            action()
        failure: SaveFailure = failed.args[0]
        return failure

    def library_arrives(self, library: Library) -> None:
        """The library the window was started with has opened (start-up)."""
        self.library = library
        self.window.attach_library(library)

    def current_library(self) -> Library | None:
        """The library the window works in now (another one after Save Library As)."""
        return self.window.library

    def library_label(self) -> str:
        """The library's name in the status bar."""
        return self.status_label("library").text()

    def status_label(self, name: str) -> QLabel:
        """A label of the status bar: "library", "save", "zoom" or "counts"."""
        labels = {
            "library": self.window.library_label,
            "save": self.window.save_state_label,
            "zoom": self.window.commands.zoom_label,
            "counts": self.window.counts.counts_label,
        }
        return labels[name]

    def status_labels(self) -> list[QLabel]:
        """The labels that show user text: the body notice, save state and library name."""
        return [self.body_notice(), self.status_label("save"), self.status_label("library")]

    def in_focus_mode(self) -> bool:
        return self.window.commands.focus_mode

    def zoom_percent(self) -> int:
        """The body's text size against its unzoomed size, in per cent."""
        return self.window.commands.zoom_percent()

    def save_questions(self) -> SavePrompts:
        """What the window asks when a save cannot happen (message boxes by default)."""
        return self.window.save_coordinator.prompts

    def store_into(self, sink: ArticleSink) -> None:
        """Saves go to `sink` (a stand-in for the library: a full disk, a moved file)."""
        self.window.autosaver.set_sink(sink)

    def answer_save_questions_with(self, prompts: SavePrompts) -> None:
        """The window asks `prompts` instead of message boxes (quit with unsaved text...)."""
        self.window.save_coordinator.prompts = prompts

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        """A left click on a widget (a button of a message box, a row)."""
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
