"""Status-bar counts (teaser + body, selection) and the target-length indicator."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.domain import article_metrics_from, measure_article, measure_text
from editor.ui.main_window import MainWindow
from editor.ui.status_counts import BlockMetricsCache


def fresh(window: MainWindow) -> None:
    window.new_article()
    window.form.body.setFocus()


def test_counts_follow_typing(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    QTest.keyClicks(main_window.form.body, "Drei kleine Worte")
    label = main_window.counts.counts_label
    qtbot.waitUntil(lambda: label.text().startswith("3 words"))
    assert "17 characters" in label.text()
    assert "15 without spaces" in label.text()
    assert "1 min read" in label.text()


def test_teaser_counts_too(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    QTest.keyClicks(main_window.form.body, "eins zwei")
    main_window.form.teaser.setFocus()
    QTest.keyClicks(main_window.form.teaser, "drei")
    qtbot.waitUntil(lambda: main_window.counts.metrics.words == 3)


def test_one_word_is_singular(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    QTest.keyClicks(main_window.form.body, "Allein")
    qtbot.waitUntil(lambda: main_window.counts.metrics.words == 1)
    assert main_window.counts.counts_label.text().startswith("1 word ·"), (
        main_window.counts.counts_label.text()
    )


def test_selection_counts(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    body = main_window.form.body
    QTest.keyClicks(body, "alpha beta gamma")
    assert not main_window.counts.selection_label.isVisibleTo(main_window)
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    selection = main_window.counts.selection
    assert selection is not None
    assert (selection.words, selection.chars_with_spaces) == (2, 10)
    assert main_window.counts.selection_label.isVisibleTo(main_window)
    assert main_window.counts.selection_label.text().startswith("Selection: 2 words, 10 characters")


def test_opened_article_is_counted_at_once(main_window: MainWindow) -> None:
    expected = (
        measure_text(main_window.form.teaser.text()).words
        + measure_text(main_window.form.body.toPlainText()).words
    )
    assert main_window.counts.metrics.words == expected


def test_target_indicator_turns_red_when_over(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    bar = main_window.counts.target_bar
    assert not bar.isVisibleTo(main_window)
    main_window.details.target.setValue(4)
    assert bar.isVisibleTo(main_window)
    QTest.keyClicks(main_window.form.body, "eins zwei")
    qtbot.waitUntil(lambda: bar.format() == "2 / 4 words")
    assert bar.property("targetState") == "under"
    QTest.keyClicks(main_window.form.body, " drei vier")
    qtbot.waitUntil(lambda: bar.format() == "4 / 4 words")
    assert bar.property("targetState") == "near"
    assert not main_window.counts.over_target
    QTest.keyClicks(main_window.form.body, " fuenf")
    qtbot.waitUntil(lambda: main_window.counts.over_target)
    assert bar.property("targetState") == "over"
    assert bar.value() == 100
    pixel = bar.grab().toImage().pixelColor(bar.width() // 4, bar.height() // 2)
    assert pixel.red() > 150 and pixel.green() < 100, pixel.name()


def test_target_in_characters(qtbot: QtBot, main_window: MainWindow) -> None:
    fresh(main_window)
    main_window.details.target_unit.setCurrentIndex(1)
    main_window.details.target.setValue(10)
    QTest.keyClicks(main_window.form.body, "abcdefghijk")
    qtbot.waitUntil(lambda: main_window.counts.over_target)
    assert main_window.counts.target_bar.format() == "11 / 10 characters"


def test_block_cache_counts_like_the_whole_article(main_window: MainWindow) -> None:
    main_window.form.body.setPlainText("Erster Absatz, zwei.\n\n– drei Wörter hier\nEnde")
    document = main_window.form.body.document()
    cache = BlockMetricsCache()
    first = cache.measure(document)
    again = cache.measure(document)
    assert first == again
    assert article_metrics_from(measure_text("Vorspann"), first) == measure_article(
        "Vorspann", document.toPlainText()
    )
