"""Why a save did not happen, as exceptions the storage layer raises and in words a user
reads.

`ArticleConflictError`: the article was saved by someone else since it was read (the
save stated the version it started from and found another one); nothing was written.
`LibraryFileGoneError`: the library file at the path is no longer the one that was
opened (moved, deleted or replaced); nothing was written. `describe_save_failure` turns
any exception a save may raise (these, SQLite's "disk full", "locked", "read-only", an
OSError) into a short sentence without SQL or article text. Qt-free: the GUI shows the
words in its status bar and dialogs, the CLI may print them.
"""

from __future__ import annotations

import enum
import errno
import sqlite3
from dataclasses import dataclass

from editor.storage.errors import LibraryError


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


_WORDS = {
    FailureKind.CONFLICT: "someone else changed the article in the meantime",
    FailureKind.LIBRARY_GONE: "the library file was moved or deleted",
    FailureKind.DISK_FULL: "the disk is full",
    FailureKind.LOCKED: "another program is writing to the library; try again",
    FailureKind.READ_ONLY: "the library is read-only",
    FailureKind.OTHER: "the library could not be written",
}

# SQLite's own messages (sqlite3_errstr) for the cases a user can act on.
_SQLITE_MESSAGES = (
    ("database or disk is full", FailureKind.DISK_FULL),
    ("disk i/o error", FailureKind.DISK_FULL),
    ("database is locked", FailureKind.LOCKED),
    ("database table is locked", FailureKind.LOCKED),
    ("readonly database", FailureKind.READ_ONLY),
    ("read-only", FailureKind.READ_ONLY),
)
_OS_ERRORS = {
    errno.ENOSPC: FailureKind.DISK_FULL,
    errno.EDQUOT: FailureKind.DISK_FULL,
    errno.EROFS: FailureKind.READ_ONLY,
    errno.EACCES: FailureKind.READ_ONLY,
    errno.EPERM: FailureKind.READ_ONLY,
}


def failure_kind(error: BaseException) -> FailureKind:
    """Classify an exception raised by a save (SQLAlchemy wraps SQLite's in `.orig`)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ArticleConflictError):
            return FailureKind.CONFLICT
        if isinstance(current, LibraryFileGoneError):
            return FailureKind.LIBRARY_GONE
        if isinstance(current, OSError) and current.errno in _OS_ERRORS:
            return _OS_ERRORS[current.errno]
        if isinstance(current, sqlite3.Error):
            message = str(current).lower()
            for fragment, kind in _SQLITE_MESSAGES:
                if fragment in message:
                    return kind
        original = getattr(current, "orig", None)
        current = original if isinstance(original, BaseException) else current.__cause__
    if isinstance(error, LibraryError):
        text = error.message.lower()
        for fragment, kind in _SQLITE_MESSAGES:
            if fragment in text:
                return kind
    return FailureKind.OTHER


def describe_save_failure(error: BaseException) -> SaveFailure:
    """The kind and the words for a failed save; never SQL, never the article's text."""
    kind = failure_kind(error)
    return SaveFailure(kind, _WORDS[kind])
