"""File > Import… and files dropped on the window: files and folders into the library.

`FileImport` asks for files (or a folder), runs `Services.import_paths` as one job on the
library client's write queue (after any save queued before it, never on the GUI thread)
with a progress dialog and Cancel (`JobProgress`), announces every stored article on the
client's `LibraryEvents` (so the article list shows it), and ends with a readable
summary: how many were imported, how many skipped, and each failure with its reason.

Dropping files or folders from a file manager onto the window (the article list, the
sidebar, the toolbar: any part that does not take the drop itself, as the body does)
imports them the same way (`FileDropFilter`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.ui.transfer.job_progress import JobProgress

if TYPE_CHECKING:
    from editor.services.folder_import import ImportProgress, ImportReport
    from editor.ui.workers.library_client import LibraryClient

SUMMARY_FAILURES_SHOWN = 20
"""Failures listed in the summary's text; the rest are in its details."""


class FileImport(QObject):
    """Imports files and folders into the open library, with progress and a summary."""

    def __init__(self, parent: QWidget, client: LibraryClient) -> None:
        super().__init__(parent)
        self._parent = parent
        self._client = client
        self._running: JobProgress | None = None

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def choose_and_import(self) -> None:
        """File > Import…: pick files; a folder instead when no file was picked."""
        if not self._library_ready():
            return
        filters = self.tr("Articles (*.txt *.md *.markdown *.docx *.html *.htm);;All files (*)")
        names, _chosen = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Import Files (Cancel to choose a folder)"), "", filters
        )
        if not names:
            folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Import a Folder"))
            names = [folder] if folder else []
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import `paths` (files and folders, recursively) as one queued write."""
        if not paths or self.is_running or not self._library_ready():
            return
        services = self._client.services
        assert services is not None
        progress = JobProgress(self._parent, self.tr("Import"), self.tr("Looking for files…"))
        self._running = progress
        label = self.tr("Importing {name}")

        def reported(step: ImportProgress) -> None:
            progress.report(step.done, step.total, label.replace("{name}", step.path.name))

        def job() -> ImportReport:
            return services.import_paths(
                list(paths), progress=reported, cancelled=progress.is_cancelled
            )

        progress.start()
        self._client.write(job, self._finished, self._failed)

    def _library_ready(self) -> bool:
        if self._client.services is not None:
            return True
        QMessageBox.information(
            self._parent, self.tr("Import"), self.tr("Open a library before importing.")
        )
        return False

    def _end_progress(self) -> None:
        if self._running is not None:
            self._running.finish()
            self._running = None

    def _finished(self, report: ImportReport) -> None:
        self._end_progress()
        for _path, imported in report.imported:
            for article in (*imported.placeholders, imported.article):
                self._client.events.article_saved.emit(article)
        self._show_summary(report)

    def _failed(self, error: BaseException) -> None:
        self._end_progress()
        box = self._message_box(self.tr("The import stopped: {reason}"))
        box.setText(box.text().replace("{reason}", str(error) or type(error).__name__))
        box.setIcon(QMessageBox.Icon.Warning)
        box.open()

    def _show_summary(self, report: ImportReport) -> None:
        box = self._message_box(summary_headline(report, self.tr))
        failures = [f"{failure.path.name}: {failure.reason}" for failure in report.failures]
        if failures:
            box.setIcon(QMessageBox.Icon.Warning)
            shown = failures[:SUMMARY_FAILURES_SHOWN]
            more = len(failures) - len(shown)
            if more:
                shown.append(self.tr("… and {count} more").replace("{count}", str(more)))
            box.setInformativeText("\n".join(shown))
            box.setDetailedText(
                "\n".join(f"{failure.path}: {failure.reason}" for failure in report.failures)
            )
        box.open()

    def _message_box(self, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import"), text, parent=self._parent
        )
        box.setObjectName("importSummary")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        return box


def summary_headline(report: ImportReport, tr: Callable[[str], str]) -> str:
    """One sentence: imported, skipped and failed counts, and whether it was cancelled."""
    parts = [tr("{count} imported").replace("{count}", str(len(report.imported)))]
    if report.skipped:
        parts.append(tr("{count} skipped").replace("{count}", str(len(report.skipped))))
    if report.failures:
        parts.append(tr("{count} failed").replace("{count}", str(len(report.failures))))
    sentence = ", ".join(parts) + "."
    if report.cancelled:
        sentence = tr("Import cancelled: ") + sentence
    return sentence


class FileDropFilter(QObject):
    """Imports local files and folders dropped on the widget it watches."""

    def __init__(self, target: QWidget, file_import: FileImport) -> None:
        super().__init__(target)
        self._file_import = file_import
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_paths(event):
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            paths = dropped_paths(event)
            if paths:
                event.acceptProposedAction()
                self._file_import.import_paths(paths)
                return True
        return False


def dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders a drag carries ([] for text, web links...)."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    urls = data.urls()
    if not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]
