"""`StoryFooter`: the previous and next stories under the article's body, as the seed's
text layout ends an article ("Read Previous" / "Read Next" and the neighbour's headline).

Each line shows the neighbour's current headline (links are by id, so a renamed
neighbour shows its new headline) as a flat button that opens it, a "Change…" button
that chooses another story in the article picker and a "Remove" button that unlinks it.
The footer only renders and emits; the links controller decides and writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from editor.domain.article import ArticleRef, LinkKind, shown_headline

NEIGHBOUR_KINDS = (LinkKind.PREVIOUS, LinkKind.NEXT)


class _NeighbourLine:
    """The widgets of one footer line."""

    def __init__(self, kind: LinkKind, parent: QWidget) -> None:
        self.caption = QLabel(parent)
        self.caption.setObjectName(f"{kind.value}StoryCaption")
        self.story = QPushButton(parent)
        self.story.setObjectName(f"{kind.value}Story")
        self.story.setFlat(True)
        self.story.setCursor(Qt.CursorShape.PointingHandCursor)
        self.story.setStyleSheet("text-align: left; text-decoration: underline;")
        self.change = QPushButton(parent)
        self.change.setObjectName(f"{kind.value}StoryChange")
        self.remove = QPushButton(parent)
        self.remove.setObjectName(f"{kind.value}StoryRemove")
        self.target: ArticleRef | None = None


class StoryFooter(QWidget):
    """ "Read previous" / "Read next" lines under the body."""

    open_requested = Signal(str)  # the neighbour's id
    change_requested = Signal(object)  # the LinkKind to set
    remove_requested = Signal(object)  # the LinkKind to clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyFooter")
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setVerticalSpacing(2)
        layout.setColumnStretch(4, 1)  # the buttons stay beside the headline
        self._lines: dict[LinkKind, _NeighbourLine] = {}
        for row, kind in enumerate(NEIGHBOUR_KINDS):
            line = _NeighbourLine(kind, self)
            layout.addWidget(line.caption, row, 0)
            layout.addWidget(line.story, row, 1)
            layout.addWidget(line.change, row, 2)
            layout.addWidget(line.remove, row, 3)
            line.story.clicked.connect(lambda _checked=False, k=kind: self._open(k))
            line.change.clicked.connect(
                lambda _checked=False, k=kind: self.change_requested.emit(k)
            )
            line.remove.clicked.connect(
                lambda _checked=False, k=kind: self.remove_requested.emit(k)
            )
            self._lines[kind] = line
        self.retranslate()
        self.show_neighbours(None, None)

    def retranslate(self) -> None:
        self._lines[LinkKind.PREVIOUS].caption.setText(self.tr("Read previous"))
        self._lines[LinkKind.NEXT].caption.setText(self.tr("Read next"))
        for line in self._lines.values():
            line.change.setText(self.tr("Change…") if line.target else self.tr("Set…"))
            line.remove.setText(self.tr("Remove"))
            if line.target is None:
                line.story.setText(self.tr("(none)"))

    def show_neighbours(self, previous: ArticleRef | None, following: ArticleRef | None) -> None:
        """The current neighbours (None: no such link)."""
        for kind, target in ((LinkKind.PREVIOUS, previous), (LinkKind.NEXT, following)):
            line = self._lines[kind]
            line.target = target
            line.story.setEnabled(target is not None)
            line.remove.setVisible(target is not None)
            if target is not None:
                line.story.setText(shown_headline(target.headline))
                line.story.setToolTip(self.tr("Open this story"))
            else:
                line.story.setToolTip("")
        self.retranslate()

    def neighbour(self, kind: LinkKind) -> ArticleRef | None:
        return self._lines[kind].target

    def shown_headline(self, kind: LinkKind) -> str:
        """The text the line shows for its story ("(none)" without one)."""
        return self._lines[kind].story.text()

    def _open(self, kind: LinkKind) -> None:
        target = self._lines[kind].target
        if target is not None:
            self.open_requested.emit(target.id)
