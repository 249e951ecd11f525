"""Shortcuts as people read them: the reference and the Customize dialog list only keys
an ordinary keyboard has (no F13-F35, no media keys such as Undo, Cut or New) while the
actions keep every platform sequence, and the reference cuts no text off."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.actions.registry import (
    ACTION_SPECS,
    ActionRegistry,
    default_shortcuts,
    is_typeable,
    typeable_sequences,
)
from editor.ui.actions.shortcut_reference import open_shortcut_reference
from editor.ui.actions.shortcuts_dialog import ShortcutsDialog
from editor.ui.qt.settings import Preferences

# What a KDE desktop binds to these standard keys (Sun keyboards' F14/F20, media keys).
DESKTOP_ALIASES = {
    "article.new": "Ctrl+N; New",
    "edit.undo": "Ctrl+Z; F14; Undo",
    "edit.cut": "Ctrl+X; Shift+Del; F20; Cut",
    "edit.copy": "Ctrl+C; Ctrl+Ins; F16; Copy",
    "edit.find": "Ctrl+F; F19; Find",
    "help.shortcuts": "F1; Help",
}
NAMED_KEYS = {"New", "Open", "Undo", "Redo", "Cut", "Copy", "Paste", "Find", "Help", "Save"}


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def texts(sequences: list[QKeySequence]) -> list[str]:
    return [sequence.toString() for sequence in sequences]


def shown_keys(keys: str) -> list[str]:
    return [key for key in keys.split(", ") if key]


@pytest.mark.parametrize(
    ("keys", "typeable"),
    [
        ("Ctrl+Z", True),
        ("Shift+Del", True),
        ("Ctrl+Ins", True),
        ("Alt+Backspace", True),
        ("F1", True),
        ("F12", True),
        ("Shift+F3", True),
        ("Ctrl+Space", True),
        ("Ctrl++", True),
        ("F13", False),
        ("F14", False),
        ("F35", False),
        ("Undo", False),
        ("Cut", False),
        ("New", False),
        ("Open", False),
        ("Find", False),
        ("Help", False),
        ("Zoom In", False),
        ("Media Play", False),
        ("", False),
    ],
)
def test_typeable_keys(qtbot: QtBot, keys: str, typeable: bool) -> None:
    assert is_typeable(QKeySequence(keys)) is typeable


def test_dead_keys_of_national_keyboards_are_typeable(qtbot: QtBot) -> None:
    assert is_typeable(QKeySequence(Qt.Key.Key_Dead_Acute))
    assert is_typeable(QKeySequence(Qt.Key.Key_AltGr))


def test_only_typeable_sequences_are_shown_unless_there_is_no_other(qtbot: QtBot) -> None:
    undo = QKeySequence.listFromString("Ctrl+Z; F14; Undo")
    assert texts(typeable_sequences(undo)) == ["Ctrl+Z"]
    assert texts(typeable_sequences(QKeySequence.listFromString("Undo"))) == ["Undo"]
    assert typeable_sequences([]) == []


def test_reference_rows_hide_the_platform_aliases(qtbot: QtBot, owner: QWidget) -> None:
    registry = ActionRegistry(owner, DESKTOP_ALIASES)
    rows = dict(registry.shortcut_table())
    assert rows["New Article"] == "Ctrl+N"
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Cut"] == "Ctrl+X, Shift+Del"
    assert rows["Copy"] == "Ctrl+C, Ctrl+Ins"
    assert rows["Find…"] == "Ctrl+F"
    assert rows["Keyboard Shortcut Reference"] == "F1"
    # The actions still answer to every sequence the platform binds.
    assert texts(registry["edit.cut"].shortcuts()) == ["Ctrl+X", "Shift+Del", "F20", "Cut"]
    assert texts(registry["edit.undo"].shortcuts()) == ["Ctrl+Z", "F14", "Undo"]


def test_reference_rows_with_this_platforms_defaults(qtbot: QtBot, owner: QWidget) -> None:
    registry = ActionRegistry(owner)
    for command, keys in registry.shortcut_table():
        for key in shown_keys(keys):
            assert key not in NAMED_KEYS, (command, keys)
            assert is_typeable(QKeySequence(key, QKeySequence.SequenceFormat.NativeText)), (
                command,
                keys,
            )
    for spec in ACTION_SPECS:
        assert texts(registry[spec.id].shortcuts()) == texts(default_shortcuts(spec))


def test_reference_shows_every_shortcut_in_full(qtbot: QtBot, owner: QWidget) -> None:
    owner.resize(300, 200)
    owner.show()
    registry = ActionRegistry(owner, DESKTOP_ALIASES)
    rows = [*registry.shortcut_table(), ("A command", "Ctrl+Alt+Shift+Meta+PgDown, Ctrl+Ins")]
    dialog = open_shortcut_reference(rows, owner, lambda: None)
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.sizeHintForColumn(1))
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)
    assert table.columnWidth(1) >= header.sectionSizeHint(1)
    shown = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "Ctrl+X, Shift+Del" in shown
    assert not any(key in NAMED_KEYS for keys in shown for key in shown_keys(keys))
    dialog.reject()


def open_customize(
    qtbot: QtBot, owner: QWidget, tmp_path: Path, stored: Mapping[str, str]
) -> ShortcutsDialog:
    preferences = Preferences(tmp_path / "preferences.ini")
    registry = ActionRegistry(owner, stored)
    dialog = ShortcutsDialog(registry, preferences, owner)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_customize_dialog_lists_typeable_keys_only(
    qtbot: QtBot, owner: QWidget, tmp_path: Path
) -> None:
    dialog = open_customize(qtbot, owner, tmp_path, DESKTOP_ALIASES)
    assert dialog.item_for("edit.undo").text(1) == "Ctrl+Z"
    assert dialog.item_for("edit.cut").text(1) == "Ctrl+X, Shift+Del"
    assert dialog.item_for("article.new").text(1) == "Ctrl+N"
    assert dialog.item_for("help.shortcuts").text(1) == "F1"
    dialog.apply_filter("f14")
    assert not any(not item.isHidden() for item in dialog.items())
    dialog.apply_filter("")
    dialog.accept()
    assert texts(dialog.registry["edit.undo"].shortcuts()) == ["Ctrl+Z", "F14", "Undo"]


def test_customize_dialog_defaults_without_aliases(
    qtbot: QtBot, owner: QWidget, tmp_path: Path
) -> None:
    dialog = open_customize(qtbot, owner, tmp_path, {})
    for item in dialog.items():
        for key in shown_keys(item.text(1)):
            assert key not in NAMED_KEYS, (item.text(0), item.text(1))
    dialog.table.setCurrentItem(dialog.item_for("edit.cut"))
    cut_defaults = typeable_sequences(default_shortcuts(dialog.registry.specs["edit.cut"]))
    expected = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in cut_defaults)
    assert dialog.default_label.text() == f"Default: {expected}"
    assert "Cut" not in dialog.default_label.text().removeprefix("Default: ").split(", ")
    dialog.reject()


def test_a_media_key_the_user_chose_stays_visible(
    qtbot: QtBot, owner: QWidget, tmp_path: Path
) -> None:
    dialog = open_customize(qtbot, owner, tmp_path, {"edit.undo": "Undo"})
    assert dialog.item_for("edit.undo").text(1) == "Undo"
    rows = dict(dialog.registry.shortcut_table())
    assert rows["Undo"] == "Undo"
    dialog.reject()
