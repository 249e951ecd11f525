"""The window as a journalist first meets it: title, list, counts, target, sections."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from tests.gui.driver import WindowDriver, attach_library


def test_title_shows_headline_and_app(driver: WindowDriver) -> None:
    assert driver.title() == "Stadtrat beschließt Haushalt nach langer Debatte — Copydesk"


def test_title_follows_headline_edits(driver: WindowDriver) -> None:
    headline = driver.focus("headline")
    driver.press("Ctrl+A")
    driver.type("Neue Zeile", into="headline")
    assert driver.text("headline") == "Neue Zeile"
    assert driver.title() == "Neue Zeile — Copydesk"
    driver.press("Ctrl+A")
    driver.key(Qt.Key.Key_Delete, into=headline)
    assert driver.text("headline") == ""
    assert driver.title() == "Untitled article — Copydesk"


def test_library_name_in_status_bar(driver: WindowDriver, sample_library: Library) -> None:
    assert driver.library_label() == f"Library: {sample_library.name}"


def test_list_shows_library_articles_newest_first(
    driver: WindowDriver, sample_library: Library
) -> None:
    expected = [summary.id for summary in sample_library.list_articles()]
    assert len(expected) > 1
    assert driver.listed_ids() == expected
    assert driver.selected_id() == expected[0] == driver.article_id


def test_long_headlines_are_shortened_in_the_title(driver: WindowDriver) -> None:
    long_headline = "Sehr " * 60 + "lange Überschrift"
    driver.set_text("headline", long_headline)
    title = driver.title()
    assert title.endswith("… — Copydesk")
    assert title.startswith("Sehr Sehr")
    assert len(title) <= 80 + len(" — Copydesk")


def test_first_start_opens_the_newest_written_article_not_a_placeholder(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from editor.app import build_main_window
    from editor.domain import Article
    from editor.ui.qt.resources import load_body_font

    with Library.open(str(tmp_path / "fresh.sqlite")) as library:
        written = library.save(Article(headline="Die geschriebene Geschichte", body="Text."))
        library.save(Article(headline="Noch nicht geschrieben", placeholder=True))
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
        qtbot.addWidget(window)
        window.show()
        attach_library(window, library)
        driver = WindowDriver(window, qtbot, library)
        assert driver.article_id == written.id
        assert driver.text("headline") == "Die geschriebene Geschichte"
        assert driver.quit()
