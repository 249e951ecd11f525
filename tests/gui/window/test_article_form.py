"""The form: every field round-trips, headlines stay one line, the column is centred."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.domain import Article, Status
from editor.ui.article_form import LINE_LENGTH_CHARS
from editor.ui.main_window import MainWindow


def test_load_and_read_back_every_field(main_window: MainWindow) -> None:
    article = Article(
        kicker="Exklusiv",
        headline="Ein Titel",
        teaser="Zeile eins\nZeile zwei",
        body="Ein **fetter** Absatz.\n",
        byline="A. Autorin",
        dateline="Graz",
        language="en",
        section="Kultur",
        tags=["Oper", "Graz"],
        status=Status.APPROVED,
        target_chars=1200,
    )
    main_window.form.load(article)
    back = main_window.form.to_article(article)
    for name in ("kicker", "headline", "teaser", "byline", "dateline", "language", "section"):
        assert getattr(back, name) == getattr(article, name), name
    assert back.tags == article.tags
    assert back.status == Status.APPROVED
    assert (back.target_words, back.target_chars) == (None, 1200)
    assert back.body.strip() == "Ein **fetter** Absatz."
    assert main_window.form.snapshot(article).resolved().body == back.body


def test_headline_refuses_line_breaks(main_window: MainWindow) -> None:
    headline = main_window.form.headline
    headline.setFocus()
    headline.clear()
    QTest.keyClicks(headline, "Zeile")
    QTest.keyClick(headline, Qt.Key.Key_Return)
    assert headline.text() == "Zeile"
    assert QApplication.focusWidget() is not headline
    data = QMimeData()
    data.setText("eins\nzwei\n\ndrei")
    headline.setFocus()
    headline.insertFromMimeData(data)
    assert headline.text() == "Zeileeins zwei drei"


def test_body_column_is_centred_and_readable(main_window: MainWindow) -> None:
    form = main_window.form
    margins = form.body.viewportMargins()
    assert (
        abs(margins.left() - (margins.right() + form.body.verticalScrollBar().sizeHint().width()))
        <= 2
    )
    width = form.body.viewport().width()
    assert width <= form.column_width() + 2
    average = form.body.fontMetrics().horizontalAdvance("x" * 100) / 100
    assert 55 <= width / average <= 110
    assert LINE_LENGTH_CHARS == 70


def test_column_follows_zoom(main_window: MainWindow) -> None:
    before = main_window.form.column_width()
    main_window.commands.zoom(+2)
    assert main_window.form.column_width() > before
    main_window.commands.zoom(0)
    assert abs(main_window.form.column_width() - before) < 1
