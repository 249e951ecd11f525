"""An inline notice above the article about what happened to a save (kept as a copy,
library moved away...), with at most one action button and a close button.

It comes unasked while the journalist may be typing, so it never takes the keyboard: it
is a strip inside the window (a fixed, non-movable tool bar area below the main tool bar),
not a dialog that would be activated and catch keystrokes. Texts may hold headlines, so
they are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QToolButton


class SaveNotice(QToolBar):
    """The notice strip; hidden until `show_notice`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("saveNotice")
        self.setMovable(False)
        self.setFloatable(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("saveNoticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.action_button = self._button("saveNoticeAction")
        self.close_button = self._button("saveNoticeClose")
        self.close_button.clicked.connect(self.hide)
        self._on_action: Callable[[], object] | None = None
        self.action_button.clicked.connect(self._run_action)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addWidget(button)
        return button

    def show_notice(
        self, text: str, action_text: str = "", on_action: Callable[[], object] | None = None
    ) -> None:
        """Show `text` (literally), with a button running `on_action` if given."""
        self.label.setText(text)
        self._on_action = on_action
        self.action_button.setText(action_text)
        self.action_button.setVisible(on_action is not None)
        self.close_button.setText(self.tr("Close"))
        self.show()

    def setVisible(self, visible: bool) -> None:
        """Never shown without a notice (restoring the window's layout would otherwise
        bring back an empty strip that was open when the app last quit)."""
        super().setVisible(visible and bool(self.label.text()))

    def _run_action(self) -> None:
        action = self._on_action
        self.hide()
        if action is not None:
            action()
