"""The fields Find and Replace search, in reading order (kicker, headline, teaser,
body), behind one interface; and Replace All over several fields as one undo step.

A `SearchField` is a QTextEdit (searched in its own document) or a QLineEdit (searched
in a scratch document holding its text), so every field matches through
``QTextDocument.find`` with the same case, whole-word and position rules.

Each field keeps its own undo history. `GroupedReplace` ties the steps one Replace All
made in several fields together: undoing (or redoing) it in any of them undoes (redoes)
it in the others, so it behaves as the single step it was. The tie holds while every
field shows either the text before or the text after the replacement, and is dropped
at the first other change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QTextEdit

from editor.ui.editing.find_matches import Match, replace_all_matches


class SearchField:
    """One field the find bar searches."""

    def __init__(self, widget: QTextEdit | QLineEdit) -> None:
        self.widget = widget
        self._scratch: QTextDocument | None = None

    def document(self) -> QTextDocument:
        """The document to search: the field's own, or a copy of a line field's text."""
        widget = self.widget
        if isinstance(widget, QTextEdit):
            return widget.document()
        if self._scratch is None:
            self._scratch = QTextDocument(widget)
        if self._scratch.toPlainText() != widget.text():
            self._scratch.setPlainText(widget.text())
        return self._scratch

    def text(self) -> str:
        widget = self.widget
        return widget.toPlainText() if isinstance(widget, QTextEdit) else widget.text()

    def selection(self) -> Match:
        widget = self.widget
        if isinstance(widget, QTextEdit):
            cursor = widget.textCursor()
            return cursor.selectionStart(), cursor.selectionEnd()
        if widget.hasSelectedText():
            start = widget.selectionStart()
            return start, start + widget.selectionLength()
        return widget.cursorPosition(), widget.cursorPosition()

    def selected_text(self) -> str:
        widget = self.widget
        if isinstance(widget, QTextEdit):
            return widget.textCursor().selectedText()
        return widget.selectedText()

    def select(self, start: int, end: int) -> None:
        """Select ``start``-``end`` (a collapsed span puts the cursor there)."""
        widget = self.widget
        if isinstance(widget, QTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        elif end > start:
            widget.setSelection(start, end - start)
        else:
            widget.setCursorPosition(start)

    def replace_selection(self, text: str) -> None:
        widget = self.widget
        if isinstance(widget, QTextEdit):
            widget.textCursor().insertText(text)
        else:
            widget.insert(text)

    def replace_all(self, query: str, replacement: str, flags: QTextDocument.FindFlag) -> int:
        """Replace every match, as one undo step of this field; returns how many."""
        widget = self.widget
        if isinstance(widget, QTextEdit):
            return replace_all_matches(widget.document(), query, replacement, flags)
        document = self.document()
        count = replace_all_matches(document, query, replacement, flags)
        if count:
            widget.selectAll()
            widget.insert(document.toPlainText())  # one step of the line's own history
        return count

    def undo(self) -> None:
        self.widget.undo()

    def redo(self) -> None:
        self.widget.redo()


class GroupedReplace(QObject):
    """One Replace All over several fields, undone and redone as one step."""

    def __init__(self, changes: list[tuple[SearchField, str]], parent: QObject) -> None:
        """``changes``: each changed field with its text from before the replacement."""
        super().__init__(parent)
        self._fields = [field for field, _before in changes]
        self._before = [before for _field, before in changes]
        self._after = [field.text() for field in self._fields]
        self._undone = False
        self._busy = False
        for field in self._fields:
            field.widget.textChanged.connect(self._on_change)

    def _on_change(self, *_args: object) -> None:
        if self._busy:
            return
        texts = [field.text() for field in self._fields]
        wanted, other = (self._after, self._before) if self._undone else (self._before, self._after)
        moved = [index for index, text in enumerate(texts) if text == wanted[index]]
        stayed = [index for index, text in enumerate(texts) if text == other[index]]
        if len(moved) == 1 and len(moved) + len(stayed) == len(texts):
            self._follow(moved[0])
        elif len(stayed) != len(texts):
            self.dissolve()

    def _follow(self, changed: int) -> None:
        """The step was undone (redone) in one field: do the same in the others."""
        self._busy = True
        try:
            for index, field in enumerate(self._fields):
                if index != changed:
                    (field.redo if self._undone else field.undo)()
        finally:
            self._busy = False
        self._undone = not self._undone

    def dissolve(self) -> None:
        """Stop tying the fields together (another change came in between)."""
        for field in self._fields:
            field.widget.textChanged.disconnect(self._on_change)
        self._fields = []
        self.deleteLater()
