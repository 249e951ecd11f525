"""Helpers for the find bar tests: a body editor with its bar below it in a window (as
the main window places it), sample texts, and reading and setting the selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.find_replace_bar import FindReplaceBar

TEXT = "Cat catalog cat. CAT scan; the cat sat."

# Two paragraphs (U+2029 between them in the document), umlauts, ß and capital ẞ, and a
# character outside the BMP: QTextDocument counts it as two positions, Python as one.
GERMAN = "Über die Straße fährt ein 🚲 über Straßen.\nÜBERALL Überfluss, über ÜBER über STRASSE ẞ."


def body_with_find_bar(qtbot: QtBot) -> tuple[QWidget, BodyEditor]:
    """A shown window holding a focused body editor with its find bar below it. Keep
    the window referenced for as long as the editor is used."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    body = BodyEditor()
    layout.addWidget(body)
    layout.addWidget(body.find_bar())
    window.show()
    qtbot.waitExposed(window)
    body.setFocus()
    return window, body


def open_bar(editor: BodyEditor, replace: bool = False, text: str = TEXT) -> FindReplaceBar:
    """Put ``text`` in the body and open its find bar (with the replace row if asked)."""
    editor.setPlainText(text)
    editor.show_find(replace)
    return editor.find_bar()


def selection(editor: BodyEditor) -> tuple[int, str]:
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def select_span(editor: BodyEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def type_into(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key as a keyboard layout with umlauts would (QTest's
    keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
