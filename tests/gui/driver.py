"""A page object for window tests: `WindowDriver` drives the real main window as a user
does (clicks in the article list, real key events, shortcuts, actions by id) and reads
back what a user sees (the body's text and Markdown, the title, the status bar, the save
label, the counts).

Window tests go through it instead of reaching into the window's widgets, so when the
window's internals change (an article session, a library client) only this module has to
learn them (with driver_core.py and driver_library.py, the parts it is built from).
Tests of a bare body editor keep their own widget access.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from editor.domain import Article
from editor.ui.editing.find_replace_bar import FindReplaceBar
from tests.gui.driver_core import FIELD_NAMES, WAIT_MS, attach_library, body_of
from tests.gui.driver_library import LibraryDriving

__all__ = ["WindowDriver", "attach_library", "body_of"]


class WindowDriver(LibraryDriving):
    """The main window as a user works it, plus the library it stores into."""

    def type(self, text: str, into: str = "body") -> None:
        """Type `text` into a field, as key presses, at its caret."""
        QTest.keyClicks(self.focus(into), text)

    def type_at_end(self, text: str, into: str = "body") -> None:
        """Type `text` at the end of a field."""
        self.caret_to_end(into)
        self.type(text, into)

    def caret_to_end(self, name: str = "body") -> None:
        """Put a field's caret after its last character."""
        field = self.field(name)
        if isinstance(field, QLineEdit):
            field.end(False)
            return
        field.moveCursor(QTextCursor.MoveOperation.End)

    def caret_to_start(self, name: str = "body") -> None:
        """Put a field's caret before its first character."""
        field = self.field(name)
        if isinstance(field, QLineEdit):
            field.home(False)
            return
        field.moveCursor(QTextCursor.MoveOperation.Start)

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

    def set_text(self, name: str, text: str) -> None:
        """Replace a field's text at once (a paste of a whole field), as an edit."""
        field = self.field(name)
        field.selectAll()
        if isinstance(field, QLineEdit):
            field.insert(text)
            return
        field.insertPlainText(text)

    def fields_text(self) -> list[str]:
        """Kicker, headline, teaser and body, as plain text, in reading order."""
        return [self.text(name) for name in FIELD_NAMES]

    def shown_article(self) -> Article:
        """The article as the window would store it now (every field as typed)."""
        return self.window.form.to_article(self.window.article)

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

    def save_label(self) -> str:
        """The save state beside the library name: "Saved 14:02", "Edited", a problem."""
        return self.status_label("save").text()

    def counts_text(self) -> str:
        """The word and character counts in the status bar."""
        return self.status_label("counts").text()

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
