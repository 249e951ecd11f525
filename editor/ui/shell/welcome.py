"""The welcome shown in the page area while the library holds no article yet: what to do
first (New Article, Open Library…) and where the library lives.

The page only shows and emits; the window decides what its buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 460


class WelcomePage(QWidget):
    """A short welcome with the first steps; every label is plain text."""

    new_article_requested = Signal()
    open_library_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = self._label("welcomeTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.message = self._label("welcomeMessage")
        self.location = self._label("welcomeLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("welcomeNewArticle")
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("welcomeOpenLibrary")
        self.new_button.clicked.connect(self.new_article_requested)
        self.open_button.clicked.connect(self.open_library_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        for label in (self.title, self.message):
            column.addWidget(label)
        column.addLayout(buttons)
        column.addWidget(self.location)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(TEXT_WIDTH)
        # Centred by stretches, not by an alignment: an aligned item gets its size hint,
        # and the wrapped message would lose the height its width needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._location_text = ""
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def set_location(self, location: str) -> None:
        """Say where the library lives (a file path, or a server's URL)."""
        self._location_text = location
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Copydesk"))
        self.message.setText(
            self.tr(
                "This library has no articles yet. Start writing your first one, or open "
                "another library."
            )
        )
        self.new_button.setText(self.tr("New Article"))
        self.open_button.setText(self.tr("Open Library…"))
        self.location.setText(
            self.tr("Your articles are kept in {location}").replace(
                "{location}", self._location_text
            )
        )
