"""`TransferDriver`: the transfer feature as a user works it, on top of `WindowDriver`.

File dialogs are answered by patching QFileDialog's static methods (the way a test
chooses files); the progress dialog, the Export dialog and the message boxes the feature
opens without blocking are found among the window's children.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QPushButton

from editor.services.library_services import Services
from editor.ui.transfer.export_dialog import ExportDialog
from tests.gui.driver import WindowDriver
from tests.gui.driver_core import WAIT_MS


class TransferDriver:
    """Import, export, site export and copying through the window's actions."""

    def __init__(self, window: WindowDriver, services: Services) -> None:
        self.window = window
        self.qtbot = window.qtbot
        self.services = services

    # -- answering dialogs -------------------------------------------------------------

    @staticmethod
    def answer_file_dialogs(
        monkeypatch: pytest.MonkeyPatch, files: list[Path] | None = None, folder: Path | None = None
    ) -> None:
        """The next file dialogs return these files, or this folder."""
        names = [str(path) for path in files or []]
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (names, ""))
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder) if folder else ""
        )

    @staticmethod
    def answer_section_choice(monkeypatch: pytest.MonkeyPatch, choice_index: int = 0) -> None:
        """The site export's question about the section gets the item at this index."""
        monkeypatch.setattr(
            QInputDialog,
            "getItem",
            lambda _p, _t, _l, items, *_a, **_k: (items[choice_index], True),
        )

    # -- what the feature shows ---------------------------------------------------------

    def progress_dialog(self) -> QProgressDialog | None:
        dialog = self.window.window.findChild(QProgressDialog, "jobProgress")
        return dialog if dialog is not None and dialog.isVisible() else None

    def wait_for_progress(self, at_least: int) -> QProgressDialog:
        """The running job's progress dialog, once it shows `at_least` steps done."""

        def advanced() -> bool:
            dialog = self.progress_dialog()
            return dialog is not None and dialog.value() >= at_least

        self.qtbot.waitUntil(advanced, timeout=WAIT_MS)
        dialog = self.progress_dialog()
        assert dialog is not None
        return dialog

    def press_cancel(self, dialog: QProgressDialog) -> None:
        button = dialog.findChild(QPushButton)
        assert button is not None
        self.window.click(button)

    def message_box(self, name: str) -> QMessageBox:
        """The feature's message box called `name`, once it is shown."""

        def shown() -> QMessageBox | None:
            box = self.window.window.findChild(QMessageBox, name)
            return box if box is not None and box.isVisible() else None

        self.qtbot.waitUntil(lambda: shown() is not None, timeout=WAIT_MS)
        box = shown()
        assert box is not None
        return box

    def close_message_box(self, box: QMessageBox) -> None:
        box.done(QMessageBox.StandardButton.Ok)

    def export_dialog(self) -> ExportDialog:
        """File > Export…, and the dialog it opens."""
        self.window.trigger("article.export")
        dialog = self.window.window.findChild(ExportDialog, "exportDialog")
        assert dialog is not None and dialog.isVisible()
        return dialog

    def wait_for_status(self, words: str) -> str:
        self.qtbot.waitUntil(lambda: words in self.window.status(), timeout=WAIT_MS)
        return self.window.status()
