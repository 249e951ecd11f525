"""Shared GUI fixtures: a sample library on disk, isolated settings, the real main window."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.article.body_editor import BodyEditor
from tests.gui.driver import WindowDriver, attach_library, body_of
from tests.gui.window.sample_library import build_sample_library

# Qt's offscreen platform says this whenever a window is shown; it is no app problem.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def qt_objects_released_before_exit() -> Iterator[None]:
    """Tear Qt down in order at the end of the session: windows closed and deleted,
    worker pools drained, wrappers collected, then the QApplication shut down, so nothing
    is left for the interpreter's own shutdown to destroy out of order."""
    yield
    app = QApplication.instance()
    if app is None:
        return
    # The clipboard is a Qt global that owns the last QMimeData a test set; one made in
    # Python must go while Python still runs, not in Qt's exit handlers.
    QApplication.clipboard().clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    # Destroy the QApplication (and the Python-owned objects parented to it, such as the
    # theme manager) now; left to Qt's exit handlers it would be torn down after the
    # interpreter, and the wrappers' destructors would crash the process at exit.
    app.shutdown()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Default-constructed QSettings write under a temporary folder, never ~/.config."""
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))


@pytest.fixture
def editor(qtbot: QtBot) -> BodyEditor:
    """An empty, visible, focused body editor standing alone (it handles Ctrl+B and
    Ctrl+I itself, as no window owns them)."""
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


@pytest.fixture
def sample_library_path(tmp_path: Path) -> Path:
    """A library file holding a dozen generated articles and the feature article."""
    path = tmp_path / "sample.sqlite"
    build_sample_library(path, count=6)
    return path


@pytest.fixture
def sample_library(sample_library_path: Path) -> Iterator[Library]:
    library = Library.open(str(sample_library_path))
    yield library
    library.close()


@pytest.fixture
def stored(sample_library: Library) -> Callable[[str], Article]:
    """Read an article back from the library, as it is on disk."""
    return sample_library.get


@pytest.fixture
def main_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path, sample_library: Library):  # type: ignore[no-untyped-def]
    """The real main window on the sample library, shown, active, body focused."""
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    register_search_paths()
    window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    attach_library(window, sample_library)
    window.activateWindow()
    body = body_of(window)
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    yield window
    window.close()
    window.autosaver.flush()


@pytest.fixture
def driver(qtbot: QtBot, main_window, sample_library: Library) -> WindowDriver:  # type: ignore[no-untyped-def]
    """The main window on the sample library, driven as a user does (tests/gui/driver.py)."""
    return WindowDriver(main_window, qtbot, sample_library)
