"""The insert/edit link dialog: link text and web address, checked before it closes.

Testable without a running event loop: fill it with :meth:`LinkDialog.set_text` /
:meth:`LinkDialog.set_url`, then call :meth:`LinkDialog.accept` or
:meth:`LinkDialog.request_removal`; the outcome arrives as ``link_accepted(text, url)``
or ``link_removed()``.

The dialog is wide enough for a typical web address (:data:`MINIMUM_WIDTH`); the
address field takes any extra width. Alt+T / Alt+A reach the fields, Enter accepts and
Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.formats.link_policy import normalize_url, url_problem

MINIMUM_WIDTH = 460


class LinkDialog(QDialog):
    """Asks for a link's text and URL; offers removal when a link exists."""

    link_accepted = Signal(str, str)
    link_removed = Signal()

    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Link") if url else self.tr("Insert Link"))
        self.setObjectName("linkDialog")
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._text_field = QLineEdit(text)
        self._text_field.setObjectName("linkText")
        self._url_field = QLineEdit(url)
        self._url_field.setObjectName("linkUrl")
        self._url_field.setPlaceholderText("https://")
        self._error_label = QLabel()
        self._error_label.setObjectName("linkError")
        self._error_label.setWordWrap(True)
        self._error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Text:"), self._text_field)
        form.addRow(self.tr("&Address:"), self._url_field)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._remove_button = QPushButton(self.tr("&Remove Link"))
        self._remove_button.setObjectName("removeLink")
        buttons.addButton(self._remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self._remove_button.setVisible(bool(url))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._remove_button.clicked.connect(self.request_removal)
        self._url_field.textChanged.connect(self._clear_error)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addWidget(buttons)
        (self._url_field if text else self._text_field).setFocus()

    # -- testable API ------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Fill in the link text."""
        self._text_field.setText(text)

    def set_url(self, url: str) -> None:
        """Fill in the web address."""
        self._url_field.setText(url)

    def link_text(self) -> str:
        """The link text as entered."""
        return self._text_field.text()

    def link_url(self) -> str:
        """The web address, trimmed and with the obvious scheme added."""
        return normalize_url(self._url_field.text())

    def error_message(self) -> str:
        """The problem shown under the fields ("" when none)."""
        return self._error_label.text() if self._error_label.isVisibleTo(self) else ""

    def can_remove(self) -> bool:
        """Whether the dialog edits an existing link (and so offers removal)."""
        return not self._remove_button.isHidden()

    # -- outcome -----------------------------------------------------------------------

    def accept(self) -> None:
        """Close with the link, unless the address is unusable (then say why)."""
        url = self.link_url()
        problem = url_problem(url)
        if problem is not None:
            self._error_label.setText(problem)
            self._error_label.show()
            self._url_field.setFocus()
            return
        self.link_accepted.emit(self.link_text().strip(), url)
        super().accept()

    def request_removal(self) -> None:
        """Close, asking to remove the existing link."""
        self.link_removed.emit()
        super().accept()

    def _clear_error(self) -> None:
        self._error_label.hide()
        self._error_label.clear()
