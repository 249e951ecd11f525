"""Find and Replace in the window cover the whole article in reading order: kicker,
headline, teaser, body; Replace All there is one undo step, wherever it is undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.editing.find_replace_bar import FindReplaceBar
from tests.gui.driver import WindowDriver

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def altstadt(driver: WindowDriver, sample_library: Library) -> WindowDriver:
    article = sample_library.save(
        Article(
            kicker="Altstadt",
            headline="Die Altstadt wird autofrei",
            teaser="Was die Altstadt plant, und was nicht.",
            body="In der **Altstadt** fahren bald keine Autos.\n\nDie Altstadt jubelt.",
        )
    )
    assert driver.enter_article(article.id)
    return driver


def open_find(driver: WindowDriver, replace: bool, query: str) -> FindReplaceBar:
    driver.caret_to_start()
    return driver.open_find(replace, query)


def test_matches_are_counted_and_visited_in_reading_order(altstadt: WindowDriver) -> None:
    bar = open_find(altstadt, False, "Altstadt")
    assert len(bar.matches()) == 5
    assert [field for field, _start, _end in bar.matches()] == [0, 1, 2, 3, 3]
    altstadt.focus("kicker")
    altstadt.caret_to_start("kicker")
    altstadt.focus(bar.find_field)
    visited = []
    for _ in range(6):
        assert bar.find_next()
        visited.append(bar.status_text())
    assert visited == ["1 of 5", "2 of 5", "3 of 5", "4 of 5", "5 of 5", "1 of 5"]
    assert altstadt.selected_text("kicker") == "Altstadt"
    assert bar.find_previous()
    assert bar.status_text() == "5 of 5"
    assert altstadt.selected_text("body") == "Altstadt"


def test_replace_all_changes_every_field_as_one_undo_step(altstadt: WindowDriver) -> None:
    before = altstadt.fields_text()
    bar = open_find(altstadt, True, "Altstadt")
    bar.replace_field.setText("Innenstadt")
    assert bar.replace_all() == 5
    after = altstadt.fields_text()
    assert after == [text.replace("Altstadt", "Innenstadt") for text in before]
    assert altstadt.has_unsaved_edits()
    assert "**Innenstadt**" in altstadt.markdown()

    altstadt.focus("body")
    altstadt.press("Ctrl+Z")
    assert altstadt.fields_text() == before
    altstadt.focus("headline")
    altstadt.trigger("edit.redo")
    assert altstadt.fields_text() == after
    altstadt.focus("kicker")
    altstadt.trigger("edit.undo")
    assert altstadt.fields_text() == before


def test_replace_one_in_the_headline(altstadt: WindowDriver) -> None:
    bar = open_find(altstadt, True, "Altstadt")
    bar.replace_field.setText("Neustadt")
    altstadt.focus("headline")
    altstadt.caret_to_start("headline")
    altstadt.focus(bar.find_field)
    assert bar.find_next()
    assert bar.replace_current()
    assert altstadt.text("headline") == "Die Neustadt wird autofrei"
    assert altstadt.text("kicker") == "Altstadt"
    assert bar.status_text() == "2 of 4"  # kicker, teaser (selected next), body twice


def test_find_from_the_list_starts_at_the_top_and_leaves_one_match_selected(
    altstadt: WindowDriver,
) -> None:
    altstadt.focus_article_list()
    bar = altstadt.open_find()
    QTest.keyClicks(bar.find_field, "Altstadt")
    assert bar.status_text() == "1 of 5"
    assert altstadt.selected_text("kicker") == "Altstadt"
    altstadt.key(Qt.Key.Key_Return, into=bar.find_field)
    assert bar.status_text() == "2 of 5"
    assert altstadt.selected_text("kicker") == "", "one match selected at a time"
    assert altstadt.selected_text("headline") == "Altstadt"
