"""The find/replace bar's controls: its fields, the match count and the buttons, laid
out for a narrow column, with their icons, tooltips and keys. No searching here:
:class:`~editor.ui.editing.find_replace_bar.FindReplaceBar` builds on this and wires the
controls to the editor.

The text fields take the width; the count sits beside the query, and the steps and
options are compact icon buttons (Alt+P, Alt+N, Alt+C, Alt+W press them without leaving
the field), drawn in the palette's text colour and redrawn when the theme changes it.
The replace buttons have mnemonics (Alt+R, Alt+L) that no menu title of the main
window uses, so they reach the bar rather than open a menu.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from editor.ui.qt.resources import themed_icon

NO_MATCHES = "No matches"
# The text fields take the width, between these bounds; everything else is compact.
FIELD_MIN_WIDTH = 180
FIELD_MAX_WIDTH = 560
# The count keeps room for this much, so the buttons beside it stay put while stepping.
STATUS_ROOM = "000 of 000"
ICON_SIZE = QSize(16, 16)
# Window actions that step, by their stable ids (their shortcuts go into the tooltips).
FIND_NEXT_ACTION = "edit.find_next"
FIND_PREVIOUS_ACTION = "edit.find_previous"


def _text_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(FIELD_MIN_WIDTH)
    field.setMaximumWidth(FIELD_MAX_WIDTH)
    return field


def _icon_button(name: str, icon: str, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setProperty("iconName", icon)
    button.setAutoRaise(True)
    button.setCheckable(checkable)
    button.setIconSize(ICON_SIZE)
    return button


class FindBarControls(QWidget):
    """The bar's widgets in their layout, with icons, tooltips, keys and the count's
    look; the bar that searches builds on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self.find_field = _text_field("findField", self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = _text_field("replaceField", self.tr("Replace with"))
        self.status_label = QLabel()
        self.status_label.setObjectName("findStatus")
        self.status_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(STATUS_ROOM))
        self.previous_button = _icon_button("findPrevious", "go-up")
        self.next_button = _icon_button("findNext", "go-down")
        self.match_case_box = _icon_button("findMatchCase", "match-case", checkable=True)
        self.whole_word_box = _icon_button("findWholeWords", "match-whole-word", checkable=True)
        self._close_button = _icon_button("findClose", "window-close")
        self._replace_button = QPushButton(self.tr("&Replace"))
        # Not "Replace &All": Alt+A opens the main window's Article menu.
        self._replace_all_button = QPushButton(self.tr("Replace A&ll"))
        self._replace_widgets = (self.replace_field, self._replace_button, self._replace_all_button)
        self._step_buttons = (self.previous_button, self.next_button)
        self._handles_find_keys = True
        self._icon_colors: tuple[int, int] | None = None
        self._lay_out()
        self._describe_buttons()

    def _lay_out(self) -> None:
        """The fields in the stretching first column; beside the query its count, the
        steps, the options and Close; beside the replacement the replace buttons."""
        find_row = QHBoxLayout()
        find_row.setSpacing(2)
        find_row.addWidget(self.status_label)
        find_row.addWidget(self.previous_button)
        find_row.addWidget(self.next_button)
        find_row.addSpacing(6)
        find_row.addWidget(self.match_case_box)
        find_row.addWidget(self.whole_word_box)
        find_row.addStretch(1)
        find_row.addWidget(self._close_button)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self._replace_button)
        replace_row.addWidget(self._replace_all_button)
        replace_row.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.find_field, 0, 0)
        layout.addLayout(find_row, 0, 1)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addLayout(replace_row, 1, 1)
        layout.setColumnStretch(0, 1)
        chain: tuple[QWidget, ...] = (self.find_field, *self._step_buttons, self.match_case_box)
        chain += (self.whole_word_box, self._close_button, *self._replace_widgets)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _describe_buttons(self) -> None:
        """Names and tooltips of the icon buttons, and their Alt keys: shortcuts of the
        bar, so pressing one leaves the focus in the query (a mnemonic would move it)."""
        for button, name, mnemonic in (
            (self.previous_button, self.tr("Previous match"), self.tr("&Previous")),
            (self.next_button, self.tr("Next match"), self.tr("&Next")),
            (self.match_case_box, self.tr("Match case"), self.tr("Match &case")),
            (self.whole_word_box, self.tr("Whole words"), self.tr("&Whole words")),
        ):
            keys = QKeySequence.mnemonic(mnemonic)
            QShortcut(keys, self, button.click)
            button.setAccessibleName(name)
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{name} ({native})")
        self._close_button.setAccessibleName(self.tr("Close"))
        self._close_button.setToolTip(self.tr("Close (Esc)"))
        for button in self._step_buttons:
            button.installEventFilter(self)

    def _describe_steps(self) -> None:
        """Tooltips of the step buttons with the keys that step: the window's Find
        Next/Previous shortcuts where those actions own them, else the bar's own."""
        standard = QKeySequence.StandardKey
        for button, action_id, key, fallback in (
            (self.previous_button, FIND_PREVIOUS_ACTION, standard.FindPrevious, "Shift+Enter"),
            (self.next_button, FIND_NEXT_ACTION, standard.FindNext, "Enter"),
        ):
            if self._handles_find_keys:
                bindings = list(QKeySequence.keyBindings(key))
            else:
                action = self.window().findChild(QAction, action_id)
                bindings = action.shortcuts() if action is not None else []
            native = QKeySequence.SequenceFormat.NativeText
            keys = bindings[0].toString(native) if bindings else fallback
            button.setToolTip(f"{button.accessibleName()} ({keys})")

    def _draw_icons(self) -> None:
        """Draw the button icons in the palette's text colours (once per colour pair)."""
        palette = self.palette()
        role = QPalette.ColorRole.ButtonText
        color = palette.color(role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        if self._icon_colors == (color.rgba(), disabled.rgba()):
            return
        self._icon_colors = (color.rgba(), disabled.rgba())
        for button in self.findChildren(QToolButton):  # the line edit's clear button too
            if name := button.property("iconName"):
                button.setIcon(themed_icon(str(name), color, disabled))

    def _show_replace_row(self, replace: bool) -> None:
        for widget in self._replace_widgets:
            widget.setVisible(replace)

    def is_replacing(self) -> bool:
        """Whether the replace row is shown."""
        return not self.replace_field.isHidden()

    def set_handles_find_keys(self, on: bool) -> None:
        """Whether F3/Shift+F3 step here (off where window actions own those keys)."""
        self._handles_find_keys = on

    # -- the count ---------------------------------------------------------------------

    def status_text(self) -> str:
        """What the status label shows ("3 of 12", "12 matches", "No matches", a
        replace count, or "" without a query)."""
        return self.status_label.text()

    def _show_status(self, text: str) -> None:
        """Show ``text`` as the count; "No matches" also marks the query field red."""
        self.status_label.setText(text)
        no_match = text == self.tr(NO_MATCHES)
        self.find_field.setProperty("noMatches", no_match)
        self.find_field.setStyleSheet(
            "QLineEdit { border: 1px solid #c0392b; }" if no_match else ""
        )

    # -- Qt events ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._draw_icons()
        self._describe_steps()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch sets a new application palette; a hidden bar redraws on showing.
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._draw_icons()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched in self._step_buttons:
            self._describe_steps()  # the window's shortcuts may have changed meanwhile
        return super().eventFilter(watched, event)
