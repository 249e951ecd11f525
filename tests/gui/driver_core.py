"""The core of the window page object (tests/gui/driver.py): the window, its qtbot and
library, where the keyboard focus is, keys and shortcuts, actions by id, and the text of
the article's fields. Only the driver modules know the window's widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QWidget

from editor.domain import Article
from editor.services.library_services import Services
from editor.storage.library import Library
from editor.ui.article.body_editor import BodyEditor
from editor.ui.article.details import ArticleDetails
from editor.ui.article.form import ArticleForm
from editor.ui.article.status_counts import StatusCounts
from editor.ui.qt.settings import Preferences
from editor.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

FIELD_NAMES = ("kicker", "headline", "teaser", "body")
WAIT_MS = 5000


def body_of(window: MainWindow) -> BodyEditor:
    """The body editor of a window (for the child processes that type without a qtbot)."""
    return window.form.body


def attach_library(window: MainWindow, library: Library) -> Services:
    """Hand the window a storage library the test opened, as the services facade the
    window works through (the library stays the test's: closing it is the test's job)."""
    services = Services(library)
    window.attach_library(services)
    return services


class DriverCore:
    """The main window and the library it stores into, at the level of fields and keys."""

    def __init__(self, window: MainWindow, qtbot: QtBot, library: Library | None) -> None:
        self.window = window
        self.qtbot = qtbot
        self.library = library

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
        """The id of the article the window shows, once the articles already chosen in
        the list have arrived (the list opens them in the background)."""
        self.wait_for_reads()
        return self.window.session.current_article_id()

    def wait_for_reads(self) -> None:
        """Wait until the window's background reads (opening a chosen article) are in."""
        assert self.window.client.wait_for_reads(WAIT_MS / 1000), "a read is still running"

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

    def action(self, action_id: str) -> QAction:
        return self.window.registry[action_id]

    def trigger(self, action_id: str) -> None:
        """Trigger an action by its id, as its menu item does."""
        self.window.registry[action_id].trigger()

    def is_checked(self, action_id: str) -> bool:
        return self.window.registry[action_id].isChecked()

    def is_enabled(self, action_id: str) -> bool:
        return self.window.registry[action_id].isEnabled()

    def text(self, name: str = "body") -> str:
        """A field's plain text."""
        field = self.field(name)
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def markdown(self) -> str:
        """The body as the Markdown the window would store."""
        return self.body.markdown()

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        """A left click on a widget (a button of a message box, a row)."""
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
