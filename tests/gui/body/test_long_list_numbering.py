"""A long numbered list (built as pieces of LIST_CHUNK items) shows the right numbers
while it is edited: items added or removed in an early piece renumber the later pieces at
once, and editing across a piece boundary behaves as it does in one list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.body import html_loading
from editor.ui.body.document_properties import LIST_CHUNK

ITEMS = 300
MARKDOWN = "\n".join(f"{number}. Punkt {number}" for number in range(1, ITEMS + 1))


def _editor(qtbot: QtBot, markdown: str = MARKDOWN) -> BodyEditor:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(markdown)
    return editor


def _label(editor: BodyEditor, block_number: int) -> str:
    block = editor.document().findBlockByNumber(block_number)
    text_list = block.textList()
    return "" if text_list is None else text_list.itemText(block)


def _labels(editor: BodyEditor) -> list[str]:
    return [_label(editor, number) for number in range(editor.document().blockCount())]


def _put_cursor(editor: BodyEditor, block_number: int, *, at_end: bool = False) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(block_number))
    if at_end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)


def test_an_item_typed_in_the_first_piece_renumbers_later_pieces(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    _put_cursor(editor, 5, at_end=True)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "neu")
    assert _label(editor, 6) == "7."
    assert editor.document().findBlockByNumber(250).text() == "Punkt 250"
    assert _label(editor, 250) == "251."  # was item 250, in the second piece
    assert _label(editor, ITEMS) == f"{ITEMS + 1}."


def test_an_item_deleted_in_the_first_piece_renumbers_later_pieces(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    cursor = QTextCursor(editor.document().findBlockByNumber(3))
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.document().findBlockByNumber(249).text() == "Punkt 251"
    assert _label(editor, 249) == "250."
    assert _labels(editor) == [f"{number}." for number in range(1, ITEMS)]


def test_undo_and_redo_keep_the_numbers_right(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    _put_cursor(editor, 5, at_end=True)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.undo()
    assert _labels(editor) == [f"{number}." for number in range(1, ITEMS + 1)]
    editor.redo()
    assert _labels(editor) == [f"{number}." for number in range(1, ITEMS + 2)]


def _enter(editor: BodyEditor, qtbot: QtBot) -> None:
    _put_cursor(editor, LIST_CHUNK - 1, at_end=True)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "neu")


def _enter_twice(editor: BodyEditor, qtbot: QtBot) -> None:
    _put_cursor(editor, LIST_CHUNK - 1, at_end=True)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _backspace(editor: BodyEditor, qtbot: QtBot) -> None:
    _put_cursor(editor, LIST_CHUNK)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)


def _backspace_twice(editor: BodyEditor, qtbot: QtBot) -> None:
    _backspace(editor, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)


def _tab(editor: BodyEditor, qtbot: QtBot) -> None:
    _put_cursor(editor, LIST_CHUNK)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def _tab_back(editor: BodyEditor, qtbot: QtBot) -> None:
    _tab(editor, qtbot)
    _put_cursor(editor, LIST_CHUNK + 1)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    _put_cursor(editor, LIST_CHUNK)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)


def _toggle_off(editor: BodyEditor, qtbot: QtBot) -> None:
    _put_cursor(editor, LIST_CHUNK + 2)
    editor.toggle_numbered_list()


def _delete_across(editor: BodyEditor, qtbot: QtBot) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(LIST_CHUNK - 20))
    cursor.setPosition(
        editor.document().findBlockByNumber(LIST_CHUNK + 30).position(),
        QTextCursor.MoveMode.KeepAnchor,
    )
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)


@pytest.mark.parametrize(
    "edit",
    [
        _enter,
        _enter_twice,
        _backspace,
        _backspace_twice,
        _tab,
        _tab_back,
        _toggle_off,
        _delete_across,
    ],
)
def test_editing_at_a_piece_boundary_behaves_as_in_one_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, edit: Callable[[BodyEditor, QtBot], None]
) -> None:
    pieces = _editor(qtbot)
    edit(pieces, qtbot)
    monkeypatch.setattr(html_loading, "LIST_CHUNK", 10 * ITEMS)
    one_list = _editor(qtbot)
    edit(one_list, qtbot)
    assert _labels(pieces) == _labels(one_list)
    assert pieces.markdown() == one_list.markdown()
