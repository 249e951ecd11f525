"""File > Export…: format, destination, text options and a live preview of the page.

The dialog renders and emits; `ArticleExport` (export_run.py) decides and writes. The
preview is a read-only QTextBrowser (Qt's rich text runs no script and follows no link
here): the HTML page for the page and the binary formats, the exported text for the
other formats. It is computed on the library client's read pool (the "export-preview"
channel, so a newer choice supersedes a preview still being made) whenever the format
or an option changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.formats.export_links import ExportOptions
from editor.ui.transfer.export_targets import ExportTarget

DEFAULT_WRAP_COLUMNS = 72
WRAP_RANGE = (20, 200)


class ExportDialog(QDialog):
    """The choices of one export; `choices_changed` asks for a new preview."""

    choices_changed = Signal()

    def __init__(
        self, targets: list[ExportTarget], destination: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Article"))
        self.targets = targets
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        for target in targets:
            self.format_box.addItem(self.tr(target.label), target.name)
        self.destination = QLineEdit(str(destination), self)
        self.destination.setObjectName("exportDestination")
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.wrap_check = QCheckBox(self.tr("Wrap lines at"), self)
        self.wrap_columns = QSpinBox(self)
        self.wrap_columns.setRange(*WRAP_RANGE)
        self.wrap_columns.setValue(DEFAULT_WRAP_COLUMNS)
        self.wrap_columns.setSuffix(self.tr(" columns"))
        self.navigation_check = QCheckBox(self.tr("Read Previous / Read Next blocks"), self)
        self.navigation_check.setChecked(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self._page_font = self.preview.font()
        self._text_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out()
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.wrap_check.toggled.connect(self._on_options_changed)
        self.wrap_columns.valueChanged.connect(self._on_options_changed)
        self.navigation_check.toggled.connect(self._on_options_changed)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_option_widgets()
        self.resize(760, 640)

    def _lay_out(self) -> None:
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination, 1)
        destination_row.addWidget(self.browse_button)
        wrap_row = QHBoxLayout()
        wrap_row.addWidget(self.wrap_check)
        wrap_row.addWidget(self.wrap_columns)
        wrap_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Save to:"), destination_row)
        form.addRow(self.tr("Text:"), wrap_row)
        form.addRow("", self.navigation_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    # -- what the user chose -------------------------------------------------------------

    def target(self) -> ExportTarget:
        return self.targets[max(0, self.format_box.currentIndex())]

    def select_format(self, name: str) -> None:
        index = self.format_box.findData(name)
        if index >= 0:
            self.format_box.setCurrentIndex(index)

    def options(self) -> ExportOptions:
        if not self.target().takes_text_options:
            return ExportOptions()
        wrap = self.wrap_columns.value() if self.wrap_check.isChecked() else None
        return ExportOptions(wrap=wrap, navigation=self.navigation_check.isChecked())

    def destination_path(self) -> Path | None:
        text = self.destination.text().strip()
        return Path(text).expanduser() if text else None

    # -- what the dialog shows -----------------------------------------------------------

    def show_page(self, html: str) -> None:
        self.preview.setFont(self._page_font)
        self.preview.setHtml(html)

    def show_text(self, text: str) -> None:
        """Exported text in a fixed-width font, so wrapped lines show their columns."""
        self.preview.setFont(self._text_font)
        self.preview.setPlainText(text)

    def show_preview_problem(self, message: str) -> None:
        self.preview.setPlainText(self.tr("No preview: {reason}").replace("{reason}", message))

    def _on_format_changed(self, _index: int) -> None:
        path = self.destination_path()
        if path is not None:
            self.destination.setText(str(path.with_suffix(self.target().extension)))
        self._update_option_widgets()
        self.choices_changed.emit()

    def _on_options_changed(self) -> None:
        self._update_option_widgets()
        self.choices_changed.emit()

    def _update_option_widgets(self) -> None:
        text_options = self.target().takes_text_options
        self.wrap_check.setEnabled(text_options)
        self.wrap_columns.setEnabled(text_options and self.wrap_check.isChecked())
        self.navigation_check.setEnabled(text_options)

    def _browse(self) -> None:
        target = self.target()
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), self.destination.text(), self.tr(target.file_filter())
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(target.extension)
            self.destination.setText(str(path))
