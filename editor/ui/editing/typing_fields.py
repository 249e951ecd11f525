"""The two kinds of text field smart typography works in, behind one small interface:
`TextEditField` (QTextEdit, one QTextDocument undo stack) and `LineEditField`
(QLineEdit, its own undo history). Positions are character offsets in the field.

Each makes a replacement one undo step that the typing after it does not join:
QTextDocument merges an insertion into an edit block that ends with an insertion, so
the block inserts first and removes last; QLineEdit joins typing to whatever came
before until the cursor moves, so the replacement ends with a cursor move. Undoing a
replacement in a QLineEdit selects the restored characters (it was made by replacing a
selection), and the next keystroke would overwrite them: `LineEditField` drops that
selection.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit

# Text typed since a replacement, with its character formats where the field has them.
Typing = list[tuple[str, QTextCharFormat | None]]


class TypingField(Protocol):
    """What the typography needs from a text field."""

    def cursor(self) -> int:
        """The cursor position, or -1 while text is selected."""

    def set_cursor(self, position: int) -> None:
        """Put the cursor at ``position``."""

    def line_before_cursor(self, limit: int) -> str:
        """Up to ``limit`` characters of the cursor's paragraph before the cursor."""

    def text_range(self, start: int, end: int) -> str:
        """The characters from ``start`` to ``end`` (within one paragraph)."""

    def length(self) -> int:
        """How many characters the field holds."""

    def undo_marker(self) -> int:
        """A value to compare with :meth:`typing_is_one_step_since` later."""

    def typing_is_one_step_since(self, marker: int) -> bool:
        """Whether exactly one undo step of typing was added since ``marker``."""

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace [start, end) with ``text`` as one undo step of its own."""

    def take_typing(self, start: int, end: int) -> Typing:
        """The typed text from ``start`` to ``end``, to type again with :meth:`retype`."""

    def retype(self, typing: Typing) -> None:
        """Insert ``typing`` at the cursor, as typing."""

    def undo(self) -> None:
        """Undo one step."""

    def redo(self) -> None:
        """Redo one step."""


class TextEditField:
    """A QTextEdit (rich or plain text)."""

    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor

    def cursor(self) -> int:
        cursor = self._editor.textCursor()
        return -1 if cursor.hasSelection() else cursor.position()

    def set_cursor(self, position: int) -> None:
        cursor = self._editor.textCursor()
        if cursor.position() != position or cursor.hasSelection():
            cursor.setPosition(position)
            self._editor.setTextCursor(cursor)

    def line_before_cursor(self, limit: int) -> str:
        cursor = self._editor.textCursor()
        in_block = cursor.positionInBlock()
        return cursor.block().text()[max(0, in_block - limit) : in_block]

    def text_range(self, start: int, end: int) -> str:
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def length(self) -> int:
        return self._editor.document().characterCount()

    def undo_marker(self) -> int:
        return self._editor.document().availableUndoSteps()

    def typing_is_one_step_since(self, marker: int) -> bool:
        return self._editor.document().availableUndoSteps() == marker + 1

    def replace(self, start: int, end: int, text: str) -> None:
        work = QTextCursor(self._editor.document())
        work.setPosition(end)
        char_format = work.charFormat()
        # Begun at the cursor, the step's undo puts the cursor back there.
        work.setPosition(self._editor.textCursor().position())
        work.beginEditBlock()
        work.setPosition(start)
        work.insertText(text, char_format)
        if end > start:
            # Removing last ends the step with a removal, which typing never joins.
            work.setPosition(start + len(text) + end - start, QTextCursor.MoveMode.KeepAnchor)
            work.removeSelectedText()
        work.endEditBlock()

    def take_typing(self, start: int, end: int) -> Typing:
        document = self._editor.document()
        cursor = QTextCursor(document)
        pieces: Typing = []
        for position in range(start, end):
            cursor.setPosition(position + 1)
            char_format = cursor.charFormat()
            character = document.characterAt(position)
            if pieces and pieces[-1][1] == char_format:
                pieces[-1] = (pieces[-1][0] + character, char_format)
            else:
                pieces.append((character, char_format))
        return pieces

    def retype(self, typing: Typing) -> None:
        cursor = self._editor.textCursor()
        for text, char_format in typing:
            if char_format is None:
                cursor.insertText(text)
            else:
                cursor.insertText(text, char_format)
        self._editor.setTextCursor(cursor)

    def undo(self) -> None:
        self._editor.undo()

    def redo(self) -> None:
        self._editor.redo()


class LineEditField:
    """A QLineEdit. Counts the cursor moves that are not typing, since its undo history
    ends a step at each."""

    def __init__(self, edit: QLineEdit) -> None:
        self._edit = edit
        self._busy = False
        self._moves = 0
        # Where replacements were made and what they replaced, to recognise their undo.
        self._replaced: deque[tuple[int, str]] = deque(maxlen=32)
        edit.cursorPositionChanged.connect(self._on_cursor_moved)
        edit.textChanged.connect(self._on_text_changed)

    def cursor(self) -> int:
        return -1 if self._edit.hasSelectedText() else self._edit.cursorPosition()

    def set_cursor(self, position: int) -> None:
        self._busy = True
        try:
            self._edit.setCursorPosition(position)
        finally:
            self._busy = False

    def line_before_cursor(self, limit: int) -> str:
        position = self._edit.cursorPosition()
        return self._edit.text()[max(0, position - limit) : position]

    def text_range(self, start: int, end: int) -> str:
        return self._edit.text()[start:end]

    def length(self) -> int:
        return len(self._edit.text())

    def undo_marker(self) -> int:
        return self._moves

    def typing_is_one_step_since(self, marker: int) -> bool:
        return self._moves == marker

    def replace(self, start: int, end: int, text: str) -> None:
        edit = self._edit
        target = edit.cursorPosition() + len(text) - (end - start)
        self._busy = True
        try:
            self._replaced.append((start, edit.text()[start:end]))
            edit.setSelection(start, end - start)
            edit.insert(text)
            # A cursor move closes the undo step, so typing after it is a step of its own.
            if edit.cursorPosition() == target:
                edit.setCursorPosition(target - 1)
            edit.setCursorPosition(target)
        finally:
            self._busy = False

    def take_typing(self, start: int, end: int) -> Typing:
        return [(self._edit.text()[start:end], None)]

    def retype(self, typing: Typing) -> None:
        self._busy = True
        try:
            self._edit.insert("".join(text for text, _format in typing))
        finally:
            self._busy = False

    def undo(self) -> None:
        self._busy = True
        try:
            self._edit.undo()
            self._drop_restored_selection()
        finally:
            self._busy = False

    def redo(self) -> None:
        self._busy = True
        try:
            self._edit.redo()
        finally:
            self._busy = False

    def _on_cursor_moved(self, old: int, new: int) -> None:
        if not self._busy and new != old + 1:
            self._moves += 1

    def _on_text_changed(self, _text: str) -> None:
        if not self._busy:
            self._drop_restored_selection()

    def _drop_restored_selection(self) -> None:
        """After an undo brought back what a replacement replaced, unselect it."""
        edit = self._edit
        if (
            edit.hasSelectedText()
            and (edit.selectionStart(), edit.selectedText()) in self._replaced
        ):
            edit.deselect()
