"""Test set-up for the body fidelity tests.

PySide6 6.12 with Python 3.11 drops a reference to None (and to True/False) on calls that
return them, so a few thousand Qt calls end the process ("none_dealloc"). The editor's
guard gives those objects reference counts they cannot run out of; it is applied here so
these tests stand on their own, whichever tests run before them.

The window tests here theme the application (style sheet and palette) as the real window
does; each test leaves the application's look as it found it, so tests that run later
(standalone editors that set palettes of their own, windows that theme afresh) see what
they would see without these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editor.ui.editing.none_refcount_guard import protect_none_refcount
from editor.ui.theme import THEME_MANAGER_NAME, ThemeManager

protect_none_refcount()


@pytest.fixture(autouse=True)
def application_look_restored(qapp: QApplication) -> Iterator[None]:
    """A theme a window test brought into the application goes again with the test: the
    application's style sheet and palette as they were, its theme manager deleted (the
    next window makes and applies its own)."""
    before = qapp.findChild(ThemeManager, THEME_MANAGER_NAME)
    style_sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    yield
    theme = qapp.findChild(ThemeManager, THEME_MANAGER_NAME)
    if before is None and theme is not None:
        theme.setObjectName("")
        theme.deleteLater()
        qapp.setStyleSheet(style_sheet)
        qapp.setPalette(palette)
