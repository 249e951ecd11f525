"""The find/replace bar under the body: match case, whole word, next/previous
(Enter/Shift+Enter, and F3/Shift+F3 unless the window's actions own those keys),
replace, replace all (one undo step), Esc closes, and where the selection stands among
the matches ("3 of 12", "No matches").

The window places :meth:`BodyEditor.find_bar` where it likes; the bar works on the
editor it was made for. Searching wraps around the document end; :meth:`find_again`
steps from the body and reopens a closed bar with its last query. The text fields take
the width; the count sits beside the query, and the steps and options are compact icon
buttons (Alt+P, Alt+N, Alt+C, Alt+W press them without leaving the field), drawn in
the palette's text colour and redrawn when the theme changes it.

The matches are counted with the same ``QTextDocument.find`` calls that step through
them, so case, whole words, paragraph ends and positions agree by construction; Replace
takes the selection only when that search finds exactly it there. The
count is cached until the query, the options or the document change; while the bar is
open, edits in the body trigger a recount after a short pause in typing, and while it
is hidden they only mark the count stale. A query that stops matching leaves no stale
match selected: the cursor stays where the selection started.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.ui.resources import themed_icon

NO_MATCHES = "No matches"
# Pause in body edits (milliseconds) before the matches of an open bar are recounted.
RECOUNT_DELAY_MS = 150
# The text fields take the width, between these bounds; everything else is compact.
FIELD_MIN_WIDTH = 180
FIELD_MAX_WIDTH = 560
# The count keeps room for this much, so the buttons beside it stay put while stepping.
STATUS_ROOM = "000 of 000"
ICON_SIZE = QSize(16, 16)
# Window actions that step, by their stable ids (their shortcuts go into the tooltips).
FIND_NEXT_ACTION = "edit.find_next"
FIND_PREVIOUS_ACTION = "edit.find_previous"

Match = tuple[int, int]


def find_all(document: QTextDocument, query: str, flags: QTextDocument.FindFlag) -> list[Match]:
    """``(start, end)`` of every match of ``query`` in document order: the matches
    stepping forward from the document start visits (non-overlapping). ``flags`` must not
    include FindBackward."""
    matches: list[Match] = []
    if not query:
        return matches
    found = document.find(query, 0, flags)
    while not found.isNull():
        end = found.selectionEnd()
        matches.append((found.selectionStart(), end))
        found = document.find(query, end, flags)
    return matches


def _is_shift_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )


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


class FindReplaceBar(QWidget):
    """Find (and optionally replace) text in one QTextEdit."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self._editor = editor
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
        self._replace_all_button = QPushButton(self.tr("Replace &All"))
        self._replace_widgets = (self.replace_field, self._replace_button, self._replace_all_button)
        self._step_buttons = (self.previous_button, self.next_button)
        self._handles_find_keys = True
        self._icon_colors: tuple[int, int] | None = None
        self._matches: list[Match] | None = None
        self._matches_key: tuple[str, QTextDocument.FindFlag] | None = None
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_DELAY_MS)
        self._lay_out()
        self._describe_buttons()
        self._connect()
        self.hide()

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

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self._replace_button.clicked.connect(self.replace_current)
        self._replace_all_button.clicked.connect(self.replace_all)
        self._close_button.clicked.connect(self.close_bar)
        self.find_field.textEdited.connect(self._search_as_typed)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.installEventFilter(self)
        self.replace_field.returnPressed.connect(self.replace_current)
        self.match_case_box.toggled.connect(self._search_as_typed)
        self.whole_word_box.toggled.connect(self._search_as_typed)
        self._recount_timer.timeout.connect(self._show_position)
        self._editor.textChanged.connect(self._document_changed)
        self._editor.selectionChanged.connect(self._selection_changed)

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

    # -- showing and hiding ------------------------------------------------------------

    def show_bar(self, replace: bool) -> None:
        """Show the bar (with the replace row if asked), seeded with the selection."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._show_position()

    def is_replacing(self) -> bool:
        """Whether the replace row is shown."""
        return not self.replace_field.isHidden()

    def set_handles_find_keys(self, on: bool) -> None:
        """Whether F3/Shift+F3 step here (off where window actions own those keys)."""
        self._handles_find_keys = on

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the text."""
        self.hide()
        self._editor.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self._draw_icons()
        self._describe_steps()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._recount_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch sets a new application palette; a hidden bar redraws on showing.
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._draw_icons()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched in self._step_buttons:
            self._describe_steps()  # the window's shortcuts may have changed meanwhile
        # The find field would report Shift+Enter as returnPressed (find next) first.
        if (
            watched is self.find_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and _is_shift_enter(event)
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        find_keys = self._handles_find_keys
        if _is_shift_enter(event) or (
            find_keys and event.matches(QKeySequence.StandardKey.FindPrevious)
        ):
            self.find_previous()
            event.accept()
            return
        if find_keys and event.matches(QKeySequence.StandardKey.FindNext):
            self.find_next()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- searching ---------------------------------------------------------------------

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_word_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find_from(self, position: int, backward: bool) -> bool:
        query = self.find_field.text()
        document = self._editor.document()
        if not query:
            self._show_status("")
            return False
        flags = self._flags(backward)
        found = document.find(query, position, flags)
        if found.isNull():
            restart = document.characterCount() - 1 if backward else 0
            found = document.find(query, restart, flags)
        if not found.isNull():
            self._editor.setTextCursor(found)
            self._editor.ensureCursorVisible()
        elif self._editor.textCursor().hasSelection():
            # No stale match stays selected to be typed or replaced over.
            cursor = self._editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._editor.setTextCursor(cursor)
        self._show_position()
        return not found.isNull()

    def find_next(self) -> bool:
        """Select the next match after the selection; False when there is none."""
        return self._find_from(self._editor.textCursor().selectionEnd(), backward=False)

    def find_previous(self) -> bool:
        """Select the match before the selection; False when there is none."""
        return self._find_from(self._editor.textCursor().selectionStart(), backward=True)

    def find_again(self, backward: bool = False) -> bool:
        """Find Next/Previous from anywhere: the next (previous) match of the query,
        reopening the bar if it was closed; the focus stays where it is. Without a query
        there is nothing to step to: the bar opens (as for Find) to take one."""
        if not self.find_field.text():
            self.show_bar(replace=False)
            return False
        if self.isHidden():
            self.show()
        return self.find_previous() if backward else self.find_next()

    def _search_as_typed(self) -> None:
        self._find_from(self._editor.textCursor().selectionStart(), backward=False)

    def _selection_matches(self) -> bool:
        """Whether the selection is a match: the search stepping and counting make, run
        from the selection's start, finds exactly it (so whole words and case agree)."""
        cursor = self._editor.textCursor()
        query = self.find_field.text()
        if not query or not cursor.hasSelection():
            return False
        found = self._editor.document().find(query, cursor.selectionStart(), self._flags())
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        return not found.isNull() and (found.selectionStart(), found.selectionEnd()) == selected

    def replace_current(self) -> bool:
        """Replace the selected match and move to the next one; without a selected
        match, just find the next. Returns whether something was replaced."""
        replaced = False
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_field.text())
            replaced = True
        self.find_next()
        return replaced

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns how many were replaced."""
        query = self.find_field.text()
        if not query:
            return 0
        document = self._editor.document()
        replacement = self.replace_field.text()
        flags = self._flags()
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        found = document.find(query, 0, flags)
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            found = document.find(query, found.position(), flags)
        edit.endEditBlock()
        if count:
            # The count stands until the next search or edit (no recount replaces it).
            self._recount_timer.stop()
            self._show_status(self.tr("Replaced %n time(s)", "", count))
        else:
            self._show_position()
        return count

    # -- counting ----------------------------------------------------------------------

    def matches(self) -> list[Match]:
        """``(start, end)`` of every match of the query with the current options
        (counted again only when the query, the options or the document changed)."""
        key = (self.find_field.text(), self._flags())
        if self._matches is None or key != self._matches_key:
            self._matches = find_all(self._editor.document(), *key)
            self._matches_key = key
        return self._matches

    def _document_changed(self) -> None:
        self._matches = None
        if self.isVisible():
            self._recount_timer.start()

    def _selection_changed(self) -> None:
        # While an edit's recount is pending, the position shows with the new count.
        if self.isVisible() and self._matches is not None and not self._recount_timer.isActive():
            self._show_position()

    def _show_position(self) -> None:
        """Show which match is selected and how many there are ("3 of 12"); "12
        matches" when the selection is no match, "No matches", or nothing without a query."""
        self._recount_timer.stop()
        if not self.find_field.text():
            self._show_status("")
            return
        matches = self.matches()
        total = len(matches)
        if not total:
            self._show_status(self.tr(NO_MATCHES))
            return
        cursor = self._editor.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        index = bisect_left(matches, selected)
        if index < total and matches[index] == selected:
            self._show_status(self.tr("{0} of {1}").format(index + 1, total))
        elif total == 1:
            self._show_status(self.tr("1 match"))
        else:
            self._show_status(self.tr("{0} matches").format(total))

    # -- status ------------------------------------------------------------------------

    def status_text(self) -> str:
        """What the status label shows ("3 of 12", "12 matches", "No matches", a
        replace count, or "" without a query)."""
        return self.status_label.text()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        no_match = text == self.tr(NO_MATCHES)
        self.find_field.setProperty("noMatches", no_match)
        self.find_field.setStyleSheet(
            "QLineEdit { border: 1px solid #c0392b; }" if no_match else ""
        )
