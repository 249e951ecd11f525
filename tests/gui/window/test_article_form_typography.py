"""Kicker, headline and teaser type with the body's smart typography: the article's
language, the Article > Typography switch, one Ctrl+Z per replacement."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit
from pytestqt.qtbot import QtBot

from editor.ui.main_window import MainWindow

HeaderField = QLineEdit | QTextEdit
FIELDS = ("kicker", "headline", "teaser")


def _new_article(qtbot: QtBot, window: MainWindow, language: str) -> None:
    window.new_article()
    combo = window.details.language
    combo.setCurrentIndex(combo.findData(language))
    assert window.form.body.typography_language() == language


def _field(qtbot: QtBot, window: MainWindow, name: str) -> HeaderField:
    field = getattr(window.form, name)
    assert isinstance(field, QLineEdit | QTextEdit)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return field


def _text(field: HeaderField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _undo(qtbot: QtBot, field: HeaderField) -> str:
    qtbot.keySequence(field, QKeySequence.StandardKey.Undo)
    return _text(field)


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Der „Test“ – jetzt…"), ("en", "Der “Test” – jetzt…")],
)
def test_header_fields_type_as_the_body(
    qtbot: QtBot, main_window: MainWindow, name: str, language: str, expected: str
) -> None:
    _new_article(qtbot, main_window, language)
    field = _field(qtbot, main_window, name)
    qtbot.keyClicks(field, 'Der "Test" -- jetzt...')
    assert _text(field) == expected
    assert _undo(qtbot, field) == expected[:-1] + "..."
    article = main_window.form.to_article(main_window.article)
    assert getattr(article, name) == expected[:-1] + "..."


@pytest.mark.parametrize("name", FIELDS)
def test_typing_after_a_replacement_is_its_own_undo_step(
    qtbot: QtBot, main_window: MainWindow, name: str
) -> None:
    _new_article(qtbot, main_window, "de")
    field = _field(qtbot, main_window, name)
    qtbot.keyClicks(field, 'Er sagte "Ja')
    assert _text(field) == "Er sagte „Ja"
    assert _undo(qtbot, field) == "Er sagte „"
    assert _undo(qtbot, field) == 'Er sagte "'
    # The restored quote is not selected: typing goes after it.
    qtbot.keyClicks(field, "x")
    assert _text(field) == 'Er sagte "x'


@pytest.mark.parametrize("name", FIELDS)
def test_em_dash_and_elisions_fold_into_one_step(
    qtbot: QtBot, main_window: MainWindow, name: str
) -> None:
    _new_article(qtbot, main_window, "en")
    field = _field(qtbot, main_window, name)
    qtbot.keyClicks(field, "Rock 'n'")
    assert _text(field) == "Rock ’n’"
    assert _undo(qtbot, field) == "Rock 'n'"
    qtbot.keyClicks(field, " ---")
    assert _text(field) == "Rock 'n' —"
    assert _undo(qtbot, field) == "Rock 'n' ---"


@pytest.mark.parametrize("name", FIELDS)
def test_typography_switch_covers_the_header(
    qtbot: QtBot, main_window: MainWindow, name: str
) -> None:
    _new_article(qtbot, main_window, "de")
    action = main_window.registry["article.typography"]
    assert action.isChecked()
    action.trigger()
    try:
        field = _field(qtbot, main_window, name)
        qtbot.keyClicks(field, '"x" a--b c...')
        assert _text(field) == '"x" a--b c...'
    finally:
        action.trigger()
    assert main_window.form.body.typography_language() == "de"


def test_language_change_reaches_the_header(qtbot: QtBot, main_window: MainWindow) -> None:
    _new_article(qtbot, main_window, "en")
    combo = main_window.details.language
    combo.setCurrentIndex(combo.findData("de"))
    field = _field(qtbot, main_window, "headline")
    qtbot.keyClicks(field, '"a"')
    assert _text(field) == "„a“"


def test_edit_menu_undo_in_the_kicker(qtbot: QtBot, main_window: MainWindow) -> None:
    _new_article(qtbot, main_window, "en")
    kicker = _field(qtbot, main_window, "kicker")
    qtbot.keyClicks(kicker, "a--")
    main_window.registry["edit.undo"].trigger()
    assert kicker.text() == "a--"
    assert not kicker.hasSelectedText()
    assert kicker.cursorPosition() == 3
