"""The article list is browsed with the keyboard and never types into a story: choosing
an article leaves the focus in the list; Enter or a double-click moves it into the body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from tests.gui.driver import WindowDriver

CTRL = Qt.KeyboardModifier.ControlModifier
StoredTexts = dict[str, tuple[str, str, str, int]]


def stored_texts(library: Library) -> StoredTexts:
    """Every article's text fields and version, as they are on disk."""
    texts = {}
    for summary in library.list_articles():
        article = library.get(summary.id)
        texts[article.id] = (article.headline, article.teaser, article.body, article.version)
    return texts


def unique_prefix_row(driver: WindowDriver, avoid: int) -> tuple[int, str]:
    """A row (not `avoid`) whose headline starts with letters no other headline starts with."""
    headlines = driver.listed_headlines()
    for row, headline in enumerate(headlines):
        prefix = headline[:4]
        others = [h for number, h in enumerate(headlines) if number != row]
        if row != avoid and not any(h.lower().startswith(prefix.lower()) for h in others):
            return row, prefix
    raise AssertionError("no headline with a unique prefix")


@pytest.fixture
def before(driver: WindowDriver, sample_library: Library) -> StoredTexts:
    driver.store_everything()
    return stored_texts(sample_library)


def assert_nothing_changed(driver: WindowDriver, library: Library, before: StoredTexts) -> None:
    assert not driver.has_unsaved_edits()
    driver.store_everything()
    assert stored_texts(library) == before


def test_type_ahead_opens_an_article_and_types_nothing_into_it(
    driver: WindowDriver, sample_library: Library, before: StoredTexts
) -> None:
    driver.click_row(driver.row_of_open_article())
    row, prefix = unique_prefix_row(driver, driver.row_of_open_article())
    QTest.keyClicks(driver.article_list, prefix)
    assert driver.row_of_open_article() == row
    assert driver.focused() is driver.article_list
    assert_nothing_changed(driver, sample_library, before)


def test_arrows_page_keys_home_and_end_browse(
    driver: WindowDriver, sample_library: Library, before: StoredTexts
) -> None:
    view = driver.article_list
    last = len(driver.listed_ids()) - 1
    driver.click_row(0)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert driver.row_of_open_article() == 2
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert driver.row_of_open_article() == 1
    QTest.keyClick(view, Qt.Key.Key_End)
    assert driver.row_of_open_article() == last
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert driver.row_of_open_article() == 0
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert driver.row_of_open_article() > 0
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert driver.row_of_open_article() == 0
    assert driver.focused() is view
    assert driver.text("headline") == sample_library.get(driver.article_id).headline
    assert_nothing_changed(driver, sample_library, before)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_B, CTRL),
        (Qt.Key.Key_I, CTRL),
        (Qt.Key.Key_2, CTRL),
        (Qt.Key.Key_V, CTRL),
        (Qt.Key.Key_X, CTRL),
        (Qt.Key.Key_Z, CTRL),
        (Qt.Key.Key_K, CTRL),
    ],
)
def test_no_key_in_the_list_changes_an_article(
    driver: WindowDriver,
    sample_library: Library,
    before: StoredTexts,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    QApplication.clipboard().setText("EINGEFÜGT")
    driver.select_all()  # what Ctrl+X, Ctrl+B or Ctrl+2 would act on
    driver.click_row(1)
    driver.select_all()
    driver.key(key, modifiers, into=driver.article_list)
    assert "EINGEFÜGT" not in driver.text()
    assert_nothing_changed(driver, sample_library, before)


def test_enter_moves_the_focus_into_the_body(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.click_row(0)
    opened = driver.wait_until_opened(lambda: driver.key(Qt.Key.Key_Down, into=driver.article_list))
    assert opened == driver.listed_ids()[1]
    assert not driver.has_focus("body"), "browsing keeps the focus in the list"
    driver.key(Qt.Key.Key_Return, into=driver.article_list)
    assert driver.row_of_open_article() == 1
    qtbot.waitUntil(lambda: driver.has_focus("body"))


def test_double_click_moves_the_focus_into_the_body(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.double_click_row(2)
    assert driver.row_of_open_article() == 2
    qtbot.waitUntil(lambda: driver.has_focus("body"))


def test_clicking_the_open_article_keeps_its_text(
    driver: WindowDriver, sample_library: Library, before: StoredTexts
) -> None:
    row = driver.row_of_open_article()
    opened = driver.article_id
    driver.click_row(row)
    QTest.keyClicks(driver.article_list, "xqz")  # matches no headline
    assert driver.focused() is driver.article_list
    assert driver.selected_id() == opened == driver.article_id
    assert_nothing_changed(driver, sample_library, before)


def test_find_opens_from_the_list_and_formatting_does_not(
    qtbot: QtBot, driver: WindowDriver
) -> None:
    driver.click_row(1)
    assert not driver.is_enabled("format.bold")
    assert driver.is_enabled("edit.find") and driver.is_enabled("edit.replace")
    driver.key(Qt.Key.Key_H, CTRL, into=driver.article_list)
    bar = driver.find_bar
    assert bar.isVisible() and bar.is_replacing()
    qtbot.waitUntil(lambda: driver.focused() is bar.find_field)
