"""The read-only keyboard shortcut reference (Help, F1): every command with its keys,
and a Customize button that opens the shortcuts editor. The Shortcut column is as wide
as its longest entry and the dialog wide enough that no command is cut off either.

Its own module, loaded when first opened, so the dialog classes it needs cost the
window's start-up nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

TRANSLATION_CONTEXT = "shortcut_reference"
DIALOG_SIZE = (460, 560)


def _tr(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def _width_showing_every_cell(table: QTableWidget, layout: QVBoxLayout) -> int:
    """The dialog width at which neither column has to elide any of its texts."""
    margins = layout.contentsMargins()
    return (
        table.sizeHintForColumn(0)
        + table.sizeHintForColumn(1)
        + table.verticalScrollBar().sizeHint().width()
        + 2 * table.frameWidth()
        + margins.left()
        + margins.right()
    )


def open_shortcut_reference(
    rows: Sequence[tuple[str, str]], parent: QWidget, customize: Callable[[], object]
) -> QDialog:
    """Open (window-modal, deleted on close) the reference of (command, keys) `rows`;
    its Customize button closes it and calls `customize`."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutReference")
    dialog.setWindowTitle(_tr("Keyboard Shortcut Reference"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels([_tr("Command"), _tr("Shortcut")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for number, (command, keys) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(command))
        table.setItem(number, 1, QTableWidgetItem(keys))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    button = buttons.addButton(_tr("&Customize…"), QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("customizeShortcuts")
    button.setToolTip(_tr("Change the keyboard shortcuts"))
    button.clicked.connect(dialog.accept)
    button.clicked.connect(customize)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    width, height = DIALOG_SIZE
    dialog.resize(max(width, _width_showing_every_cell(table, layout)), height)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
