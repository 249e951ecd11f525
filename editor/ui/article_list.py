"""The sidebar list of library articles; choosing one switches the editor to it.

`ArticleListModel` pages through `Library.list_articles` (newest first) as the view
scrolls, so a library of 100,000 articles opens as fast as one of ten. Rows are updated
in place after an autosave, so the list does not jump while someone types.
`ArticleListView` draws each row as headline plus a muted line of section, status and
word count, and emits `article_chosen(id)` when the user picks a different article (by
click, arrows, Page Up/Down, Home/End or type-ahead: the focus stays in the list, so the
next key browses on) and `article_entered(id)` on Enter or a double-click, which moves
the writing focus into the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyledItemDelegate

from editor.domain import Article, Status, shown_headline

PAGE_SIZE = 200
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    Status.DRAFT: "Draft",
    Status.IN_REVIEW: "In review",
    Status.APPROVED: "Approved",
    Status.PUBLISHED: "Published",
    Status.SPIKED: "Spiked",
}


class SummaryLike(Protocol):
    """What a row needs (storage's ArticleSummary has it)."""

    @property
    def id(self) -> str: ...
    @property
    def headline(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def placeholder(self) -> bool: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def word_count(self) -> int: ...


class ArticleSource(Protocol):
    """The part of the Library the list pages through."""

    def list_articles(
        self, *, limit: int | None = None, offset: int = 0
    ) -> Sequence[SummaryLike]: ...


@dataclass
class ArticleRow:
    id: str
    headline: str
    section: str
    status: Status
    placeholder: bool
    word_count: int

    @classmethod
    def from_summary(cls, summary: SummaryLike) -> ArticleRow:
        return cls(
            summary.id,
            summary.headline,
            summary.section,
            Status(summary.status),
            summary.placeholder,
            summary.word_count,
        )

    @classmethod
    def from_article(cls, article: Article, word_count: int) -> ArticleRow:
        """The row of an article just saved; `word_count` is the status bar's count."""
        return cls(
            article.id,
            article.headline,
            article.section,
            article.status,
            article.placeholder,
            word_count,
        )

    def detail(self) -> str:
        parts = [self.section] if self.section else []
        parts.append(STATUS_LABELS.get(self.status, str(self.status)))
        parts.append("placeholder" if self.placeholder else f"{self.word_count:,} words")
        return " · ".join(parts)


class ArticleListModel(QAbstractListModel):
    """Library articles, newest first, fetched page by page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: ArticleSource | None = None
        self._rows: list[ArticleRow] = []
        self._exhausted = True

    def set_source(self, source: ArticleSource | None) -> None:
        self.beginResetModel()
        self._source = source
        self._rows = []
        self._exhausted = source is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def newest_written_article_id(self) -> str | None:
        """The newest listed article that is not a placeholder (else the newest of all):
        what to open when there is no last article to reopen."""
        written = next((row.id for row in self._rows if not row.placeholder), None)
        return written or (self._rows[0].id if self._rows else None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if self._source is None or self._exhausted:
            return
        page = self._source.list_articles(limit=PAGE_SIZE, offset=len(self._rows))
        known = {row.id for row in self._rows}
        fresh = [ArticleRow.from_summary(s) for s in page if s.id not in known]
        self._exhausted = len(page) < PAGE_SIZE
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_headline(row.headline)
        if role == ArticleIdRole:
            return row.id
        if role == DetailRole:
            return row.detail()
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip reads "<" as markup: escaped
            return f"<p style='white-space:pre'>{escape(row.detail())}</p>"
        return None

    def row_of(self, article_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == article_id:
                return number
        return -1

    def article_id_at(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def upsert(self, row: ArticleRow) -> int:
        """Update the article's row in place, or add it at the top; returns its row."""
        number = self.row_of(row.id)
        if number >= 0:
            self._rows[number] = row
            index = self.index(number)
            self.dataChanged.emit(index, index)
            return number
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        return 0

    def remove(self, article_id: str) -> None:
        number = self.row_of(article_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ArticleListView(QListView):
    """The list widget; emits `article_chosen` when the user selects another article and
    `article_entered` when they ask to write in it (Enter, double-click)."""

    article_chosen = Signal(str)
    article_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.list_model = ArticleListModel(self)
        self.setModel(self.list_model)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._quiet = False
        self._row_delegate: QStyledItemDelegate | None = None
        self.selectionModel().selectionChanged.connect(self._on_selection)
        self.doubleClicked.connect(self._enter)

    def set_source(self, source: ArticleSource) -> None:
        """List `source`'s articles, drawn by the row delegate (its module, and Qt's
        style classes, load with the first rows rather than at start-up)."""
        if self._row_delegate is None:
            from editor.ui.article_row_delegate import ArticleRowDelegate

            self._row_delegate = ArticleRowDelegate(self)
            self.setItemDelegate(self._row_delegate)
        self.list_model.set_source(source)

    def select_article(self, article_id: str | None) -> None:
        """Highlight an article without emitting `article_chosen`."""
        self._quiet = True
        try:
            row = self.list_model.row_of(article_id) if article_id else -1
            if row < 0:
                self.clearSelection()
                return
            index = self.list_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._quiet = False

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet or selected.isEmpty():
            return
        article_id = self.list_model.article_id_at(selected.indexes()[0].row())
        if article_id:
            self.article_chosen.emit(article_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current article for writing; every other key browses."""
        if event.key() in ENTER_KEYS and self.currentIndex().isValid():
            self._enter(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _enter(self, index: QModelIndex) -> None:
        article_id = self.list_model.article_id_at(index.row())
        if article_id:
            self.article_entered.emit(article_id)
