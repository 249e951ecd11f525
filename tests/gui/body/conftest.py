"""Test set-up for the body fidelity tests.

PySide6 6.12 with Python 3.11 drops a reference to None on every call that returns None
(every void method: insertText, setBlockFormat, ...; every null pointer: textList(),
property()). None starts with a few thousand references, so a few thousand Qt calls end
the process with "Fatal Python error: none_dealloc". Python 3.12 made None immortal; here
we give None a reference count it cannot run out of. This belongs in tests/conftest.py
and in editor/app.py (reported to the lead); it is repeated here so these tests stand
on their own.
"""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
