"""Bold, italic, strikethrough, remove formatting and subheads through the widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.format_state import FormatState
from tests.gui.editing.document_shape import Block, Run, blocks, rendered, reopen, runs


def select_word(editor: BodyEditor, word: str) -> None:
    """Select the first occurrence of ``word``."""
    cursor = editor.document().find(word)
    assert not cursor.isNull()
    editor.setTextCursor(cursor)


def test_toggles_on_typing_format(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "plain ")
    editor.toggle_bold()
    qtbot.keyClicks(editor, "bold")
    editor.toggle_bold()
    qtbot.keyClicks(editor, " ")
    editor.toggle_italic()
    qtbot.keyClicks(editor, "italic")
    editor.toggle_italic()
    qtbot.keyClicks(editor, " ")
    editor.toggle_strikethrough()
    qtbot.keyClicks(editor, "gone")
    editor.toggle_strikethrough()
    qtbot.keyClicks(editor, " end")
    assert runs(editor) == [
        [
            Run("plain "),
            Run("bold", bold=True),
            Run(" "),
            Run("italic", italic=True),
            Run(" "),
            Run("gone", strike=True),
            Run(" end"),
        ]
    ]
    _markdown, _reopened = reopen(qtbot, editor)
    html = rendered(editor)
    assert "<strong>bold</strong>" in html
    assert "<em>italic</em>" in html
    assert "<del>gone</del>" in html


def test_toggle_on_selection_and_back(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "one two three")
    select_word(editor, "two")
    editor.toggle_bold()
    assert runs(editor) == [[Run("one "), Run("two", bold=True), Run(" three")]]
    assert editor.format_state().bold
    editor.toggle_bold()
    assert runs(editor) == [[Run("one two three")]]
    editor.toggle_italic()
    editor.toggle_strikethrough()
    assert runs(editor) == [[Run("one "), Run("two", italic=True, strike=True), Run(" three")]]
    reopen(qtbot, editor)


def test_partly_bold_selection_becomes_all_bold(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "one two")
    select_word(editor, "two")
    editor.toggle_bold()
    editor.selectAll()
    editor.toggle_bold()
    assert runs(editor) == [[Run("one two", bold=True)]]


def test_ctrl_b_and_ctrl_i_work_in_the_widget_alone(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "bold")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "it")
    assert runs(editor) == [[Run("bold", bold=True), Run("it", italic=True)]]


def test_format_state_signal_only_on_change(qtbot: QtBot, editor: BodyEditor) -> None:
    seen: list[FormatState] = []
    editor.format_state_changed.connect(seen.append)
    qtbot.keyClicks(editor, "abc")
    assert seen == []
    with qtbot.waitSignal(editor.format_state_changed) as blocker:
        editor.toggle_italic()
    assert blocker.args == [FormatState(italic=True)]
    qtbot.keyClicks(editor, "def")
    assert seen == [FormatState(italic=True)]
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert seen[-1] == FormatState()


def test_remove_formatting_keeps_structure(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("## Head\n\n**bold** *it* ~~st~~ [link](https://example.org) plain\n")
    editor.selectAll()
    editor.remove_formatting()
    assert runs(editor)[1] == [Run("bold it st link plain")]
    assert blocks(editor)[0] == Block("Head", heading=2)
    assert "<h2>Head</h2>" in rendered(editor)
    reopen(qtbot, editor)


def test_remove_formatting_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("**bold** and *it*\n")
    editor.selectAll()
    editor.remove_formatting()
    editor.undo()
    assert runs(editor) == [[Run("bold", bold=True), Run(" and "), Run("it", italic=True)]]


def test_subheads_and_back(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Title")
    editor.set_heading_level(2)
    assert editor.format_state().heading_level == 2
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Body text")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Smaller")
    editor.set_heading_level(3)
    assert blocks(editor) == [
        Block("Title", heading=2),
        Block("Body text"),
        Block("Smaller", heading=3),
    ]
    html = rendered(editor)
    assert "<h2>Title</h2>" in html
    assert "<p>Body text</p>" in html
    assert "<h3>Smaller</h3>" in html
    reopen(qtbot, editor)
    editor.set_heading_level(0)
    assert blocks(editor)[-1] == Block("Smaller")
    assert runs(editor)[-1] == [Run("Smaller")]


def test_enter_after_subhead_gives_paragraph(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Title")
    editor.set_heading_level(3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "text")
    assert blocks(editor) == [Block("Title", heading=3), Block("text")]
    assert runs(editor)[1] == [Run("text")]


def test_bold_is_not_applied_inside_subheads(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("## Head\n\ntext\n")
    editor.selectAll()
    editor.toggle_bold()
    assert runs(editor) == [[Run("Head")], [Run("text", bold=True)]]
    assert "<h2>Head</h2>" in rendered(editor)
