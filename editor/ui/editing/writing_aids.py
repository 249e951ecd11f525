"""Writing aids: smart typography while typing (the Qt side of
editor.services.typography), zoom steps and typewriter scrolling.

Typography: after a typed character lands, the few characters before the cursor in the
same paragraph go to the pure rules; a replacement is made as its own edit block, so one
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


MIN_ZOOM_STEP = -6
MAX_ZOOM_STEP = 16


class ZoomController:
    """Zooms an editor's text in point steps and back to where it started."""

    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._step = 0

    @property
    def step(self) -> int:
        """Points above (or below) the unzoomed size."""
        return self._step

    def zoom_by(self, steps: int) -> None:
        """Zoom in (positive) or out (negative), kept within sensible bounds."""
        target = max(MIN_ZOOM_STEP, min(MAX_ZOOM_STEP, self._step + steps))
        change = target - self._step
        if change > 0:
            self._editor.zoomIn(change)
        elif change < 0:
            self._editor.zoomOut(-change)
        self._step = target

    def reset(self) -> None:
        """Back to the unzoomed size."""
        self.zoom_by(-self._step)


class TypewriterScroller:
    """Keeps the cursor line in the vertical middle of the viewport.

    The scroll range is lengthened by half a viewport so the first and last lines can
    be centred too; the document itself is never touched (no undo entries, no
    modified flag).
    """

    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._enabled = False
        self._extra = 0
        self._adjusting = False

    @property
    def enabled(self) -> bool:
        """Whether typewriter scrolling is on."""
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switch typewriter scrolling on or off."""
        if on == self._enabled:
            return
        self._enabled = on
        editor = self._editor
        scroll_bar = editor.verticalScrollBar()
        if on:
            editor.cursorPositionChanged.connect(self.centre_cursor)
            scroll_bar.rangeChanged.connect(self._lengthen_range)
            self._lengthen_range(scroll_bar.minimum(), scroll_bar.maximum())
            self.centre_cursor()
        else:
            editor.cursorPositionChanged.disconnect(self.centre_cursor)
            scroll_bar.rangeChanged.disconnect(self._lengthen_range)
            self._adjusting = True
            scroll_bar.setRange(scroll_bar.minimum(), max(0, scroll_bar.maximum() - self._extra))
            self._adjusting = False
            self._extra = 0

    def _lengthen_range(self, minimum: int, maximum: int) -> None:
        if self._adjusting:
            return
        self._extra = self._editor.viewport().height() // 2
        self._adjusting = True
        self._editor.verticalScrollBar().setRange(minimum, maximum + self._extra)
        self._adjusting = False

    def centre_cursor(self) -> None:
        """Scroll so the cursor line sits in the middle of the viewport."""
        rect = self._editor.cursorRect()
        offset = rect.center().y() - self._editor.viewport().height() // 2
        if offset:
            scroll_bar = self._editor.verticalScrollBar()
            scroll_bar.setValue(scroll_bar.value() + offset)
