"""Cancelling a search: before it runs, while SQLite executes it, and never afterwards.

No timings here: how fast a cancelled search stops is measured in `make bench`.
"""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from editor.storage import (
    Library,
    SearchCancellation,
    SearchCancelledError,
    SearchHit,
    search_cancellation,
)
from tests.unit.storage.conftest import make_article


class CancelledWhileRunning(SearchCancellation):
    """Cancels itself the first time SQLite's progress handler asks, i.e. while the query
    is running."""

    def __init__(self) -> None:
        super().__init__()
        self.steps_seen = 0

    def should_stop(self) -> bool:
        self.steps_seen += 1
        if not self.cancelled:
            self.cancel()
        return super().should_stop()


def every_article_found(library: Library, hits: list[SearchHit]) -> bool:
    """The hits are the thirty stocked articles, each once."""
    ids = [hit.id for hit in hits]
    return len(ids) == 30 and set(ids) == {summary.id for summary in library.list_articles()}


@pytest.fixture
def stocked(library: Library) -> Library:
    library.import_many([make_article(f"Berlin meldet {n}") for n in range(30)])
    return library


def test_a_search_cancelled_before_it_runs_raises(stocked: Library) -> None:
    cancellation = SearchCancellation()
    cancellation.cancel()
    with pytest.raises(SearchCancelledError, match="cancelled"):
        stocked.search("Ber", cancellation=cancellation)


def test_a_search_cancelled_while_running_is_interrupted(
    stocked: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_cancellation, "PROGRESS_STEPS", 1)  # ask at every step
    cancellation = CancelledWhileRunning()
    with pytest.raises(SearchCancelledError) as caught:
        stocked.search("Ber", cancellation=cancellation)
    assert cancellation.steps_seen > 0, "the query had started"
    # SQLite stopped the statement itself (here while it prepared it: while connecting to
    # the FTS table); the query never ran to its end.
    assert isinstance(caught.value.__cause__, DBAPIError), "SQLite stopped the statement"
    assert every_article_found(stocked, stocked.search("Ber")), (
        "the connection serves the next search"
    )


def test_an_uncancelled_search_is_untouched(stocked: Library) -> None:
    cancellation = SearchCancellation()
    assert every_article_found(stocked, stocked.search("Ber", cancellation=cancellation))
    cancellation.cancel()  # too late: the results were already returned
    assert cancellation.cancelled
    assert every_article_found(stocked, stocked.search("Ber")), (
        "a late cancel interrupts nothing afterwards"
    )
