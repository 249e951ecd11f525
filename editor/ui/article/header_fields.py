"""The text fields of the article's page header: `HeaderLineEdit` (the kicker, one line)
and `AutoHeightTextEdit` (headline and teaser, wrapping and growing with their text).

Both type with the body's smart typography: `typography.follow(...)` gives them the
body's language and off switch, and they report every typed character to it, so
quotes, dashes and the ellipsis come out as in the body, each undone by one Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLineEdit, QTextEdit, QWidget

from editor.ui.editing.typing_typography import TypographyInput

# Fitting the height again while a fit is under way (a fit can resize the field, which
# relays out its text) goes round at most this often.
MAX_FIT_PASSES = 4


class HeaderLineEdit(QLineEdit):
    """A frameless one-line field with smart typography."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrame(False)
        self.typography = TypographyInput(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.text():
            self.typography.after_typing(event.text())


class AutoHeightTextEdit(QTextEdit):
    """A plain, wrapping field that grows with its text (between min and max lines).

    With `single_line` it refuses line breaks (Enter moves on, pasted breaks become
    spaces): a headline that wraps instead of scrolling sideways. Lines are set a little
    tighter than the font's own spacing, as display type should be.
    """

    def __init__(
        self,
        min_lines: int,
        max_lines: int,
        single_line: bool,
        parent: QWidget | None = None,
        line_height_percent: int = 100,
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self._single_line = single_line
        self._line_height = line_height_percent
        self._fitting = False
        self._fit_again = False
        self.typography = TypographyInput(self)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._apply_line_height()

    def _apply_line_height(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(
            self._line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        cursor.mergeBlockFormat(block_format)
        self.document().clearUndoRedoStacks()
        self._fit_height()

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self._apply_line_height()

    def _line_pixels(self) -> float:
        return self.fontMetrics().lineSpacing() * self._line_height / 100

    def _fit_height(self, *_args: object) -> None:
        """Show as many lines as the text has (within min and max).

        Fitting can change the field's width (the scroll bar comes or goes) and so the
        text's line count, and Qt reports that synchronously, in the middle of the fit.
        That nested report is answered after the fit, with the text as it then stands:
        applying a height measured before would leave the field a line too tall or
        short (as after leaving focus mode, when the window passes through a narrow
        size and the scroll bar showed for a moment).
        """
        if self._fitting:
            self._fit_again = True
            return
        self._fitting = True
        try:
            for _ in range(MAX_FIT_PASSES):
                self._fit_again = False
                self._fit_height_once()
                if not self._fit_again:
                    break
        finally:
            self._fitting = False

    def _fit_height_once(self) -> None:
        content = self.document().size().height()
        margin = 2 * self.document().documentMargin()
        lines = max(1, round((content - margin) / self._line_pixels()))
        shown = min(self._max_lines, max(self._min_lines, lines))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self._max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if self._fit_again:
            return
        margins = self.contentsMargins()
        height = shown * self._line_pixels() + margin + margins.top() + margins.bottom()
        self.setFixedHeight(int(height + 4))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
        if event.text():
            self.typography.after_typing(event.text())

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            self.insertPlainText(" ".join(text.split()) if self._single_line else text)

    def text(self) -> str:
        return self.toPlainText()
