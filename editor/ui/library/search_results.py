"""Library search in the sidebar: the results of the query being typed, each with its
snippet, the words that matched highlighted.

`SearchResultsModel` holds the hits of the latest query (the library marks each match
in a snippet with brackets); `SearchResultDelegate` draws a hit as its headline over
its snippet, the matches in bold on the highlight colour. `body_matches` and
`highlight_matches` put the same words into the opened article's body: the cursor at the
first match, every match highlighted, found ignoring case and diacritics as the library
search does (`koln` finds `Köln`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from html import escape
from typing import Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex
_MARKED = re.compile(r"\[([^\[\]]*)\]")
_WORD = re.compile(r"\w+")


class HitLike(Protocol):
    """What a result row needs (services' SearchHit has it)."""

    @property
    def id(self) -> str: ...
    @property
    def headline(self) -> str: ...
    @property
    def snippet(self) -> str: ...


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest query, best first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[HitLike] = []
        self.query = ""

    def show_hits(self, query: str, hits: Sequence[HitLike]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.headline
        if role == ArticleIdRole:
            return hit.id
        if role == SnippetRole:
            return hit.snippet
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p>{escape(plain_snippet(hit.snippet))}</p>"
        return None


def plain_snippet(snippet: str) -> str:
    """The snippet without the library's match brackets."""
    return _MARKED.sub(lambda match: match.group(1), snippet)


def snippet_html(snippet: str, mark: QColor) -> str:
    """The snippet as rich text: everything escaped, each bracketed match in bold on the
    highlight colour."""
    parts: list[str] = []
    last = 0
    for match in _MARKED.finditer(snippet):
        parts.append(escape(snippet[last : match.start()]))
        parts.append(f"<b style='background:{mark.name()}'>{escape(match.group(1))}</b>")
        last = match.end()
    parts.append(escape(snippet[last:]))
    return "".join(parts)


class SearchResultDelegate(QStyledItemDelegate):
    """A hit: its headline in bold, its snippet (matches highlighted) under it."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        palette: QPalette = option.palette
        mark = palette.color(QPalette.ColorRole.Highlight).lighter(160)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setTextWidth(max(80, option.rect.width() - 2 * self.PADDING))
        headline = escape(str(index.data() or ""))
        snippet = snippet_html(str(index.data(SnippetRole) or ""), mark)
        document.setHtml(f"<b>{headline}</b><br/><span>{snippet}</span>")
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        widget = option.widget
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, widget
            )
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING / 2)
        document.drawContents(painter)
        painter.restore()


def _folded(text: str) -> str:
    """`text` lower-cased without diacritics, one character for each of `text`'s, so
    positions in it are positions in `text`."""
    return "".join(
        (unicodedata.normalize("NFD", char)[:1] or char).lower()[:1] or char for char in text
    )


def body_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words (or words they begin) occur in `text`, as (start, end)."""
    terms = [_folded(term) for term in _WORD.findall(query)]
    if not terms:
        return []
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)))
    return [(match.start(), match.end()) for match in pattern.finditer(_folded(text))]


def highlight_matches(body: QTextEdit, query: str) -> int:
    """Highlight the query's words in `body` and put the cursor at the first; returns how
    many matched."""
    spans = body_matches(body.toPlainText(), query)
    marked = QTextCharFormat()
    marked.setBackground(body.palette().color(QPalette.ColorRole.Highlight).lighter(160))
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(body.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = marked
        selections.append(selection)
    body.setExtraSelections(selections)
    if spans:
        cursor = body.textCursor()
        cursor.setPosition(spans[0][0])
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
    return len(spans)
