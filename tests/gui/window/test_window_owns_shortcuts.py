"""In the main window the actions alone own their keys: a shortcut cleared or moved in the
shortcuts editor stops working in the body and the find bar too. Also Find Next/Previous
(F3/Shift+F3) from the body, and the two shortcut menu items with their distinct names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.main_window import MainWindow
from editor.ui.shortcuts_dialog import ShortcutsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TEXT = "cat dog cat dog cat"


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    QTest.keyClick(widget, key, modifiers)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def open_shortcuts_dialog(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    """Open the shortcuts editor from the Edit menu."""
    window.registry["app.shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def close_with_ok(qtbot: QtBot, dialog: ShortcutsDialog) -> None:
    with qtbot.waitSignal(dialog.destroyed):  # WA_DeleteOnClose
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def body_text(qtbot: QtBot, main_window: MainWindow) -> MainWindow:
    """The window on a fresh article with TEXT typed in the body, which has focus."""
    main_window.new_article()
    body = main_window.form.body
    focus(qtbot, body)
    QTest.keyClicks(body, TEXT)
    return main_window


def select_all(window: MainWindow) -> None:
    cursor = window.form.body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    window.form.body.setTextCursor(cursor)


def selection(window: MainWindow) -> tuple[int, str]:
    cursor = window.form.body.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_bold_shortcut_cleared_or_moved_in_the_dialog(qtbot: QtBot, body_text: MainWindow) -> None:
    window, body = body_text, body_text.form.body
    dialog = open_shortcuts_dialog(qtbot, window)
    dialog.table.setCurrentItem(dialog.item_for("format.bold"))
    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    close_with_ok(qtbot, dialog)
    focus(qtbot, body)
    select_all(window)
    press(body, Qt.Key.Key_B)
    assert not body.format_state().bold
    assert body.markdown().strip() == TEXT  # nothing bolded, nothing typed
    dialog = open_shortcuts_dialog(qtbot, window)
    dialog.table.setCurrentItem(dialog.item_for("format.italic"))
    dialog.key_edit.setFocus()
    press(dialog.key_edit, Qt.Key.Key_B)
    assert not dialog.conflict_frame.isVisible()  # Bold no longer has Ctrl+B
    close_with_ok(qtbot, dialog)
    focus(qtbot, body)
    select_all(window)
    press(body, Qt.Key.Key_B)
    state = body.format_state()
    assert state.italic and not state.bold
    assert body.markdown().strip() == f"*{TEXT}*"
    press(body, Qt.Key.Key_I)  # Italic gave Ctrl+I up for Ctrl+B
    assert body.format_state().italic
    assert body.markdown().strip() == f"*{TEXT}*"


def test_find_next_and_previous_from_the_body(qtbot: QtBot, body_text: MainWindow) -> None:
    window, body, bar = body_text, body_text.form.body, body_text.form.find_bar
    edit_menu = window.menuBar().findChild(QMenu, "menu.edit")
    assert edit_menu is not None
    ids = [action.objectName() for action in edit_menu.actions()]
    assert ids.index("edit.find") + 1 == ids.index("edit.find_next")
    assert ids.index("edit.find_next") + 1 == ids.index("edit.find_previous")
    assert window.registry["edit.find_next"].text() == "Find &Next"
    assert window.registry["edit.find_next"].shortcut() == QKeySequence("F3")
    assert window.registry["edit.find_previous"].shortcut() == QKeySequence("Shift+F3")
    press(body, Qt.Key.Key_F)
    qtbot.waitUntil(bar.isVisible)
    QTest.keyClicks(bar.find_field, "cat")
    assert bar.status_text() == "1 of 3"
    press(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert bar.status_text() == "2 of 3"  # one step: the action, not the bar as well
    focus(qtbot, body)
    press(body, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert selection(window) == (16, "cat") and bar.status_text() == "3 of 3"
    assert QApplication.focusWidget() is body
    press(body, Qt.Key.Key_F3, SHIFT)
    assert selection(window) == (8, "cat")
    QTest.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    focus(qtbot, body)
    body.moveCursor(QTextCursor.MoveOperation.Start)
    press(body, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert bar.isVisible()  # back, with the last query
    assert bar.find_field.text() == "cat"
    assert selection(window) == (0, "cat") and bar.status_text() == "1 of 3"
    assert QApplication.focusWidget() is body
    window.registry["edit.find_previous"].trigger()
    assert selection(window) == (16, "cat")  # wrapped backwards


def test_find_next_without_a_query_opens_the_bar(qtbot: QtBot, body_text: MainWindow) -> None:
    window, body, bar = body_text, body_text.form.body, body_text.form.find_bar
    assert bar.find_field.text() == ""
    press(body, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.find_field)
    assert bar.find_field.text() == "" and bar.status_text() == ""
    assert selection(window) == (len(TEXT), "")  # nothing stepped to
    assert body.toPlainText() == TEXT


def test_f3_moved_elsewhere_no_longer_steps_in_the_bar(qtbot: QtBot, body_text: MainWindow) -> None:
    window, body, bar = body_text, body_text.form.body, body_text.form.find_bar
    window.registry.apply_shortcuts({"edit.find_next": "F4", "edit.find_previous": ""})
    press(body, Qt.Key.Key_F)
    qtbot.waitUntil(bar.isVisible)
    QTest.keyClicks(bar.find_field, "cat")
    press(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert bar.status_text() == "1 of 3"
    press(bar.find_field, Qt.Key.Key_F3, SHIFT)
    assert bar.status_text() == "1 of 3"
    press(bar.find_field, Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
    assert bar.status_text() == "2 of 3"
    press(bar.find_field, Qt.Key.Key_Return, SHIFT)  # the bar's own keys stay
    assert bar.status_text() == "1 of 3"


def test_reference_and_editor_have_distinct_names(qtbot: QtBot, main_window: MainWindow) -> None:
    registry = main_window.registry
    assert registry["help.shortcuts"].text() == "Keyboard Shortcut &Reference"
    assert registry["app.shortcuts"].text() == "Customize Keyboard &Shortcuts…"
    press(main_window.form.body, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    reference = main_window.findChild(QDialog, "shortcutReference")
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
    editor = main_window.findChild(ShortcutsDialog)
    assert editor is not None
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "Customize Keyboard Shortcuts" != reference_title
    editor.reject()
