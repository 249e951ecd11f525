"""Cheap ways to reach Qt objects that Qt created itself.

When a Qt method returns a `QWidget*` the binding has not seen before (a scroll area's
viewport, say), PySide6 looks for the most derived Python type by creating the Python
type of every QWidget subclass it knows: about 70 classes and their enums, some 8 ms,
paid once, on whichever call comes first. Start-up pays it unless nothing asks that way
before the first paint. `QObject.findChild` resolves the object through its meta-object
instead (about 0.03 ms), so the window's start-up path reaches such children by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_OBJECT_NAME = "qt_scrollarea_viewport"  # set by QAbstractScrollArea


def scroll_viewport(area: QAbstractScrollArea) -> QWidget:
    """`area.viewport()`, reached without PySide6's costly type lookup."""
    viewport = area.findChild(QWidget, VIEWPORT_OBJECT_NAME)
    return viewport if isinstance(viewport, QWidget) else area.viewport()
