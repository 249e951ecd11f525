"""The page header under view changes: leaving focus mode gives the teaser back its
height, and zoom scales the whole page, header included, and is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.ui.article.form import ArticleForm
from editor.ui.article.header_fields import AutoHeightTextEdit
from tests.gui.driver import WindowDriver

TEASER_PROSE = (
    "Nach sieben Stunden Debatte steht der Haushalt fest: mehr Geld für Schulen und "
    "Radwege, das Hallenbad muss warten, und die Opposition spricht von einem Tag."
)
WORDS = TEASER_PROSE.split(" ")


def _line_count(field: AutoHeightTextEdit, text: str, width: float) -> int:
    document = QTextDocument()
    document.setDefaultFont(field.font())
    document.setDocumentMargin(field.document().documentMargin())
    document.setPlainText(text)
    document.setTextWidth(width)
    document.size()  # lays the text out
    return document.firstBlock().layout().lineCount()


def _teaser_that_wraps_beside_a_scroll_bar(teaser: AutoHeightTextEdit) -> str:
    """A teaser of a few lines that needs one line more when a scroll bar narrows the
    field: the text whose height a stale fit would get wrong."""
    width = teaser.viewport().width()
    narrower = width - teaser.verticalScrollBar().sizeHint().width()
    for first in range(len(WORDS)):
        for count in range(12, 2 * len(WORDS)):
            text = " ".join((WORDS * 3)[first : first + count])
            lines = _line_count(teaser, text, width)
            if lines >= 3 and _line_count(teaser, text, narrower) > lines:
                return text
    raise AssertionError("no such teaser at this width")


def _settled(form: ArticleForm) -> bool:
    return form.header.inset() == form.header.sizeHint().height()


def test_leaving_focus_mode_gives_the_teaser_its_height_back(
    qtbot: QtBot, driver: WindowDriver
) -> None:
    form, window = driver.page, driver.window
    teaser = form.teaser
    text = _teaser_that_wraps_beside_a_scroll_bar(teaser)
    driver.show_article(Article(kicker="Stadt", headline="Ein Titel", teaser=text, body="Text\n"))
    qtbot.waitUntil(lambda: _settled(form))
    before = (teaser.height(), form.header.inset(), window.size())
    driver.trigger("view.focus")
    qtbot.waitUntil(window.isFullScreen)
    driver.trigger("view.focus")
    qtbot.waitUntil(lambda: not window.isFullScreen() and window.size() == before[2])
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _settled(form))
    assert (teaser.height(), form.header.inset()) == before[:2]
    # And the same again for the next article shown.
    driver.show_article(Article(headline="Zwei", teaser=text, body="Text\n"))
    qtbot.waitUntil(lambda: _settled(form))
    assert (teaser.height(), form.header.inset()) == before[:2]


def test_fitting_the_height_answers_a_width_change_made_during_the_fit(
    qtbot: QtBot, driver: WindowDriver
) -> None:
    # The mechanism behind the focus-mode bug, without the window: squeezed to nothing
    # the teaser shows a scroll bar; given its width back, hiding that bar widens the
    # text again in the middle of the fit, and the height must follow the final text.
    form = driver.page
    teaser = form.teaser
    text = _teaser_that_wraps_beside_a_scroll_bar(teaser)
    driver.show_article(Article(headline="Ein Titel", teaser=text, body="Text\n"))
    qtbot.waitUntil(lambda: _settled(form))
    height = teaser.height()
    width = teaser.width()
    teaser.resize(10, teaser.height())
    teaser.resize(width, teaser.height())
    assert teaser.height() == height


def _header_sizes(form: ArticleForm) -> list[float]:
    return [field.font().pointSizeF() for field in (form.kicker, form.headline, form.teaser)]


def test_zoom_scales_the_header_with_the_body(qtbot: QtBot, driver: WindowDriver) -> None:
    form = driver.page
    driver.show_article(
        Article(kicker="Stadt", headline="Ein Titel", teaser="Kurz.", body="Text\n")
    )
    qtbot.waitUntil(lambda: _settled(form))
    normal_sizes = _header_sizes(form)
    normal_body = driver.body.font().pointSizeF()
    normal_inset = form.header.inset()
    for _ in range(3):
        driver.trigger("view.zoom_in")
    factor = driver.body.font().pointSizeF() / normal_body
    assert factor > 1.2
    assert _header_sizes(form) == pytest.approx([size * factor for size in normal_sizes], abs=0.02)
    qtbot.waitUntil(lambda: _settled(form))
    assert form.header.inset() > normal_inset
    for _ in range(5):
        driver.trigger("view.zoom_out")
    factor = driver.body.font().pointSizeF() / normal_body
    assert factor < 1
    assert _header_sizes(form) == pytest.approx([size * factor for size in normal_sizes], abs=0.02)
    driver.trigger("view.zoom_reset")
    assert _header_sizes(form) == normal_sizes
    assert form.header_scale() == 1
    qtbot.waitUntil(lambda: _settled(form))
    assert form.header.inset() == normal_inset


def test_zoomed_header_is_remembered(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, driver: WindowDriver
) -> None:
    from editor.app import build_main_window

    normal_sizes = _header_sizes(driver.page)
    driver.trigger("view.zoom_in")
    driver.trigger("view.zoom_in")
    driver.preferences.sync()
    factor = driver.page.header_scale()
    assert factor > 1
    again = build_main_window(qapp, driver.body.font().family(), tmp_path / "settings")
    qtbot.addWidget(again)
    again_driver = WindowDriver(again, qtbot, None)
    assert again_driver.page.header_scale() == pytest.approx(factor)
    assert _header_sizes(again_driver.page) == pytest.approx(
        [size * factor for size in normal_sizes], abs=0.02
    )
