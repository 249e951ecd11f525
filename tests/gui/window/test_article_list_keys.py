"""The article list is browsed with the keyboard and never types into a story: choosing
an article leaves the focus in the list; Enter or a double-click moves it into the body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
StoredTexts = dict[str, tuple[str, str, str, int]]


def stored_texts(library: Library) -> StoredTexts:
    """Every article's text fields and version, as they are on disk."""
    texts = {}
    for summary in library.list_articles():
        article = library.get(summary.id)
        texts[article.id] = (article.headline, article.teaser, article.body, article.version)
    return texts


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.article_list
    rect = view.visualRect(view.list_model.index(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def row_of_current(window: MainWindow) -> int:
    assert window.client.wait_for_reads(5.0)  # the list's choice opens in the background
    return window.article_list.list_model.row_of(window.article.id)


def unique_prefix_row(window: MainWindow, avoid: int) -> tuple[int, str]:
    """A row (not `avoid`) whose headline starts with letters no other headline starts with."""
    model = window.article_list.list_model
    headlines = [str(model.data(model.index(row))) for row in range(model.rowCount())]
    for row, headline in enumerate(headlines):
        prefix = headline[:4]
        others = [h for number, h in enumerate(headlines) if number != row]
        if row != avoid and not any(h.lower().startswith(prefix.lower()) for h in others):
            return row, prefix
    raise AssertionError("no headline with a unique prefix")


@pytest.fixture
def before(main_window: MainWindow, sample_library: Library) -> StoredTexts:
    main_window.persist_blocking()
    return stored_texts(sample_library)


def assert_nothing_changed(window: MainWindow, library: Library, before: StoredTexts) -> None:
    assert not window.autosaver.is_dirty
    window.persist_blocking()
    assert stored_texts(library) == before


def test_type_ahead_opens_an_article_and_types_nothing_into_it(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, before: StoredTexts
) -> None:
    click_row(qtbot, main_window, row_of_current(main_window))
    row, prefix = unique_prefix_row(main_window, row_of_current(main_window))
    QTest.keyClicks(main_window.article_list, prefix)
    assert row_of_current(main_window) == row
    assert QApplication.focusWidget() is main_window.article_list
    assert_nothing_changed(main_window, sample_library, before)


def test_arrows_page_keys_home_and_end_browse(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, before: StoredTexts
) -> None:
    view = main_window.article_list
    last = view.list_model.rowCount() - 1
    click_row(qtbot, main_window, 0)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert row_of_current(main_window) == 2
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert row_of_current(main_window) == 1
    QTest.keyClick(view, Qt.Key.Key_End)
    assert row_of_current(main_window) == last
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert row_of_current(main_window) == 0
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert row_of_current(main_window) > 0
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert row_of_current(main_window) == 0
    assert QApplication.focusWidget() is view
    assert main_window.form.headline.text() == sample_library.get(main_window.article.id).headline
    assert_nothing_changed(main_window, sample_library, before)


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
    qtbot: QtBot,
    main_window: MainWindow,
    sample_library: Library,
    before: StoredTexts,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    QApplication.clipboard().setText("EINGEFÜGT")
    body = main_window.form.body
    body.selectAll()  # what Ctrl+X, Ctrl+B or Ctrl+2 would act on
    click_row(qtbot, main_window, 1)
    body.selectAll()
    QTest.keyClick(main_window.article_list, key, modifiers)
    assert "EINGEFÜGT" not in body.toPlainText()
    assert_nothing_changed(main_window, sample_library, before)


def test_enter_moves_the_focus_into_the_body(qtbot: QtBot, main_window: MainWindow) -> None:
    click_row(qtbot, main_window, 0)
    QTest.keyClick(main_window.article_list, Qt.Key.Key_Down)
    QTest.keyClick(main_window.article_list, Qt.Key.Key_Return)
    assert row_of_current(main_window) == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.form.body)


def test_double_click_moves_the_focus_into_the_body(qtbot: QtBot, main_window: MainWindow) -> None:
    view = main_window.article_list
    rect = view.visualRect(view.list_model.index(2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert row_of_current(main_window) == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.form.body)


def test_clicking_the_open_article_keeps_its_text(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, before: StoredTexts
) -> None:
    click_row(qtbot, main_window, row_of_current(main_window))
    QTest.keyClicks(main_window.article_list, "xqz")  # matches no headline
    assert QApplication.focusWidget() is main_window.article_list
    assert isinstance(main_window.article_list.currentIndex(), QModelIndex)
    assert_nothing_changed(main_window, sample_library, before)


def test_find_opens_from_the_list_and_formatting_does_not(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    click_row(qtbot, main_window, 1)
    registry = main_window.registry
    assert not registry["format.bold"].isEnabled()
    assert registry["edit.find"].isEnabled() and registry["edit.replace"].isEnabled()
    QTest.keyClick(main_window.article_list, Qt.Key.Key_H, CTRL)
    bar = main_window.form.find_bar
    assert bar.isVisible() and bar.is_replacing()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.find_field)
