"""A library that can only be read (read-only media, a full disk) says so in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.storage import Library
from tests.gui.driver import WindowDriver


def test_read_only_library_says_so_in_the_status_bar(
    qtbot: QtBot, qapp: object, tmp_path: Path, sample_library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    monkeypatch.setattr("editor.storage.opening.is_writable_library_file", lambda path: False)
    register_search_paths()
    with Library.open(str(sample_library_path)) as library:
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        driver = WindowDriver(window, qtbot, library)
        driver.library_arrives(library)
        assert driver.library_label() == f"Library: {library.name} (read-only)"
        assert driver.quit()
