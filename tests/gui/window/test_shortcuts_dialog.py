"""The Customize Keyboard Shortcuts dialog: record, clear, reset, conflicts, filter, Esc,
OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.actions.registry import ACTION_SPECS, ActionRegistry, default_shortcuts
from editor.ui.actions.shortcuts_dialog import ShortcutsDialog
from editor.ui.qt.settings import Preferences
from tests.gui.driver import WindowDriver

OpenDialog = Callable[..., ShortcutsDialog]


@pytest.fixture
def preferences_path(tmp_path: Path) -> Path:
    return tmp_path / "preferences.ini"


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def open_dialog(qtbot: QtBot, owner: QWidget, preferences_path: Path) -> OpenDialog:
    """Open the dialog (modal, not blocking) on a registry built from stored overrides."""

    def opener(stored: Mapping[str, str] | None = None) -> ShortcutsDialog:
        preferences = Preferences(preferences_path)
        for action_id, keys in (stored or {}).items():
            preferences.set_shortcut_override(action_id, keys)
        registry = ActionRegistry(owner, preferences.shortcut_overrides())
        dialog = ShortcutsDialog(registry, preferences, owner)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def shortcut_texts(registry: ActionRegistry, action_id: str) -> list[str]:
    return [sequence.toString() for sequence in registry[action_id].shortcuts()]


def default_texts(action_id: str) -> list[str]:
    """The platform's defaults (some standard keys have several, "Ctrl+F" and "Find")."""
    spec = next(spec for spec in ACTION_SPECS if spec.id == action_id)
    return [sequence.toString() for sequence in default_shortcuts(spec)]


def select(dialog: ShortcutsDialog, action_id: str) -> None:
    dialog.table.setCurrentItem(dialog.item_for(action_id))


def record(dialog: ShortcutsDialog, action_id: str, keys: str) -> None:
    """Select the action's row and press `keys` in the key sequence field."""
    select(dialog, action_id)
    dialog.key_edit.setFocus()
    combination = QKeySequence(keys)[0]  # type: ignore[index]
    QTest.keyClick(dialog.key_edit, combination.key(), combination.keyboardModifiers())


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def row_keys(dialog: ShortcutsDialog, action_id: str) -> str:
    return dialog.item_for(action_id).text(1)


def marked(dialog: ShortcutsDialog, action_id: str) -> bool:
    return dialog.item_for(action_id).font(0).bold()


def visible_names(dialog: ShortcutsDialog) -> list[str]:
    return [item.text(0) for item in dialog.items() if not item.isHidden()]


def test_edit_menu_opens_the_dialog_and_ok_applies_live(
    qtbot: QtBot, driver: WindowDriver, tmp_path: Path
) -> None:
    main_window = driver.window
    registry = main_window.registry
    edit_menu = main_window.menuBar().findChild(QMenu, "menu.edit")
    assert edit_menu is not None
    *_others, separator, last = edit_menu.actions()
    assert separator.isSeparator() and last is registry["app.shortcuts"]
    assert last.text() == "Customize Keyboard &Shortcuts…"
    last.trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    record(dialog, "format.bold", "Ctrl+Alt+B")
    record(dialog, "format.italic", "Ctrl+B")
    assert not dialog.conflict_frame.isVisible()
    assert registry["format.bold"].shortcut() == QKeySequence("Ctrl+B")
    with qtbot.waitSignal(dialog.accepted):
        click(dialog.ok_button)
    format_menu = main_window.menuBar().findChild(QMenu, "menu.format")
    assert format_menu is not None
    bold = next(action for action in format_menu.actions() if action.objectName() == "format.bold")
    assert bold.shortcuts() == [QKeySequence("Ctrl+Alt+B")]
    assert "(Ctrl+Alt+B)" in bold.toolTip()
    driver.new_article()
    driver.type("alpha")
    driver.select_all()
    driver.press("Ctrl+B")
    assert driver.body.format_state().italic and not driver.body.format_state().bold
    assert driver.markdown().strip() == "*alpha*"
    driver.press("Ctrl+Alt+B")
    assert driver.body.format_state().bold
    assert driver.markdown().strip() == "***alpha***"
    stored = Preferences(tmp_path / "settings" / "preferences.ini").shortcut_overrides()
    assert stored == {"format.bold": "Ctrl+Alt+B", "format.italic": "Ctrl+B"}
    fresh = ActionRegistry(QWidget(main_window), stored)
    assert fresh["format.bold"].shortcuts() == [QKeySequence("Ctrl+Alt+B")]
    assert fresh["format.italic"].shortcuts() == [QKeySequence("Ctrl+B")]


def test_every_action_is_listed_with_its_shortcut(open_dialog: OpenDialog) -> None:
    dialog = open_dialog({"format.italic": "Ctrl+Alt+I"})
    assert sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in dialog.items()) == sorted(
        spec.id for spec in ACTION_SPECS
    )
    bold = dialog.item_for("format.bold")
    assert (bold.text(0), bold.text(1), bold.toolTip(0)) == ("Bold", "Ctrl+B", "format.bold")
    assert dialog.item_for("app.shortcuts").text(0) == "Customize Keyboard Shortcuts…"
    assert dialog.item_for("help.shortcuts").text(0) == "Keyboard Shortcut Reference"
    assert row_keys(dialog, "edit.find_next").startswith("F3")
    assert row_keys(dialog, "edit.find_previous").startswith("Shift+F3")
    assert dialog.item_for("format.indent").text(0) == "Indent List Item"
    assert row_keys(dialog, "format.indent") == "Tab"
    assert not marked(dialog, "format.bold")
    assert row_keys(dialog, "format.italic") == "Ctrl+Alt+I"
    assert marked(dialog, "format.italic")
    assert "Default: Ctrl+I" in dialog.item_for("format.italic").toolTip(1)
    assert dialog.windowTitle() == "Customize Keyboard Shortcuts"


def test_recorded_shortcut_is_persisted_and_reapplied(
    open_dialog: OpenDialog, preferences_path: Path
) -> None:
    dialog = open_dialog()
    record(dialog, "edit.find", "F4")
    assert row_keys(dialog, "edit.find") == "F4"
    assert marked(dialog, "edit.find")
    assert dialog.reset_button.isEnabled() and dialog.reset_all_button.isEnabled()
    click(dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shortcut_texts(dialog.registry, "edit.find") == ["F4"]
    stored = Preferences(preferences_path)
    assert stored.shortcut_overrides() == {"edit.find": "F4"}
    fresh = ActionRegistry(QWidget(dialog.parentWidget()), stored.shortcut_overrides())
    assert shortcut_texts(fresh, "edit.find") == ["F4"]
    assert shortcut_texts(fresh, "edit.replace") == ["Ctrl+H"]


def test_conflict_reassign_takes_the_shortcut_away(
    open_dialog: OpenDialog, preferences_path: Path
) -> None:
    dialog = open_dialog()
    record(dialog, "format.italic", "Ctrl+B")
    assert dialog.conflict_frame.isVisible()
    assert "Ctrl+B is already used by “Bold”." in dialog.conflict_label.text()
    assert not dialog.ok_button.isEnabled()
    assert row_keys(dialog, "format.italic") == "Ctrl+I"
    click(dialog.reassign_button)
    assert not dialog.conflict_frame.isVisible()
    assert (row_keys(dialog, "format.italic"), row_keys(dialog, "format.bold")) == ("Ctrl+B", "")
    assert marked(dialog, "format.italic") and marked(dialog, "format.bold")
    click(dialog.ok_button)
    registry = dialog.registry
    assert shortcut_texts(registry, "format.italic") == ["Ctrl+B"]
    assert shortcut_texts(registry, "format.bold") == []
    stored = Preferences(preferences_path).shortcut_overrides()
    assert stored == {"format.italic": "Ctrl+B", "format.bold": ""}


def test_conflict_cancel_keeps_both_shortcuts(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    record(dialog, "format.italic", "Ctrl+B")
    click(dialog.cancel_change_button)
    assert not dialog.conflict_frame.isVisible()
    assert dialog.ok_button.isEnabled()
    assert (row_keys(dialog, "format.italic"), row_keys(dialog, "format.bold")) == (
        "Ctrl+I",
        "Ctrl+B",
    )
    assert dialog.key_edit.keySequence() == QKeySequence("Ctrl+I")
    assert not dialog.assignments.any_modified()
    record(dialog, "format.italic", "Ctrl+B")
    select(dialog, "format.bold")
    assert not dialog.conflict_frame.isVisible()
    assert dialog.pending is None


def test_keys_the_editor_handles_count_as_taken(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    select(dialog, "format.bold")
    dialog.key_edit.setFocus()
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.conflict_frame.isVisible()
    text = dialog.conflict_label.text()
    assert "Shift+Tab is handled by the text editor itself (Outdent List Item)." in text
    assert not dialog.reassign_button.isVisible()
    click(dialog.cancel_change_button)
    assert row_keys(dialog, "format.bold") == "Ctrl+B"
    assert not dialog.assignments.any_modified()


def test_other_defaults_of_an_action_survive_a_reassignment(
    open_dialog: OpenDialog, preferences_path: Path
) -> None:
    dialog = open_dialog()
    copy_defaults = default_texts("edit.copy")
    if len(copy_defaults) < 2:
        pytest.skip("this platform binds only one key sequence to Copy")
    record(dialog, "edit.paste_plain", copy_defaults[1])
    click(dialog.reassign_button)
    click(dialog.ok_button)
    remaining = [copy_defaults[0], *copy_defaults[2:]]
    assert shortcut_texts(dialog.registry, "edit.copy") == remaining
    stored = Preferences(preferences_path).shortcut_overrides()
    fresh = ActionRegistry(QWidget(dialog.parentWidget()), stored)
    assert shortcut_texts(fresh, "edit.copy") == remaining
    assert shortcut_texts(fresh, "edit.paste_plain") == [copy_defaults[1]]


def test_clear_and_reset_a_row(open_dialog: OpenDialog, preferences_path: Path) -> None:
    dialog = open_dialog({"format.bold": "Ctrl+Alt+B"})
    select(dialog, "format.bold")
    assert marked(dialog, "format.bold")
    assert dialog.default_label.text() == "Default: Ctrl+B"
    click(dialog.reset_button)
    assert row_keys(dialog, "format.bold") == "Ctrl+B"
    assert not marked(dialog, "format.bold")
    assert not dialog.reset_button.isEnabled()
    select(dialog, "format.italic")
    click(dialog.clear_button)
    assert row_keys(dialog, "format.italic") == ""
    assert marked(dialog, "format.italic")
    assert not dialog.clear_button.isEnabled()
    click(dialog.ok_button)
    registry = dialog.registry
    assert shortcut_texts(registry, "format.bold") == ["Ctrl+B"]
    assert shortcut_texts(registry, "format.italic") == []
    assert Preferences(preferences_path).shortcut_overrides() == {"format.italic": ""}


def test_resetting_a_row_whose_default_was_taken_asks(open_dialog: OpenDialog) -> None:
    dialog = open_dialog({"format.italic": "Ctrl+B", "format.bold": ""})
    select(dialog, "format.bold")
    click(dialog.reset_button)
    assert "Ctrl+B is already used by “Italic”." in dialog.conflict_label.text()
    click(dialog.reassign_button)
    assert (row_keys(dialog, "format.bold"), row_keys(dialog, "format.italic")) == ("Ctrl+B", "")


def test_reset_all(open_dialog: OpenDialog, preferences_path: Path) -> None:
    dialog = open_dialog({"format.bold": "Ctrl+Alt+B", "view.focus": ""})
    record(dialog, "edit.find", "F4")
    click(dialog.reset_all_button)
    assert not any(
        marked(dialog, item.data(0, Qt.ItemDataRole.UserRole)) for item in dialog.items()
    )
    assert (row_keys(dialog, "format.bold"), row_keys(dialog, "view.focus")) == ("Ctrl+B", "F11")
    assert not dialog.reset_all_button.isEnabled()
    click(dialog.ok_button)
    registry = dialog.registry
    assert shortcut_texts(registry, "format.bold") == ["Ctrl+B"]
    assert shortcut_texts(registry, "edit.find") == default_texts("edit.find")
    assert Preferences(preferences_path).stored_keys() == []


def test_filter_by_name_or_shortcut(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    QTest.keyClicks(dialog.filter_edit, "bold")
    assert visible_names(dialog) == ["Bold"]
    assert dialog.current_id() == "format.bold"
    dialog.filter_edit.clear()
    QTest.keyClicks(dialog.filter_edit, "ctrl+shift+v")
    assert visible_names(dialog) == ["Paste as Plain Text"]
    dialog.filter_edit.clear()
    QTest.keyClicks(dialog.filter_edit, "Tab")
    assert visible_names(dialog) == ["Indent List Item", "Outdent List Item"]
    dialog.filter_edit.clear()
    QTest.keyClicks(dialog.filter_edit, "no such command")
    assert visible_names(dialog) == []
    assert dialog.current_id() is None
    assert not dialog.key_edit.isEnabled()
    dialog.filter_edit.clear()
    assert len(visible_names(dialog)) == len(ACTION_SPECS)


def test_cancel_changes_nothing(
    qtbot: QtBot, open_dialog: OpenDialog, preferences_path: Path
) -> None:
    dialog = open_dialog({"format.bold": "Ctrl+Alt+B"})
    record(dialog, "format.italic", "Ctrl+Alt+I")
    select(dialog, "edit.find")
    click(dialog.clear_button)
    click(dialog.reset_all_button)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected):
        click(cancel)
    registry = dialog.registry
    assert shortcut_texts(registry, "format.bold") == ["Ctrl+Alt+B"]
    assert shortcut_texts(registry, "format.italic") == ["Ctrl+I"]
    assert shortcut_texts(registry, "edit.find") == default_texts("edit.find")
    assert Preferences(preferences_path).shortcut_overrides() == {"format.bold": "Ctrl+Alt+B"}


def test_escape_cancels_recording_and_is_never_recorded(
    qtbot: QtBot, open_dialog: OpenDialog
) -> None:
    dialog = open_dialog()
    select(dialog, "format.bold")
    dialog.key_edit.setFocus()
    qtbot.waitUntil(dialog.key_edit.hasFocus)
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.key_edit.keySequence() == QKeySequence("Ctrl+B")
    assert row_keys(dialog, "format.bold") == "Ctrl+B"
    assert not dialog.assignments.any_modified()
    assert dialog.table.hasFocus()
    record(dialog, "format.bold", "Ctrl+I")  # a conflict waits for a decision ...
    assert dialog.conflict_frame.isVisible()
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_Escape)  # ... and Esc drops it
    assert not dialog.conflict_frame.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.key_edit.keySequence() == QKeySequence("Ctrl+B")
    assert (row_keys(dialog, "format.bold"), row_keys(dialog, "format.italic")) == (
        "Ctrl+B",
        "Ctrl+I",
    )
    dialog.key_edit.setFocus()
    QTest.keyClick(dialog.key_edit, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)
    assert row_keys(dialog, "format.bold") == "Ctrl+B"  # no Shift+Esc either
    assert dialog.isVisible()


def test_escape_outside_the_key_field_cancels_the_dialog(
    qtbot: QtBot, open_dialog: OpenDialog, preferences_path: Path
) -> None:
    dialog = open_dialog()
    select(dialog, "format.italic")
    click(dialog.clear_button)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert shortcut_texts(dialog.registry, "format.italic") == ["Ctrl+I"]
    assert Preferences(preferences_path).shortcut_overrides() == {}


@pytest.mark.parametrize("key", [Qt.Key.Key_Backspace, Qt.Key.Key_Delete])
def test_backspace_or_delete_clears_the_shortcut(
    open_dialog: OpenDialog, preferences_path: Path, key: Qt.Key
) -> None:
    """The way people clear a field (Ctrl+A, then Backspace) clears the shortcut; neither
    Backspace nor Delete becomes one."""
    dialog = open_dialog()
    record(dialog, "format.italic", "Ctrl+A")  # Select All's: a conflict to decide on
    assert dialog.conflict_frame.isVisible()
    QTest.keyClick(dialog.key_edit, key)
    assert not dialog.conflict_frame.isVisible()
    assert row_keys(dialog, "format.italic") == ""
    assert dialog.key_edit.keySequence().isEmpty()
    click(dialog.ok_button)
    assert shortcut_texts(dialog.registry, "format.italic") == []
    assert shortcut_texts(dialog.registry, "edit.select_all") == default_texts("edit.select_all")
    assert Preferences(preferences_path).shortcut_overrides() == {"format.italic": ""}


def test_the_body_context_menu_shows_the_shortcuts_the_user_chose(
    driver: WindowDriver,
) -> None:
    driver.window.registry.apply_shortcuts({"edit.undo": "Ctrl+Alt+U", "edit.copy": ""})
    menu = driver.window.commands.body_menu()
    by_name = {action.objectName(): action for action in menu.actions()}
    assert by_name["edit.undo"].shortcuts() == [QKeySequence("Ctrl+Alt+U")]
    assert by_name["edit.copy"].shortcuts() == []
    assert {"edit.redo", "edit.cut", "edit.paste", "edit.select_all"} <= set(by_name)
    assert driver.body.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
