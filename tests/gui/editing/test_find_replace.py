"""The find/replace bar: case, whole words, next/previous with wrap, replace,
replace all as one undo step, Esc, and the "No matches" indication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.body_editor import BodyEditor
from editor.ui.editing.find_replace_bar import FindReplaceBar

# The offscreen platform warns when a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = "Cat catalog cat. CAT scan; the cat sat."


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    """A body editor with its find bar below it in one window, as the main window does."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    body = BodyEditor()
    layout.addWidget(body)
    layout.addWidget(body.find_bar())
    window.show()
    qtbot.waitExposed(window)
    body.setFocus()
    yield body  # the window stays referenced until the test ends


def open_bar(qtbot: QtBot, editor: BodyEditor, replace: bool = False) -> FindReplaceBar:
    editor.setPlainText(TEXT)
    editor.show_find(replace)
    return editor.find_bar()


def selection(editor: BodyEditor) -> tuple[int, str]:
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_find_next_wraps_and_previous(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    assert bar.isVisible()
    assert not bar.is_replacing()
    qtbot.keyClicks(bar.find_field, "cat")
    assert selection(editor) == (0, "Cat")  # found while typing, case-insensitive
    starts = []
    for _ in range(6):
        assert bar.find_next()
        starts.append(selection(editor)[0])
    assert starts == [4, 12, 17, 31, 0, 4]
    assert bar.find_previous()
    assert selection(editor)[0] == 0
    assert bar.find_previous()
    assert selection(editor)[0] == 31  # wrapped backwards


def test_match_case_and_whole_words(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    bar.find_field.setText("cat")
    bar.match_case_box.setChecked(True)
    assert selection(editor) == (4, "cat")  # toggling re-searches: "catalog"
    bar.whole_word_box.setChecked(True)
    assert selection(editor) == (12, "cat")
    found = []
    for _ in range(3):
        bar.find_next()
        found.append(selection(editor))
    assert found == [(31, "cat"), (12, "cat"), (31, "cat")]


def test_no_matches_is_shown(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    qtbot.keyClicks(bar.find_field, "dog")
    assert bar.status_text() == "No matches"
    assert bar.find_field.property("noMatches") is True
    assert not bar.find_next()
    bar.find_field.clear()
    qtbot.keyClicks(bar.find_field, "sat")
    assert bar.status_text() == ""
    assert bar.find_field.property("noMatches") is False


def test_replace_one_by_one(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor, replace=True)
    assert bar.is_replacing()
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("dog")
    bar.find_next()
    assert selection(editor)[1] == "cat"
    assert bar.replace_current()
    assert editor.toPlainText() == "Cat catalog dog. CAT scan; the cat sat."
    assert selection(editor) == (17, "CAT")  # moved on to the next match


def test_replace_all_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor, replace=True)
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("a cat")  # the replacement contains the query
    assert bar.replace_all() == 4
    assert editor.toPlainText() == "a cat catalog a cat. a cat scan; the a cat sat."
    assert "4" in bar.status_text()
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_replace_all_keeps_formatting_around(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("**bold cat** and cat\n")
    bar = editor.find_bar()
    bar.find_field.setText("cat")
    bar.replace_field.setText("dog")
    bar.replace_all()
    assert editor.toPlainText() == "bold dog and dog"
    assert "**bold dog** and dog" in editor.markdown()


def test_escape_closes_and_returns_focus(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    bar.show()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_selection_seeds_the_query(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.setPlainText(TEXT)
    editor.setTextCursor(editor.document().find("scan"))
    bar = editor.find_bar()
    editor.show_find(replace=False)
    assert bar.find_field.text() == "scan"
