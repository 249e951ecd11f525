"""File > Export Site…: the library (or one section) as a static web site, from the app.

`SiteExportRun` asks for a folder and, when the library has sections, for the part to
export; then it runs `editor.services.site_export.export_site` on the library client's
read pool (never the GUI thread: the site export reads the library through its own
connections and renders in worker processes when the site is large), with a progress
dialog and Cancel (`JobProgress`). Cancelling stops between articles; the service then
writes a manifest listing exactly the pages it wrote, so the folder is consistent and
the next export completes it. The status bar reports what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from editor.ui.transfer.job_progress import JobProgress

if TYPE_CHECKING:
    from editor.services.library_services import Services
    from editor.services.site_export import SiteExportResult
    from editor.ui.workers.library_client import LibraryClient

SITE_CHANNEL = "site-export"


class SiteExportRun(QObject):
    """Runs one site export at a time, with progress and Cancel."""

    def __init__(
        self, parent: QWidget, client: LibraryClient, show_status: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._client = client
        self._show_status = show_status
        self._running: JobProgress | None = None

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def choose_and_export(self) -> None:
        """Ask for the folder (and the section), then export."""
        services = self._client.services
        if services is None:
            QMessageBox.information(
                self._parent, self.tr("Export Site"), self.tr("Open a library first.")
            )
            return
        if self.is_running:
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Export the Site into a Folder")
        )
        if not folder:
            return
        whole = self.tr("The whole library")
        sections = sorted({section.name for section in services.sections()})
        section: str | None = None
        if sections:
            choice, chosen = QInputDialog.getItem(
                self._parent,
                self.tr("Export Site"),
                self.tr("Export:"),
                [whole, *sections],
                0,
                False,
            )
            if not chosen:
                return
            section = None if choice == whole else choice
        self.export(Path(folder), section)

    def export(self, folder: Path, section: str | None = None) -> None:
        """Export into `folder` (only `section` and its subsections when given)."""
        if self.is_running or self._client.services is None:
            return
        progress = JobProgress(
            self._parent, self.tr("Export Site"), self.tr("Reading the library…")
        )
        self._running = progress
        label = self.tr("Writing pages: {done} of {total}")

        def reported(done: int, total: int) -> None:
            text = label.replace("{done}", str(done)).replace("{total}", str(total))
            progress.report(done, total, text)

        def job(services: Services) -> SiteExportResult:
            from editor.services.site_export import export_site  # Jinja2 loads on first use

            return export_site(
                services, folder, section, progress=reported, should_stop=progress.is_cancelled
            )

        progress.start()
        self._client.read(
            SITE_CHANNEL, job, lambda result: self._done(folder, result), self._failed
        )

    def _end_progress(self) -> None:
        if self._running is not None:
            self._running.finish()
            self._running = None

    def _done(self, folder: Path, result: SiteExportResult) -> None:
        self._end_progress()
        if result.cancelled:
            message = self.tr(
                "Site export cancelled: {written} pages written; export again to complete it"
            )
        else:
            message = self.tr(
                "Site exported to {folder}: {pages} pages, {written} written, "
                "{unchanged} unchanged, {removed} removed"
            )
        for name, value in (
            ("folder", str(folder)),
            ("pages", str(result.pages)),
            ("written", str(result.written)),
            ("unchanged", str(result.unchanged)),
            ("removed", str(result.removed)),
        ):
            message = message.replace("{" + name + "}", value)
        self._show_status(message)

    def _failed(self, error: BaseException) -> None:
        self._end_progress()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export Site"),
            str(error) or type(error).__name__,
            parent=self._parent,
        )
        box.setObjectName("siteExportProblem")
        box.finished.connect(box.deleteLater)
        box.open()
