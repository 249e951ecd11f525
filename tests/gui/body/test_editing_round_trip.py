"""Edit-level fidelity: type into a real QTextEdit, format and restructure it as the editor
does, write Markdown, reopen it in a fresh QTextEdit, write again: the same Markdown, and
the rendered HTML has the structure that was made."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from editor.formats.body import render_html
from editor.ui.body.html_loading import load_markdown
from editor.ui.body.markdown_writer import write_markdown
from editor.ui.editing import block_commands, inline_commands, link_commands
from editor.ui.editing.block_structure import BULLET, NUMBERED


def _editor(qtbot: QtBot) -> QTextEdit:
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setFocus()
    return editor


def _type(qtbot: QtBot, editor: QTextEdit, text: str) -> None:
    """Type text key by key (QTest only knows ASCII keys: others go as key events with
    their text, as an input method delivers them)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(editor, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_paragraphs(qtbot: QtBot, editor: QTextEdit, *paragraphs: str) -> None:
    """Type paragraphs (Return between them, Shift+Return for each "\\n")."""
    for number, paragraph in enumerate(paragraphs):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        for line_number, line in enumerate(paragraph.split("\n")):
            if line_number:
                qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            _type(qtbot, editor, line)


def _select(editor: QTextEdit, block_number: int, start: int, end: int) -> QTextCursor:
    block = editor.document().findBlockByNumber(block_number)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _reopened(qtbot: QtBot, markdown: str) -> str:
    fresh = _editor(qtbot)
    load_markdown(fresh.document(), markdown)
    return write_markdown(fresh.document())


def test_typed_text_stays_literal(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    typed = [
        "1. FC Köln",
        "# hashtag",
        "5 * 3 <b> C:\\Temp _x_ &amp; [a](b)",
        "> not a quote  ",
        "Straße „Zitat“ مرحبا שלום 東京 🎉",
    ]
    _type_paragraphs(qtbot, editor, *typed)
    markdown = write_markdown(editor.document())
    assert _reopened(qtbot, markdown) == markdown
    fresh = _editor(qtbot)
    load_markdown(fresh.document(), markdown)
    assert fresh.toPlainText().split("\n") == typed
    assert render_html(markdown).count("<p>") == len(typed)


def test_formatting_with_qt_calls_round_trips(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    _type_paragraphs(
        qtbot,
        editor,
        "Stadtrat tagt",
        "Der Rat hat heute entschieden\nzweite Zeile",
        "Punkt eins",
        "Unterpunkt",
        "Zitat der Sprecherin",
    )
    document = editor.document()
    heading = QTextCursor(document.findBlockByNumber(0))
    heading_format = QTextBlockFormat()
    heading_format.setHeadingLevel(2)
    heading.setBlockFormat(heading_format)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold.value)
    _select(editor, 1, 4, 7).mergeCharFormat(bold)
    strike = QTextCharFormat()
    strike.setFontStrikeOut(True)
    _select(editor, 1, 8, 16).mergeCharFormat(strike)
    numbered = QTextListFormat()
    numbered.setStyle(QTextListFormat.Style.ListDecimal)
    numbered.setStart(3)
    QTextCursor(document.findBlockByNumber(2)).createList(numbered)
    nested = QTextListFormat()
    nested.setStyle(QTextListFormat.Style.ListDisc)
    nested.setIndent(2)
    QTextCursor(document.findBlockByNumber(3)).createList(nested)
    quote = QTextCursor(document.findBlockByNumber(4))
    quote_format = quote.blockFormat()
    quote_format.setProperty(0x1080, 1)  # QTextFormat.Property.BlockQuoteLevel
    quote.setBlockFormat(quote_format)

    markdown = write_markdown(document)
    assert markdown == (
        "## Stadtrat tagt\n\n"
        "Der **Rat** ~~hat heut~~e entschieden<br>\nzweite Zeile\n\n"
        "3. Punkt eins\n"
        "    - Unterpunkt\n\n"
        "> Zitat der Sprecherin"
    )
    assert _reopened(qtbot, markdown) == markdown
    html = render_html(markdown)
    for fragment in ("<h2>", "<strong>Rat</strong>", "<del>", "<br>", '<ol start="3">', "<ul>"):
        assert fragment in html
    assert "<blockquote>" in html


def test_editor_commands_round_trip(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    _type_paragraphs(
        qtbot, editor, "Subhead", "Intro text", "alpha", "beta", "gamma", "delta", "Quoted"
    )
    document = editor.document()

    inline_commands.set_heading_level(QTextCursor(document.findBlockByNumber(0)), 3)
    editor.setTextCursor(_select(editor, 1, 0, 5))
    inline_commands.toggle_italic(editor)
    block_commands.toggle_list(_select(editor, 2, 0, 0), BULLET)
    block_commands.toggle_list(_select(editor, 3, 0, 0), BULLET)
    block_commands.indent_items(_select(editor, 3, 0, 0))
    block_commands.toggle_list(_select(editor, 4, 0, 0), BULLET)
    block_commands.indent_items(_select(editor, 4, 0, 0))
    block_commands.toggle_list(_select(editor, 5, 0, 0), NUMBERED)
    block_commands.toggle_block_quote(_select(editor, 6, 0, 0))
    span = link_commands.link_span_at(_select(editor, 1, 6, 10))
    link_commands.apply_link(editor.textCursor(), span, "text", "https://example.com/(a) b")

    markdown = write_markdown(document)
    assert _reopened(qtbot, markdown) == markdown
    html = render_html(markdown)
    assert html.startswith("<h3>Subhead</h3>")
    assert "<em>Intro</em>" in html
    assert '<a href="https://example.com/(a) b">text</a>' in html
    assert html.count("<ul>") == 2
    assert "<ol>" in html
    assert "<blockquote>\n<p>Quoted</p>\n</blockquote>" in html


def test_continuing_a_loaded_document(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    load_markdown(editor.document(), "## Head\n\n> - one\n\nend")
    cursor = QTextCursor(editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _type(qtbot, editor, "two")
    cursor = QTextCursor(editor.document().findBlockByNumber(0))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    _type(qtbot, editor, " line")
    markdown = write_markdown(editor.document())
    assert markdown == "## Head line\n\n> - one\n> - two\n\nend"
    assert _reopened(qtbot, markdown) == markdown
