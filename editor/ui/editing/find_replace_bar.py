"""The find/replace bar under the body: match case, whole word, next/previous
(Enter/Shift+Enter, and F3/Shift+F3 unless the window's actions own those keys),
replace, replace all (one undo step), Esc closes, and where the selection stands among
the matches ("3 of 12", "No matches").

The window places :meth:`BodyEditor.find_bar` where it likes; the bar searches the
editor it was made for, or the fields :meth:`set_fields` gives it in reading order (the
article form gives kicker, headline, teaser and body: searching, counting and Replace
All cover the whole article, and Replace All over several fields is still one undo
step, see :mod:`find_fields`). Searching goes on from field to field and wraps round
from the last field's end to the first's start; :meth:`find_again`
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
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget

from editor.ui.editing.find_bar_controls import NO_MATCHES, FindBarControls
from editor.ui.editing.find_fields import GroupedReplace, SearchField
from editor.ui.editing.find_matches import (
    FieldMatch,
    find_across,
    find_all,
    find_flags,
    is_match,
    match_index,
)

# Pause in body edits (milliseconds) before the matches of an open bar are recounted.
RECOUNT_DELAY_MS = 150


def _is_shift_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )


class FindReplaceBar(FindBarControls):
    """Find (and optionally replace) text in a QTextEdit, or in several fields."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._fields = [SearchField(editor)]
        self._current = 0  # the field of the last match (where stepping goes on from)
        self._grouped: GroupedReplace | None = None
        self._matches: list[FieldMatch] | None = None
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
        self._watch(0)

    def _watch(self, index: int) -> None:
        widget = self._fields[index].widget
        widget.textChanged.connect(self._document_changed)
        widget.selectionChanged.connect(self._selection_changed)
        # Where the user puts the cursor is where stepping goes on from.
        widget.cursorPositionChanged.connect(lambda *_args: self._set_current(index))
        widget.installEventFilter(self)

    def _set_current(self, index: int) -> None:
        self._current = index

    def set_fields(self, widgets: list[QTextEdit | QLineEdit]) -> None:
        """Search these fields (built before the bar, living as long as it), in this
        (reading) order; they must include the editor."""
        self._fields[0].widget.textChanged.disconnect(self._document_changed)
        self._fields[0].widget.selectionChanged.disconnect(self._selection_changed)
        self._fields = [SearchField(widget) for widget in widgets]
        self._current = widgets.index(self._editor)
        for index in range(len(self._fields)):
            self._watch(index)
        self._matches = None

    def _current_field(self) -> int:
        """The focused field, else the field of the last match (the editor at first)."""
        for index, field in enumerate(self._fields):
            if field.widget.hasFocus():
                self._current = index
        return self._current

    # -- showing and hiding ------------------------------------------------------------

    def show_bar(self, replace: bool) -> None:
        """Show the bar (with the replace row if asked), seeded with the selection.
        Opened from outside the fields (the article list), it searches from the top."""
        if len(self._fields) > 1 and not any(f.widget.hasFocus() for f in self._fields):
            self._current = 0
            self._fields[0].select(0, 0)
        selected = self._fields[self._current_field()].selected_text()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self._show_replace_row(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._show_position()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the text (the field of the match)."""
        self.hide()
        self._fields[self._current].widget.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._recount_timer.stop()
        super().hideEvent(event)

    # -- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for index, field in enumerate(self._fields):
                if watched is field.widget:
                    self._current = index
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

    def _find_from(self, index: int, position: int, backward: bool) -> bool:
        query = self.find_field.text()
        if not query:
            self._show_status("")
            return False
        documents = [field.document() for field in self._fields]
        hit = find_across(documents, query, index, position, self._flags(backward))
        if hit is None or hit[0] != index:
            # No stale match stays selected to be typed or replaced over, nor shows as a
            # second match beside the one in another field.
            field = self._fields[index]
            start, end = field.selection()
            if end > start:
                field.select(start, start)
        if hit is not None:
            self._current, found = hit
            self._fields[self._current].select(found.selectionStart(), found.selectionEnd())
        self._show_position()
        return hit is not None

    def find_next(self) -> bool:
        """Select the next match after the selection; False when there is none."""
        index = self._current_field()
        return self._find_from(index, self._fields[index].selection()[1], backward=False)

    def find_previous(self) -> bool:
        """Select the match before the selection; False when there is none."""
        index = self._current_field()
        return self._find_from(index, self._fields[index].selection()[0], backward=True)

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
        index = self._current_field()
        self._find_from(index, self._fields[index].selection()[0], backward=False)

    # -- replacing ---------------------------------------------------------------------

    def replace_current(self) -> bool:
        """Replace the selected match and move to the next one; without a selected
        match, just find the next. Returns whether something was replaced."""
        field = self._fields[self._current_field()]
        start, end = field.selection()
        replaced = is_match(field.document(), self.find_field.text(), start, end, self._flags())
        if replaced:
            field.replace_selection(self.replace_field.text())
        self.find_next()
        return replaced

    def replace_all(self) -> int:
        """Replace every match in every field, as one undo step; returns how many."""
        query = self.find_field.text()
        if not query:
            return 0
        if self._grouped is not None:
            self._grouped.dissolve()
            self._grouped = None
        count = 0
        changes: list[tuple[SearchField, str]] = []
        for field in self._fields:
            before = field.text()
            replaced = field.replace_all(query, self.replace_field.text(), self._flags())
            if replaced:
                count += replaced
                changes.append((field, before))
        if len(changes) > 1:
            self._grouped = GroupedReplace(changes, self)
            self._grouped.destroyed.connect(self._forget_grouped)
        if count:
            # The count stands until the next search or edit (no recount replaces it).
            self._recount_timer.stop()
            self._show_status(self.tr("Replaced %n time(s)", "", count))
        else:
            self._show_position()
        return count

    def _forget_grouped(self) -> None:
        self._grouped = None

    # -- counting ----------------------------------------------------------------------

    def matches(self) -> list[FieldMatch]:
        """``(field, start, end)`` of every match of the query with the current options,
        in reading order (counted again only when the query, the options or a field
        changed)."""
        key = (self.find_field.text(), self._flags())
        if self._matches is None or key != self._matches_key:
            self._matches = [
                (index, start, end)
                for index, field in enumerate(self._fields)
                for start, end in find_all(field.document(), *key)
            ]
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
        current = self._current_field()
        index = match_index(matches, (current, *self._fields[current].selection()))
        if index is not None:
            self._show_status(self.tr("{0} of {1}").format(index + 1, total))
        elif total == 1:
            self._show_status(self.tr("1 match"))
        else:
            self._show_status(self.tr("{0} matches").format(total))
