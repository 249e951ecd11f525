"""Guard against a reference-count bug of shiboken6 6.12 on Python 3.11.

Measured here with PySide6-Essentials 6.12.0 / shiboken6 6.12.0 on CPython 3.11: every
call of a C++ method that returns nothing (``QPoint.setX``, ``QTextCursor.setPosition``,
``QWidget.keyPressEvent``...) or a null pointer (``QTextBlock.textList()``) hands back
``None`` without taking a reference, so each call lowers None's reference count by one.
None starts with a few thousand references; typing in the body costs several per key,
so after a page of typing CPython aborts with "none_dealloc: deallocating None". Some
paths lose references of True in the same way ("bool_dealloc"). From Python 3.12 on
these objects are immortal and the bug is harmless.

:func:`protect_none_refcount` checks for the bug with one harmless call and, only when
it is present, gives None, True and False reference counts so large they can never
reach zero. The composition root may call it first thing; the body editor calls it too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint

_MARGIN = 1 << 40
_state = {"checked": False}


def none_refcount_leaks() -> bool:
    """Whether calling a void Qt method costs None a reference."""
    probe = QPoint()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setX(0)
    return sys.getrefcount(None) < before


def protect_none_refcount() -> bool:
    """Make the reference counts of None, True and False unreachable for the leak
    (once per process, only on Pythons where they are not immortal and only when the
    leak is present).
    Returns whether the protection is in place."""
    if _state["checked"]:
        return sys.getrefcount(None) > _MARGIN // 2
    _state["checked"] = True
    if sys.version_info >= (3, 12) or not none_refcount_leaks():
        return False
    import ctypes  # only where the leak is present: ctypes costs start-up time

    # CPython 3.11 object layout: ob_refcnt is the first Py_ssize_t of every object.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    return True
