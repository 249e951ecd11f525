"""Stopping a search that a newer one has superseded, from any thread, without Qt.

A `SearchCancellation` is handed to `Library.search`; `cancel()` may be called from any
thread at any time. While the SQL query runs, the token holds the raw SQLite connection and
`cancel()` calls `sqlite3.Connection.interrupt()` on it, so SQLite stops the statement at
its next step. An interrupt that lands while SQLite is still preparing the statement is
forgotten when the statement starts, so a progress handler also looks at the flag every
PROGRESS_STEPS virtual-machine steps (a Python call every few microseconds of work).
Between the query and each hit's excerpt the flag is checked again. A cancelled search
raises `SearchCancelledError`; it never returns partial results.

SQLite ignores an interrupt that arrives when no statement is running, so a cancel that
races with the end of the query cannot stop a later statement on the same connection.
Other engines only see the flag (checked before the query and between hits).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from editor.storage.errors import LibraryError

PROGRESS_STEPS = 2000


class SearchCancelledError(LibraryError):
    """The search was cancelled before it finished (a newer query superseded it)."""

    def __init__(self) -> None:
        super().__init__("the search was cancelled")


class SearchCancellation:
    """A cancel button for one search; `cancel()` is safe from any thread, at any time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._running_on: sqlite3.Connection | None = None

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancelled

    def cancel(self) -> None:
        """Cancel the search: a running SQLite statement is interrupted, the rest stops
        at its next check."""
        with self._lock:
            self._cancelled = True
            if self._running_on is not None:
                self._running_on.interrupt()

    def raise_if_cancelled(self) -> None:
        """Raise SearchCancelledError if `cancel()` was called."""
        if self._cancelled:
            raise SearchCancelledError

    def should_stop(self) -> bool:
        """SQLite's progress handler: a true value stops the running statement."""
        return self._cancelled

    @contextmanager
    def interruptible(self, session: Session) -> Iterator[None]:
        """Run the block's SQL so that `cancel()` interrupts it (SearchCancelledError)."""
        raw = _sqlite_connection(session)
        with self._lock:
            self.raise_if_cancelled()
            self._running_on = raw
        if raw is not None:
            raw.set_progress_handler(self.should_stop, PROGRESS_STEPS)
        try:
            yield
        except DBAPIError as error:
            if self._cancelled:
                raise SearchCancelledError from error
            raise
        finally:
            if raw is not None:
                raw.set_progress_handler(None, PROGRESS_STEPS)
            with self._lock:
                self._running_on = None
        self.raise_if_cancelled()


def _sqlite_connection(session: Session) -> sqlite3.Connection | None:
    """The raw sqlite3 connection under a session (None on other engines)."""
    raw = session.connection().connection.dbapi_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


@contextmanager
def interruptible(cancellation: SearchCancellation | None, session: Session) -> Iterator[None]:
    """`cancellation.interruptible(session)`, or nothing without a cancellation."""
    if cancellation is None:
        yield
        return
    with cancellation.interruptible(session):
        yield
