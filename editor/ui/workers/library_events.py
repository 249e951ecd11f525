"""`LibraryEvents`: the hub that tells views what changed in the library.

The library client emits these after a write has succeeded (on the GUI thread); the
article list, the details panel and the window title update from them instead of being
poked one by one by whoever wrote. `links_changed` names each article whose previous,
next or related links a library command changed (the story links feature listens).
(Sections join when the window first changes them: the library browser.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LibraryEvents(QObject):
    """What changed in the open library, announced after the write succeeded."""

    article_saved = Signal(object)  # the Article as stored (new version, slug...)
    article_deleted = Signal(str)  # its id
    links_changed = Signal(str)  # the id of an article whose story links changed
