"""Errors raised by the storage layer, and failures put into words for users.

Every `LibraryError` carries a one-line, user-readable message. `failure_in_words` turns
the other failures a library can meet (SQLite and SQLAlchemy errors, OS errors) into a
short phrase such as "the disk is full": never SQL, never an article's text. The command
line and the window's status bar both use it ("Not saved: the disk is full").
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

DISK_FULL = "the disk is full"
LIBRARY_BUSY = "another program is writing to the library; try again"
LIBRARY_READ_ONLY = "the library is read-only"
DISK_ERROR = "the disk could not be read or written (input/output error)"
LIBRARY_DAMAGED = "the library file is damaged"
LIBRARY_UNREACHABLE = "the library file cannot be opened"
DISK_QUOTA_USED_UP = "the disk quota is used up"
DISK_READ_ONLY = "the disk is read-only"
PERMISSION_DENIED = "permission denied"

# SQLite's primary result codes (sqlite_errorname without an extended suffix), in words.
_SQLITE_CODES = {
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_BUSY": LIBRARY_BUSY,
    "SQLITE_LOCKED": LIBRARY_BUSY,
    "SQLITE_READONLY": LIBRARY_READ_ONLY,
    "SQLITE_IOERR": DISK_ERROR,
    "SQLITE_CORRUPT": LIBRARY_DAMAGED,
    "SQLITE_NOTADB": LIBRARY_DAMAGED,
    "SQLITE_CANTOPEN": LIBRARY_UNREACHABLE,
    "SQLITE_PERM": LIBRARY_READ_ONLY,
}
# The same, recognised from SQLite's messages (drivers that give no result code).
_SQLITE_MESSAGES = (
    ("disk is full", DISK_FULL),
    ("database is locked", LIBRARY_BUSY),
    ("database table is locked", LIBRARY_BUSY),
    ("readonly database", LIBRARY_READ_ONLY),
    ("disk i/o error", DISK_ERROR),
    ("malformed", LIBRARY_DAMAGED),
    ("file is not a database", LIBRARY_DAMAGED),
    ("unable to open database file", LIBRARY_UNREACHABLE),
)
_OS_ERRNOS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_QUOTA_USED_UP,
    errno.EROFS: DISK_READ_ONLY,
    errno.EACCES: PERMISSION_DENIED,
    errno.EPERM: PERMISSION_DENIED,
    errno.EIO: DISK_ERROR,
    errno.EFBIG: "the file is too large for this disk",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
}


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


class LibraryUnavailableError(LibraryError):
    """A library that cannot be used right now (locked, disk full, unreadable media)."""


class ReadOnlyLibraryError(LibraryError):
    """A change was asked of a library that was opened read-only."""


class ArticleNotFoundError(LibraryError):
    """No article matches the given id, id prefix or slug."""


class AmbiguousArticleError(LibraryError):
    """An id prefix matches more than one article."""


class DuplicateHeadlineError(LibraryError):
    """An import would create a second article with an existing article's headline."""


def sqlite_failure_in_words(error: sqlite3.Error) -> str:
    """What an SQLite error means for the user, from its result code or message."""
    name = getattr(error, "sqlite_errorname", "") or ""
    primary = "_".join(name.split("_")[:2])
    if primary in _SQLITE_CODES:
        return _SQLITE_CODES[primary]
    text = str(error).lower()
    for fragment, words in _SQLITE_MESSAGES:
        if fragment in text:
            return words
    return f"the library reported an error ({type(error).__name__})"


def os_failure_in_words(error: OSError) -> str:
    """What an OS error means, without the file name (callers name the file themselves)."""
    if error.errno in _OS_ERRNOS:
        return _OS_ERRNOS[error.errno]
    return (error.strerror or type(error).__name__).lower()


def failure_in_words(error: BaseException) -> str | None:
    """A short phrase for a storage or file failure ("the disk is full"), or None when
    `error` is none of those. The phrase never holds SQL, parameters or article text."""
    if isinstance(error, LibraryError):
        # Some carry SQLite's bare message (a save failing in a worker): say what it means.
        lowered = error.message.lower()
        if any(words in lowered for _fragment, words in _SQLITE_MESSAGES):
            return error.message
        known = (words for fragment, words in _SQLITE_MESSAGES if fragment in lowered)
        return next(known, error.message)
    if isinstance(error, DBAPIError):
        original = error.orig
        if isinstance(original, sqlite3.Error):
            return sqlite_failure_in_words(original)
        if isinstance(original, OSError):
            return os_failure_in_words(original)
        return _words_from_message(str(original), type(original).__name__)
    if isinstance(error, SQLAlchemyError):
        return f"the library reported an error ({type(error).__name__})"
    if isinstance(error, sqlite3.Error):
        return sqlite_failure_in_words(error)
    if isinstance(error, OSError):
        return os_failure_in_words(error)
    return None


def _words_from_message(message: str, kind: str) -> str:
    text = message.lower()
    for fragment, words in _SQLITE_MESSAGES:
        if fragment in text:
            return words
    if "could not connect" in text or "connection refused" in text:
        return "the library's database server cannot be reached"
    return f"the library reported an error ({kind})"
