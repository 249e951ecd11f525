"""`JobProgress`: reports from a worker thread reach the dialog; Cancel and quitting the
application set the flag the job polls."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.transfer.job_progress import JobProgress


@pytest.fixture
def progress(qtbot: QtBot) -> Iterator[JobProgress]:
    """A started job's progress in a shown window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    job = JobProgress(parent, "Import", "Looking for files…")
    job.start()
    yield job
    job.finish()


def test_reports_from_a_worker_thread_move_the_dialog(qtbot: QtBot, progress: JobProgress) -> None:
    worker = threading.Thread(target=lambda: progress.report(3, 8, "Importing c.txt"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: progress.dialog.value() == 3)
    assert progress.dialog.maximum() == 8
    assert progress.dialog.labelText() == "Importing c.txt"


def test_cancel_sets_the_flag_and_later_reports_are_ignored(progress: JobProgress) -> None:
    assert not progress.is_cancelled()
    button = progress.dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    assert progress.is_cancelled()
    assert progress.dialog.labelText() == "Cancelling…"
    progress.report(5, 8, "Importing e.txt")
    QApplication.processEvents()
    assert progress.dialog.labelText() == "Cancelling…"


def test_quitting_the_application_cancels_the_job(progress: JobProgress) -> None:
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert progress.is_cancelled()
