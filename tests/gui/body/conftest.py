"""Test set-up for the body fidelity tests.

PySide6 6.12 with Python 3.11 drops a reference to None (and to True/False) on calls that
return them, so a few thousand Qt calls end the process ("none_dealloc"). The editor's
guard gives those objects reference counts they cannot run out of; it is applied here so
these tests stand on their own, whichever tests run before them.
"""

from __future__ import annotations

from editor.ui.qt.none_refcount_guard import protect_none_refcount

protect_none_refcount()
