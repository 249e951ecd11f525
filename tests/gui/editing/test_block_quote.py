"""Block quotes through the widget, including quotes that hold lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from tests.gui.editing.document_shape import Block, blocks, rendered, reopen


def test_quote_a_paragraph_and_unquote(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "before")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "quoted words")
    editor.toggle_block_quote()
    assert editor.format_state().in_quote
    assert blocks(editor) == [Block("before"), Block("quoted words", quoted=True)]
    assert "<blockquote>\n<p>quoted words</p>\n</blockquote>" in rendered(editor)
    reopen(qtbot, editor)
    editor.toggle_block_quote()
    assert blocks(editor) == [Block("before"), Block("quoted words")]
    assert not editor.format_state().in_quote


def test_enter_continues_quote_and_empty_enter_leaves_it(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "one")
    editor.toggle_block_quote()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "after")
    assert blocks(editor) == [
        Block("one", quoted=True),
        Block("two", quoted=True),
        Block("after"),
    ]
    html = rendered(editor)
    assert html.count("<blockquote>") == 1
    assert html.endswith("<p>after</p>")
    reopen(qtbot, editor)


def test_quote_holding_a_list(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("He said:\n\n- first\n    - detail\n- second\n")
    editor.setTextCursor(editor.document().find("detail"))
    editor.toggle_block_quote()  # the whole list moves into the quote
    assert blocks(editor) == [
        Block("He said:"),
        Block("first", list_kind="bullet", depth=1, quoted=True),
        Block("detail", list_kind="bullet", depth=2, quoted=True),
        Block("second", list_kind="bullet", depth=1, quoted=True),
    ]
    html = rendered(editor).replace("\n", "")
    assert (
        "<blockquote><ul><li>first<ul><li>detail</li></ul></li><li>second</li></ul></blockquote>"
        in html
    )
    reopen(qtbot, editor)


def test_list_typed_inside_a_quote(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "intro")
    editor.toggle_block_quote()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "point")
    editor.toggle_numbered_list()
    assert blocks(editor) == [
        Block("intro", quoted=True),
        Block("point", list_kind="numbered", depth=1, quoted=True),
    ]
    assert editor.format_state().in_quote
    assert editor.format_state().list_style == "numbered"
    assert "<blockquote>\n<p>intro</p>\n<ol>\n<li>point</li>\n</ol>\n</blockquote>" in rendered(
        editor
    )
    reopen(qtbot, editor)


def test_quote_toggle_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("a\n\nb\n")
    editor.selectAll()
    editor.toggle_block_quote()
    assert all(block.quoted for block in blocks(editor))
    editor.undo()
    assert not any(block.quoted for block in blocks(editor))
    editor.moveCursor(QTextCursor.MoveOperation.End)
