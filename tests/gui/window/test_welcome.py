"""An empty library greets with the first steps in the page area: New Article, Open
Library… and where the library lives; a library with articles opens one instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.ui.main_window import MainWindow


@pytest.fixture
def empty_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    from editor.app import build_main_window
    from editor.ui.resources import load_body_font, register_search_paths

    register_search_paths()
    with Library.open(str(tmp_path / "leer.sqlite")) as library:
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.attach_library(library)
        yield window
        window.close()
        window.autosaver.flush()


def test_an_empty_library_shows_the_welcome(empty_window: MainWindow, tmp_path: Path) -> None:
    welcome = empty_window.welcome
    assert welcome is not None
    assert empty_window.page.currentWidget() is welcome
    assert welcome.new_button.text() == "New Article"
    assert welcome.open_button.text() == "Open Library…"
    assert str((tmp_path / "leer.sqlite").resolve()) in welcome.location.text()
    assert welcome.location.textFormat() == Qt.TextFormat.PlainText
    assert "Import" not in welcome.message.text()  # there is no import in the app yet


def test_new_article_leaves_the_welcome_for_the_headline(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    welcome = empty_window.welcome
    assert welcome is not None
    QTest.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    assert empty_window.page.currentWidget() is empty_window.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is empty_window.form.headline)


def test_open_library_asks_for_a_file_and_opens_it_in_a_new_copydesk(
    monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, tmp_path: Path
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
    welcome = empty_window.welcome
    assert welcome is not None
    QTest.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)  # cancelled
    assert started == [] and empty_window.isVisible()
    QTest.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert started == [["-m", "editor", "--library", chosen, "gui"]]
    assert not empty_window.isVisible()


def test_a_library_with_articles_shows_no_welcome(main_window: MainWindow) -> None:
    assert main_window.welcome is None
    assert main_window.page.currentWidget() is main_window.form
