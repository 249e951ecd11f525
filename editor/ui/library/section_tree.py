"""The sidebar's tree of nodes: "All articles", the nested sections with their article
counts, "Placeholders" and "Trash".

`SectionTreeModel` is built from the library's `SectionTree` (counts included) and
rebuilt whenever the sections or the counts change; each item carries the listing query
its node shows and, for a section, its path. `SectionTreeView` keeps the selection and
the expanded sections across a rebuild, and turns drops into requests: articles dropped
on a section (`articles_dropped`) and a section dropped on another or on "All articles",
the top level (`section_dropped`). The view never moves anything itself: the controller
runs the command and the tree is rebuilt from what the library then holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from editor.domain.listing import ListingNode, ListingQuery
from editor.domain.sections import SectionPath, SectionTree
from editor.ui.library.article_list import ARTICLE_IDS_MIME

QueryRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2  # a section's path, as text
NodeKeyRole = Qt.ItemDataRole.UserRole + 3  # what stays the same across rebuilds
TotalRole = Qt.ItemDataRole.UserRole + 4  # a section's articles, its subsections' included
SECTION_MIME = "application/x-copydesk-section-path"
ModelIndex = QModelIndex | QPersistentModelIndex


def _item(text: str, query: ListingQuery, key: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(query, QueryRole)
    item.setData(key, NodeKeyRole)
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    return item


class SectionTreeModel(QStandardItemModel):
    """The sidebar's nodes; sections drag, sections and "All articles" take drops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = {"all": "All articles", "placeholders": "Placeholders", "trash": "Trash"}

    def show_tree(self, tree: SectionTree) -> None:
        self.clear()
        root = self.invisibleRootItem()
        everything = _item(f"{self.titles['all']} ({tree.all_articles:,})", ListingQuery(), "all")
        everything.setDropEnabled(True)
        root.appendRow(everything)
        items: dict[int, QStandardItem] = {}
        for node in tree.sections:
            query = ListingQuery(node=ListingNode.SECTION, section_id=node.id)
            item = _item(f"{node.name} ({node.total:,})", query, f"section:{node.id}")
            item.setData(str(node.path), PathRole)
            item.setData(node.total, TotalRole)
            item.setDragEnabled(True)
            item.setDropEnabled(True)
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            (parent or root).appendRow(item)
            items[node.id] = item
        placeholders = ListingQuery(node=ListingNode.PLACEHOLDERS)
        root.appendRow(
            _item(
                f"{self.titles['placeholders']} ({tree.placeholders:,})",
                placeholders,
                "placeholders",
            )
        )
        trash = ListingQuery(node=ListingNode.TRASH)
        root.appendRow(_item(f"{self.titles['trash']} ({tree.trash:,})", trash, "trash"))

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME, ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        paths = [str(index.data(PathRole)) for index in indexes if index.data(PathRole)]
        if paths:
            data.setData(SECTION_MIME, paths[0].encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def index_of_key(self, key: str) -> QModelIndex:
        found = self.match(
            self.index(0, 0),
            NodeKeyRole,
            key,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()


def section_path_at(index: ModelIndex) -> SectionPath | None:
    """The section a tree index stands for (None: not a section)."""
    path = index.data(PathRole) if index.isValid() else None
    return SectionPath.parse(str(path)) if path else None


class SectionTreeView(QTreeView):
    """The tree; emits the node chosen and what was dropped where."""

    node_chosen = Signal(object)  # the ListingQuery of the node
    articles_dropped = Signal(object, object)  # article ids, the SectionPath
    section_dropped = Signal(object, object)  # the SectionPath moved, its new parent or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionTree")
        self.tree_model = SectionTreeModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_tree(self, tree: SectionTree) -> None:
        """Rebuild from `tree`, keeping the chosen node and the open sections (the
        chosen node is not announced again unless it is gone)."""
        chosen = self.chosen_key()
        expanded = self._expanded_keys()
        self.blockSignals(True)
        self.tree_model.show_tree(tree)
        for key in expanded:
            self.setExpanded(self.tree_model.index_of_key(key), True)
        index = self.tree_model.index_of_key(chosen or "all")
        gone = not index.isValid()
        if gone:
            index = self.tree_model.index_of_key("all")
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self.selectionModel().currentChanged.connect(
            self._on_current, Qt.ConnectionType.UniqueConnection
        )
        if gone:
            self.node_chosen.emit(index.data(QueryRole))

    def chosen_key(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(NodeKeyRole)) if index.isValid() else None

    def chosen_query(self) -> ListingQuery:
        index = self.currentIndex()
        query = index.data(QueryRole) if index.isValid() else None
        return query if isinstance(query, ListingQuery) else ListingQuery()

    def chosen_section(self) -> SectionPath | None:
        return section_path_at(self.currentIndex())

    def chosen_total(self) -> int:
        total = self.currentIndex().data(TotalRole)
        return total if isinstance(total, int) else 0

    def section_paths(self) -> list[SectionPath]:
        """Every section in the tree, depth first."""
        paths: list[SectionPath] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop(0)
            for row in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(row, 0, parent)
                path = section_path_at(index)
                if path is not None:
                    paths.append(path)
                pending.append(index)
        return sorted(paths, key=str)

    def choose_key(self, key: str) -> None:
        index = self.tree_model.index_of_key(key)
        if index.isValid():
            self.setCurrentIndex(index)

    def _expanded_keys(self) -> list[str]:
        keys: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(row, 0, parent)
                if self.isExpanded(index):
                    keys.append(str(index.data(NodeKeyRole)))
                    pending.append(index)
        return keys

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.node_chosen.emit(current.data(QueryRole))

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self.indexAt(event.position().toPoint())
        mime = event.mimeData()
        wanted = (mime.hasFormat(ARTICLE_IDS_MIME) and section_path_at(target) is not None) or (
            mime.hasFormat(SECTION_MIME) and (section_path_at(target) or _is_all(target))
        )
        if wanted:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn the drop into a request; the tree itself never moves an item."""
        target = self.indexAt(event.position().toPoint())
        mime = event.mimeData()
        section = section_path_at(target)
        if mime.hasFormat(ARTICLE_IDS_MIME) and section is not None:
            ids = bytes(mime.data(ARTICLE_IDS_MIME).data()).decode().split("\n")
            self.articles_dropped.emit(
                tuple(article_id for article_id in ids if article_id), section
            )
        elif mime.hasFormat(SECTION_MIME) and (section is not None or _is_all(target)):
            moved = SectionPath.parse(bytes(mime.data(SECTION_MIME).data()).decode())
            if section is None or not section.is_within(moved):
                self.section_dropped.emit(moved, section)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


def _is_all(index: ModelIndex) -> bool:
    return index.isValid() and index.data(NodeKeyRole) == "all"
