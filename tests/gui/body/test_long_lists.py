"""Long lists (election results, sports tables) open in time linear in their length: the
document is built in one edit block, and a long list as pieces of LIST_CHUNK items that
the writer reads as one list, numbered on."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.body.document_properties import LIST_CHUNK
from editor.ui.body.html_loading import load_markdown
from editor.ui.body.markdown_writer import write_markdown
from tests.bench.body_bench import long_list_markdown
from tests.gui.body.editor_path import write_after_load


def test_a_long_numbered_list_round_trips_as_one_list(qapp: QApplication) -> None:
    markdown = long_list_markdown(3 * LIST_CHUNK + 5)
    assert write_after_load(markdown) == markdown


def test_pieces_of_a_long_list_are_numbered_on(qapp: QApplication) -> None:
    document = QTextDocument()
    load_markdown(document, "\n".join(f"{number}. Punkt" for number in range(7, 7 + 300)))
    labels = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        assert text_list is not None
        labels.append(text_list.itemText(block))
        block = block.next()
    assert labels == [f"{number}." for number in range(7, 7 + 300)]


def test_nested_items_at_a_piece_boundary_stay_where_they_are(qapp: QApplication) -> None:
    markdown = "\n".join(
        f"- Punkt {number}" + ("\n    1. innen\n    2. innen" if number % 64 == 0 else "")
        for number in range(1, 2 * LIST_CHUNK + 10)
    )
    assert write_after_load(markdown) == markdown


def test_a_typed_item_in_a_long_list_is_saved_in_order(qapp: QApplication) -> None:
    document = QTextDocument()
    load_markdown(document, long_list_markdown(2 * LIST_CHUNK))
    typing = QTextCursor(document.findBlockByNumber(10))
    typing.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    typing.insertBlock()
    typing.insertText("neu")
    lines = write_markdown(document).split("\n")
    assert lines[11] == "12. neu"
    assert lines[-1].startswith(f"{2 * LIST_CHUNK + 1}. ")


def _open_ms(editor: BodyEditor, markdown: str) -> float:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        editor.set_markdown(markdown)
        QApplication.processEvents()
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_opening_a_list_in_a_shown_editor_grows_linearly(qtbot: QtBot) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 600)
    editor.show()
    qtbot.waitExposed(editor)
    short, long = long_list_markdown(500), long_list_markdown(2000)
    _open_ms(editor, short)  # warm up
    ratio = _open_ms(editor, long) / _open_ms(editor, short)
    assert ratio < 8, ratio  # four times the items; quadratic would be sixteen times
