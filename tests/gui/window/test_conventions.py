"""Conventions users bring from other editors: Ctrl+Y redoes, the zoom level is in the
status bar, the version is in `--version` and About, the library's full path is one
hover away."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from editor import __version__
from editor.storage.library import Library
from editor.ui.actions.registry import ACTION_SPECS, default_shortcuts
from tests.gui.driver import WindowDriver


def test_ctrl_y_is_a_default_redo_key_on_every_platform(qapp: QApplication) -> None:
    (redo,) = [spec for spec in ACTION_SPECS if spec.id == "edit.redo"]
    keys = default_shortcuts(redo)
    assert QKeySequence("Ctrl+Y") in keys
    assert len(keys) == len({key.toString() for key in keys}), "no key twice"


def test_ctrl_y_redoes_in_the_body(driver: WindowDriver) -> None:
    driver.new_article()
    driver.type("Wien")
    assert driver.text() == "Wien"
    driver.press("Ctrl+Z")
    assert driver.text() == ""
    driver.press("Ctrl+Y")
    assert driver.text() == "Wien"


def test_zoom_level_is_in_the_status_bar(driver: WindowDriver) -> None:
    label = driver.status_label("zoom")
    assert label.isVisibleTo(driver.window)
    assert label.text() == "Zoom 100 %"
    driver.trigger("view.zoom_in")
    driver.trigger("view.zoom_in")
    percent = driver.zoom_percent()
    assert percent > 100
    assert label.text() == f"Zoom {percent} %"
    driver.trigger("view.zoom_reset")
    assert label.text() == "Zoom 100 %"


def test_version_on_the_command_line_matches_the_package() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "editor", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert completed.stdout.strip() == f"copydesk {version('copydesk')}"
    assert __version__ == version("copydesk")


def test_about_shows_the_version(driver: WindowDriver) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    driver.trigger("help.about")
    assert seen and f"Copydesk {__version__}" in seen[0]


def test_library_name_has_the_full_path_as_tooltip(
    driver: WindowDriver, sample_library: Library, sample_library_path: Path
) -> None:
    label = driver.status_label("library")
    assert label.text() == f"Library: {sample_library.name}"
    assert str(sample_library_path.resolve()) in label.toolTip()
    assert label.textFormat() == Qt.TextFormat.PlainText
