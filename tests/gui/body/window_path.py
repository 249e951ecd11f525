"""The real open/save path for a body, as a journalist takes it: the article is in the
library, the main window opens it, a keystroke is typed at the end of the body, the
window stores it, and the body is read back from the library.

The tests that take this path live in tests/gui/window (test_body_*): they run after the
editing tests, which set palettes of their own on an application no window has themed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.main_window import MainWindow


def store_article(library: Library, body: str) -> str:
    """A new article holding `body` in the library; returns its id."""
    return library.save(Article(headline="Fidelity", body=body)).id


def open_in_window(window: MainWindow, article_id: str) -> None:
    """Open the article in the window, caret at the end of its body, body focused."""
    assert window.open_article(article_id)
    editor = window.form.body
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.setFocus()


def type_and_store(window: MainWindow, keys: str | None) -> None:
    """Type `keys` at the caret (None: a character and Backspace, a keystroke that leaves
    the text as it was), then store everything as switching or quitting does."""
    editor = window.form.body
    if keys is None:
        QTest.keyClicks(editor, "x")
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    else:
        QTest.keyClicks(editor, keys)
    window.persist_blocking()


def reopen_type_store(
    window: MainWindow, library: Library, body: str, keys: str | None = " Ende"
) -> str:
    """Store `body`, open it in the window, type, store; the body as stored now."""
    article_id = store_article(library, body)
    open_in_window(window, article_id)
    type_and_store(window, keys)
    return library.get(article_id).body
