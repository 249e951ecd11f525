"""Errors raised by the storage layer; each carries a one-line, user-readable message."""

from __future__ import annotations


class LibraryError(Exception):
    """Base class: something is wrong with the library or a request made of it."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        """The one-line message, as shown to a user."""
        return str(self)


class NotALibraryError(LibraryError):
    """The location exists but is not a Copydesk library (it was left untouched)."""


class LibrarySchemaTooNewError(LibraryError):
    """The library was written by a newer Copydesk than this one."""


class ArticleNotFoundError(LibraryError):
    """No article matches the given id, id prefix or slug."""


class AmbiguousArticleError(LibraryError):
    """An id prefix matches more than one article."""
