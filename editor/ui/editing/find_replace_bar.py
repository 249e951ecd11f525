"""The find/replace bar under the body: match case, whole word, next/previous
(Enter/Shift+Enter, and F3/Shift+F3 unless the window's actions own those keys),
replace, replace all (one undo step), Esc closes, and where the selection stands among
the matches ("3 of 12", "No matches").

The window places :meth:`BodyEditor.find_bar` where it likes; the bar works on the
editor it was made for. Searching wraps around the document end; :meth:`find_again`
steps from the body and reopens a closed bar with its last query. The controls, their
layout, icons and tooltips are :class:`FindBarControls`; the searching, counting and
replacing over the document are the functions of :mod:`find_matches`. This module wires
the two to the editor.

The matches are counted with the same ``QTextDocument.find`` calls that step through
them, so case, whole words, paragraph ends and positions agree by construction; Replace
takes the selection only when that search finds exactly it there. The
count is cached until the query, the options or the document change; while the bar is
open, edits in the body trigger a recount after a short pause in typing, and while it
is hidden they only mark the count stale. A query that stops matching leaves no stale
match selected: the cursor stays where the selection started.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from editor.ui.editing.find_bar_controls import NO_MATCHES, FindBarControls
from editor.ui.editing.find_matches import (
    Match,
    find_all,
    find_flags,
    find_wrapping,
    is_match,
    match_index,
    replace_all_matches,
)

# Pause in body edits (milliseconds) before the matches of an open bar are recounted.
RECOUNT_DELAY_MS = 150


def _is_shift_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )


class FindReplaceBar(FindBarControls):
    """Find (and optionally replace) text in one QTextEdit."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._matches: list[Match] | None = None
        self._matches_key: tuple[str, QTextDocument.FindFlag] | None = None
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_DELAY_MS)
        self._connect()
        self.hide()

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

    # -- showing and hiding ------------------------------------------------------------

    def show_bar(self, replace: bool) -> None:
        """Show the bar (with the replace row if asked), seeded with the selection."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self._show_replace_row(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._show_position()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the text."""
        self.hide()
        self._editor.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._recount_timer.stop()
        super().hideEvent(event)

    # -- keys --------------------------------------------------------------------------

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
        return find_flags(
            self.match_case_box.isChecked(), self.whole_word_box.isChecked(), backward
        )

    def _find_from(self, position: int, backward: bool) -> bool:
        query = self.find_field.text()
        if not query:
            self._show_status("")
            return False
        found = find_wrapping(self._editor.document(), query, position, self._flags(backward))
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

    # -- replacing ---------------------------------------------------------------------

    def replace_current(self) -> bool:
        """Replace the selected match and move to the next one; without a selected
        match, just find the next. Returns whether something was replaced."""
        cursor = self._editor.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        replaced = is_match(
            self._editor.document(), self.find_field.text(), start, end, self._flags()
        )
        if replaced:
            cursor.insertText(self.replace_field.text())
        self.find_next()
        return replaced

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns how many were replaced."""
        query = self.find_field.text()
        if not query:
            return 0
        document = self._editor.document()
        count = replace_all_matches(document, query, self.replace_field.text(), self._flags())
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
        index = match_index(matches, (cursor.selectionStart(), cursor.selectionEnd()))
        if index is not None:
            self._show_status(self.tr("{0} of {1}").format(index + 1, total))
        elif total == 1:
            self._show_status(self.tr("1 match"))
        else:
            self._show_status(self.tr("{0} matches").format(total))
