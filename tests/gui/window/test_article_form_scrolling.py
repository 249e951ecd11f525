"""Header and body scroll as one page: the header (kicker, headline, teaser) sits above
the body's first line, moves with the body's scroll bar and never covers the text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.ui.article_form import ArticleForm
from editor.ui.scrolling_header import PagePlaceholder
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


def _viewport_origin(form: ArticleForm) -> QPoint:
    return form.body.viewport().mapTo(form, QPoint(0, 0))


def _first_line_top(form: ArticleForm) -> int:
    """Top of the body's first line, in form coordinates."""
    rect = form.body.cursorRect(QTextCursor(form.body.document()))
    return rect.top() + _viewport_origin(form).y()


def test_scroll_range_reaches_above_the_document_by_the_header(driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    assert form.header.inset() == form.header.height() > 50
    assert bar.minimum() == -form.header.inset()
    assert bar.value() == bar.minimum()
    assert form.header.geometry().top() == _viewport_origin(form).y()


def test_header_moves_with_the_scroll_value(driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    origin = _viewport_origin(form)
    for value in (bar.minimum(), bar.minimum() // 2, 0, 40, 900):
        bar.setValue(value)
        geometry = form.header.geometry()
        assert geometry.top() == origin.y() - form.header.inset() - value
        assert geometry.left() == origin.x()
        assert geometry.width() == form.body.viewport().width()


def test_first_line_is_never_under_the_header(qtbot: QtBot, driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    for value in (bar.minimum(), bar.minimum() + 7, -1, 0, 300):
        bar.setValue(value)
        assert form.header.geometry().bottom() < _first_line_top(form)
    bar.setValue(bar.minimum())
    header_top = form.header.geometry().top()
    short_inset = form.header.inset()
    driver.type_at_end(" und noch viel mehr Worte, bis die Zeile umbricht" * 2, into="headline")
    qtbot.waitUntil(lambda: form.header.inset() > short_inset)
    assert form.header.geometry().top() == header_top
    assert form.header.geometry().bottom() < _first_line_top(form)


def test_loading_shows_the_top_of_the_page(driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    bar.setValue(2000)
    _load(driver, LONG_BODY, headline="Ein anderer Titel")
    assert bar.value() == bar.minimum() == -form.header.inset()


def test_a_short_body_does_not_scroll(driver: WindowDriver) -> None:
    form = _load(driver, "Nur ein Satz.")
    bar = form.body.verticalScrollBar()
    assert bar.minimum() == bar.maximum() == -form.header.inset()


def test_typewriter_scrolling_keeps_the_header_in_the_range(driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    normal = (bar.minimum(), bar.maximum())
    form.body.set_typewriter_scrolling(True)
    assert bar.minimum() == -form.header.inset()
    assert bar.maximum() == normal[1] + form.body.viewport().height() // 2
    form.body.set_typewriter_scrolling(False)
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
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    bar.setValue(1500)
    form.teaser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bar.value() == bar.minimum())


def test_clicking_into_the_headline_edits_it(qtbot: QtBot, driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    driver.click(form.headline.viewport(), QPoint(4, 10))
    qtbot.waitUntil(lambda: driver.has_focus("headline"))
    driver.type("Neu: ", into="headline")
    assert driver.text("headline") == "Neu: Ein Titel"


def test_wheel_over_the_header_scrolls_the_page(driver: WindowDriver) -> None:
    form = _load(driver, LONG_BODY)
    bar = form.body.verticalScrollBar()
    start = bar.value()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(form.header.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    # Qt passes a spontaneous wheel event the kicker ignores on to its parent, the
    # header; a synthesized one is not passed on, so it goes to the header directly.
    QApplication.sendEvent(form.header, wheel)
    assert bar.value() > start


def test_placeholder_sits_on_the_first_line_below_the_header(driver: WindowDriver) -> None:
    form = _load(driver, "")
    placeholder = form.findChild(PagePlaceholder)
    assert placeholder is not None and placeholder.isVisible()
    assert placeholder.text()
    top = placeholder.mapTo(form, QPoint(0, 0)).y()
    assert form.header.geometry().bottom() < top
    assert abs(top - _first_line_top(form)) <= 2
    driver.type("A")
    assert driver.text() == "A"
    assert not placeholder.isVisible()
