"""Test set-up for the body fidelity tests.

PySide6 6.12 with Python 3.11 drops a reference to None (and to True/False) on calls that
return them, so a few thousand Qt calls end the process ("none_dealloc"). The editor's
guard gives those objects reference counts they cannot run out of; it is applied here so
these tests stand on their own, whichever tests run before them.

The window tests here theme the application (style sheet and palette) as the real window
does; each test leaves the application's look as it found it, so tests that run later
and set palettes of their own see them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editor.ui.editing.none_refcount_guard import protect_none_refcount

protect_none_refcount()


@pytest.fixture(autouse=True)
def application_look_restored(qapp: QApplication) -> Iterator[None]:
    """The application's style sheet and palette as they were before the test."""
    style_sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    yield
    qapp.setStyleSheet(style_sheet)
    qapp.setPalette(palette)
