"""Why a save did not happen, as exceptions the storage layer raises and in words a user
reads.

`ArticleConflictError`: the article was saved by someone else since it was read (the
save stated the version it started from and found another one); nothing was written.
`LibraryFileGoneError`: the library file at the path is no longer the one that was
opened (moved, deleted or replaced); nothing was written. `describe_save_failure` turns
any exception a save may raise (these, SQLite's "disk full", "locked", "read-only", an
OSError) into a kind the window decides by and the storage layer's words for it.
Qt-free: the GUI shows the words in its status bar and dialogs, the CLI may print them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from editor.storage.errors import (
    DISK_FULL,
    DISK_QUOTA_USED_UP,
    DISK_READ_ONLY,
    LIBRARY_BUSY,
    LIBRARY_READ_ONLY,
    PERMISSION_DENIED,
    LibraryError,
    failure_in_words,
)


class ArticleConflictError(LibraryError):
    """The article changed in the library since this copy of it was read."""

    def __init__(self, article_id: str, expected: int, found: int | None) -> None:
        self.article_id = article_id
        self.expected = expected
        self.found = found
        super().__init__(
            "the article was changed by someone else since it was opened; nothing was written"
        )


class LibraryFileGoneError(LibraryError):
    """The file at the library's path is not the one that was opened."""


class FailureKind(enum.StrEnum):
    """What kind of trouble stopped a save."""

    CONFLICT = "conflict"
    LIBRARY_GONE = "library_gone"
    DISK_FULL = "disk_full"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    OTHER = "other"


@dataclass(frozen=True)
class SaveFailure:
    """A failed save in words: `kind` for code that decides, `words` for people."""

    kind: FailureKind
    words: str

    @property
    def status_text(self) -> str:
        """What a status bar shows: `Not saved: <words>`."""
        return f"Not saved: {self.words}"


_FIXED_WORDS = {
    FailureKind.CONFLICT: "someone else changed the article in the meantime",
    FailureKind.LIBRARY_GONE: "the library file was moved or deleted",
}
_KIND_OF_WORDS = {
    DISK_FULL: FailureKind.DISK_FULL,
    DISK_QUOTA_USED_UP: FailureKind.DISK_FULL,
    LIBRARY_BUSY: FailureKind.LOCKED,
    LIBRARY_READ_ONLY: FailureKind.READ_ONLY,
    DISK_READ_ONLY: FailureKind.READ_ONLY,
    PERMISSION_DENIED: FailureKind.READ_ONLY,
}
OTHER_WORDS = "the library could not be written"


def _conflict_or_gone(error: BaseException) -> FailureKind | None:
    """CONFLICT or LIBRARY_GONE when `error` (or what it wraps) is one of those."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ArticleConflictError):
            return FailureKind.CONFLICT
        if isinstance(current, LibraryFileGoneError):
            return FailureKind.LIBRARY_GONE
        current = current.__cause__
    return None


def describe_save_failure(error: BaseException) -> SaveFailure:
    """The kind and the words for a failed save; never SQL, never the article's text.
    The words are the storage layer's one wording (`errors.failure_in_words`)."""
    kind = _conflict_or_gone(error)
    if kind is not None:
        return SaveFailure(kind, _FIXED_WORDS[kind])
    words = failure_in_words(error) or OTHER_WORDS
    kinds = (kind for phrase, kind in _KIND_OF_WORDS.items() if phrase in words)
    return SaveFailure(next(kinds, FailureKind.OTHER), words)
