"""Find and Replace in the window cover the whole article in reading order: kicker,
headline, teaser, body; Replace All there is one undo step, wherever it is undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.editing.find_replace_bar import FindReplaceBar
from editor.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def altstadt(main_window: MainWindow, sample_library: Library) -> MainWindow:
    article = sample_library.save(
        Article(
            kicker="Altstadt",
            headline="Die Altstadt wird autofrei",
            teaser="Was die Altstadt plant, und was nicht.",
            body="In der **Altstadt** fahren bald keine Autos.\n\nDie Altstadt jubelt.",
        )
    )
    assert main_window.enter_article(article.id)
    return main_window


def fields_text(window: MainWindow) -> list[str]:
    form = window.form
    return [form.kicker.text(), form.headline.text(), form.teaser.text(), form.body.toPlainText()]


def open_find(window: MainWindow, replace: bool, query: str) -> FindReplaceBar:
    window.form.body.moveCursor(window.form.body.textCursor().MoveOperation.Start)
    window.form.body.show_find(replace)
    bar = window.form.find_bar
    bar.find_field.setText(query)
    return bar


def test_matches_are_counted_and_visited_in_reading_order(altstadt: MainWindow) -> None:
    bar = open_find(altstadt, False, "Altstadt")
    assert len(bar.matches()) == 5
    assert [field for field, _start, _end in bar.matches()] == [0, 1, 2, 3, 3]
    altstadt.form.kicker.setFocus()
    altstadt.form.kicker.setCursorPosition(0)
    bar.find_field.setFocus()
    visited = []
    for _ in range(6):
        assert bar.find_next()
        visited.append(bar.status_text())
    assert visited == ["1 of 5", "2 of 5", "3 of 5", "4 of 5", "5 of 5", "1 of 5"]
    assert altstadt.form.kicker.selectedText() == "Altstadt"
    assert bar.find_previous()
    assert bar.status_text() == "5 of 5"
    assert altstadt.form.body.textCursor().selectedText() == "Altstadt"


def test_replace_all_changes_every_field_as_one_undo_step(
    qtbot: QtBot, altstadt: MainWindow
) -> None:
    before = fields_text(altstadt)
    bar = open_find(altstadt, True, "Altstadt")
    bar.replace_field.setText("Innenstadt")
    assert bar.replace_all() == 5
    after = fields_text(altstadt)
    assert after == [text.replace("Altstadt", "Innenstadt") for text in before]
    assert altstadt.autosaver.is_dirty
    assert "**Innenstadt**" in altstadt.form.body.markdown()

    altstadt.form.body.setFocus()
    QTest.keyClick(altstadt.form.body, Qt.Key.Key_Z, CTRL)
    assert fields_text(altstadt) == before
    altstadt.form.headline.setFocus()
    altstadt.form.headline.redo()
    assert fields_text(altstadt) == after
    altstadt.form.kicker.setFocus()
    altstadt.form.kicker.undo()
    assert fields_text(altstadt) == before


def test_replace_one_in_the_headline(altstadt: MainWindow) -> None:
    bar = open_find(altstadt, True, "Altstadt")
    bar.replace_field.setText("Neustadt")
    altstadt.form.headline.setFocus()
    cursor = altstadt.form.headline.textCursor()
    cursor.setPosition(0)
    altstadt.form.headline.setTextCursor(cursor)
    bar.find_field.setFocus()
    assert bar.find_next()
    assert bar.replace_current()
    assert altstadt.form.headline.text() == "Die Neustadt wird autofrei"
    assert altstadt.form.kicker.text() == "Altstadt"
    assert bar.status_text() == "2 of 4"  # kicker, teaser (selected next), body twice


def test_find_from_the_list_starts_at_the_top_and_leaves_one_match_selected(
    qtbot: QtBot, altstadt: MainWindow
) -> None:
    altstadt.article_list.setFocus()
    qtbot.waitUntil(altstadt.article_list.hasFocus)
    altstadt.form.body.show_find(False)
    bar = altstadt.form.find_bar
    QTest.keyClicks(bar.find_field, "Altstadt")
    assert bar.status_text() == "1 of 5"
    assert altstadt.form.kicker.selectedText() == "Altstadt"
    QTest.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.status_text() == "2 of 5"
    assert not altstadt.form.kicker.hasSelectedText(), "one match selected at a time"
    assert altstadt.form.headline.textCursor().selectedText() == "Altstadt"
