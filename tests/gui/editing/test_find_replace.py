"""The find/replace bar's searching and replacing: case, whole words, next/previous
with wrap, replace, replace all as one undo step, Esc, and no stale match left selected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from tests.gui.editing.find_bar_setup import (
    GERMAN,
    TEXT,
    body_with_find_bar,
    open_bar,
    select_span,
    selection,
    type_into,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    """A body editor with its find bar below it in one window, as the main window does."""
    _window, body = body_with_find_bar(qtbot)
    yield body  # the window stays referenced until the test ends


def test_find_next_wraps_and_previous(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor)
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
    bar = open_bar(editor)
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
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "dog")
    assert bar.status_text() == "No matches"
    assert bar.find_field.property("noMatches") is True
    assert not bar.find_next()
    assert bar.status_text() == "No matches"
    bar.find_field.clear()
    qtbot.keyClicks(bar.find_field, "sat")
    assert bar.status_text() == "1 of 1"
    assert bar.find_field.property("noMatches") is False
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    assert bar.status_text() == ""  # no query, no count


def test_replace_one_by_one(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, replace=True)
    assert bar.is_replacing()
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("dog")
    bar.find_next()
    assert selection(editor)[1] == "cat"
    assert bar.replace_current()
    assert editor.toPlainText() == "Cat catalog dog. CAT scan; the cat sat."
    assert selection(editor) == (17, "CAT")  # moved on to the next match


def test_replace_takes_only_a_selection_stepping_counts(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, replace=True)
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("dog")
    select_span(editor, 4, 7)  # "cat" of "catalog": no whole word
    assert (0, 4, 7) not in bar.matches()
    assert (0, 12, 15) in bar.matches()
    assert not bar.replace_current()
    assert editor.toPlainText() == TEXT
    assert selection(editor) == (12, "cat")  # found the next whole word instead
    bar.match_case_box.setChecked(True)
    select_span(editor, 17, 20)  # "CAT" with match case on
    assert not bar.replace_current()
    assert editor.toPlainText() == TEXT
    assert selection(editor) == (31, "cat")
    assert bar.replace_current()
    assert editor.toPlainText() == "Cat catalog cat. CAT scan; the dog sat."


def test_replace_agrees_with_counting_on_sharp_s(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.setPlainText(GERMAN)
    editor.show_find(replace=True)
    bar = editor.find_bar()
    type_into(bar.find_field, "Straße")
    bar.replace_field.setText("Weg")
    start = GERMAN.index("STRASSE") + 1  # the bicycle takes two document positions
    select_span(editor, start, start + len("STRASSE"))
    assert selection(editor)[1] == "STRASSE"  # casefolds to "strasse", as "Straße" does
    assert not bar.replace_current()
    assert editor.toPlainText() == GERMAN


def test_replace_all_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, replace=True)
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
    bar = open_bar(editor)
    bar.show()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_a_query_that_stops_matching_leaves_no_stale_match(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.setPlainText("The hat and the hall.")
    editor.show_find(replace=True)
    bar = editor.find_bar()
    bar.replace_field.setText("X")
    qtbot.keyClicks(bar.find_field, "Ha")
    assert selection(editor) == (4, "ha")
    qtbot.keyClicks(bar.find_field, "u")
    assert bar.status_text() == "No matches"
    assert selection(editor) == (4, "")  # the cursor stays where the match started
    assert not bar.replace_current()
    assert editor.toPlainText() == "The hat and the hall."
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    assert selection(editor) == (4, "ha")
    bar.match_case_box.setChecked(True)  # an option can end the matching too
    assert selection(editor) == (4, "")


def test_selection_seeds_the_query(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.setPlainText(TEXT)
    editor.setTextCursor(editor.document().find("scan"))
    bar = editor.find_bar()
    editor.show_find(replace=False)
    assert bar.find_field.text() == "scan"
