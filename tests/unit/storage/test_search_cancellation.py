"""Cancelling a search: before it runs, while SQLite executes it, and never afterwards.

No timings here: how fast a cancelled search stops is measured in `make bench`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from editor.storage import Library, SearchCancellation, SearchCancelledError
from tests.unit.storage.conftest import make_article


class CancelledWhileRunning(SearchCancellation):
    """Cancels itself from SQLite's progress handler, i.e. while the query is running."""

    def __init__(self) -> None:
        super().__init__()
        self.steps_seen = 0

    def _step(self) -> int:
        self.steps_seen += 1
        if not self.cancelled:
            self.cancel()
        return 0  # keep going: only the interrupt may stop the statement

    @contextmanager
    def interruptible(self, session: Session) -> Iterator[None]:
        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_progress_handler(self._step, 1)
        try:
            with super().interruptible(session):
                yield
        finally:
            raw.set_progress_handler(None, 1)


@pytest.fixture
def stocked(library: Library) -> Library:
    library.import_many([make_article(f"Berlin meldet {n}") for n in range(30)])
    return library


def test_a_search_cancelled_before_it_runs_raises(stocked: Library) -> None:
    cancellation = SearchCancellation()
    cancellation.cancel()
    with pytest.raises(SearchCancelledError, match="cancelled"):
        stocked.search("Ber", cancellation=cancellation)


def test_a_search_cancelled_while_running_is_interrupted(stocked: Library) -> None:
    cancellation = CancelledWhileRunning()
    with pytest.raises(SearchCancelledError) as caught:
        stocked.search("Ber", cancellation=cancellation)
    assert cancellation.steps_seen > 0, "the query had started"
    assert isinstance(caught.value.__cause__, DBAPIError), "SQLite interrupted the statement"
    assert "interrupted" in str(caught.value.__cause__)
    assert len(stocked.search("Ber")) == 30, "the connection serves the next search"


def test_an_uncancelled_search_is_untouched(stocked: Library) -> None:
    cancellation = SearchCancellation()
    assert len(stocked.search("Ber", cancellation=cancellation)) == 30
    cancellation.cancel()  # too late: the results were already returned
    assert cancellation.cancelled
    assert len(stocked.search("Ber")) == 30, "a late cancel interrupts nothing afterwards"
