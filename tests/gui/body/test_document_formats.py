"""How a loaded body looks inside the QTextDocument (the formats the editing commands and
the writer share), and what the writer makes of structures built directly with Qt."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication

from editor.ui.body.html_loading import LINE_SEPARATOR, load_markdown
from editor.ui.body.markdown_writer import write_markdown
from editor.ui.editing.block_structure import QUOTE_MARGIN
from tests.gui.body.editor_path import loaded_document

BODY = (
    "## Sub\n\n"
    "> quoted **bold**\n\n"
    "- a\n"
    "    3. b\n\n"
    "[link](https://example.com/x) and ~~gone~~ *it*\n\n"
    "x<br>\ny"
)


def _blocks(document: QTextDocument) -> list[QTextCursor]:
    cursors = []
    block = document.begin()
    while block.isValid():
        cursors.append(QTextCursor(block))
        block = block.next()
    return cursors


def _char_format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def test_loaded_body_uses_the_house_formats(qapp: QApplication) -> None:
    document = loaded_document(BODY)
    heading, quote, bullet, numbered, links, breaks = _blocks(document)
    assert heading.blockFormat().headingLevel() == 2
    heading_chars = _char_format_at(document, heading.position())
    assert heading_chars.intProperty(QTextFormat.Property.FontSizeAdjustment) == 2
    assert heading_chars.fontWeight() == QFont.Weight.Bold.value
    assert quote.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) == 1
    assert quote.blockFormat().leftMargin() == QUOTE_MARGIN
    bullet_list, numbered_list = bullet.currentList(), numbered.currentList()
    assert bullet_list.format().style() == QTextListFormat.Style.ListDisc
    assert bullet_list.format().indent() == 1
    assert numbered_list.format().style() == QTextListFormat.Style.ListDecimal
    assert numbered_list.format().indent() == 2
    assert numbered_list.format().start() == 3
    link_chars = _char_format_at(document, links.position())
    assert link_chars.isAnchor()
    assert link_chars.anchorHref() == "https://example.com/x"
    assert breaks.block().text() == f"x{LINE_SEPARATOR}y"
    assert write_markdown(document) == BODY


def test_loading_replaces_content_without_undo_history(qapp: QApplication) -> None:
    document = QTextDocument()
    document.setPlainText("old text")
    load_markdown(document, "new text")
    assert document.toPlainText() == "new text"
    assert not document.isUndoAvailable()


def test_writer_reads_structure_built_with_qt(qapp: QApplication) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("Title")
    heading = QTextBlockFormat()
    heading.setHeadingLevel(3)
    cursor.setBlockFormat(heading)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.insertText("plain ")
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold.value)
    cursor.insertText("bold", bold)
    cursor.insertText("\u2028next line\ufffc", QTextCharFormat())
    cursor.insertBlock()
    cursor.insertBlock()  # an empty paragraph is not written
    cursor.insertText("one")
    numbered = QTextListFormat()
    numbered.setStyle(QTextListFormat.Style.ListDecimal)
    text_list = cursor.createList(numbered)
    cursor.insertBlock()
    cursor.insertText("aside")
    text_list.remove(cursor.block())
    unindented = cursor.blockFormat()
    unindented.setIndent(0)
    cursor.setBlockFormat(unindented)
    cursor.insertBlock()
    cursor.insertText("two")
    text_list.add(cursor.block())
    assert write_markdown(document) == (
        "### Title\n\nplain **bold**<br>\nnext line\n\n1. one\n\naside\n\n2. two"
    )


def test_writer_ignores_bold_inside_subheads(qapp: QApplication) -> None:
    document = loaded_document("## Sub with **bold**")
    assert write_markdown(document) == "## Sub with bold"


def test_writer_reads_qt_html_import(qapp: QApplication) -> None:
    document = QTextDocument()
    document.setHtml("<h2>Head</h2><p>a <b>b</b> <i>i</i> <s>s</s></p><ol><li>x</li></ol>")
    assert write_markdown(document) == "## Head\n\na **b** *i* ~~s~~\n\n1. x"


def test_typed_list_item_after_load_joins_the_list(qapp: QApplication) -> None:
    document = loaded_document("1. one\n2. two\n\nafter")
    cursor = QTextCursor(document.findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock()
    cursor.insertText("three")
    assert write_markdown(document) == "1. one\n2. two\n3. three\n\nafter"


def test_zero_width_no_break_spaces_load_as_word_joiners(qapp: QApplication) -> None:
    for markdown in ("\ufeff", "a\n\n\ufeff\n\nb", "- a\n- \ufeff\n- b", "> \ufeff", "x\ufeffy"):
        written = write_markdown(loaded_document(markdown))
        assert written == markdown.replace("\ufeff", "\u2060")
        assert written == write_markdown(loaded_document(written))
