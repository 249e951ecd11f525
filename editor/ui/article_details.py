"""The desk fields of an article: byline, dateline, section, tags, language, status and
target length, shown by the window as a side panel.

`ArticleDetails.load(article)` fills them without reporting edits; `apply_to(article)`
returns a copy with their values; user changes emit `edited`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from editor.domain import Article, Status, parse_tags
from editor.ui.article_list import STATUS_LABELS

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
