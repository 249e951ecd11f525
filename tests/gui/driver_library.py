"""The library side of the window page object (tests/gui/driver.py): the article list
(clicks, rows, what it shows), opening and starting articles, the welcome page for an
empty library, saving, save conflicts and failures, and quitting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QMessageBox

from editor.domain import Article
from editor.storage.errors import ArticleNotFoundError, LibraryError
from editor.storage.library import Library
from editor.storage.save_failures import SaveFailure
from editor.ui.library.article_list import DetailRole
from editor.ui.session.autosave import ArticleSink
from editor.ui.session.save_coordinator import SavePrompts
from editor.ui.shell.welcome import WelcomePage
from tests.gui.driver_core import WAIT_MS, DriverCore, attach_library


def same_text(stored: object, expected: object) -> bool:
    """Stored and expected values agree (strings up to surrounding whitespace)."""
    if isinstance(stored, str) and isinstance(expected, str):
        return stored.strip() == expected.strip()
    return stored == expected


class LibraryDriving(DriverCore):
    """Browsing, opening, saving and quitting, as a user does them in the window."""

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

    def wait_for_writes(self) -> None:
        """Wait until the writes queued so far (saves, deletes) have reached the library
        and their results are in; nothing new is queued meanwhile (no events run)."""
        assert self.window.client.drain(WAIT_MS / 1000), "a write is still running"

    def is_saving(self) -> bool:
        """Whether a save is running."""
        return self.window.autosaver.is_busy

    def wait_until_idle(self) -> None:
        """Wait until no save is running."""
        self.qtbot.waitUntil(lambda: not self.is_saving(), timeout=WAIT_MS)

    def wait_until_saved(
        self, article_id: str | None = None, timeout_ms: int = WAIT_MS, **fields: object
    ) -> Article:
        """Wait (up to `timeout_ms`) until the library holds the article with `fields`
        (say body="…"), or, without fields, with what the window shows; returns it."""
        wanted_id = article_id or self.article_id

        def holds_it() -> bool:
            assert self.library is not None, "the driver was given no library"
            try:
                stored = self.library.get(wanted_id)
            except LibraryError:
                return False
            expected = fields or self._shown_fields()
            return all(same_text(getattr(stored, name), value) for name, value in expected.items())

        self.qtbot.waitUntil(holds_it, timeout=timeout_ms)
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
        """Delete the open article, as Article > Delete does once confirmed, and wait
        until the library has answered (the delete runs on the write queue)."""
        self.window.delete_current_article()
        self.wait_for_writes()

    def save_failure(self, action: Callable[[], object]) -> SaveFailure:
        """Run `action` and wait until a save fails; returns the failure in words."""
        with self.qtbot.waitSignal(self.window.autosaver.save_failed, timeout=WAIT_MS) as failed:
            action()
        failure: SaveFailure = failed.args[0]
        return failure

    def library_arrives(self, library: Library) -> None:
        """The library the window was started with has opened (start-up)."""
        self.library = library
        attach_library(self.window, library)

    def current_library(self) -> Library | None:
        """The library the window works in now (another one after Save Library As)."""
        return self.window.library

    def save_questions(self) -> SavePrompts:
        """What the window asks when a save cannot happen (message boxes by default)."""
        return self.window.save_coordinator.prompts

    def store_into(self, sink: ArticleSink) -> None:
        """Saves go to `sink` (a stand-in for the library: a full disk, a moved file)."""
        self.window.autosaver.set_sink(sink)

    def answer_save_questions_with(self, prompts: SavePrompts) -> None:
        """The window asks `prompts` instead of message boxes (quit with unsaved text...)."""
        self.window.save_coordinator.prompts = prompts

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
