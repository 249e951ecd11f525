"""The window as a journalist first meets it: title, list, counts, target, sections."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
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


def test_long_headlines_are_shortened_in_the_title(qtbot: QtBot, main_window: MainWindow) -> None:
    long_headline = "Sehr " * 60 + "lange Überschrift"
    main_window.form.headline.setPlainText(long_headline)
    title = main_window.windowTitle()
    assert title.endswith("… — Copydesk")
    assert title.startswith("Sehr Sehr")
    assert len(title) <= 80 + len(" — Copydesk")


def test_first_start_opens_the_newest_written_article_not_a_placeholder(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from editor.app import build_main_window
    from editor.domain import Article
    from editor.ui.resources import load_body_font

    with Library.open(str(tmp_path / "fresh.sqlite")) as library:
        written = library.save(Article(headline="Die geschriebene Geschichte", body="Text."))
        library.save(Article(headline="Noch nicht geschrieben", placeholder=True))
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
        qtbot.addWidget(window)
        window.show()
        window.attach_library(library)
        assert window.article.id == written.id
        assert window.form.headline.text() == "Die geschriebene Geschichte"
        window.close()
        window.autosaver.flush()
