"""Typing at the edges of a link, through the real widget: text typed right after a
link (or before one that opens a paragraph) stays out of it, text typed between two of
its characters joins it, each typed chunk is one Ctrl+Z, and the saved Markdown agrees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from tests.gui.editing.document_shape import Run, reopen, runs

URL = "https://example.org/report"


def caret_at(editor: BodyEditor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def format_at(editor: BodyEditor, position: int) -> QTextCharFormat:
    """The format of the character at ``position``."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def undo_key(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keySequence(editor, QKeySequence.StandardKey.Undo)


def test_typing_after_a_link_is_plain_text(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"[link]({URL})\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " more")
    assert editor.markdown() == f"[link]({URL}) more"
    typed = format_at(editor, len("link "))
    assert not typed.isAnchor()
    assert typed.anchorHref() == ""
    assert not typed.fontUnderline()
    assert not typed.hasProperty(typed.Property.ForegroundBrush)  # no link colour
    reopen(qtbot, editor)


def test_typing_after_a_link_inside_a_paragraph(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"see [link]({URL}) now\n")
    caret_at(editor, len("see link"))
    qtbot.keyClicks(editor, "s")
    assert runs(editor) == [[Run("see "), Run("link", link=URL), Run("s now")]]
    assert editor.markdown() == f"see [link]({URL})s now"


def test_typing_inside_a_link_extends_it(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"see [link]({URL}) now\n")
    caret_at(editor, len("see li"))
    qtbot.keyClicks(editor, "XX")
    assert runs(editor) == [[Run("see "), Run("liXXnk", link=URL), Run(" now")]]
    assert editor.markdown() == f"see [liXXnk]({URL}) now"


def test_typing_before_a_link_that_opens_the_paragraph(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"[link]({URL}) after\n")
    editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClicks(editor, "See ")
    assert editor.markdown() == f"See [link]({URL}) after"


def test_typed_chunk_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"[link]({URL})\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " more words")
    undo_key(qtbot, editor)
    assert editor.markdown() == f"[link]({URL})"
    assert not editor.document().isUndoAvailable()  # the whole chunk was one step
    editor.redo()
    assert editor.markdown() == f"[link]({URL}) more words"


def test_formatting_of_the_link_text_carries_on(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"**[bold]({URL})**\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " face")
    assert runs(editor) == [[Run("bold", bold=True, link=URL), Run(" face", bold=True)]]


def test_enter_after_a_link_starts_an_unlinked_paragraph(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"see [link]({URL})\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "next")
    assert editor.markdown() == f"see [link]({URL})\n\nnext"


def test_input_method_text_after_a_link_is_plain(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"[link]({URL})\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    event = QInputMethodEvent()
    event.setCommitString(" ä")  # a dead key or compose sequence arrives as a commit
    QApplication.sendEvent(editor, event)
    assert editor.markdown() == f"[link]({URL}) ä"


def test_link_dialog_still_edits_the_link_the_caret_ends(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(f"[link]({URL})\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " more")
    caret_at(editor, len("link"))
    dialog = editor.edit_link()
    assert dialog.link_text() == "link"
    dialog.set_url("https://example.org/new")
    dialog.accept()
    qtbot.keyClicks(editor, "!")
    assert editor.markdown() == "[link](https://example.org/new)! more"
