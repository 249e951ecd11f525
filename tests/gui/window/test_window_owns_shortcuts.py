"""In the main window the actions alone own their keys: a shortcut cleared or moved in the
shortcuts editor stops working in the body and the find bar too. Also Find Next/Previous
(F3/Shift+F3) from the body, and the two shortcut menu items with their distinct names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from editor.ui.actions.shortcuts_dialog import ShortcutsDialog
from tests.gui.driver import WindowDriver

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TEXT = "cat dog cat dog cat"


def open_shortcuts_dialog(qtbot: QtBot, driver: WindowDriver) -> ShortcutsDialog:
    """Open the shortcuts editor from the Edit menu."""
    driver.trigger("app.shortcuts")
    dialog = driver.window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def close_with_ok(qtbot: QtBot, dialog: ShortcutsDialog) -> None:
    with qtbot.waitSignal(dialog.destroyed):  # WA_DeleteOnClose
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def body_text(driver: WindowDriver) -> WindowDriver:
    """The window on a fresh article with TEXT typed in the body, which has focus."""
    driver.new_article()
    driver.type(TEXT)
    assert driver.text() == TEXT, "the typing arrived in the body"
    return driver


def test_bold_shortcut_cleared_or_moved_in_the_dialog(
    qtbot: QtBot, body_text: WindowDriver
) -> None:
    driver, body = body_text, body_text.body
    dialog = open_shortcuts_dialog(qtbot, driver)
    dialog.table.setCurrentItem(dialog.item_for("format.bold"))
    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    close_with_ok(qtbot, dialog)
    driver.focus("body")
    driver.select_all()
    driver.press("Ctrl+B")
    assert not body.format_state().bold
    assert driver.markdown().strip() == TEXT  # nothing bolded, nothing typed
    dialog = open_shortcuts_dialog(qtbot, driver)
    dialog.table.setCurrentItem(dialog.item_for("format.italic"))
    dialog.key_edit.setFocus()
    driver.key(Qt.Key.Key_B, CTRL, into=dialog.key_edit)
    assert not dialog.conflict_frame.isVisible()  # Bold no longer has Ctrl+B
    close_with_ok(qtbot, dialog)
    driver.focus("body")
    driver.select_all()
    driver.press("Ctrl+B")
    state = body.format_state()
    assert state.italic and not state.bold
    assert driver.markdown().strip() == f"*{TEXT}*"
    driver.press("Ctrl+I")  # Italic gave Ctrl+I up for Ctrl+B
    assert body.format_state().italic
    assert driver.markdown().strip() == f"*{TEXT}*"


def test_find_next_and_previous_from_the_body(qtbot: QtBot, body_text: WindowDriver) -> None:
    driver, bar = body_text, body_text.find_bar
    edit_menu = driver.window.menuBar().findChild(QMenu, "menu.edit")
    assert edit_menu is not None
    ids = [action.objectName() for action in edit_menu.actions()]
    assert ids.index("edit.find") + 1 == ids.index("edit.find_next")
    assert ids.index("edit.find_next") + 1 == ids.index("edit.find_previous")
    assert driver.action("edit.find_next").text() == "Find &Next"
    assert driver.action("edit.find_next").shortcut() == QKeySequence("F3")
    assert driver.action("edit.find_previous").shortcut() == QKeySequence("Shift+F3")
    driver.press("Ctrl+F")
    qtbot.waitUntil(bar.isVisible)
    QTest.keyClicks(bar.find_field, "cat")
    assert bar.status_text() == "1 of 3"
    driver.key(Qt.Key.Key_F3, into=bar.find_field)
    assert bar.status_text() == "2 of 3"  # one step: the action, not the bar as well
    driver.focus("body")
    driver.press("F3")
    assert driver.selection() == (16, "cat") and bar.status_text() == "3 of 3"
    assert driver.has_focus("body")
    driver.press("Shift+F3")
    assert driver.selection() == (8, "cat")
    driver.key(Qt.Key.Key_Escape, into=bar.find_field)
    assert not bar.isVisible()
    driver.focus("body")
    driver.put_caret(0)
    driver.press("F3")
    assert bar.isVisible()  # back, with the last query
    assert bar.find_field.text() == "cat"
    assert driver.selection() == (0, "cat") and bar.status_text() == "1 of 3"
    assert driver.has_focus("body")
    driver.trigger("edit.find_previous")
    assert driver.selection() == (16, "cat")  # wrapped backwards
    assert driver.text() == TEXT


def test_find_next_without_a_query_opens_the_bar(qtbot: QtBot, body_text: WindowDriver) -> None:
    driver, bar = body_text, body_text.find_bar
    assert bar.find_field.text() == ""
    driver.press("F3")
    qtbot.waitUntil(lambda: driver.focused() is bar.find_field)
    assert bar.find_field.text() == "" and bar.status_text() == ""
    assert driver.selection() == (len(TEXT), "")  # nothing stepped to
    assert driver.text() == TEXT


def test_f3_moved_elsewhere_no_longer_steps_in_the_bar(
    qtbot: QtBot, body_text: WindowDriver
) -> None:
    driver, bar = body_text, body_text.find_bar
    driver.window.registry.apply_shortcuts({"edit.find_next": "F4", "edit.find_previous": ""})
    driver.press("Ctrl+F")
    qtbot.waitUntil(bar.isVisible)
    QTest.keyClicks(bar.find_field, "cat")
    driver.key(Qt.Key.Key_F3, into=bar.find_field)
    assert bar.status_text() == "1 of 3"
    driver.key(Qt.Key.Key_F3, SHIFT, into=bar.find_field)
    assert bar.status_text() == "1 of 3"
    driver.key(Qt.Key.Key_F4, into=bar.find_field)
    assert bar.status_text() == "2 of 3"
    driver.key(Qt.Key.Key_Return, SHIFT, into=bar.find_field)  # the bar's own keys stay
    assert bar.status_text() == "1 of 3"


def test_reference_and_editor_have_distinct_names(qtbot: QtBot, driver: WindowDriver) -> None:
    window, registry = driver.window, driver.window.registry
    assert registry["help.shortcuts"].text() == "Keyboard Shortcut &Reference"
    assert registry["app.shortcuts"].text() == "Customize Keyboard &Shortcuts…"
    driver.focus("body")
    driver.press("F1")
    reference = window.findChild(QDialog, "shortcutReference")
    assert reference is not None
    qtbot.waitExposed(reference)
    reference_title = reference.windowTitle()
    assert reference_title == "Keyboard Shortcut Reference"
    rows = dict(registry.shortcut_table())
    assert rows["Find Next"].startswith("F3") and rows["Find Previous"].startswith("Shift+F3")
    assert rows["Keyboard Shortcut Reference"].startswith("F1")
    customize = reference.findChild(QPushButton, "customizeShortcuts")
    assert customize is not None and customize.text() == "&Customize…"
    with qtbot.waitSignal(reference.finished):
        QTest.mouseClick(customize, Qt.MouseButton.LeftButton)
    editor = window.findChild(ShortcutsDialog)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "Customize Keyboard Shortcuts" != reference_title
    editor.reject()
