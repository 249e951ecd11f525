"""What follows a list stands apart from it: a paragraph or a quote after a list gets
the paragraph gap above it, and a quote's text does not line up with list items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtTest import QTest

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.block_structure import PARAGRAPH_SPACING

BODY = "Vorher.\n\n- eins\n- zwei\n\nNach der Liste.\n\n- drei\n\n> Ein Zitat nach der Liste."


def blocks(editor: BodyEditor) -> dict[str, QTextBlock]:
    found = {}
    block = editor.document().begin()
    while block.isValid():
        found[block.text()] = block
        block = block.next()
    return found


def gap_above(editor: BodyEditor, block: QTextBlock) -> float:
    layout = editor.document().documentLayout()
    above = layout.blockBoundingRect(block.previous())
    return layout.blockBoundingRect(block).top() - above.bottom()


def text_left(editor: BodyEditor, block: QTextBlock) -> float:
    rect = editor.document().documentLayout().blockBoundingRect(block)
    return rect.left() + block.layout().lineAt(0).x()


def test_a_paragraph_and_a_quote_after_a_list_stand_apart(editor: BodyEditor) -> None:
    editor.set_markdown(BODY)
    by_text = blocks(editor)
    between_paragraphs = gap_above(editor, by_text["eins"])
    assert between_paragraphs == PARAGRAPH_SPACING
    assert gap_above(editor, by_text["Nach der Liste."]) == PARAGRAPH_SPACING
    assert gap_above(editor, by_text["Ein Zitat nach der Liste."]) == PARAGRAPH_SPACING
    assert gap_above(editor, by_text["zwei"]) < PARAGRAPH_SPACING / 2, "items stay together"
    quote = text_left(editor, by_text["Ein Zitat nach der Liste."])
    assert abs(quote - text_left(editor, by_text["drei"])) >= 8
    assert quote > text_left(editor, by_text["Vorher."])


def test_a_paragraph_typed_after_a_list_gets_the_gap_too(editor: BodyEditor) -> None:
    editor.set_markdown("- eins")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Enter on an empty item leaves the list
    QTest.keyClicks(editor, "Danach.")
    by_text = blocks(editor)
    assert by_text["Danach."].textList() is None
    assert gap_above(editor, by_text["Danach."]) == PARAGRAPH_SPACING
