"""An empty library greets with the first steps in the page area: New Article, Open
Library… and where the library lives; a library with articles opens one instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from tests.gui.driver import WindowDriver


@pytest.fixture
def empty_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[WindowDriver]:
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    register_search_paths()
    with Library.open(str(tmp_path / "leer.sqlite")) as library:
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        driver = WindowDriver(window, qtbot, library)
        driver.library_arrives(library)
        yield driver
        driver.quit()


def test_an_empty_library_shows_the_welcome(empty_window: WindowDriver, tmp_path: Path) -> None:
    assert empty_window.shows_welcome()
    welcome = empty_window.welcome_page()
    assert welcome.new_button.text() == "New Article"
    assert welcome.open_button.text() == "Open Library…"
    assert str((tmp_path / "leer.sqlite").resolve()) in welcome.location.text()
    assert welcome.location.textFormat() == Qt.TextFormat.PlainText
    assert "Import" not in welcome.message.text()  # there is no import in the app yet


def test_new_article_leaves_the_welcome_for_the_headline(
    qtbot: QtBot, empty_window: WindowDriver
) -> None:
    empty_window.click(empty_window.welcome_page().new_button)
    assert empty_window.shows_article_page() and not empty_window.shows_welcome()
    qtbot.waitUntil(lambda: empty_window.has_focus("headline"))


def test_open_library_asks_for_a_file_and_opens_it_in_a_new_copydesk(
    monkeypatch: pytest.MonkeyPatch, empty_window: WindowDriver, tmp_path: Path
) -> None:
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QFileDialog

    chosen = str(tmp_path / "andere.sqlite")
    started: list[list[str]] = []
    answers = iter([("", ""), (chosen, "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: next(answers))

    def start_detached(_program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append(arguments)
        return True, 1

    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    open_button = empty_window.welcome_page().open_button
    empty_window.click(open_button)  # cancelled
    assert started == [] and empty_window.window.isVisible()
    empty_window.click(open_button)
    assert started == [["-m", "editor", "--library", chosen, "gui"]]
    assert not empty_window.window.isVisible()


def test_a_library_with_articles_shows_no_welcome(driver: WindowDriver) -> None:
    assert not driver.built_welcome()
    assert driver.shows_article_page()
