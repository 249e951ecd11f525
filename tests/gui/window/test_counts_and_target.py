"""Status-bar counts (teaser + body, selection) and the target-length indicator."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.domain import article_metrics_from, measure_article, measure_text
from editor.ui.article.status_counts import BlockMetricsCache
from tests.gui.driver import WindowDriver


def fresh(driver: WindowDriver) -> None:
    driver.new_article()
    driver.focus("body")


def test_counts_follow_typing(qtbot: QtBot, driver: WindowDriver) -> None:
    fresh(driver)
    driver.type("Drei kleine Worte")
    qtbot.waitUntil(lambda: driver.counts_text().startswith("3 words"))
    assert "17 characters" in driver.counts_text()
    assert "15 without spaces" in driver.counts_text()
    assert "1 min read" in driver.counts_text()


def test_teaser_counts_too(qtbot: QtBot, driver: WindowDriver) -> None:
    fresh(driver)
    driver.type("eins zwei")
    driver.type("drei", into="teaser")
    qtbot.waitUntil(lambda: driver.counts.metrics.words == 3)
    assert driver.counts_text().startswith("3 words")


def test_one_word_is_singular(qtbot: QtBot, driver: WindowDriver) -> None:
    fresh(driver)
    driver.type("Allein")
    qtbot.waitUntil(lambda: driver.counts.metrics.words == 1)
    assert driver.counts_text().startswith("1 word ·"), driver.counts_text()


def test_selection_counts(driver: WindowDriver) -> None:
    fresh(driver)
    driver.type("alpha beta gamma")
    selection_label = driver.counts.selection_label
    assert not selection_label.isVisibleTo(driver.window)
    driver.select(0, 10)
    selection = driver.counts.selection
    assert selection is not None
    assert (selection.words, selection.chars_with_spaces) == (2, 10)
    assert selection_label.isVisibleTo(driver.window)
    assert selection_label.text().startswith("Selection: 2 words, 10 characters")


def test_opened_article_is_counted_at_once(driver: WindowDriver) -> None:
    expected = measure_text(driver.text("teaser")).words + measure_text(driver.text()).words
    assert expected > 50
    assert driver.counts.metrics.words == expected


def test_target_indicator_turns_red_when_over(qtbot: QtBot, driver: WindowDriver) -> None:
    fresh(driver)
    bar = driver.counts.target_bar
    assert not bar.isVisibleTo(driver.window)
    driver.details.target.setValue(4)
    assert bar.isVisibleTo(driver.window)
    driver.type("eins zwei")
    qtbot.waitUntil(lambda: bar.format() == "2 / 4 words")
    assert bar.property("targetState") == "under"
    driver.type(" drei vier")
    qtbot.waitUntil(lambda: bar.format() == "4 / 4 words")
    assert bar.property("targetState") == "near"
    assert not driver.counts.over_target
    driver.type(" fuenf")
    qtbot.waitUntil(lambda: driver.counts.over_target)
    assert bar.property("targetState") == "over"
    assert bar.value() == 100
    pixel = bar.grab().toImage().pixelColor(bar.width() // 4, bar.height() // 2)
    assert pixel.red() > 150 and pixel.green() < 100, pixel.name()


def test_target_in_characters(qtbot: QtBot, driver: WindowDriver) -> None:
    fresh(driver)
    driver.details.target_unit.setCurrentIndex(1)
    driver.details.target.setValue(10)
    driver.type("abcdefghijk")
    qtbot.waitUntil(lambda: driver.counts.over_target)
    assert driver.counts.target_bar.format() == "11 / 10 characters"


def test_block_cache_counts_like_the_whole_article(driver: WindowDriver) -> None:
    document = driver.body.document()
    cache = BlockMetricsCache()
    first = cache.measure(document)
    again = cache.measure(document)
    assert first == again
    assert measure_text(document.toPlainText()).words > 50
    assert article_metrics_from(measure_text("Vorspann"), first) == measure_article(
        "Vorspann", document.toPlainText()
    )
