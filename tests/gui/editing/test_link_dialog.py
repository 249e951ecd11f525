"""Inserting, editing and removing links through the link dialog's API."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.body_editor import BodyEditor
from tests.gui.editing.document_shape import Run, rendered, reopen, runs

# The offscreen platform warns when a top-level dialog with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_link_the_selection(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "read the report today")
    editor.setTextCursor(editor.document().find("the report"))
    dialog = editor.edit_link()
    assert dialog.link_text() == "the report"
    assert not dialog.can_remove()
    dialog.set_url("https://example.org/report?a=1&b=(2)")
    with qtbot.waitSignal(dialog.link_accepted):
        dialog.accept()
    assert runs(editor) == [
        [
            Run("read "),
            Run("the report", link="https://example.org/report?a=1&b=(2)"),
            Run(" today"),
        ]
    ]
    assert editor.format_state().link_url is None  # typing goes on unlinked
    assert 'href="https://example.org/report?a=1&amp;b=(2)"' in rendered(editor)
    reopen(qtbot, editor)


def test_insert_link_at_caret(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "see ")
    dialog = editor.edit_link()
    dialog.set_text("our site")
    dialog.set_url("www.example.org")
    dialog.accept()
    qtbot.keyClicks(editor, " now")
    assert runs(editor) == [
        [Run("see "), Run("our site", link="https://www.example.org"), Run(" now")]
    ]


def test_edit_link_under_cursor(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("go [**old** text](https://old.example) here\n")
    cursor = editor.document().find("text")
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.Left)
    editor.setTextCursor(cursor)
    assert editor.format_state().link_url == "https://old.example"
    dialog = editor.edit_link()
    assert dialog.link_text() == "old text"
    assert dialog.link_url() == "https://old.example"
    assert dialog.can_remove()
    dialog.set_url("mailto:desk@example.org")
    dialog.accept()
    assert runs(editor) == [
        [
            Run("go "),
            Run("old", bold=True, link="mailto:desk@example.org"),
            Run(" text", link="mailto:desk@example.org"),
            Run(" here"),
        ]
    ]


def test_change_link_text(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("[old](https://example.org)\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    dialog = editor.edit_link()
    dialog.set_text("new words")
    dialog.accept()
    assert runs(editor) == [[Run("new words", link="https://example.org")]]


def test_remove_link(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("a [b c](https://example.org) d\n")
    cursor = editor.document().find("b")
    editor.setTextCursor(cursor)
    dialog = editor.edit_link()
    with qtbot.waitSignal(dialog.link_removed):
        dialog.request_removal()
    assert runs(editor) == [[Run("a b c d")]]
    assert "href" not in rendered(editor)
    editor.undo()
    assert runs(editor)[0][1] == Run("b c", link="https://example.org")


def test_invalid_url_keeps_dialog_open(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "x")
    editor.selectAll()
    dialog = editor.edit_link()
    rejected: list[tuple[str, str]] = []
    dialog.link_accepted.connect(lambda text, url: rejected.append((text, url)))
    dialog.set_url("javascript:alert(1)")
    dialog.accept()
    assert rejected == []
    assert dialog.isVisible()
    assert "not allowed" in dialog.error_message()
    dialog.set_url("https://ok.example")
    assert dialog.error_message() == ""
    dialog.accept()
    assert rejected == [("x", "https://ok.example")]
    assert not dialog.isVisible()


def test_cancel_changes_nothing(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "word")
    editor.selectAll()
    dialog = editor.edit_link()
    dialog.set_url("https://example.org")
    dialog.reject()
    assert runs(editor) == [[Run("word")]]
