"""The article form: kicker, headline, teaser and the WYSIWYG body in a centred column,
and the desk fields (byline, dateline, section, tags, language, status, target length)
in `ArticleDetails`, which the window shows as a side panel.

`ArticleForm.load(article)` fills every field without reporting edits;
`ArticleForm.to_article(base)` returns a new Article with the fields' values. Any user
change emits `edited`. The column keeps the body about 70 characters wide and centred.
"""

from __future__ import annotations

import dataclasses

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
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.domain import Article, Status
from editor.ui.article_list import STATUS_LABELS
from editor.ui.body_editor import BodyEditor

LINE_LENGTH_CHARS = 70
BODY_POINT_SIZE = 13
SAMPLE_PROSE = "the quick brown fox jumps over the lazy dog, said Mr Smith. "
MIN_SIDE_MARGIN = 24
TEASER_MIN_LINES = 2
HEADLINE_LINE_HEIGHT = 92
TEASER_MAX_LINES = 5
LANGUAGES = (
    ("de", "Deutsch"),
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("tr", "Türkçe"),
)
TARGET_UNITS = ("words", "characters")


def parse_tags(text: str) -> list[str]:
    """`"Berlin, Wahl,  berlin "` -> `["Berlin", "Wahl"]` (trimmed, no duplicates)."""
    tags: list[str] = []
    seen: set[str] = set()
    for raw in text.split(","):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class ArticleDetails(QWidget):
    """The desk fields: byline, dateline, section, tags, language, status, target."""

    edited = Signal()
    target_changed = Signal(object, object)  # words | None, chars | None
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetails")
        self.byline = QLineEdit(self)
        self.dateline = QLineEdit(self)
        self.section = QComboBox(self)
        self.section.setEditable(True)
        self.section.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tags = QLineEdit(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(STATUS_LABELS[status], status.value)
        self.target = QSpinBox(self)
        self.target.setRange(0, 100_000)
        self.target.setSingleStep(50)
        self.target_unit = QComboBox(self)
        self.target_unit.addItems(list(TARGET_UNITS))
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.target_unit)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(14, 14, 14, 14)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            ("Byline", self.byline),
            ("Dateline", self.dateline),
            ("Section", self.section),
            ("Tags", self.tags),
            ("Language", self.language),
            ("Status", self.status),
            ("Target length", target_row),
        )
        for source_text, field in rows:
            label = QLabel(self)
            label.setObjectName("detailsLabel")
            self._labels[source_text] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
                self._form.addRow(label, field)
            else:
                self._form.addRow(label, field)
        self._loading = False
        self.retranslate()
        for line in (self.byline, self.dateline, self.tags):
            line.textEdited.connect(self.edited)
        self.section.currentTextChanged.connect(self._user_edit)
        self.status.currentIndexChanged.connect(self._user_edit)
        self.language.currentIndexChanged.connect(self._on_language)
        self.target.valueChanged.connect(self._on_target)
        self.target_unit.currentIndexChanged.connect(self._on_target)

    def retranslate(self) -> None:
        for source_text, label in self._labels.items():
            label.setText(self.tr(source_text))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. Berlin, Wahl"))
        self.byline.setPlaceholderText(self.tr("Author"))
        self.dateline.setPlaceholderText(self.tr("Place"))
        self.target.setSpecialValueText(self.tr("none"))
        for index, unit in enumerate(TARGET_UNITS):
            self.target_unit.setItemText(index, self.tr(unit))

    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_language(self) -> None:
        self.language_changed.emit(self.language_code())
        self._user_edit()

    def _on_target(self) -> None:
        words, chars = self.target_values()
        self.target_changed.emit(words, chars)
        self._user_edit()

    def set_sections(self, names: list[str]) -> None:
        current = self.section.currentText()
        was_loading, self._loading = self._loading, True
        self.section.clear()
        self.section.addItems(["", *names])
        self.section.setCurrentText(current)
        self._loading = was_loading

    def language_code(self) -> str:
        return str(self.language.currentData() or self.language.currentText())

    def target_values(self) -> tuple[int | None, int | None]:
        value = self.target.value() or None
        if self.target_unit.currentIndex() == 0:
            return value, None
        return None, value

    def load(self, article: Article) -> None:
        self._loading = True
        try:
            self.byline.setText(article.byline)
            self.dateline.setText(article.dateline)
            self.section.setCurrentText(article.section)
            self.tags.setText(", ".join(article.tags))
            index = self.language.findData(article.language)
            if index < 0:
                self.language.addItem(article.language, article.language)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.status.setCurrentIndex(max(0, self.status.findData(article.status.value)))
            self.target_unit.setCurrentIndex(
                1 if article.target_chars and not article.target_words else 0
            )
            self.target.setValue(article.target_words or article.target_chars or 0)
        finally:
            self._loading = False

    def apply_to(self, article: Article) -> Article:
        words, chars = self.target_values()
        return dataclasses.replace(
            article,
            byline=self.byline.text().strip(),
            dateline=self.dateline.text().strip(),
            section=self.section.currentText().strip(),
            tags=parse_tags(self.tags.text()),
            language=self.language_code(),
            status=Status(self.status.currentData()),
            target_words=words,
            target_chars=chars,
        )


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
        self.kicker = QLineEdit(self)
        self.kicker.setObjectName("kicker")
        self.kicker.setFrame(False)
        self.headline = AutoHeightTextEdit(1, 4, True, self, HEADLINE_LINE_HEIGHT)
        self.headline.setObjectName("headline")
        self.teaser = AutoHeightTextEdit(TEASER_MIN_LINES, TEASER_MAX_LINES, False, self, 110)
        self.teaser.setObjectName("teaser")
        self.body = BodyEditor(self)
        self.body.setObjectName("body")
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFont(QFont(body_family, BODY_POINT_SIZE))
        self.body.installEventFilter(self)
        self.find_bar = self.body.find_bar()
        header = QWidget(self)
        header.setObjectName("articleHeader")
        self._header_layout = QVBoxLayout(header)
        self._header_layout.setSpacing(2)
        self._header_layout.addWidget(self.kicker)
        self._header_layout.addWidget(self.headline)
        self._header_layout.addWidget(self.teaser)
        rule = QFrame(header)
        rule.setObjectName("headerRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        self._header_layout.addSpacing(6)
        self._header_layout.addWidget(rule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.find_bar)
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
        self.body.setPlaceholderText(self.tr("Write your story…"))

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
        self.headline_changed.emit(article.headline)

    def to_article(self, base: Article) -> Article:
        """`base` (id, slug, version, dates...) with every field's current value."""
        article = dataclasses.replace(
            base,
            kicker=self.kicker.text().strip(),
            headline=" ".join(self.headline.text().split()),
            teaser=self.teaser.text().strip(),
            body=self.body.markdown(),
        )
        return self.details.apply_to(article)

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
        header_side = side + int(self.body.document().documentMargin())
        self._header_layout.setContentsMargins(header_side, 18, header_side, 4)
        self.body.setViewportMargins(side, 0, max(0, side - scroll_bar), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FontChange:
            self.update_column()
        return False
