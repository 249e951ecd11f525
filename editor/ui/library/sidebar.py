"""`LibrarySidebar`: the library's panel, laid out: the search field and its results on
top, the section tree, then the article table of the chosen node with its status and
text filters. It renders and emits; `LibraryBrowser` (browser.py) decides.

Keys: Down in the search field moves into the results, Enter there (or in the field)
opens the selected (first) result; Escape in the field clears it. F2 in the tree renames
the section. (Delete in the table does nothing: a key in the list never changes an
article; Library > Move to Trash does.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.domain import Status
from editor.ui.article.details import STATUS_LABELS
from editor.ui.library.article_list import ArticleListView
from editor.ui.library.search_results import SearchResultDelegate, SearchResultsModel
from editor.ui.library.section_tree import SectionTreeView

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LibrarySidebar(QWidget):
    """Search, sections and the article table, one above the other."""

    result_entered = Signal(int)  # the row of the result to open
    rename_requested = Signal()  # F2 in the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySidebar")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("librarySearch")
        self.search_field.setClearButtonEnabled(True)
        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.hide()
        self.tree = SectionTreeView(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, status.value)
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("headlineFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.table = ArticleListView(self)
        self._lay_out()
        self.search_field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.retranslate()

    def _lay_out(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_field)
        top_layout.addWidget(self.results, 2)
        top_layout.addWidget(self.tree, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)
        bottom_layout.addLayout(filters)
        bottom_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("librarySplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search the library"))
        self.text_filter.setPlaceholderText(self.tr("Filter headlines"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        for row, label in enumerate(STATUS_LABELS.values(), start=1):
            self.status_filter.setItemText(row, self.tr(label))
        self.tree.tree_model.titles = {
            "all": self.tr("All articles"),
            "placeholders": self.tr("Placeholders"),
            "trash": self.tr("Trash"),
        }

    def chosen_status(self) -> Status | None:
        value = self.status_filter.currentData()
        return Status(value) if value else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_field:
            if key == Qt.Key.Key_Down and self.results_model.rowCount() > 0:
                self.results.setFocus()
                self.results.setCurrentIndex(self.results_model.index(0))
                return True
            if key in ENTER_KEYS and self.results_model.rowCount() > 0:
                current = self.results.currentIndex()
                self.result_entered.emit(current.row() if current.isValid() else 0)
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
        elif watched is self.results and key in ENTER_KEYS:
            current = self.results.currentIndex()
            self.result_entered.emit(current.row() if current.isValid() else 0)
            return True
        elif watched is self.tree and key == Qt.Key.Key_F2:
            self.rename_requested.emit()
            return True
        return super().eventFilter(watched, event)
