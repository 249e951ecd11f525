"""The article table of the node chosen in the sidebar; choosing a row opens the article.

`ArticleTableModel` is lazy: it holds the rows read so far and asks its `PageReader` for
the next keyset page (`Services.list_page`) when the view scrolls near the end
(`canFetchMore`/`fetchMore`); the reader runs the query on the client's read pool and
hands the page back on the GUI thread, so a section of 100,000 articles shows its first
rows as fast as one of ten, and no listing reads a body. Sorting (a click on a column
header) and the status and text filters change the listing query and start again from
the first page. Rows follow autosave in place, so the table does not jump while someone
types. Placeholders are drawn muted and italic.

`ArticleListView` emits `article_chosen(id)` when the user moves to another row (click,
arrows, Page Up/Down, Home/End or type-ahead: the focus stays in the table, so the next
key browses on) and `article_entered(id)` on Enter or a double-click, which moves the
writing focus into the article. Selected rows drag onto a section of the sidebar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from editor.domain import Article, Status
from editor.domain.listing import ListingCursor, ListingQuery, ListingRow, SortColumn
from editor.ui.article.details import STATUS_LABELS
from editor.ui.qt.shown_text import shown_headline

PAGE_SIZE = 100
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
ARTICLE_IDS_MIME = "application/x-copydesk-article-ids"
ModelIndex = QModelIndex | QPersistentModelIndex
Page = tuple[list[ListingRow], ListingCursor | None]
PageReader = Callable[[ListingQuery, ListingCursor | None, Callable[[Page], None]], None]
COLUMNS = (
    SortColumn.HEADLINE,
    SortColumn.STATUS,
    SortColumn.BYLINE,
    SortColumn.SECTION,
    SortColumn.UPDATED,
    SortColumn.WORDS,
)
COLUMN_EMS = (5, 5, 5, 6, 4)  # the other columns' widths in M widths: the headline stretches
COLUMN_TITLES = ("Headline", "Status", "Byline", "Section", "Updated", "Words")


@dataclass
class ArticleRow:
    """What the table shows of one article."""

    id: str
    headline: str
    status: Status
    byline: str
    section: str
    updated: str
    word_count: int
    placeholder: bool

    @classmethod
    def from_listing(cls, row: ListingRow) -> ArticleRow:
        updated = row.updated_at.astimezone().strftime("%Y-%m-%d")
        return cls(
            row.id,
            row.headline,
            Status(row.status),
            row.byline,
            row.section,
            updated,
            row.word_count,
            row.placeholder,
        )

    @classmethod
    def from_article(cls, article: Article, word_count: int) -> ArticleRow:
        """The row of an article just saved; `word_count` is the status bar's count."""
        updated = article.updated_at.astimezone().strftime("%Y-%m-%d")
        return cls(
            article.id,
            article.headline,
            article.status,
            article.byline,
            article.section,
            updated,
            word_count,
            article.placeholder,
        )

    def detail(self) -> str:
        parts = [self.section] if self.section else []
        parts.append(STATUS_LABELS.get(self.status, str(self.status)))
        parts.append("placeholder" if self.placeholder else f"{self.word_count:,} words")
        return " · ".join(parts)

    def cell(self, column: int) -> str:
        if column == 0:
            return shown_headline(self.headline)
        if column == 1:
            return STATUS_LABELS.get(self.status, str(self.status))
        values = (self.byline, self.section, self.updated, f"{self.word_count:,}")
        return values[column - 2]


class ArticleTableModel(QAbstractTableModel):
    """The rows of one listing query, read page by page through a `PageReader`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader: PageReader | None = None
        self.query = ListingQuery()
        self._rows: list[ArticleRow] = []
        self._cursor: ListingCursor | None = None
        self._exhausted = True
        self._waiting = False
        self._generation = 0  # pages of an older query are dropped when they arrive

    def set_reader(self, reader: PageReader | None) -> None:
        self._reader = reader

    def show_query(self, query: ListingQuery, first_page: Page | None = None) -> None:
        """List `query` from its first page: `first_page` if the caller has it already,
        else read through the reader."""
        self.beginResetModel()
        self.query = query
        self._rows = []
        self._cursor = None
        self._exhausted = self._reader is None and first_page is None
        self._waiting = False
        self._generation += 1
        self.endResetModel()
        if first_page is not None:
            self._take_page(self._generation, first_page)
        elif self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row: int, column: int = 0, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        return super().index(row, column, parent)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._waiting

    def fetchMore(self, parent: ModelIndex) -> None:
        if self._reader is None or not self.canFetchMore(parent):
            return
        self._waiting = True
        generation = self._generation
        self._reader(self.query, self._cursor, lambda page: self._take_page(generation, page))

    def _take_page(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        rows, self._cursor = page
        self._waiting = False
        self._exhausted = self._cursor is None
        known = {row.id for row in self._rows}
        fresh = [ArticleRow.from_listing(row) for row in rows if row.id not in known]
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
            return row.cell(index.column())
        if role == ArticleIdRole:
            return row.id
        if role == DetailRole:
            return row.detail()
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip reads "<" as markup: escaped
            return f"<p style='white-space:pre'>{escape(row.detail())}</p>"
        if role == Qt.ItemDataRole.FontRole and row.placeholder:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.placeholder:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and COLUMNS[index.column()] is SortColumn.WORDS
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMN_TITLES[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = dict.fromkeys(str(index.data(ArticleIdRole)) for index in indexes)
        data = QMimeData()
        data.setData(ARTICLE_IDS_MIME, "\n".join(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the library (keyset pages), from the first page again."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.query.sort, self.query.descending) != (COLUMNS[column], descending):
            self.show_query(replace(self.query, sort=COLUMNS[column], descending=descending))

    def row_of(self, article_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == article_id:
                return number
        return -1

    def article_id_at(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def newest_written_article_id(self) -> str | None:
        """The first listed article that is not a placeholder (else the first of all):
        what to open when there is no last article to reopen."""
        written = next((row.id for row in self._rows if not row.placeholder), None)
        return written or (self._rows[0].id if self._rows else None)

    def upsert(self, row: ArticleRow) -> int:
        """Update the article's row in place; a new article joins at the top of a listing
        of everything by newest first. Returns its row (-1: not listed)."""
        number = self.row_of(row.id)
        if number >= 0:
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
            return number
        if self.query != ListingQuery():
            return -1
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        return 0

    def remove(self, article_ids: Sequence[str]) -> None:
        for article_id in article_ids:
            number = self.row_of(article_id)
            if number >= 0:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ArticleListView(QTableView):
    """The table widget; emits `article_chosen` when the user moves to another article
    and `article_entered` when they ask to write in it (Enter, double-click)."""

    article_chosen = Signal(str)
    article_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.list_model = ArticleTableModel(self)
        self.setModel(self.list_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(
            COLUMNS.index(SortColumn.UPDATED), Qt.SortOrder.DescendingOrder
        )
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, ems in enumerate(COLUMN_EMS, start=1):
            header.resizeSection(column, ems * em)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.doubleClicked.connect(self._enter)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        return [row_id for row in rows if (row_id := self.list_model.article_id_at(row))]

    def select_article(self, article_id: str | None) -> None:
        """Highlight an article without emitting `article_chosen`."""
        self._quiet = True
        try:
            row = self.list_model.row_of(article_id) if article_id else -1
            if row < 0:
                self.clearSelection()
                return
            index = self.list_model.index(row, 0)
            if self.currentIndex().row() != row:  # a selection of several rows stays
                self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._quiet = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        article_id = self.list_model.article_id_at(current.row())
        if article_id:
            self.article_chosen.emit(article_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current article for writing; every other key browses."""
        if event.key() in ENTER_KEYS and self.currentIndex().isValid():
            self._enter(self.currentIndex())
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last row, as in a list (a table would go to
        the first and last column)."""
        rows = self.list_model.rowCount()
        if cursor_action == QAbstractItemView.CursorAction.MoveHome and rows:
            return self.list_model.index(0, 0)
        if cursor_action == QAbstractItemView.CursorAction.MoveEnd and rows:
            return self.list_model.index(rows - 1, 0)
        return super().moveCursor(cursor_action, modifiers)

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead searches the headlines, whichever column is current."""
        current = self.currentIndex()
        if current.isValid() and current.column() != 0:
            self.setCurrentIndex(self.list_model.index(current.row(), 0))
        super().keyboardSearch(search)

    def _enter(self, index: QModelIndex) -> None:
        article_id = self.list_model.article_id_at(index.row())
        if article_id:
            self.article_entered.emit(article_id)
