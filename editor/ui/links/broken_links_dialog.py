"""`BrokenLinksDialog`: every link in the library whose target is in the Trash or
missing, with a way to fix each.

Rows name the linking article, the kind of link (in the text, related, previous, next),
the target and why it is broken. "Open Article" opens the linking article to repair it by
hand; "Remove Link" takes the link away (a text link is turned back into plain text in
the opened article; a related, previous or next link goes through an undoable command).
The dialog only emits; the links controller acts and calls `show_links` again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.article import shown_headline
from editor.ui.links.linked_from_panel import kind_words

if TYPE_CHECKING:
    from editor.domain.story_links import BrokenLink

LINK_ROLE = Qt.ItemDataRole.UserRole


class BrokenLinksDialog(QDialog):
    """The Broken Links view (not modal: the window stays usable while fixing)."""

    open_requested = Signal(str)  # the linking article's id
    remove_requested = Signal(object)  # the BrokenLink to take away
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brokenLinks")
        self.links = QTreeWidget(self)
        self.links.setObjectName("brokenLinksList")
        self.links.setRootIsDecorated(False)
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.links.itemActivated.connect(lambda _item, _column: self._open_selected())
        self.links.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self.summary = QLabel(self)
        self.summary.setObjectName("brokenLinksSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("brokenLinksOpen")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("brokenLinksRemove")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("brokenLinksRefresh")
        for button in (self.open_button, self.remove_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        self.refresh_button.clicked.connect(self.refresh_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.links, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Broken Links"))
        self.links.setHeaderLabels(
            [self.tr("Linking article"), self.tr("Link"), self.tr("Target"), self.tr("Problem")]
        )
        self.open_button.setText(self.tr("&Open Article"))
        self.remove_button.setText(self.tr("&Remove Link"))
        self.refresh_button.setText(self.tr("Re&fresh"))

    def show_links(self, links: list[BrokenLink]) -> None:
        self.links.clear()
        for link in links:
            target = link.target_headline or link.target_id
            problem = self.tr("In the Trash") if link.trashed else self.tr("Missing")
            item = QTreeWidgetItem(
                [shown_headline(link.source.headline), kind_words(link.kind), target, problem]
            )
            item.setData(0, LINK_ROLE, link)
            self.links.addTopLevelItem(item)
        for column in range(self.links.columnCount()):
            self.links.resizeColumnToContents(column)
        first = self.links.topLevelItem(0)
        if first is not None:
            self.links.setCurrentItem(first)
        count = len(links)
        self.summary.setText(
            self.tr("No broken links.") if not count else self.tr("%n broken link(s):", "", count)
        )
        self._update_buttons()

    def shown_links(self) -> list[BrokenLink]:
        items = (self.links.topLevelItem(row) for row in range(self.links.topLevelItemCount()))
        return [item.data(0, LINK_ROLE) for item in items if item is not None]

    def _selected(self) -> BrokenLink | None:
        item = self.links.currentItem()
        return None if item is None else item.data(0, LINK_ROLE)

    def _update_buttons(self) -> None:
        has_selection = self._selected() is not None
        self.open_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)

    def _open_selected(self) -> None:
        link = self._selected()
        if link is not None:
            self.open_requested.emit(link.source.id)

    def _remove_selected(self) -> None:
        link = self._selected()
        if link is not None:
            self.remove_requested.emit(link)
