"""`Snapshot`: the article as the form held it at one moment, handed to autosave.

The form makes snapshots (`ArticleForm.snapshot`); the session's autosaver stores them
off the GUI thread. Writing the body's Markdown may be deferred to the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.domain import Article


@dataclass
class Snapshot:
    """An article as it was at one moment. The body may still be a closure over a copy
    of the document (`body_writer`): writing Markdown then happens in the worker, so
    long bodies never hold up typing. `keepalive` (that copy) is released on the GUI
    thread, which owns it."""

    article: Article
    body_writer: Callable[[], str] | None = None
    keepalive: object | None = None

    def resolved(self) -> Article:
        """The article with its body written out (runs the writer once)."""
        if self.body_writer is not None:
            self.article.body = self.body_writer()
            self.body_writer = None
        return self.article
