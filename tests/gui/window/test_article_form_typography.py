"""Kicker, headline and teaser type with the body's smart typography: the article's
language, the Article > Typography switch, one Ctrl+Z per replacement."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.driver import WindowDriver

FIELDS = ("kicker", "headline", "teaser")


def _new_article(driver: WindowDriver, language: str) -> None:
    driver.new_article()
    combo = driver.details.language
    combo.setCurrentIndex(combo.findData(language))
    assert driver.body.typography_language() == language


def _undo(qtbot: QtBot, driver: WindowDriver, name: str) -> str:
    qtbot.keySequence(driver.field(name), QKeySequence.StandardKey.Undo)
    return driver.text(name)


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Der „Test“ – jetzt…"), ("en", "Der “Test” – jetzt…")],
)
def test_header_fields_type_as_the_body(
    qtbot: QtBot, driver: WindowDriver, name: str, language: str, expected: str
) -> None:
    _new_article(driver, language)
    driver.type('Der "Test" -- jetzt...', into=name)
    assert driver.text(name) == expected
    assert _undo(qtbot, driver, name) == expected[:-1] + "..."
    assert getattr(driver.shown_article(), name) == expected[:-1] + "..."


@pytest.mark.parametrize("name", FIELDS)
def test_typing_after_a_replacement_is_its_own_undo_step(
    qtbot: QtBot, driver: WindowDriver, name: str
) -> None:
    _new_article(driver, "de")
    driver.type('Er sagte "Ja', into=name)
    assert driver.text(name) == "Er sagte „Ja"
    assert _undo(qtbot, driver, name) == "Er sagte „"
    assert _undo(qtbot, driver, name) == 'Er sagte "'
    # The restored quote is not selected: typing goes after it.
    driver.type("x", into=name)
    assert driver.text(name) == 'Er sagte "x'


@pytest.mark.parametrize("name", FIELDS)
def test_em_dash_and_elisions_fold_into_one_step(
    qtbot: QtBot, driver: WindowDriver, name: str
) -> None:
    _new_article(driver, "en")
    driver.type("Rock 'n'", into=name)
    assert driver.text(name) == "Rock ’n’"
    assert _undo(qtbot, driver, name) == "Rock 'n'"
    driver.type(" ---", into=name)
    assert driver.text(name) == "Rock 'n' —"
    assert _undo(qtbot, driver, name) == "Rock 'n' ---"


@pytest.mark.parametrize("name", FIELDS)
def test_typography_switch_covers_the_header(driver: WindowDriver, name: str) -> None:
    _new_article(driver, "de")
    assert driver.is_checked("article.typography")
    driver.trigger("article.typography")
    try:
        assert not driver.is_checked("article.typography")
        driver.type('"x" a--b c...', into=name)
        assert driver.text(name) == '"x" a--b c...'
    finally:
        driver.trigger("article.typography")
    assert driver.body.typography_language() == "de"


def test_language_change_reaches_the_header(driver: WindowDriver) -> None:
    _new_article(driver, "en")
    combo = driver.details.language
    combo.setCurrentIndex(combo.findData("de"))
    driver.type('"a"', into="headline")
    assert driver.text("headline") == "„a“"


def test_edit_menu_undo_in_the_kicker(driver: WindowDriver) -> None:
    _new_article(driver, "en")
    driver.type("a--", into="kicker")
    assert driver.text("kicker") == "a–"
    driver.trigger("edit.undo")
    kicker = driver.field("kicker")
    assert isinstance(kicker, QLineEdit)
    assert kicker.text() == "a--"
    assert not kicker.hasSelectedText()
    assert kicker.cursorPosition() == 3
