"""Smart typography while typing in the widget: per language, one Ctrl+Z per
replacement, and the off switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor


def undo_key(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keySequence(editor, QKeySequence.StandardKey.Undo)


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("de", "Er sagte \"Ja\" -- dann... Peter's 'Haus'", "Er sagte „Ja“ – dann… Peter’s ‚Haus‘"),
        ("en", "She said \"yes\" -- then... it's 'fine'", "She said “yes” – then… it’s ‘fine’"),
    ],
)
def test_typing_per_language(
    qtbot: QtBot, editor: BodyEditor, language: str, typed: str, expected: str
) -> None:
    editor.set_typography_language(language)
    qtbot.keyClicks(editor, typed)
    assert editor.toPlainText() == expected
    assert editor.markdown().strip() == expected


def test_one_ctrl_z_undoes_one_replacement(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("de")
    qtbot.keyClicks(editor, 'a "')
    assert editor.toPlainText() == "a „"
    undo_key(qtbot, editor)
    assert editor.toPlainText() == 'a "'
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "b--")
    assert editor.toPlainText() == "a b–"
    undo_key(qtbot, editor)
    assert editor.toPlainText() == "a b--"


def test_ellipsis_undo_gives_back_three_dots(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    qtbot.keyClicks(editor, "so...")
    assert editor.toPlainText() == "so…"
    undo_key(qtbot, editor)
    assert editor.toPlainText() == "so..."


def test_off_switch(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("de")
    editor.set_typography_language(None)
    assert editor.typography_language() is None
    qtbot.keyClicks(editor, "\"x\" 'y' a--b c...")
    assert editor.toPlainText() == "\"x\" 'y' a--b c..."


def test_switching_language_changes_quotes(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    qtbot.keyClicks(editor, '"a" ')
    editor.set_typography_language("de")
    qtbot.keyClicks(editor, '"b"')
    assert editor.toPlainText() == "“a” „b“"


def test_replacement_keeps_character_format(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    editor.toggle_italic()
    qtbot.keyClicks(editor, '"hi"')
    cursor = editor.textCursor()
    assert cursor.charFormat().fontItalic()
    assert editor.toPlainText() == "“hi”"


def undo_steps(qtbot: QtBot, editor: BodyEditor, count: int) -> list[str]:
    """The text after each of ``count`` Ctrl+Z."""
    texts = []
    for _ in range(count):
        undo_key(qtbot, editor)
        texts.append(editor.toPlainText())
    return texts


def test_typing_after_a_replacement_is_undone_first(qtbot: QtBot, editor: BodyEditor) -> None:
    # As in a word processor: Ctrl+Z takes back the typing since the replacement, then
    # the replacement, then the typing before it.
    editor.set_typography_language("de")
    qtbot.keyClicks(editor, 'Er sagte "Ja')
    assert editor.toPlainText() == "Er sagte „Ja"
    assert undo_steps(qtbot, editor, 3) == ["Er sagte „", 'Er sagte "', ""]


def test_undo_leaves_the_cursor_after_the_restored_characters(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.set_typography_language("en")
    qtbot.keyClicks(editor, "a -- b")
    assert undo_steps(qtbot, editor, 2) == ["a –", "a --"]
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText() == "a --x"


def test_em_dash_undoes_to_the_three_hyphens_typed(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("de")
    qtbot.keyClicks(editor, "a --")
    assert editor.toPlainText() == "a –"
    qtbot.keyClicks(editor, "-")
    assert editor.toPlainText() == "a —"
    undo_key(qtbot, editor)
    assert editor.toPlainText() == "a ---"
    # Typed on, the restored hyphens stay hyphens.
    qtbot.keyClicks(editor, "-")
    assert editor.toPlainText() == "a ----"


def test_rock_n_roll_and_its_undo(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    qtbot.keyClicks(editor, "rock 'n'")
    assert editor.toPlainText() == "rock ’n’"
    # One step, though the first mark was a quote until the second was typed.
    assert undo_steps(qtbot, editor, 1) == ["rock 'n'"]
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "'n' roll in the '90s")
    assert editor.toPlainText() == "rock ’n’ roll in the ’90s"
    assert undo_steps(qtbot, editor, 2) == ["rock ’n’ roll in the ’9", "rock ’n’ roll in the '9"]


def test_elision_keeps_the_formats_of_the_word(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    qtbot.keyClicks(editor, "'")
    editor.toggle_bold()
    qtbot.keyClicks(editor, "tis")
    editor.toggle_bold()
    qtbot.keyClicks(editor, " so")
    assert editor.toPlainText() == "’tis so"
    assert editor.markdown().strip() == "’**tis** so"
