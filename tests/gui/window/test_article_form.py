"""The form: every field round-trips, headlines stay one line, the column is centred."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from editor.domain import Article, Status
from editor.ui.article.form import LINE_LENGTH_CHARS
from tests.gui.driver import WindowDriver


def test_open_and_read_back_every_field(driver: WindowDriver) -> None:
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
    driver.show_article(article)
    back = driver.shown_article()
    for name in ("kicker", "headline", "teaser", "byline", "dateline", "language", "section"):
        assert getattr(back, name) == getattr(article, name), name
    assert back.tags == article.tags
    assert back.status == Status.APPROVED
    assert (back.target_words, back.target_chars) == (None, 1200)
    assert back.body.strip() == "Ein **fetter** Absatz."
    assert driver.markdown() == back.body


def test_headline_refuses_line_breaks(driver: WindowDriver) -> None:
    driver.new_article()
    driver.type("Zeile", into="headline")
    driver.key(Qt.Key.Key_Return)
    assert driver.text("headline") == "Zeile"
    assert not driver.has_focus("headline")
    data = QMimeData()
    data.setText("eins\nzwei\n\ndrei")
    QApplication.clipboard().setMimeData(data)
    driver.focus("headline")
    driver.caret_to_end("headline")
    driver.press("Ctrl+V")
    assert driver.text("headline") == "Zeileeins zwei drei"


def test_body_column_is_centred_and_readable(driver: WindowDriver) -> None:
    body = driver.body
    margins = body.viewportMargins()
    scroll_bar = body.verticalScrollBar().sizeHint().width()
    assert abs(margins.left() - (margins.right() + scroll_bar)) <= 2
    width = body.viewport().width()
    assert width <= driver.page.column_width() + 2
    average = body.fontMetrics().horizontalAdvance("x" * 100) / 100
    assert 55 <= width / average <= 110
    assert LINE_LENGTH_CHARS == 70


def test_column_follows_zoom(driver: WindowDriver) -> None:
    before = driver.page.column_width()
    driver.trigger("view.zoom_in")
    driver.trigger("view.zoom_in")
    assert driver.page.column_width() > before
    driver.trigger("view.zoom_reset")
    assert abs(driver.page.column_width() - before) < 1
