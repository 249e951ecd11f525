"""`LibraryEvents`: the hub that tells views what changed in the library.

The library client emits these after a write has succeeded (on the GUI thread); the
article table, the section tree, the details panel and the window title update from them
instead of being poked one by one by whoever wrote. `links_changed` names each article
whose previous, next or related links a library command changed (the story links
feature listens).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LibraryEvents(QObject):
    """What changed in the open library, announced after the write succeeded."""

    article_saved = Signal(object)  # the Article as stored (new version, slug...)
    articles_trashed = Signal(object)  # a tuple of article ids, now in the Trash
    articles_restored = Signal(object)  # a tuple of article ids, out of the Trash again
    articles_moved = Signal(object)  # a tuple of article ids filed in another section
    trash_emptied = Signal()
    sections_changed = Signal()  # created, renamed, moved or deleted sections
    links_changed = Signal(str)  # the id of an article whose story links changed


def announce(events: LibraryEvents, command: object) -> None:
    """Emit what an applied library command changed (its inverse is announced the same
    way when it runs: an undone move is a move)."""
    from editor.services import commands

    if isinstance(command, commands.DeleteArticle):
        events.articles_trashed.emit(command.article_ids)
    elif isinstance(command, commands.RestoreArticles):
        events.articles_restored.emit(command.article_ids)
    elif isinstance(command, commands.MoveArticles):
        events.articles_moved.emit(tuple(article_id for article_id, _ in command.placements))
        events.sections_changed.emit()  # the counts changed
    elif isinstance(
        command,
        commands.CreateSection
        | commands.RemoveSection
        | commands.RenameSection
        | commands.MoveSection
        | commands.DeleteSection
        | commands.RestoreSection,
    ):
        events.sections_changed.emit()
