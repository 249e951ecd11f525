"""`ArticleExport`: the controller behind File > Export….

It opens the `ExportDialog` for the article as the form holds it now (unsaved edits
included), keeps the dialog's preview current through the library client's read pool,
and on Save writes the chosen format: off the GUI thread on the read pool for every
writer that needs no Qt, on the GUI thread for the PDF. Links (previous/next, related,
inline) come from the library, as in `copydesk export`. The status bar says where the
file went; a failure is shown in a message box, and the destination is then untouched
(every writer replaces the file whole or not at all).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.domain import Article
from editor.ui.transfer.export_dialog import ExportDialog
from editor.ui.transfer.export_targets import default_file_name, export_preview, export_targets

if TYPE_CHECKING:
    from editor.services.library_services import Services
    from editor.ui.workers.library_client import LibraryClient

PREVIEW_CHANNEL = "export-preview"
WRITE_CHANNEL = "export-write"


class ArticleExport(QObject):
    """Opens the Export dialog and writes what it asks for."""

    def __init__(
        self,
        parent: QWidget,
        client: LibraryClient,
        current_article: Callable[[], Article],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._client = client
        self._current_article = current_article
        self._show_status = show_status
        self._folder = Path.home()
        self.dialog: ExportDialog | None = None

    def open_dialog(self) -> None:
        """File > Export…: the dialog for the current article (one at a time)."""
        if self._client.services is None:
            QMessageBox.information(
                self._parent, self.tr("Export"), self.tr("Open a library before exporting.")
            )
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        article = self._current_article()
        targets = export_targets()
        dialog = ExportDialog(targets, self._folder / default_file_name(article, targets[0]))
        dialog.setParent(self._parent, dialog.windowFlags())
        self.dialog = dialog
        dialog.choices_changed.connect(lambda: self._request_preview(dialog, article))
        dialog.accepted.connect(lambda: self._write(dialog, article))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self._request_preview(dialog, article)
        dialog.open()

    def _closed(self, dialog: ExportDialog) -> None:
        self._client.cancel(PREVIEW_CHANNEL)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _request_preview(self, dialog: ExportDialog, article: Article) -> None:
        target, options = dialog.target(), dialog.options()

        def make(services: Services) -> tuple[bool, str]:
            return export_preview(services, article, target, options)

        def show(preview: tuple[bool, str]) -> None:
            if self.dialog is not dialog:
                return
            is_page, text = preview
            if is_page:
                dialog.show_page(text)
            else:
                dialog.show_text(text)

        def failed(error: BaseException) -> None:
            if self.dialog is dialog:
                dialog.show_preview_problem(str(error) or type(error).__name__)

        self._client.read(PREVIEW_CHANNEL, make, show, failed)

    def _write(self, dialog: ExportDialog, article: Article) -> None:
        path = dialog.destination_path()
        if path is None:
            self._report_failure(self.tr("No file was chosen."))
            return
        target, options = dialog.target(), dialog.options()
        self._folder = path.parent
        if target.runs_in_worker:

            def write(services: Services) -> Path:
                target.write(services, article, path, options)
                return path

            self._client.read(WRITE_CHANNEL, write, self._written, self._failed)
            return
        services = self._client.services
        assert services is not None
        try:
            target.write(services, article, path, options)
        except Exception as error:  # reported to the user; the file is left untouched
            self._failed(error)
            return
        self._written(path)

    def _written(self, path: Path) -> None:
        self._show_status(self.tr("Exported to {path}").replace("{path}", str(path)))

    def _failed(self, error: BaseException) -> None:
        self._report_failure(str(error) or type(error).__name__)

    def _report_failure(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), message, parent=self._parent)
        box.setObjectName("exportProblem")
        box.finished.connect(box.deleteLater)
        box.open()
