"""The main window on the sample library opened through `Services` (imports and exports
are service use cases), driven by `TransferDriver`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.services.library_services import Services
from editor.storage.library import Library
from editor.ui.shell.main_window import MainWindow
from tests.gui.driver import WindowDriver, body_of
from tests.gui.transfer.transfer_driver import TransferDriver


@pytest.fixture
def services(sample_library: Library) -> Services:
    return Services(sample_library)


@pytest.fixture
def transfer_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, services: Services
) -> Iterator[MainWindow]:
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    register_search_paths()
    window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.attach_library(services)
    window.activateWindow()
    body = body_of(window)
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    yield window
    window.close()
    window.client.drain(10)
    window.autosaver.flush()


@pytest.fixture
def transfer(
    qtbot: QtBot, transfer_window: MainWindow, sample_library: Library, services: Services
) -> TransferDriver:
    return TransferDriver(WindowDriver(transfer_window, qtbot, sample_library), services)
