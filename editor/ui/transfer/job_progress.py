"""Progress and Cancel for a long library job (an import, a site export) that runs on a
worker thread of the `LibraryClient`.

`JobProgress` owns the window-modal QProgressDialog the user sees, a thread-safe cancel
flag the job polls (`is_cancelled`), and a signal that carries the job's progress reports
from the worker thread to the GUI thread (a queued connection: the worker never touches a
widget). The job calls `report(done, total, label)` from its thread; the dialog follows.
Quitting the application cancels the job too, so the worker stops at its next check
instead of holding up the exit.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class JobProgress(QObject):
    """The progress dialog and cancel flag of one running job."""

    advanced = Signal(int, int, str)  # done, total, what is being done (from any thread)

    def __init__(self, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._on_cancel)
        self.advanced.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)  # dropped when this object is deleted

    def start(self) -> None:
        """Show the dialog (busy until the first report gives a total)."""
        self.dialog.setValue(0)
        self.dialog.show()

    def report(self, done: int, total: int, label: str = "") -> None:
        """Called by the job, on its thread, after each step."""
        self.advanced.emit(done, total, label)

    def is_cancelled(self) -> bool:
        """Thread-safe: has the user pressed Cancel?"""
        return self._cancel.is_set()

    def finish(self) -> None:
        """Hide and dispose of the dialog (the job has returned)."""
        self.dialog.canceled.disconnect(self._on_cancel)
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    def _on_quit(self) -> None:
        self._cancel.set()

    def _on_cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, label: str) -> None:
        if self._cancel.is_set() or not self.dialog.isVisible():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if label:
            self.dialog.setLabelText(label)
