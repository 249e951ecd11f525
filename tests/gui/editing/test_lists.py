"""Bullet and numbered lists: toggling, Tab/Shift+Tab nesting to three levels, Enter
on an empty item, Backspace at an item's start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from tests.gui.editing.document_shape import Block, blocks, rendered, reopen

TAB = Qt.Key.Key_Tab
BACKTAB = Qt.Key.Key_Backtab
ENTER = Qt.Key.Key_Return


def type_lines(qtbot: QtBot, editor: BodyEditor, *lines: str) -> None:
    for index, line in enumerate(lines):
        if index:
            qtbot.keyClick(editor, ENTER)
        qtbot.keyClicks(editor, line)


def bullet(text: str, depth: int = 1, quoted: bool = False) -> Block:
    return Block(text, list_kind="bullet", depth=depth, quoted=quoted)


def numbered(text: str, depth: int = 1, quoted: bool = False) -> Block:
    return Block(text, list_kind="numbered", depth=depth, quoted=quoted)


def test_bullet_list_toggle(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "intro", "one")
    editor.toggle_bullet_list()
    assert editor.format_state().list_style == "bullet"
    type_lines(qtbot, editor, "", "two")
    assert blocks(editor) == [Block("intro"), bullet("one"), bullet("two")]
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in rendered(editor)
    reopen(qtbot, editor)
    editor.toggle_bullet_list()
    assert blocks(editor)[-1] == Block("two")


def test_numbered_list_and_switching_kind(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "first")
    editor.toggle_numbered_list()
    type_lines(qtbot, editor, "", "second")
    assert blocks(editor) == [numbered("first"), numbered("second")]
    assert "<ol>" in rendered(editor)
    reopen(qtbot, editor)
    editor.toggle_bullet_list()
    assert blocks(editor) == [bullet("first"), bullet("second")]
    assert editor.format_state().list_style == "bullet"


def test_selection_becomes_one_list(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "a", "b", "c")
    editor.selectAll()
    editor.toggle_numbered_list()
    assert blocks(editor) == [numbered("a"), numbered("b"), numbered("c")]
    assert rendered(editor).count("<li>") == 3
    editor.undo()
    assert blocks(editor) == [Block("a"), Block("b"), Block("c")]


def test_tab_nests_three_levels_and_no_deeper(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "one")
    editor.toggle_bullet_list()
    type_lines(qtbot, editor, "", "two")
    qtbot.keyClick(editor, TAB)
    type_lines(qtbot, editor, "", "three")
    qtbot.keyClick(editor, TAB)
    qtbot.keyClick(editor, TAB)  # a fourth level is refused
    assert blocks(editor) == [bullet("one"), bullet("two", 2), bullet("three", 3)]
    assert editor.toPlainText() == "one\ntwo\nthree"
    html = rendered(editor)
    assert html.count("<ul>") == 3
    assert "<li>two<ul>" in html.replace("\n", "")
    reopen(qtbot, editor)
    qtbot.keyClick(editor, BACKTAB)
    assert blocks(editor)[-1] == bullet("three", 2)
    qtbot.keyClick(editor, BACKTAB)
    qtbot.keyClick(editor, BACKTAB)
    assert blocks(editor)[-1] == Block("three")


def test_first_item_cannot_be_nested(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "only")
    editor.toggle_bullet_list()
    qtbot.keyClick(editor, TAB)
    assert blocks(editor) == [bullet("only")]


def test_tab_outside_a_list_inserts_nothing(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "text")
    qtbot.keyClick(editor, TAB)
    qtbot.keyClick(editor, BACKTAB)
    assert editor.toPlainText() == "text"
    assert blocks(editor) == [Block("text")]


def test_indent_and_outdent_methods(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "a", "b", "c")
    editor.selectAll()
    editor.toggle_numbered_list()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1).position())
    cursor.setPosition(
        editor.document().findBlockByNumber(2).position() + 1, QTextCursor.MoveMode.KeepAnchor
    )
    editor.setTextCursor(cursor)
    editor.indent_list_item()
    assert blocks(editor) == [numbered("a"), numbered("b", 2), numbered("c", 2)]
    assert "<li>a<ol><li>b</li><li>c</li></ol></li>" in rendered(editor).replace("\n", "")
    reopen(qtbot, editor)
    editor.outdent_list_item()
    assert blocks(editor) == [numbered("a"), numbered("b"), numbered("c")]


def test_outdent_in_the_middle_keeps_later_items_nested(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("- a\n    - b\n    - c\n    - d\n")
    cursor = editor.document().find("c")
    editor.setTextCursor(cursor)
    editor.outdent_list_item()
    assert blocks(editor) == [bullet("a"), bullet("b", 2), bullet("c"), bullet("d", 2)]
    html = rendered(editor).replace("\n", "")
    assert "<li>a<ul><li>b</li></ul></li><li>c<ul><li>d</li></ul></li>" in html
    reopen(qtbot, editor)


def test_enter_on_empty_item_leaves_the_list(qtbot: QtBot, editor: BodyEditor) -> None:
    type_lines(qtbot, editor, "item")
    editor.toggle_bullet_list()
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClicks(editor, "after")
    assert blocks(editor) == [bullet("item"), Block("after")]
    reopen(qtbot, editor)


def test_enter_on_empty_nested_item_goes_one_level_out(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("- a\n    - b\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClicks(editor, "c")
    assert blocks(editor) == [bullet("a"), bullet("b", 2), bullet("c")]


def test_backspace_at_item_start_outdents_then_removes_bullet(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.set_markdown("- a\n    - b\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert blocks(editor) == [bullet("a"), bullet("b")]
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert blocks(editor) == [bullet("a"), Block("b")]
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "ab"


def test_numbered_list_right_after_bullet_list_stays_separate(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    type_lines(qtbot, editor, "dot")
    editor.toggle_bullet_list()
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, ENTER)  # leaves the bullet list
    qtbot.keyClicks(editor, "num")
    editor.toggle_numbered_list()
    assert blocks(editor) == [bullet("dot"), numbered("num")]
    html = rendered(editor)
    assert "<ul>" in html
    assert "<ol>" in html
    reopen(qtbot, editor)


def test_switching_kind_in_a_list_switches_that_list_level(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.set_markdown("- a\n    - b\n- c\n")
    editor.setTextCursor(editor.document().find("c"))
    editor.toggle_numbered_list()
    assert blocks(editor) == [numbered("a"), bullet("b", 2), numbered("c")]
    assert "<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>" in rendered(editor).replace("\n", "")


def test_new_item_joins_list_above(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("- a\n\nb\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.toggle_bullet_list()
    assert blocks(editor) == [bullet("a"), bullet("b")]
    assert rendered(editor).count("<ul>") == 1


def test_removing_middle_item_splits_the_list(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("1. a\n2. b\n3. c\n")
    editor.setTextCursor(editor.document().find("b"))
    editor.toggle_numbered_list()
    assert blocks(editor) == [numbered("a"), Block("b"), numbered("c")]
    c_block = editor.document().findBlockByNumber(2)
    c_list = c_block.textList()
    assert c_list is not None
    assert c_list.itemNumber(c_block) == 0
    reopen(qtbot, editor)


def test_subhead_in_list_leaves_the_list(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("- a\n- b\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.set_heading_level(2)
    assert blocks(editor) == [bullet("a"), Block("b", heading=2)]
