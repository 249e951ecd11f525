"""`LinkedFromPanel`: every article that links to the open one, and how.

Each row names the linking article's current headline and the kind of its link: a link in
its body, a related story, or this article as its previous or next story. A click, Enter
or a double-click opens it. The panel renders and emits; the links controller reads the
backlinks through the library client whenever the article or its links change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.domain.article import ArticleRef, LinkKind, shown_headline

ID_ROLE = Qt.ItemDataRole.UserRole


def kind_words(kind: LinkKind) -> str:
    """What a link of this kind is to the article it starts from (Broken Links view)."""
    words = {
        LinkKind.INLINE: "link in the text",
        LinkKind.RELATED: "related story",
        LinkKind.PREVIOUS: "previous story",
        LinkKind.NEXT: "next story",
    }
    return QCoreApplication.translate("links", words[kind])


def backlink_words(kind: LinkKind) -> str:
    """What a backlink of this kind makes of the open article (Linked From panel)."""
    words = {
        LinkKind.INLINE: "links to it in the text",
        LinkKind.RELATED: "related story",
        LinkKind.PREVIOUS: "has it as previous story",
        LinkKind.NEXT: "has it as next story",
    }
    return QCoreApplication.translate("links", words[kind])


class LinkedFromPanel(QWidget):
    """The backlinks of the open article."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedFrom")
        self.sources = QListWidget(self)
        self.sources.setObjectName("linkedFromList")
        self.sources.itemClicked.connect(self._open)
        self.sources.itemActivated.connect(self._open)
        self.empty = QLabel(self)
        self.empty.setObjectName("linkedFromEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sources, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No other article links here."))

    def show_backlinks(self, backlinks: list[tuple[ArticleRef, LinkKind]]) -> None:
        self.sources.clear()
        for ref, kind in backlinks:
            text = f"{shown_headline(ref.headline)} — {backlink_words(kind)}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, ref.id)
            self.sources.addItem(item)
        self.empty.setVisible(not backlinks)

    def rows(self) -> list[str]:
        return [self.sources.item(row).text() for row in range(self.sources.count())]

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(ID_ROLE)))
