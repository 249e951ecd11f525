"""Links keep the whitespace around them: a word selected with its trailing space (as
Ctrl+Shift+Right selects it) becomes a link over the word only, the space stays; and
the link dialog is wide enough for a web address and works from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.body import body_io
from editor.ui.editing.link_dialog import MINIMUM_WIDTH, LinkDialog
from tests.gui.editing.document_shape import Run, reopen, runs

SEED_SENTENCE = "Am 23. Oktober 2023 fand in Paris ein Treffen der „Koalition der Willigen“ statt."
URL = "https://example.org/paris"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def written(editor: BodyEditor) -> str:
    """The body as the house writer stores it."""
    return body_io.write_markdown(editor.document())


def link_selection(qtbot: QtBot, editor: BodyEditor, url: str = URL) -> LinkDialog:
    """Ctrl+K on the selection through the dialog's API: fill in ``url``, press OK."""
    dialog = editor.edit_link()
    dialog.set_url(url)
    with qtbot.waitSignal(dialog.link_accepted):
        dialog.accept()
    return dialog


def shift_right(editor: BodyEditor, times: int) -> None:
    for _ in range(times):
        QTest.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def test_word_selected_with_its_trailing_space_links_the_word_only(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.set_markdown(SEED_SENTENCE + "\n")
    QTest.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)
    assert editor.textCursor().selectedText() == "Am "
    dialog = editor.edit_link()
    assert dialog.link_text() == "Am"
    dialog.set_url(URL)
    with qtbot.waitSignal(dialog.link_accepted):
        dialog.accept()
    assert editor.toPlainText() == SEED_SENTENCE
    assert runs(editor) == [[Run("Am", link=URL), Run(SEED_SENTENCE[2:])]]
    assert written(editor) == f"[Am]({URL}){SEED_SENTENCE[2:]}"
    assert editor.textCursor().position() == 2  # just after the link, before the space
    reopen(qtbot, editor)


def test_one_undo_takes_the_link_back(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(SEED_SENTENCE + "\n")
    QTest.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)
    link_selection(qtbot, editor)
    editor.undo()
    assert runs(editor) == [[Run(SEED_SENTENCE)]]
    assert written(editor) == SEED_SENTENCE
    assert not editor.document().isUndoAvailable()


def test_leading_and_trailing_whitespace_stay_outside(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "read  the report  today")  # typed: Markdown would collapse
    cursor = editor.textCursor()
    cursor.setPosition(len("read"))
    editor.setTextCursor(cursor)
    shift_right(editor, len("  the report  "))
    assert editor.textCursor().selectedText() == "  the report  "
    link_selection(qtbot, editor)
    assert editor.toPlainText() == "read  the report  today"
    assert runs(editor) == [[Run("read  "), Run("the report", link=URL), Run("  today")]]


def test_selection_made_backwards_keeps_the_space(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("go home now\n")
    cursor = editor.textCursor()
    cursor.setPosition(len("go home "))
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Left, CTRL_SHIFT)
    assert editor.textCursor().selectedText() == "home "
    link_selection(qtbot, editor)
    assert runs(editor) == [[Run("go "), Run("home", link=URL), Run(" now")]]
    assert written(editor) == f"go [home]({URL}) now"


def test_selection_of_spaces_only_replaces_nothing(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "a  b")
    cursor = editor.textCursor()
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    shift_right(editor, 2)
    dialog = editor.edit_link()
    assert dialog.link_text() == ""
    dialog.set_text("site")
    dialog.set_url(URL)
    dialog.accept()
    assert editor.toPlainText() == "a  siteb"
    assert runs(editor) == [[Run("a  "), Run("site", link=URL), Run("b")]]


def test_link_text_changed_in_the_dialog_keeps_the_space(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(SEED_SENTENCE + "\n")
    QTest.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)
    dialog = editor.edit_link()
    dialog.set_text("  Am Montag, dem ")
    dialog.set_url(URL)
    dialog.accept()
    expected = "Am Montag, dem" + SEED_SENTENCE[2:]
    assert editor.toPlainText() == expected
    assert runs(editor) == [[Run("Am Montag, dem", link=URL), Run(SEED_SENTENCE[2:])]]
    editor.undo()
    assert editor.toPlainText() == SEED_SENTENCE


def test_editing_an_existing_link_from_inside(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown(SEED_SENTENCE + "\n")
    QTest.keyClick(editor, Qt.Key.Key_Right, CTRL_SHIFT)
    link_selection(qtbot, editor)
    cursor = editor.textCursor()
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    dialog = editor.edit_link()
    assert (dialog.link_text(), dialog.link_url(), dialog.can_remove()) == ("Am", URL, True)
    dialog.set_text("Am Montag")
    dialog.set_url("https://example.org/other")
    dialog.accept()
    assert runs(editor) == [
        [Run("Am Montag", link="https://example.org/other"), Run(SEED_SENTENCE[2:])]
    ]
    assert written(editor).startswith("[Am Montag](https://example.org/other) 23. Oktober")


def test_existing_link_that_took_in_a_space_gives_it_back(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("[Am ](https://old.example) 23. Oktober\n")
    assert runs(editor) == [[Run("Am ", link="https://old.example"), Run("23. Oktober")]]
    cursor = editor.textCursor()
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    link_selection(qtbot, editor)
    assert editor.toPlainText() == "Am 23. Oktober"
    assert runs(editor) == [[Run("Am", link=URL), Run(" 23. Oktober")]]
    assert written(editor) == f"[Am]({URL}) 23. Oktober"


def test_selection_inside_a_link_with_a_space_edits_the_whole_link(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.set_markdown("[read the report](https://old.example) now\n")
    editor.setTextCursor(editor.document().find("the "))
    dialog = editor.edit_link()
    assert dialog.link_text() == "read the report"
    dialog.set_url(URL)
    dialog.accept()
    assert runs(editor) == [[Run("read the report", link=URL), Run(" now")]]


# -- the dialog itself -----------------------------------------------------------------


def test_dialog_is_wide_enough_for_an_address(qtbot: QtBot, editor: BodyEditor) -> None:
    dialog = editor.edit_link()
    qtbot.waitExposed(dialog)
    assert dialog.minimumWidth() >= MINIMUM_WIDTH >= 460
    assert dialog.width() >= MINIMUM_WIDTH
    url_field = dialog.findChild(QLineEdit, "linkUrl")
    text_field = dialog.findChild(QLineEdit, "linkText")
    assert url_field is not None and text_field is not None
    assert url_field.width() >= MINIMUM_WIDTH * 2 // 3
    dialog.resize(MINIMUM_WIDTH + 200, dialog.height())
    qtbot.waitUntil(lambda: url_field.width() >= MINIMUM_WIDTH * 2 // 3 + 200)
    dialog.reject()


def test_dialog_works_from_the_keyboard(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("see the report\n")
    editor.setTextCursor(editor.document().find("report"))
    dialog = editor.edit_link()
    qtbot.waitExposed(dialog)
    url_field = dialog.findChild(QLineEdit, "linkUrl")
    assert url_field is not None
    qtbot.waitUntil(url_field.hasFocus)  # the text is there: straight to the address
    QTest.keyClicks(url_field, "www.example.org")
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(url_field, Qt.Key.Key_Return)
    assert runs(editor) == [[Run("see the "), Run("report", link="https://www.example.org")]]
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    dialog = editor.edit_link()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert runs(editor) == [[Run("see the "), Run("report", link="https://www.example.org")]]
