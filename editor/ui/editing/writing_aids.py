"""Writing aids for the body: zoom steps and typewriter scrolling. (Smart typography
while typing is `TypographyInput` in editor.ui.editing.typing_typography: every text
field of the article uses it, not only the body.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

# The one pair of zoom bounds, in point steps from the normal size; the window's zoom
# commands and the remembered zoom go through ZoomController and so stay within them.
MIN_ZOOM_STEP = -6
MAX_ZOOM_STEP = 12


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
