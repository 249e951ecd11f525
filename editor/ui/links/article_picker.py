"""`ArticlePicker`: a small popup that finds an article by its headline as you type.

Link to Article, Set Previous/Next Story and Add Related Story all choose their target
here. The popup holds a search field over a list of headlines; typing asks the library
(through the `LibraryClient`, off the GUI thread, a newer query superseding the older)
for the articles whose headline contains the text, most recently updated first. Up and
Down move in the list without leaving the field, Enter picks the selected article (the
first one if none is selected), Escape or a click elsewhere closes the popup.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor.domain.article import shown_headline
from editor.ui.workers.library_client import LibraryClient

if TYPE_CHECKING:
    from editor.domain.listing import ListingRow
    from editor.services.library_services import Services

PICKER_CHANNEL = "links.picker"
PICKER_ROWS = 30
TYPING_PAUSE_MS = 120
ABOVE_GAP = 24  # px between a popup opened above a place and that place's line
ID_ROLE = Qt.ItemDataRole.UserRole
MOVING_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ArticlePicker(QFrame):
    """A popup choosing one article by headline; `picked(id, headline)` on Enter."""

    picked = Signal(str, str)
    results_shown = Signal()  # the list shows the answer to the latest query

    def __init__(
        self,
        client: LibraryClient,
        title: str,
        excluded: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("articlePicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._client = client
        self._excluded = set(excluded)
        self._pick_when_shown = False  # Enter came before the latest query's answer
        self.query = QLineEdit(self)
        self.query.setObjectName("articlePickerQuery")
        self.query.setPlaceholderText(title)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("articlePickerResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.resize(420, 300)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._ask)
        self.query.textChanged.connect(lambda _text: self._pause.start())
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)

    def popup_at(self, position: QPoint) -> None:
        """Show the popup with its top left corner at `position` (global; moved left or
        above it where the screen ends) and list the most recently updated articles."""
        screen = QGuiApplication.screenAt(position) or self.screen()
        area = screen.availableGeometry()
        x = max(area.left(), min(position.x(), area.right() - self.width()))
        y = position.y()
        if y + self.height() > area.bottom():
            y = max(area.top(), y - self.height() - ABOVE_GAP)
        self.move(QPoint(x, y))
        self.show()
        self.query.setFocus()
        self._ask()

    def _ask(self) -> None:
        from editor.domain.listing import ListingQuery

        text = self.query.text()
        limit = PICKER_ROWS + len(self._excluded)

        def rows(services: Services) -> list[ListingRow]:
            return services.list_page(ListingQuery(text=text), None, limit)[0]

        self._client.read(PICKER_CHANNEL, rows, self._show_rows)

    def _show_rows(self, rows: list[ListingRow]) -> None:
        self.results.clear()
        for row in rows:
            if row.id in self._excluded:
                continue
            item = QListWidgetItem(shown_headline(row.headline))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.section)
            self.results.addItem(item)
            if self.results.count() == PICKER_ROWS:
                break
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results_shown.emit()
        if self._pick_when_shown:
            self._pick_when_shown = False
            self._pick_current()

    def listed_headlines(self) -> list[str]:
        return [self.results.item(row).text() for row in range(self.results.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in MOVING_KEYS:
                self.results.keyPressEvent(event)  # the list moves, the field keeps focus
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self._pick_current()
                return True
        return super().eventFilter(watched, event)

    def _pick_current(self) -> None:
        if self._pause.isActive():  # typed faster than the pause: ask first, pick then
            self._pause.stop()
            self._pick_when_shown = True
            self._ask()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self.picked.emit(str(item.data(ID_ROLE)), item.text())
        self.close()
