"""The window as a journalist first meets it: title, list, counts, target, sections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.ui.main_window import MainWindow


def type_in_body(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.form.body.setFocus()
    QTest.keyClicks(window.form.body, text)


def test_title_shows_headline_and_app(main_window: MainWindow) -> None:
    assert (
        main_window.windowTitle() == "Stadtrat beschließt Haushalt nach langer Debatte — Copydesk"
    )


def test_title_follows_headline_edits(qtbot: QtBot, main_window: MainWindow) -> None:
    headline = main_window.form.headline
    headline.setFocus()
    headline.selectAll()
    QTest.keyClicks(headline, "Neue Zeile")
    assert main_window.windowTitle() == "Neue Zeile — Copydesk"
    headline.selectAll()
    QTest.keyClick(headline, Qt.Key.Key_Delete)
    assert main_window.windowTitle() == "Untitled article — Copydesk"


def test_library_name_in_status_bar(main_window: MainWindow, sample_library: Library) -> None:
    assert sample_library.name in main_window.library_label.text()


def test_list_shows_library_articles_newest_first(
    main_window: MainWindow, sample_library: Library
) -> None:
    model = main_window.article_list.list_model
    expected = [summary.id for summary in sample_library.list_articles()]
    assert [model.article_id_at(row) for row in range(model.rowCount())] == expected
    assert main_window.article_list.currentIndex().row() == 0
