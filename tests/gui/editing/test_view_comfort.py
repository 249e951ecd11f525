"""Zoom steps and typewriter scrolling."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.writing_aids import MAX_ZOOM_STEP, MIN_ZOOM_STEP


def point_size(editor: BodyEditor) -> float:
    return editor.document().defaultFont().pointSizeF()


def test_zoom_in_out_and_reset(editor: BodyEditor) -> None:
    editor.set_markdown("## Head\n\nSome text.\n")
    saved = editor.markdown()
    normal = point_size(editor)
    editor.zoom_in()
    editor.zoom_in()
    assert point_size(editor) == normal + 2
    assert editor.zoom_step() == 2
    editor.zoom_out()
    assert point_size(editor) == normal + 1
    editor.reset_zoom()
    assert point_size(editor) == normal
    assert not editor.document().isModified()
    assert editor.markdown() == saved


def test_zoom_is_bounded(editor: BodyEditor) -> None:
    for _ in range(MAX_ZOOM_STEP + 5):
        editor.zoom_in()
    assert editor.zoom_step() == MAX_ZOOM_STEP
    for _ in range(MAX_ZOOM_STEP - MIN_ZOOM_STEP + 5):
        editor.zoom_out()
    assert editor.zoom_step() == MIN_ZOOM_STEP
    assert point_size(editor) > 0


def _long_body(editor: BodyEditor) -> None:
    editor.set_markdown("\n\n".join(f"Paragraph number {n}." for n in range(200)))


def _cursor_offset_from_centre(editor: BodyEditor) -> int:
    return abs(editor.cursorRect().center().y() - editor.viewport().height() // 2)


def test_typewriter_scrolling_centres_the_cursor_line(qtbot: QtBot, editor: BodyEditor) -> None:
    _long_body(editor)
    line_height = editor.cursorRect().height()
    editor.set_typewriter_scrolling(True)
    assert editor.typewriter_scrolling()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(100).position())
    editor.setTextCursor(cursor)
    assert _cursor_offset_from_centre(editor) <= line_height
    qtbot.keyClicks(editor, "typed ")
    assert _cursor_offset_from_centre(editor) <= line_height
    # Even the last and first lines can sit in the middle.
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert _cursor_offset_from_centre(editor) <= line_height
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert editor.verticalScrollBar().value() == 0
    assert editor.document().availableUndoSteps() > 0  # only the typing


def test_typewriter_scrolling_off_restores_normal_scrolling(editor: BodyEditor) -> None:
    _long_body(editor)
    normal_maximum = editor.verticalScrollBar().maximum()
    editor.set_typewriter_scrolling(True)
    assert editor.verticalScrollBar().maximum() > normal_maximum
    assert not editor.document().isModified()
    editor.set_typewriter_scrolling(False)
    assert editor.verticalScrollBar().maximum() == normal_maximum
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert editor.cursorRect().bottom() <= editor.viewport().height()
