"""Customize Keyboard Shortcuts dialog: every action's shortcut, recorded anew, cleared, reset.

The dialog edits a `ShortcutAssignments` copy; nothing changes until OK, which applies
the shortcuts to the registry's QActions (menus show them at once) and stores an override
in `Preferences` only for actions that differ from their defaults. Taking a shortcut that
another action (or the body editor itself) has shows who has it and lets the user
reassign it or cancel. The key field records any key while it has the focus, except
Esc: that cancels the recording (the row keeps its shortcut) and hands the focus back to
the list, where Esc closes the dialog as Cancel does. Texts are set in one
`retranslate()` pass, as in actions.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.ui.actions.registry import (
    ActionRegistry,
    default_shortcuts,
    menu_action_ids,
    shown_keys,
    typeable_sequences,
)
from editor.ui.actions.shortcut_assignments import PendingChange, ShortcutAssignments
from editor.ui.qt.settings import Preferences

TRANSLATION_CONTEXT = "shortcuts_dialog"
ID_ROLE = Qt.ItemDataRole.UserRole
PORTABLE = QKeySequence.SequenceFormat.PortableText


def _tr(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def portable_text(sequence: QKeySequence) -> str:
    """A key sequence as stored text; Qt reports Shift+Tab as Shift+Backtab."""
    return sequence.toString(PORTABLE).replace("Shift+Backtab", "Shift+Tab")


def native_text(keys: Iterable[str]) -> str:
    """Stored key sequences as the platform writes them, for people to read: only those
    an ordinary keyboard can type (the actions keep the platform's other aliases)."""
    return shown_keys(QKeySequence(key) for key in keys)


def menu_order(registry: ActionRegistry) -> list[str]:
    """Action ids as the menus list them (any action in no menu last)."""
    ordered = menu_action_ids()
    return ordered + [action_id for action_id in registry.ids() if action_id not in ordered]


class ShortcutsDialog(QDialog):
    """Modal editor for the registry's shortcuts, persisted through `Preferences`."""

    def __init__(
        self, registry: ActionRegistry, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setModal(True)
        self.registry = registry
        self.preferences = preferences
        ids = menu_order(registry)
        self.assignments = ShortcutAssignments(
            {i: [portable_text(s) for s in default_shortcuts(registry.specs[i])] for i in ids},
            {i: [portable_text(s) for s in registry[i].shortcuts()] for i in ids},
            {i: portable_text(QKeySequence(registry.specs[i].hint)) for i in ids},
        )
        self.pending: PendingChange | None = None
        self._recording = False
        self._build_widgets(ids)
        self._connect()
        self.retranslate()
        self.table.setCurrentItem(self._items[0])
        self.resize(560, 640)

    # -- construction ------------------------------------------------------------------

    def _build_widgets(self, ids: list[str]) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutTable")
        self.table.setColumnCount(2)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self._items: list[QTreeWidgetItem] = []
        for action_id in ids:
            item = QTreeWidgetItem(self.table)
            item.setData(0, ID_ROLE, action_id)
            self._items.append(item)
        self.key_label = QLabel(self)
        self.key_edit = QKeySequenceEdit(self)
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.installEventFilter(self)
        self.key_label.setBuddy(self.key_edit)
        self.clear_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.default_label = QLabel(self)
        self.conflict_frame = QFrame(self)
        self.conflict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_label = QLabel(self.conflict_frame)
        self.conflict_label.setWordWrap(True)
        self.reassign_button = QPushButton(self.conflict_frame)
        self.cancel_change_button = QPushButton(self.conflict_frame)
        self.conflict_frame.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reset_all_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self._lay_out()

    def _lay_out(self) -> None:
        editor_row = QHBoxLayout()
        editor_row.addWidget(self.key_label)
        editor_row.addWidget(self.key_edit, 1)
        editor_row.addWidget(self.clear_button)
        editor_row.addWidget(self.reset_button)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.reassign_button)
        conflict_buttons.addWidget(self.cancel_change_button)
        conflict_layout = QVBoxLayout(self.conflict_frame)
        conflict_layout.addWidget(self.conflict_label)
        conflict_layout.addLayout(conflict_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor_row)
        layout.addWidget(self.default_label)
        layout.addWidget(self.conflict_frame)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table.currentItemChanged.connect(lambda *_items: self._on_row_changed())
        self.table.itemActivated.connect(lambda *_args: self.key_edit.setFocus())
        self.key_edit.keySequenceChanged.connect(self._on_key_pressed)
        self.key_edit.editingFinished.connect(self._on_recorded)
        self.clear_button.clicked.connect(self._clear_row)
        self.reset_button.clicked.connect(self._reset_row)
        self.reset_all_button.clicked.connect(self._reset_all)
        self.reassign_button.clicked.connect(self._reassign)
        self.cancel_change_button.clicked.connect(self._cancel_change)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        """Set every user-visible text in one pass (action names come from the registry)."""
        self.setWindowTitle(_tr("Customize Keyboard Shortcuts"))
        self.filter_edit.setPlaceholderText(_tr("Filter by name or shortcut"))
        self.table.setHeaderLabels([_tr("Command"), _tr("Shortcut")])
        self.key_label.setText(_tr("S&hortcut:"))
        self.clear_button.setText(_tr("Cl&ear"))
        self.clear_button.setToolTip(
            _tr("Remove the shortcut (or press Backspace or Delete in the shortcut field)")
        )
        self.reset_button.setText(_tr("&Reset"))
        self.reset_button.setToolTip(_tr("Back to the default shortcut"))
        self.reset_all_button.setText(_tr("Reset &All"))
        self.reset_all_button.setToolTip(_tr("Every shortcut back to its default"))
        self.reassign_button.setText(_tr("Reassi&gn"))
        self.cancel_change_button.setText(_tr("Ca&ncel Change"))
        self._show_rows()
        if self.pending is not None:
            self._show_conflict(self.pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the key field cancels the recording instead of being recorded; a plain
        # Backspace or Delete clears the shortcut (as KDE's and VS Code's editors do).
        if (
            watched is self.key_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.cancel_recording()
                return True
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._recording = False
                self._clear_row()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- rows --------------------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        """The rows in menu order, hidden ones included."""
        return list(self._items)

    def item_for(self, action_id: str) -> QTreeWidgetItem:
        return next(item for item in self.items() if item.data(0, ID_ROLE) == action_id)

    def action_name(self, action_id: str) -> str:
        """The menu text without its mnemonic '&' or the editor's key hint."""
        return self.registry.command_name(action_id)

    def current_id(self) -> str | None:
        item = self.table.currentItem()
        return None if item is None or item.isHidden() else str(item.data(0, ID_ROLE))

    def _show_rows(self) -> None:
        for item in self.items():
            self._show_row(item)
        self._show_detail()

    def _show_row(self, item: QTreeWidgetItem) -> None:
        action_id = str(item.data(0, ID_ROLE))
        keys = self.assignments.shortcuts(action_id)
        editor_key = self.assignments.editor_key(action_id)
        item.setText(0, self.action_name(action_id))
        item.setToolTip(0, action_id)
        item.setText(1, native_text([*keys, editor_key] if editor_key else keys))
        tips = [_tr("Default: {keys}").replace("{keys}", self._defaults_text(action_id))]
        if editor_key:
            tips.append(
                _tr("{keys} is handled by the text editor.").replace(
                    "{keys}", native_text([editor_key])
                )
            )
        item.setToolTip(1, "\n".join(tips))
        modified = self.assignments.is_modified(action_id)
        for column in (0, 1):
            font = item.font(column)
            font.setBold(modified)
            item.setFont(column, font)

    def _defaults_text(self, action_id: str) -> str:
        return native_text(self.assignments.defaults(action_id)) or _tr("none")

    def _show_detail(self) -> None:
        action_id = self.current_id()
        keys = self.assignments.shortcuts(action_id) if action_id is not None else ()
        self.key_edit.blockSignals(True)
        self.key_edit.setKeySequence(QKeySequence(keys[0]) if keys else QKeySequence())
        self.key_edit.blockSignals(False)
        self.key_edit.setEnabled(action_id is not None)
        self.clear_button.setEnabled(bool(keys))
        modified = action_id is not None and self.assignments.is_modified(action_id)
        self.reset_button.setEnabled(modified)
        self.reset_all_button.setEnabled(self.assignments.any_modified())
        self.default_label.setText(
            _tr("Default: {keys}").replace("{keys}", self._defaults_text(action_id))
            if action_id is not None
            else ""
        )

    def _on_row_changed(self) -> None:
        self._drop_pending()
        self._show_detail()

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose name or shortcut (as shown) contains `text` (any case)."""
        needle = text.strip().casefold()
        for item in self.items():
            action_id = str(item.data(0, ID_ROLE))
            stored = [
                *self.assignments.shortcuts(action_id),
                self.assignments.editor_key(action_id),
            ]
            keys = [portable_text(s) for s in typeable_sequences(map(QKeySequence, stored))]
            haystack = " ".join([item.text(0), item.text(1), *keys]).casefold()
            item.setHidden(bool(needle) and needle not in haystack)
        current = self.table.currentItem()
        if current is None or current.isHidden():
            visible = [item for item in self.items() if not item.isHidden()]
            if visible:
                self.table.setCurrentItem(visible[0])
            else:
                self.table.setCurrentIndex(QModelIndex())
        self._show_detail()

    # -- changes -----------------------------------------------------------------------

    def _on_key_pressed(self) -> None:
        self._recording = True

    def cancel_recording(self) -> None:
        """Stop recording: the key field shows the row's shortcut again, a change waiting
        for a decision is dropped, and the focus goes back to the list."""
        self._recording = False
        self._drop_pending()
        self._show_detail()
        self.table.setFocus()

    def _on_recorded(self) -> None:
        """The user recorded a key sequence for the current row."""
        recorded, self._recording = self._recording, False
        sequence = portable_text(self.key_edit.keySequence())
        action_id = self.current_id()
        if recorded and sequence and action_id is not None:
            self._change(self.assignments.propose(action_id, (sequence,)))

    def _clear_row(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self._drop_pending()
            self.assignments.clear(action_id)
            self._show_rows()

    def _reset_row(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self._change(self.assignments.reset(action_id))

    def _reset_all(self) -> None:
        self._drop_pending()
        self.assignments.reset_all()
        self._show_rows()

    def _change(self, pending: PendingChange | None) -> None:
        """Show the result of a change, or ask what to do about its conflicts."""
        self._drop_pending()
        if pending is None:
            self._show_rows()
        else:
            self.pending = pending
            self._show_conflict(pending)

    def _show_conflict(self, change: PendingChange) -> None:
        lines: list[str] = []
        for conflict in change.conflicts:
            text = (
                _tr("{keys} is handled by the text editor itself ({action}).")
                if conflict.by_editor
                else _tr("{keys} is already used by “{action}”.")
            )
            owner = self.action_name(conflict.owner_id)
            keys = native_text([conflict.sequence])
            lines.append(text.replace("{keys}", keys).replace("{action}", owner))
        name = self.action_name(change.action_id)
        lines.append(
            _tr("Take it away and give it to “{action}”?").replace("{action}", name)
            if change.can_reassign
            else _tr("Choose another shortcut for “{action}”.").replace("{action}", name)
        )
        self.conflict_label.setText("\n".join(lines))
        self.reassign_button.setVisible(change.can_reassign)
        self.conflict_frame.show()
        self.ok_button.setEnabled(False)

    def _reassign(self) -> None:
        if self.pending is not None and self.pending.can_reassign:
            self.assignments.reassign(self.pending)
        self._drop_pending()
        self._show_rows()

    def _cancel_change(self) -> None:
        self._drop_pending()
        self._show_detail()

    def _drop_pending(self) -> None:
        self.pending = None
        self.conflict_frame.hide()
        self.ok_button.setEnabled(True)

    # -- closing -----------------------------------------------------------------------

    def accept(self) -> None:
        """Apply the shortcuts to the actions and store those that differ from defaults."""
        if self.pending is not None:
            return
        overrides = self.assignments.overrides()
        self.registry.apply_shortcuts(overrides)
        self.registry.retranslate()
        for action_id in self.assignments.ids():
            self.preferences.set_shortcut_override(action_id, overrides.get(action_id))
        self.preferences.sync()
        super().accept()
