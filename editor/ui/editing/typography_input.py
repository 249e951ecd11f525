"""Smart typography while typing: the Qt side of editor.services.typography.

After a typed character lands, the few characters before the cursor in the same
paragraph go to the pure rules; a replacement is made as its own edit block, so one
Ctrl+Z brings back exactly what was typed.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.services.typography import CONTEXT_LENGTH, is_trigger, replacement_after_typing


class TypographyInput:
    """Applies the typography rules of one language (or none) to typed characters."""

    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._language: str | None = None

    @property
    def language(self) -> str | None:
        """The language whose rules apply, None when smart typography is off."""
        return self._language

    def set_language(self, language: str | None) -> None:
        """Switch rules to ``language`` ("de", "en", ...) or off with None / ""."""
        self._language = language or None

    def after_typing(self, typed: str) -> bool:
        """Call after ``typed`` was inserted at the cursor; returns whether a
        replacement was made. Looks at no more than the paragraph's last
        :data:`CONTEXT_LENGTH` characters before the cursor."""
        language = self._language
        if language is None or len(typed) != 1 or not is_trigger(language, typed):
            return False
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            return False
        in_block = cursor.positionInBlock()
        if in_block == 0:
            return False
        start = max(0, in_block - CONTEXT_LENGTH)
        before = cursor.block().text()[start:in_block]
        if not before.endswith(typed):
            return False
        replacement = replacement_after_typing(language, before)
        if replacement is None:
            return False
        char_format = cursor.charFormat()
        work = QTextCursor(cursor)
        work.beginEditBlock()
        work.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, replacement.length
        )
        work.insertText(replacement.text, char_format)
        work.endEditBlock()
        return True
