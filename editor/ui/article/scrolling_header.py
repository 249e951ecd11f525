"""A header that belongs to a text editor's page: it sits above the document and
scrolls away with it, as the top of a page does in a word processor.

The editor stays the only scroller. Its vertical scroll range is extended upwards by
the header's height (the scroll value starts at minus that height), so at the top of
the page QTextEdit itself draws the document below the header; the header is an
overlay, a sibling of the editor inside their common parent (which clips it), moved to
follow the scroll value. Nothing in the document changes: no formats, no undo entries,
no extra layout pass, and the keys and clicks meant for the header's fields never
reach the editor.

`PagePlaceholder` draws the editor's placeholder where its first line will be (Qt
draws its own at the top of the viewport, which the header covers).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSizeF, Qt
from PySide6.QtGui import QFocusEvent, QMouseEvent, QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from editor.ui.qt.qt_wrappers import scroll_viewport


def _no_overshoot() -> int:
    return 0


class ScrollingHeader(QWidget):
    """The top of `editor`'s page; give it a layout with the header's fields.

    `parent` must be an ancestor of `editor`. `overshoot` says how far the editor's
    scroll range reaches below the document (typewriter scrolling lengthens it); the
    header keeps that when it sets the range.
    """

    def __init__(
        self,
        editor: QTextEdit,
        parent: QWidget,
        overshoot: Callable[[], int] = _no_overshoot,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._editor = editor
        self._overshoot = overshoot
        self._inset = 0
        self._document_height: int | None = None  # as far as Qt has laid it out
        self._viewport = scroll_viewport(editor)
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(self._follow_document_size)
        scroll_bar = editor.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._place)
        scroll_bar.rangeChanged.connect(self._keep_range)
        editor.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # -- public ----------------------------------------------------------------------

    def inset(self) -> int:
        """The header's height, by which the page's scroll range reaches above the
        document."""
        return self._inset

    def reveal(self) -> None:
        """Scroll to the top of the page, header in full view."""
        self._editor.verticalScrollBar().setValue(-self._inset)

    def watch_focus(self, *fields: QWidget) -> None:
        """Scroll the header into view when one of `fields` takes the focus from the
        keyboard while it is scrolled away."""
        for field in fields:
            field.installEventFilter(self)

    def sync(self) -> None:
        """Take the height the header's layout asks for; the text does not move on
        screen unless the header is in view, whose top then stays put."""
        height = self.sizeHint().height()
        if height != self._inset:
            scroll_bar = self._editor.verticalScrollBar()
            value = scroll_bar.value()
            grown = height - self._inset
            self._inset = height
            self._keep_range()
            if value < 0:
                scroll_bar.setValue(value - grown)
        self._place()

    # -- following the editor ----------------------------------------------------------

    def _follow_document_size(self, size: QSizeF) -> None:
        self._document_height = size.toSize().height()
        self._keep_range()

    def _laid_out_height(self) -> int:
        """The document's height as far as Qt has laid it out, as QTextEdit's own range
        takes it. A long document is laid out in steps while the event loop runs;
        `documentSize()` would finish that layout at once, freezing the window."""
        if self._document_height is None:
            layout = self._editor.document().documentLayout()
            self._document_height = layout.documentSize().toSize().height()
        return self._document_height

    def _keep_range(self, *_args: object) -> None:
        """From minus the header's height to where the editor's own range ends (as Qt
        would compute it, not clamped at 0, plus any overshoot)."""
        scroll_bar = self._editor.verticalScrollBar()
        overflow = self._laid_out_height() - self._viewport.height()
        minimum = -self._inset
        maximum = max(minimum, overflow) + self._overshoot()
        if (scroll_bar.minimum(), scroll_bar.maximum()) != (minimum, maximum):
            scroll_bar.setRange(minimum, maximum)

    def _place(self, *_args: object) -> None:
        viewport = self._viewport
        parent = self.parentWidget()
        origin = viewport.mapTo(parent, QPoint(0, 0)) if parent is not None else QPoint()
        top = origin.y() - self._inset - self._editor.verticalScrollBar().value()
        self.setGeometry(origin.x(), top, viewport.width(), self._inset)

    def _field_hidden(self, field: QWidget) -> bool:
        viewport = self._viewport
        top = field.mapToGlobal(QPoint(0, 0)).y() - viewport.mapToGlobal(QPoint(0, 0)).y()
        return top < 0 or top + field.height() > viewport.height()

    # -- events ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.sync()
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Move) and (
            watched is self._editor or watched is self._viewport
        ):
            self._place()
        elif (
            kind == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
            and isinstance(watched, QWidget)
            and self._field_hidden(watched)
        ):
            self.reveal()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click between the fields stays in the header.
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The fields do not scroll (or are at their end): the page scrolls.
        QCoreApplication.sendEvent(self._editor.verticalScrollBar(), event)


class PagePlaceholder(QLabel):
    """`text` in the placeholder colour where an empty editor's first line will be,
    scrolling with the page; hidden as soon as the document has any text."""

    def __init__(self, editor: QTextEdit, text: str = "") -> None:
        viewport = scroll_viewport(editor)
        super().__init__(text, viewport)
        self._editor = editor
        self._viewport = viewport
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setFont(editor.font())
        editor.textChanged.connect(self.refresh)
        editor.verticalScrollBar().valueChanged.connect(self.refresh)
        editor.installEventFilter(self)
        viewport.installEventFilter(self)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show or hide, and sit on the first line (cheap while the text is not empty)."""
        empty = self._editor.document().isEmpty()
        if empty:
            first_line = self._editor.cursorRect(QTextCursor(self._editor.document()))
            margin = first_line.left()
            width = max(0, self._viewport.width() - 2 * margin)
            self.setGeometry(margin, first_line.top(), width, self.heightForWidth(width))
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FontChange and watched is self._editor:
            self.setFont(self._editor.font())
            self.refresh()
        elif kind == QEvent.Type.Resize:
            self.refresh()
        return False
