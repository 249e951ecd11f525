"""Search-as-you-type figures: three- and four-letter prefix searches and how fast a
superseded search stops, each next to a floor measured on the same file in the same run.

The floor is the cheapest thing the index can do for the same words: raw sqlite3, the same
FTS5 MATCH expression, the first 50 rowids, no ranking and no excerpts. A second figure,
`ranking only`, is the search's own SQL without building excerpts, so the report shows
where the time goes: ranking (bm25 over the newest RANKING_WINDOW matches) or excerpts.
Every figure is taken after one untimed pass over the queries (warm caches).
"""

from __future__ import annotations

import argparse
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from editor.storage import Library, SearchCancellation, SearchCancelledError
from editor.storage.search import FTS5_SEARCH, fts5_match_expression
from tests.bench.queries import PREFIX_AS_TYPED

TARGET_PREFIX_P95_MS = 50.0
TARGET_CANCEL_STOP_MS = 50.0
REPEATS = 3
CANCEL_TRIALS = 20
CANCEL_AFTER_S = 0.002
CANCEL_SPREAD_S = 0.008
FLOOR_SQL = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 50"


@dataclass(frozen=True)
class Timings:
    """Milliseconds per call of one kind of query."""

    values: list[float]

    def line(self, percentile: Callable[[list[float], float], float]) -> str:
        p50, p95 = percentile(self.values, 0.5), percentile(self.values, 0.95)
        return f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  max {max(self.values):6.1f} ms"


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _matches(queries: tuple[str, ...]) -> list[str]:
    return [match for query in queries if (match := fts5_match_expression(query)) is not None]


def _fetch_all(connection: sqlite3.Connection, sql: str, match: str) -> object:
    return connection.execute(sql, (match,)).fetchall()


def raw_timings(path: Path, sql: str, queries: tuple[str, ...]) -> Timings:
    """Raw sqlite3 on the library file: `sql` with each query's MATCH expression."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA cache_size = -65536")
        matches = _matches(queries)
        for match in matches:  # warm up, as for the search itself
            connection.execute(sql, (match,)).fetchall()
        values = [
            _timed(partial(_fetch_all, connection, sql, match))
            for _ in range(REPEATS)
            for match in matches
        ]
    return Timings(values)


def search_timings(library: Library, queries: tuple[str, ...]) -> tuple[Timings, Timings, int]:
    """Library.search, as the GUI calls it (50 hits with excerpts): wall-clock and CPU
    milliseconds per search, and total hits. The CPU time is the searching thread's own
    (SQLite runs in it), so it shows what a search costs when other processes share the
    cores; the wall-clock time is what the person typing waits."""
    hits: list[int] = []
    values: list[float] = []
    cpu: list[float] = []
    for query in queries:  # warm up: the first search of a word reads its pages from disk
        library.search(query)
    for _ in range(REPEATS):
        for query in queries:
            start, start_cpu = time.perf_counter(), time.thread_time()
            hits.append(len(library.search(query)))
            values.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
    return Timings(values), Timings(cpu), sum(hits) // REPEATS


def cancel_stop_times(library: Library, query: str) -> list[float]:
    """Milliseconds from `cancel()` to the search raising, for searches cancelled
    CANCEL_AFTER_S after they started, or later (up to CANCEL_SPREAD_S more, so some are
    cancelled while ranking and some while cutting excerpts); those that finished first
    are left out."""
    stops: list[float] = []
    for trial in range(CANCEL_TRIALS):
        cancellation = SearchCancellation()
        ended: list[float] = []

        def run(token: SearchCancellation = cancellation, end: list[float] = ended) -> None:
            try:
                library.search(query, cancellation=token)
            except SearchCancelledError:
                end.append(time.perf_counter())

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(CANCEL_AFTER_S + CANCEL_SPREAD_S * trial / CANCEL_TRIALS)
        cancelled_at = time.perf_counter()
        cancellation.cancel()
        worker.join()
        if ended:
            stops.append((ended[0] - cancelled_at) * 1000)
    return stops


def run(library: Library, path: Path, percentile: Callable[[list[float], float], float]) -> None:
    """Print the prefix-search and cancellation figures."""
    queries = PREFIX_AS_TYPED
    ours, ours_cpu, hits = search_timings(library, queries)
    # The search's own ranking SQL (50 hits) without excerpts, and the floor.
    ranking_sql = str(FTS5_SEARCH).replace(":match", "?").replace(":limit", "50")
    ranking = raw_timings(path, ranking_sql, queries)
    floor = raw_timings(path, FLOOR_SQL, queries)
    p95 = percentile(ours.values, 0.95)
    ok = "ok" if p95 <= TARGET_PREFIX_P95_MS else "MISSED"
    print(
        f"  prefix search  {ours.line(percentile)} over {len(queries)} x {REPEATS} three- "
        f"and four-letter queries ({hits:,} hits; target p95 <= {TARGET_PREFIX_P95_MS:.0f} "
        f"ms: {ok})"
    )
    print(f"    its CPU time {ours_cpu.line(percentile)} (the searching thread's own)")
    print(f"    ranking only {ranking.line(percentile)} (the same SQL, no excerpts)")
    print(f"    floor        {floor.line(percentile)} (raw sqlite3: first 50 rowids, unranked)")
    stops = cancel_stop_times(library, queries[0])
    if stops:
        worst = max(stops)
        ok = "ok" if worst <= TARGET_CANCEL_STOP_MS else "MISSED"
        print(
            f"  cancel search  p50 {percentile(stops, 0.5):6.1f} ms  max {worst:6.1f} ms from "
            f"cancel() to SearchCancelledError, {queries[0]!r} cancelled "
            f"{CANCEL_AFTER_S * 1000:.0f}-{(CANCEL_AFTER_S + CANCEL_SPREAD_S) * 1000:.0f} ms "
            f"in ({len(stops)} of {CANCEL_TRIALS} trials; the "
            f"rest had finished; target <= {TARGET_CANCEL_STOP_MS:.0f} ms: {ok})"
        )
    else:
        print(f"  cancel search  every {queries[0]!r} search finished before its cancel came")


def main() -> None:
    """Only the search-as-you-type figures, on a library built once and kept:
    `python -m tests.bench.prefix_bench --keep /tmp/lib` builds 100,000 articles there
    (a few minutes), later runs add `--existing /tmp/lib/bench.sqlite`."""
    from tests.bench.__main__ import import_corpus, open_existing, percentile

    parser = argparse.ArgumentParser(prog="python -m tests.bench.prefix_bench", description=__doc__)
    parser.add_argument("--existing", type=Path, help="a library built earlier")
    parser.add_argument("--keep", type=Path, help="build the library in this folder")
    parser.add_argument("--articles", type=int, default=100_000, help="how many (100,000)")
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    if args.existing is not None:
        library, path = open_existing(args.existing), args.existing
    elif args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        path = args.keep / "bench.sqlite"
        library = Library.open(str(path))
        import_corpus(library, args.articles, args.seed, batch_size=5000)
    else:
        parser.error("say where the library is (--existing) or goes (--keep)")
    with library:
        run(library, path, percentile)


if __name__ == "__main__":
    main()
