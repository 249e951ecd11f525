"""The article form: kicker, headline, teaser and the WYSIWYG body in a centred column
(the desk fields live in `ArticleDetails`, a side panel). The header (kicker, headline,
teaser) is the top of the body's page: header and text scroll as one, with the body's
scroll bar (see `ScrollingHeader`).

`ArticleForm.load(article)` fills every field without reporting edits;
`ArticleForm.to_article(base)` returns a new Article with the fields' values. Any user
change emits `edited`. The column keeps the body about 70 characters wide and centred.
Zooming the body zooms the whole page: the header's type scales by the same factor.
The header fields type with the body's smart typography (language and off switch).

A notice above the page reports what the body could not take: links the allow-list
refused, and a body that failed to load. Then the whole article is read-only and emits
no `edited` (autosave never stores it), and its snapshot keeps the stored body.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from editor.domain import Article
from editor.ui.article.body_editor import BodyEditor
from editor.ui.article.details import ArticleDetails
from editor.ui.article.header_fields import AutoHeightTextEdit, HeaderLineEdit
from editor.ui.article.scrolling_header import PagePlaceholder, ScrollingHeader
from editor.ui.article.snapshot import Snapshot
from editor.ui.body.body_io import clone_document, write_markdown

if TYPE_CHECKING:
    from editor.ui.body.html_loading import PreparedBody
    from editor.ui.editing.find_replace_bar import FindReplaceBar

LINE_LENGTH_CHARS = 70
BODY_POINT_SIZE = 13
SAMPLE_PROSE = "the quick brown fox jumps over the lazy dog, said Mr Smith. "
MIN_SIDE_MARGIN = 24
TEASER_MIN_LINES = 2
HEADLINE_LINE_HEIGHT = 92
TEASER_MAX_LINES = 5


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
        # The header is the top of the body's page and scrolls away with the text.
        self.header = ScrollingHeader(self.body, self, self.body.typewriter_overshoot)
        self.header.setObjectName("articleHeader")
        self.kicker = HeaderLineEdit(self.header)
        self.kicker.setObjectName("kicker")
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
        for field in (self.kicker, self.headline, self.teaser):
            # The body's language and off switch, read at every keystroke.
            field.typography.follow(self.body.typography_language)
        self._header_scale = 1.0
        self._header_sizes: dict[str, tuple[float, str]] = {}
        self._placeholder = PagePlaceholder(self.body)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.notice = QLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # it names refused addresses
        self.notice.setObjectName("bodyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.body, 1)
        self._footers = 0  # widgets under the body (add_footer)
        self.body.links_refused.connect(self._show_refused_links)
        self.body.set_find_bar_host(self._place_find_bar)
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

    @property
    def find_bar(self) -> FindReplaceBar:
        """The body's find/replace bar, below the page (built on first use)."""
        return self.body.find_bar()

    def add_footer(self, widget: QWidget) -> None:
        """Put `widget` under the body, above the find bar, in the order added."""
        self._layout.insertWidget(self._layout.indexOf(self.body) + 1 + self._footers, widget)
        self._footers += 1

    def _place_find_bar(self, bar: QWidget) -> None:
        self._layout.addWidget(bar)
        bar.raise_()
        # Find and Replace cover the whole article, in reading order.
        self.find_bar.set_fields([self.kicker, self.headline, self.teaser, self.body])

    def retranslate(self) -> None:
        self.kicker.setPlaceholderText(self.tr("Kicker"))
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.teaser.setPlaceholderText(
            self.tr("Teaser: the two or three lines that sell the story")
        )
        self._placeholder.setText(self.tr("Write your story…"))
        self._placeholder.refresh()

    def _user_edit(self) -> None:
        if not self._loading and self.body.load_error is None:
            self.edited.emit()

    def _on_headline(self) -> None:
        if not self._loading and self.body.load_error is None:
            self.headline_changed.emit(self.headline.text())
            self.edited.emit()

    def load(self, article: Article, prepared: PreparedBody | None = None) -> None:
        """Show an article (its body `prepared` off the GUI thread, if it was); emits no
        `edited` (loading is not editing)."""
        self._loading = True
        self.notice.hide()
        try:
            self.kicker.setText(article.kicker)
            self.headline.setPlainText(article.headline)
            self.teaser.setPlainText(article.teaser)
            self.details.load(article)
            self.body.set_markdown(article.body, prepared)
        finally:
            self._loading = False
        self._set_read_only(self.body.load_error)
        self.header.reveal()
        self.headline_changed.emit(article.headline)

    def _set_read_only(self, load_error: str | None) -> None:
        """Read-only with the reason shown while the body could not be loaded."""
        for field in (self.kicker, self.headline, self.teaser):
            field.setReadOnly(load_error is not None)
        self.details.setEnabled(load_error is None)
        if load_error is not None:
            self._show_notice(
                self.tr(
                    "This article could not be opened for editing ({error}). It is shown "
                    "read-only, as stored, and nothing in it is saved."
                ).replace("{error}", load_error)
            )

    def _show_refused_links(self, targets: list[str]) -> None:
        listed = ", ".join(targets[:3]) + (" …" if len(targets) > 3 else "")
        self._show_notice(
            self.tr("Links to addresses that are not allowed became plain text: {links}").replace(
                "{links}", listed
            )
        )

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

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
        article = self._fields_but_body(base)
        if self.body.load_error is not None:
            return Snapshot(dataclasses.replace(article, body=self.body.markdown()))
        copy = clone_document(self.body.document())
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
            self.scale_header()
        return False

    # -- zoom: the whole page, header included ---------------------------------------

    def header_scale(self) -> float:
        """How much larger than normal the header's type is set (the body's zoom)."""
        return self._header_scale

    def scale_header(self) -> None:
        """Set the kicker, headline and teaser larger or smaller by the factor the body
        is zoomed by, so the page zooms as a whole. Their normal sizes come from the
        style sheet; a style sheet on the header, which wins over the application's,
        scales them (a plain `setFont` would lose against the style sheet)."""
        factor = self.body.font().pointSizeF() / BODY_POINT_SIZE
        if abs(factor - self._header_scale) < 0.001:
            return
        if not self._header_sizes:
            self._header_sizes = self._normal_header_sizes()
        self._header_scale = factor
        if abs(factor - 1) < 0.001:
            self.header.setStyleSheet("")
            return
        self.header.setStyleSheet(
            "\n".join(
                f"#{name} {{ font-size: {size * factor:.2f}{unit}; }}"
                for name, (size, unit) in self._header_sizes.items()
            )
        )

    def _normal_header_sizes(self) -> dict[str, tuple[float, str]]:
        """Each header field's unzoomed font size and its unit, as the style sheet sets it."""
        sizes: dict[str, tuple[float, str]] = {}
        for field in (self.kicker, self.headline, self.teaser):
            field.ensurePolished()
            font = field.font()
            point_size = font.pointSizeF()
            sizes[field.objectName()] = (
                (point_size, "pt") if point_size > 0 else (float(font.pixelSize()), "px")
            )
        return sizes
