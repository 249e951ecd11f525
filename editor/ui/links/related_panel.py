"""`RelatedStoriesPanel`: the related stories of the open article, in their order.

The list shows each related story's current headline (links are by id). Enter or a
double-click opens one; "Add…" chooses another story in the article picker, "Remove" (or
Delete) unrelates the selected one; dragging a story or Alt+Up / Alt+Down moves it. The
panel only emits what the user asked for (`reorder_requested` with the whole new order);
the links controller runs the undoable commands and the panel shows the library's answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import ArticleRef, shown_headline

ID_ROLE = Qt.ItemDataRole.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RelatedStoriesPanel(QWidget):
    """The related stories list with its add, remove and reorder controls."""

    open_requested = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)
    reorder_requested = Signal(list)  # the related ids (str) in their new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedStories")
        self.stories = QListWidget(self)
        self.stories.setObjectName("relatedStoriesList")
        self.stories.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stories.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stories.installEventFilter(self)
        self.stories.itemActivated.connect(self._open)
        self.stories.model().rowsMoved.connect(lambda *_moved: self._emit_order())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("relatedAdd")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("relatedRemove")
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stories, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.stories.setToolTip(self.tr("Enter opens a story; Alt+Up and Alt+Down move it"))

    def show_related(self, related: list[ArticleRef]) -> None:
        """Show these related stories in this order, keeping the selected one selected."""
        selected = self.selected_id()
        self.stories.clear()
        for ref in related:
            item = QListWidgetItem(shown_headline(ref.headline))
            item.setData(ID_ROLE, ref.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.stories.addItem(item)
            if ref.id == selected:
                self.stories.setCurrentItem(item)
        self.remove_button.setEnabled(bool(related))

    def related_ids(self) -> list[str]:
        return [str(self.stories.item(row).data(ID_ROLE)) for row in range(self.stories.count())]

    def headlines(self) -> list[str]:
        return [self.stories.item(row).text() for row in range(self.stories.count())]

    def selected_id(self) -> str | None:
        item = self.stories.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def move_selected(self, offset: int) -> None:
        """Move the selected story `offset` places up (-1) or down (+1)."""
        row = self.stories.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.stories.count():
            return
        order = self.related_ids()
        order.insert(target, order.pop(row))
        item = self.stories.takeItem(row)
        self.stories.insertItem(target, item)
        self.stories.setCurrentRow(target)
        self.reorder_requested.emit(order)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.stories
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self._remove_selected()
            return True
        if event.key() in ENTER_KEYS and self.stories.currentItem() is not None:
            self._open(self.stories.currentItem())
            return True
        return False

    def _remove_selected(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.remove_requested.emit(selected)

    def _emit_order(self) -> None:
        self.reorder_requested.emit(self.related_ids())

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(ID_ROLE)))
