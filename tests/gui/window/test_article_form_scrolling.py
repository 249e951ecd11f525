"""Header and body scroll as one page: the header (kicker, headline, teaser) sits above
the body's first line, moves with the body's scroll bar and never covers the text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.ui.article.form import ArticleForm
from editor.ui.article.scrolling_header import PagePlaceholder
from tests.gui.driver import WindowDriver

LONG_BODY = "\n\n".join(
    f"Absatz {number}: Die Stadtverordneten haben am Abend mit knapper Mehrheit den "
    "Haushalt beschlossen, und die Opposition sprach von einem schwarzen Tag."
    for number in range(80)
)


def _load(driver: WindowDriver, body: str, headline: str = "Ein Titel") -> ArticleForm:
    """Open an article with `body` in the window; returns the page showing it."""
    article = Article(kicker="Exklusiv", headline=headline, teaser="Zeile eins", body=body)
    driver.show_article(article)
    return driver.page


def _viewport_origin(page: ArticleForm) -> QPoint:
    return page.body.viewport().mapTo(page, QPoint(0, 0))


def _first_line_top(page: ArticleForm) -> int:
    """Top of the body's first line, in page coordinates."""
    rect = page.body.cursorRect(QTextCursor(page.body.document()))
    return rect.top() + _viewport_origin(page).y()


def test_scroll_range_reaches_above_the_document_by_the_header(driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    assert page.header.inset() == page.header.height() > 50
    assert bar.minimum() == -page.header.inset()
    assert bar.value() == bar.minimum()
    assert page.header.geometry().top() == _viewport_origin(page).y()


def test_header_moves_with_the_scroll_value(driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    origin = _viewport_origin(page)
    for value in (bar.minimum(), bar.minimum() // 2, 0, 40, 900):
        bar.setValue(value)
        geometry = page.header.geometry()
        assert geometry.top() == origin.y() - page.header.inset() - value
        assert geometry.left() == origin.x()
        assert geometry.width() == page.body.viewport().width()


def test_first_line_is_never_under_the_header(qtbot: QtBot, driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    for value in (bar.minimum(), bar.minimum() + 7, -1, 0, 300):
        bar.setValue(value)
        assert page.header.geometry().bottom() < _first_line_top(page)
    bar.setValue(bar.minimum())
    header_top = page.header.geometry().top()
    short_inset = page.header.inset()
    driver.type_at_end(" und noch viel mehr Worte, bis die Zeile umbricht" * 2, into="headline")
    qtbot.waitUntil(lambda: page.header.inset() > short_inset)
    assert page.header.geometry().top() == header_top
    assert page.header.geometry().bottom() < _first_line_top(page)


def test_loading_shows_the_top_of_the_page(driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    bar.setValue(2000)
    _load(driver, LONG_BODY, headline="Ein anderer Titel")
    assert bar.value() == bar.minimum() == -page.header.inset()


def test_a_long_body_opens_at_its_top_and_the_range_follows_its_layout(
    qtbot: QtBot, driver: WindowDriver
) -> None:
    page = _load(driver, "\n\n".join([LONG_BODY] * 12))  # laid out in steps by Qt
    body = page.body
    cursor = body.textCursor()
    assert (cursor.position(), cursor.hasSelection()) == (0, False)
    bar = body.verticalScrollBar()
    layout = body.document().documentLayout()

    def page_end() -> int:
        return layout.documentSize().toSize().height() - body.viewport().height()

    qtbot.waitUntil(lambda: bar.maximum() == page_end())
    assert bar.minimum() == -page.header.inset()


def test_a_short_body_does_not_scroll(driver: WindowDriver) -> None:
    page = _load(driver, "Nur ein Satz.")
    bar = page.body.verticalScrollBar()
    assert bar.minimum() == bar.maximum() == -page.header.inset()


def test_typewriter_scrolling_keeps_the_header_in_the_range(driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    normal = (bar.minimum(), bar.maximum())
    page.body.set_typewriter_scrolling(True)
    assert bar.minimum() == -page.header.inset()
    assert bar.maximum() == normal[1] + page.body.viewport().height() // 2
    page.body.set_typewriter_scrolling(False)
    assert (bar.minimum(), bar.maximum()) == normal


def test_tab_order_and_keys_stay_in_the_header(driver: WindowDriver) -> None:
    _load(driver, LONG_BODY)
    body_text = driver.text()
    driver.focus("kicker")
    driver.key(Qt.Key.Key_Return)
    driver.key(Qt.Key.Key_Down)
    assert driver.text() == body_text
    assert driver.text("kicker") == "Exklusiv"
    for following in ("headline", "teaser", "body"):
        driver.key(Qt.Key.Key_Tab)
        assert driver.has_focus(following)
    assert driver.fields_text() == ["Exklusiv", "Ein Titel", "Zeile eins", body_text]


def test_keyboard_focus_scrolls_the_header_back(qtbot: QtBot, driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    bar.setValue(1500)
    page.teaser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bar.value() == bar.minimum())


def test_clicking_into_the_headline_edits_it(qtbot: QtBot, driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    driver.click(page.headline.viewport(), QPoint(4, 10))
    qtbot.waitUntil(lambda: driver.has_focus("headline"))
    driver.type("Neu: ", into="headline")
    assert driver.text("headline") == "Neu: Ein Titel"


def test_wheel_over_the_header_scrolls_the_page(driver: WindowDriver) -> None:
    page = _load(driver, LONG_BODY)
    bar = page.body.verticalScrollBar()
    start = bar.value()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(page.header.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    # Qt passes a spontaneous wheel event the kicker ignores on to its parent, the
    # header; a synthesized one is not passed on, so it goes to the header directly.
    QApplication.sendEvent(page.header, wheel)
    assert bar.value() > start


def test_placeholder_sits_on_the_first_line_below_the_header(driver: WindowDriver) -> None:
    page = _load(driver, "")
    placeholder = page.findChild(PagePlaceholder)
    assert placeholder is not None and placeholder.isVisible()
    assert placeholder.text()
    top = placeholder.mapTo(page, QPoint(0, 0)).y()
    assert page.header.geometry().bottom() < top
    assert abs(top - _first_line_top(page)) <= 2
    driver.type("A")
    assert driver.text() == "A"
    assert not placeholder.isVisible()
