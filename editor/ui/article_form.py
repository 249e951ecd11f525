"""The article form: kicker, headline, teaser and the WYSIWYG body in a centred column
(the desk fields live in `ArticleDetails`, a side panel). The header (kicker, headline,
teaser) is the top of the body's page: header and text scroll as one, with the body's
scroll bar (see `ScrollingHeader`).

`ArticleForm.load(article)` fills every field without reporting edits;
`ArticleForm.to_article(base)` returns a new Article with the fields' values. Any user
change emits `edited`. The column keeps the body about 70 characters wide and centred.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.domain import Article
from editor.ui.article_details import ArticleDetails
from editor.ui.autosave import Snapshot
from editor.ui.body_editor import BodyEditor
from editor.ui.editing.body_io import write_markdown
from editor.ui.scrolling_header import PagePlaceholder, ScrollingHeader

LINE_LENGTH_CHARS = 70
BODY_POINT_SIZE = 13
SAMPLE_PROSE = "the quick brown fox jumps over the lazy dog, said Mr Smith. "
MIN_SIDE_MARGIN = 24
TEASER_MIN_LINES = 2
HEADLINE_LINE_HEIGHT = 92
TEASER_MAX_LINES = 5


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
        content = self.document().size().height()
        margin = 2 * self.document().documentMargin()
        lines = max(1, round((content - margin) / self._line_pixels()))
        shown = min(self._max_lines, max(self._min_lines, lines))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self._max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
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

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            self.insertPlainText(" ".join(text.split()) if self._single_line else text)

    def text(self) -> str:
        return self.toPlainText()


class ArticleForm(QWidget):
    """Kicker, headline, teaser and body in one centred, readable column."""

    edited = Signal()
    headline_changed = Signal(str)

    def __init__(self, details: ArticleDetails, body_family: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleForm")
        self.details = details
        self.body = BodyEditor(self)
        self.body.setObjectName("body")
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so the column never shifts when the text outgrows the page.
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.body.setFont(QFont(body_family, BODY_POINT_SIZE))
        self.body.installEventFilter(self)
        self.find_bar = self.body.find_bar()
        # The header is the top of the body's page and scrolls away with the text.
        self.header = ScrollingHeader(self.body, self, self.body.typewriter_overshoot)
        self.header.setObjectName("articleHeader")
        self.kicker = QLineEdit(self.header)
        self.kicker.setObjectName("kicker")
        self.kicker.setFrame(False)
        self.headline = AutoHeightTextEdit(1, 4, True, self.header, HEADLINE_LINE_HEIGHT)
        self.headline.setObjectName("headline")
        self.teaser = AutoHeightTextEdit(
            TEASER_MIN_LINES, TEASER_MAX_LINES, False, self.header, 110
        )
        self.teaser.setObjectName("teaser")
        self._header_layout = QVBoxLayout(self.header)
        self._header_layout.setSpacing(2)
        self._header_layout.addWidget(self.kicker)
        self._header_layout.addWidget(self.headline)
        self._header_layout.addWidget(self.teaser)
        rule = QFrame(self.header)
        rule.setObjectName("headerRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        self._header_layout.addSpacing(6)
        self._header_layout.addWidget(rule)
        self.header.watch_focus(self.kicker, self.headline, self.teaser)
        self._placeholder = PagePlaceholder(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.find_bar)
        self.find_bar.raise_()
        QWidget.setTabOrder(self.kicker, self.headline)
        QWidget.setTabOrder(self.headline, self.teaser)
        QWidget.setTabOrder(self.teaser, self.body)
        self.update_column()
        self.header.sync()
        self.header.reveal()
        self._loading = False
        self.kicker.textEdited.connect(self._user_edit)
        self.headline.textChanged.connect(self._on_headline)
        self.teaser.textChanged.connect(self._user_edit)
        self.body.textChanged.connect(self._user_edit)
        details.edited.connect(self._user_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.kicker.setPlaceholderText(self.tr("Kicker"))
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.teaser.setPlaceholderText(
            self.tr("Teaser: the two or three lines that sell the story")
        )
        self._placeholder.setText(self.tr("Write your story…"))
        self._placeholder.refresh()

    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_headline(self) -> None:
        if not self._loading:
            self.headline_changed.emit(self.headline.text())
            self.edited.emit()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def load(self, article: Article) -> None:
        """Show an article; emits no `edited` (loading is not editing)."""
        self._loading = True
        try:
            self.kicker.setText(article.kicker)
            self.headline.setPlainText(article.headline)
            self.teaser.setPlainText(article.teaser)
            self.details.load(article)
            self.body.set_markdown(article.body)
        finally:
            self._loading = False
        self.header.reveal()
        self.headline_changed.emit(article.headline)

    def to_article(self, base: Article) -> Article:
        """`base` (id, slug, version, dates...) with every field's current value."""
        return dataclasses.replace(self._fields_but_body(base), body=self.body.markdown())

    def _fields_but_body(self, base: Article) -> Article:
        """`base` with the header and details fields as they stand in the form."""
        return self.details.apply_to(
            dataclasses.replace(
                base,
                kicker=self.kicker.text().strip(),
                headline=" ".join(self.headline.text().split()),
                teaser=self.teaser.text().strip(),
            )
        )

    def snapshot(self, base: Article) -> Snapshot:
        """Like `to_article`, but the body is written later from a copy of the document
        (cloning is cheap; writing Markdown for a long piece is not), off the GUI thread."""
        copy = self.body.document().clone()
        article = self._fields_but_body(base)
        return Snapshot(article, partial(write_markdown, copy), copy)

    # -- the readable column ---------------------------------------------------------

    def column_width(self) -> float:
        """About LINE_LENGTH_CHARS characters of body text at the current zoom."""
        metrics = QFontMetricsF(self.body.font())
        average = metrics.horizontalAdvance(SAMPLE_PROSE) / len(SAMPLE_PROSE)
        return LINE_LENGTH_CHARS * average + 2 * self.body.document().documentMargin()

    def update_column(self) -> None:
        """Centre the column: equal margins left and right, never below the minimum."""
        side = max(MIN_SIDE_MARGIN, int((self.width() - self.column_width()) / 2))
        scroll_bar = self.body.verticalScrollBar().sizeHint().width()
        self.body.setViewportMargins(side, 0, max(0, side - scroll_bar), 0)
        # The header spans the column; its fields line up with the body text.
        text_inset = int(self.body.document().documentMargin())
        self._header_layout.setContentsMargins(text_inset, 18, text_inset, 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FontChange:
            self.update_column()
        return False
