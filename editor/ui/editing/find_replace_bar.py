"""The find/replace bar under the body: match case, whole word, next/previous
(Enter/Shift+Enter, and F3/Shift+F3 unless the window's actions own those keys),
replace, replace all (one undo step), Esc closes, and where the selection stands among
the matches ("3 of 12", "No matches").

The window places :meth:`BodyEditor.find_bar` where it likes; the bar works on the
editor it was made for. Searching wraps around the document end; :meth:`find_again`
steps from the body and reopens a closed bar with its last query.

The matches are counted with the same ``QTextDocument.find`` calls that step through
them, so case, whole words, paragraph ends and positions agree by construction; Replace
takes the selection only when that search finds exactly it there. The
count is cached until the query, the options or the document change; while the bar is
open, edits in the body trigger a recount after a short pause in typing, and while it
is hidden they only mark the count stale.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

NO_MATCHES = "No matches"
# Pause in body edits (milliseconds) before the matches of an open bar are recounted.
RECOUNT_DELAY_MS = 150

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


class FindReplaceBar(QWidget):
    """Find (and optionally replace) text in one QTextEdit."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self._editor = editor
        self.find_field = QLineEdit()
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.match_case_box = QCheckBox(self.tr("Match &case"))
        self.whole_word_box = QCheckBox(self.tr("&Whole words"))
        self.status_label = QLabel()
        self.status_label.setObjectName("findStatus")
        self.status_label.setMinimumWidth(
            self.status_label.fontMetrics().horizontalAdvance("0000 of 0000  ")
        )
        self._handles_find_keys = True
        self._matches: list[Match] | None = None
        self._matches_key: tuple[str, QTextDocument.FindFlag] | None = None
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_DELAY_MS)
        previous_button = QPushButton(self.tr("&Previous"))
        next_button = QPushButton(self.tr("&Next"))
        self._replace_button = QPushButton(self.tr("&Replace"))
        self._replace_all_button = QPushButton(self.tr("Replace &All"))
        close_button = QToolButton()
        close_button.setText("×")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.setAutoRaise(True)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.find_field, 0, 0)
        layout.addWidget(previous_button, 0, 1)
        layout.addWidget(next_button, 0, 2)
        layout.addWidget(self.match_case_box, 0, 3)
        layout.addWidget(self.whole_word_box, 0, 4)
        layout.addWidget(self.status_label, 0, 5)
        layout.addWidget(close_button, 0, 6)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(self._replace_button, 1, 1)
        layout.addWidget(self._replace_all_button, 1, 2)
        layout.setColumnStretch(0, 1)
        self._replace_widgets: tuple[QWidget, ...] = (
            self.replace_field,
            self._replace_button,
            self._replace_all_button,
        )

        previous_button.clicked.connect(self.find_previous)
        next_button.clicked.connect(self.find_next)
        self._replace_button.clicked.connect(self.replace_current)
        self._replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)
        self.find_field.textEdited.connect(self._search_as_typed)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.installEventFilter(self)
        self.replace_field.returnPressed.connect(self.replace_current)
        self.match_case_box.toggled.connect(self._search_as_typed)
        self.whole_word_box.toggled.connect(self._search_as_typed)
        self._recount_timer.timeout.connect(self._show_position)
        editor.textChanged.connect(self._document_changed)
        editor.selectionChanged.connect(self._selection_changed)
        self.hide()

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

    def hideEvent(self, event: QHideEvent) -> None:
        self._recount_timer.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
