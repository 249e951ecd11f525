"""The find bar's controls: the icon buttons and their Alt keys, tooltips naming the
keys, icons in the palette's colours, and a layout that gives the fields the room in a
narrow column; in the main window, Alt keys that no menu takes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing import find_bar_controls
from editor.ui.editing.find_replace_bar import FindReplaceBar
from tests.gui.driver import WindowDriver
from tests.gui.editing.find_bar_setup import (
    TEXT,
    body_with_find_bar,
    open_bar,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    """A body editor with its find bar below it in one window, as the main window does."""
    _window, body = body_with_find_bar(qtbot)
    yield body  # the window stays referenced until the test ends


def test_icon_buttons_step_and_toggle(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "cat")
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.status_text() == "2 of 5"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.status_text() == "1 of 5"
    qtbot.mouseClick(bar.match_case_box, Qt.MouseButton.LeftButton)
    assert bar.match_case_box.isChecked() and bar.status_text() == "1 of 3"
    bar.find_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.find_field)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(bar.find_field, Qt.Key.Key_W, alt)
    assert bar.whole_word_box.isChecked() and bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_N, alt)
    assert bar.status_text() == "2 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_P, alt)
    assert bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_C, alt)
    assert not bar.match_case_box.isChecked() and bar.status_text() == "2 of 4"
    assert QApplication.focusWidget() is bar.find_field  # the Alt keys leave it there
    assert bar.find_field.text() == "cat"


def test_tooltips_name_the_keys(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor)
    assert bar.previous_button.toolTip() == "Previous match (Shift+F3)"
    assert bar.next_button.toolTip() == "Next match (F3)"
    assert bar.match_case_box.toolTip() == "Match case (Alt+C)"
    assert bar.whole_word_box.toolTip() == "Whole words (Alt+W)"
    # Where the window's actions own the keys, the tooltips show what they use now.
    find_next = QAction(editor.window())
    find_next.setObjectName("edit.find_next")
    find_next.setShortcut("F4")
    editor.set_window_owns_shortcuts(True)
    bar.close_bar()
    editor.show_find(replace=False)
    assert bar.next_button.toolTip() == "Next match (F4)"
    assert bar.previous_button.toolTip() == "Previous match (Shift+Enter)"  # no action
    find_next.setShortcut("F6")  # changed while the bar is open: read when the tip shows
    tip = QEvent(QEvent.Type.ToolTip)  # (not sent: showing a tip warns offscreen)
    assert not bar.eventFilter(bar.next_button, tip)
    assert bar.next_button.toolTip() == "Next match (F6)"


def test_icons_follow_the_palette(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor)
    palette = editor.window().palette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#c00000"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#00a000"))
    editor.window().setPalette(palette)  # as a theme switch sets the application's
    for button in (bar.previous_button, bar.next_button, bar.match_case_box, bar.whole_word_box):
        for mode, colour in ((QIcon.Mode.Normal, "#c00000"), (QIcon.Mode.Disabled, "#00a000")):
            image = button.icon().pixmap(QSize(24, 24), 1.0, mode).toImage()
            pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
            assert {pixel.name() for pixel in pixels if pixel.alpha() == 255} == {colour}


def assert_fits(bar: FindReplaceBar, width: int) -> None:
    """The fields get the room, and every shown part of the bar its size hint, inside."""
    layout = bar.layout()
    assert layout is not None
    layout.activate()  # lay out a row just shown and the latest status now
    assert bar.width() == width
    assert bar.find_field.width() >= min(160 + width - 580, find_bar_controls.FIELD_MAX_WIDTH)
    shown = [child for child in bar.findChildren(QWidget) if child.parent() is bar]
    shown = [child for child in shown if child.isVisible()]
    assert len(shown) == (10 if bar.is_replacing() else 7)
    if bar.is_replacing():
        assert bar.replace_field.width() == bar.find_field.width()
    for child in shown:
        hint, name = child.sizeHint(), child.objectName() or child.metaObject().className()
        assert bar.rect().contains(child.geometry()), name
        assert child.width() >= hint.width() and child.height() >= hint.height(), name


@pytest.mark.parametrize("width", [580, 1000])
def test_fields_get_the_room_and_nothing_is_clipped(
    qtbot: QtBot, editor: BodyEditor, width: int
) -> None:
    """580 px is the body's column in a 1024 px window with both side panels open."""
    window = editor.window()
    window.setFixedWidth(width)
    window_layout = window.layout()
    assert window_layout is not None
    window_layout.setContentsMargins(0, 0, 0, 0)
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "cat")
    assert_fits(bar, width)
    editor.show_find(replace=True)
    bar.replace_field.setText("dog")
    assert_fits(bar, width)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_End)
    qtbot.keyClicks(bar.find_field, "x")
    assert bar.status_text() == "No matches"
    assert_fits(bar, width)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    bar.replace_all()
    assert bar.status_text() == "Replaced 5 time(s)"  # the longest status
    assert_fits(bar, width)


# -- in the main window ----------------------------------------------------------------


def alt_key(text: str) -> str:
    """The key a mnemonic in ``text`` takes ("Alt+L" for "Replace A&ll"), "" for none."""
    return QKeySequence.mnemonic(text).toString()


def test_the_bar_alt_keys_clash_with_no_menu(driver: WindowDriver) -> None:
    menus = [alt_key(action.text()) for action in driver.window.menuBar().actions()]
    assert "Alt+A" in menus and "" not in menus  # &Article, and every menu has one
    bar = driver.find_bar
    mnemonics = [alt_key(button.text()) for button in bar.findChildren(QPushButton)]
    shortcuts = [shortcut.key().toString() for shortcut in bar.findChildren(QShortcut)]
    assert sorted(mnemonics) == ["Alt+L", "Alt+R"]
    assert sorted(shortcuts) == ["Alt+C", "Alt+N", "Alt+P", "Alt+W"]
    assert not set(mnemonics + shortcuts) & set(menus)


def test_alt_l_replaces_all_in_the_main_window(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.new_article()
    bar = driver.find_bar
    driver.type(TEXT)
    assert driver.text() == TEXT
    driver.press("Ctrl+H")  # Replace
    qtbot.waitUntil(lambda: driver.focused() is bar.find_field)
    assert bar.is_replacing()
    QTest.keyClicks(bar.find_field, "cat")
    driver.focus(bar.replace_field)
    QTest.keyClicks(bar.replace_field, "dog")
    driver.key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier, into=bar.replace_field)
    qtbot.waitUntil(lambda: driver.text() == "dog dogalog dog. dog scan; the dog sat.")
    assert bar.status_text() == "Replaced 5 time(s)"
    assert QApplication.activePopupWidget() is None  # no menu opened instead
