"""Composition root of the desktop app: settings, library, QApplication, main window.

`run_gui(location)` is what `copydesk gui` calls. The window is built and shown first;
the library (SQLAlchemy: the slowest import by far) is opened on the window's library
client's write thread once the window has had its first paint, and attached when it
arrives. Opening it earlier only makes both threads fight over the GIL and delays the
window. Until the library arrives the form already takes typing (see
ArticleSession.attach_library). A library that cannot be opened (not a library, corrupt,
too new) is explained in a message box; the library has refused it and left the file
untouched. Quitting drains the client's write queue (`QUIT_DRAIN_DEADLINE_S`) before the
library is closed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from editor.services.library_services import Services
    from editor.ui.shell.main_window import MainWindow

APP_NAME = "Copydesk"
EXIT_LIBRARY_ERROR = 1
GIL_SWITCH_INTERVAL_S = 0.001
QUIT_DRAIN_DEADLINE_S = 30.0
APP_STYLE_ARGS = ("-style", "Fusion")
# Pure-Python modules the first window needs, imported before PySide6 is: PySide6's
# __feature__ import hook reads the source of every module first imported after it
# (inspect.getsource, ~0.1 ms a module), which these then skip.
QT_FREE_WINDOW_MODULES = (
    "dataclasses",
    "string",
    "editor.domain",
    "editor.domain.typography",
)


def describe_library_error(location: str | None, error: BaseException) -> str:
    """One readable paragraph for a library that could not be opened."""
    from editor.services.failures import LibraryError

    where = location or "the default library"
    if isinstance(error, LibraryError):
        return f"Copydesk cannot open {where}.\n\n{error.message}\n\nThe file was not changed."
    kind = type(error).__name__
    return f"Copydesk cannot open {where}.\n\n{kind}: {error}\n\nThe file was not changed."


def show_library_error(parent: QWidget | None, location: str | None, error: BaseException) -> None:
    """Explain in a modal message box why the library cannot be used."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, "", QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("libraryErrorBox")
    box.setText(describe_library_error(location, error))
    box.exec()


def create_application(argv: list[str]) -> tuple[QApplication, str]:
    """The QApplication with resources registered; returns it and the body font family."""
    from PySide6.QtWidgets import QApplication

    from editor.ui.qt.resources import load_body_font, register_search_paths

    # Autosave writes Markdown in a worker thread; hand the GIL back to the GUI thread
    # quickly so a keystroke never waits long behind it.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    existing = QApplication.instance()
    # Fusion everywhere (the palettes are made for it), chosen on the command line:
    # setting it from Python would create the binding's QStyle types (~5 ms at start-up).
    app = existing if isinstance(existing, QApplication) else QApplication([*argv, *APP_STYLE_ARGS])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("copydesk")
    register_search_paths()
    return app, load_body_font()


def build_main_window(
    app: QApplication, body_family: str, settings_dir: Path | None = None
) -> MainWindow:
    """The themed main window (without a library yet). `settings_dir` isolates tests."""
    from editor.ui.qt.settings import Preferences, WindowStateStore
    from editor.ui.qt.theme import THEME_MANAGER_NAME, ThemeManager
    from editor.ui.shell.main_window import MainWindow

    preferences = Preferences(settings_dir / "preferences.ini" if settings_dir else None)
    window_state = WindowStateStore(settings_dir / "window-state.ini" if settings_dir else None)
    # By name: a lookup by type would create the Python types of the app's other
    # children (its QStyle among them), several ms of start-up.
    existing = app.findChild(ThemeManager, THEME_MANAGER_NAME)
    theme = existing if isinstance(existing, ThemeManager) else ThemeManager(app, body_family)
    window = MainWindow(preferences, window_state, body_family)
    window.apply_theme(theme.colors)
    theme.theme_changed.connect(window.apply_theme)
    return window


def attach_when_open(
    window: MainWindow,
    location: str | None,
    on_error: Callable[[BaseException], None],
    on_ready: Callable[[MainWindow], None] | None = None,
) -> None:
    """Open the library on the window's client; give it to the window when it is open."""

    def deliver(services: Services) -> None:
        window.attach_library(services)
        if on_ready is not None:
            on_ready(window)

    window.client.library_opened.connect(deliver)
    window.client.library_failed.connect(on_error)
    window.client.open_library(location)


def save_into_late_library(window: MainWindow, library: Services | None) -> None:
    """The window closed before its library arrived: store what was typed meanwhile."""
    if library is not None and window.library is None:
        window.autosaver.set_sink(library)
        window.persist_blocking()


def run_gui(
    library_location: str | None,
    *,
    on_shown: Callable[[MainWindow], None] | None = None,
    on_ready: Callable[[MainWindow], None] | None = None,
) -> int:
    """Open the editor window on a library; returns the process exit status.

    `on_shown` runs once the window is on screen, `on_ready` once the library is
    attached and an article is open (the benchmark and the kill-and-recover test drive
    the real app through them).
    """
    for module_name in QT_FREE_WINDOW_MODULES:
        importlib.import_module(module_name)
    app, body_family = create_application(sys.argv[:1])
    window = build_main_window(app, body_family)
    window.show()
    app.processEvents()  # the first paint (where the platform exposes at once), GIL to itself
    if on_shown is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: on_shown(window))
    status = {"code": 0}

    def refuse(error: BaseException) -> None:
        window.hide()
        show_library_error(None, library_location, error)
        status["code"] = EXIT_LIBRARY_ERROR
        app.exit(EXIT_LIBRARY_ERROR)

    # Opened last: the worker's imports take the GIL in turns with this thread, so
    # the window's own Python work is done first.
    attach_when_open(window, library_location, refuse, on_ready)
    code = app.exec()
    window.close()
    window.client.drain(QUIT_DRAIN_DEADLINE_S)
    opened = window.client.opened_library()
    save_into_late_library(window, opened)
    saved_elsewhere = window.library  # File > Save Library As… moves the window on
    window.deleteLater()
    if opened is not None:
        opened.close()
    if saved_elsewhere is not None and saved_elsewhere is not opened:
        saved_elsewhere.close()
    return status["code"] or code
