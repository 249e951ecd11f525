"""`make bench`: build a large library and time import, search and section listing, then
the editor: body loading, the window (start-up, typing) and GUI-thread stalls.

    python -m tests.bench                 # 100,000 articles (the issue's targets)
    python -m tests.bench --articles 5000 # a quick run
    python -m tests.bench --only library --existing lib.sqlite  # reuse a built library
    python -m tests.bench.prefix_bench --existing lib.sqlite    # search as you type only
    python -m tests.bench.stall_bench     # GUI-thread stalls only
    python -m tests.bench.site_bench --existing lib.sqlite  # export-site only

The library part ends with `copydesk export-site` of the whole library (site_bench).
Articles are generated first (timed separately), then imported through Library.import_many,
so the import figure is the library's own speed, FTS triggers included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from editor.storage import Library
from tests.bench import prefix_bench, site_bench
from tests.bench.corpus import SECTIONS, CorpusGenerator
from tests.bench.queries import benchmark_queries

TARGET_IMPORT_PER_S = 2000.0
TARGET_SEARCH_P95_MS = 50.0
TARGET_FIRST_PAGE_P95_MS = 20.0
FIRST_PAGE_SIZE = 50


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def time_calls(calls: list[Callable[[], object]]) -> list[float]:
    """Milliseconds each call took."""
    timings: list[float] = []
    for call in calls:
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def count_hits(library: Library, query: str, hits: list[int]) -> None:
    """Run one search and note how many hits it had."""
    hits.append(len(library.search(query)))


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def file_size_mb(path: Path) -> float:
    """Size of the library file plus any WAL, in MB."""
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1_000_000


def import_corpus(library: Library, articles: int, seed: int, batch_size: int) -> None:
    """Generate `articles` articles and import them, printing both times."""
    generator = CorpusGenerator(seed)
    start = time.perf_counter()
    corpus = list(generator.articles(articles))
    generated = time.perf_counter() - start
    words = sum(len(article.body.split()) for article in corpus)
    print(
        f"  generated      {generated:8.1f} s   ({words / articles:,.0f} words/article on average)"
    )
    start = time.perf_counter()
    imported = library.import_many(corpus, batch_size=batch_size)
    elapsed = time.perf_counter() - start
    rate = imported / elapsed
    print(
        f"  import         {rate:8,.0f} articles/s  ({imported:,} in {elapsed:.1f} s, "
        f"target >= {TARGET_IMPORT_PER_S:,.0f}: {verdict(rate >= TARGET_IMPORT_PER_S)})"
    )


def open_existing(path: Path) -> Library:
    """Open a library built earlier, timing the opening (an upgrade if it is older)."""
    start = time.perf_counter()
    library = Library.open(str(path), create=False)
    opened = time.perf_counter() - start
    count = len(library.list_articles())
    print(
        f"Copydesk benchmark: existing library {path} ({count:,} articles), opened "
        f"(and upgraded if older) in {opened:.1f} s"
    )
    return library


def run(
    articles: int,
    seed: int,
    batch_size: int,
    folder: Path,
    optimize: bool,
    existing: Path | None = None,
) -> None:
    path = existing or folder / "bench.sqlite"
    if existing is not None:
        library = open_existing(existing)
    else:
        print(f"Copydesk benchmark: {articles:,} articles, seed {seed}, library {path}")
        library = Library.open(str(path))
        import_corpus(library, articles, seed, batch_size)
    with library:
        if optimize:
            start = time.perf_counter()
            library.optimize_search_index()
            print(f"  fts optimize   {time.perf_counter() - start:8.1f} s")

        queries = benchmark_queries()
        library.search("warm up")
        hits: list[int] = []
        search_ms = time_calls([partial(count_hits, library, q, hits) for q in queries])
        p50, p95 = percentile(search_ms, 0.5), percentile(search_ms, 0.95)
        print(
            f"  search         p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  max {max(search_ms):6.1f} ms "
            f"over {len(queries)} queries ({sum(1 for h in hits if h)} with hits; "
            f"target p95 <= {TARGET_SEARCH_P95_MS:.0f} ms: {verdict(p95 <= TARGET_SEARCH_P95_MS)})"
        )
        slowest = sorted(zip(search_ms, queries, strict=True), reverse=True)[:5]
        print("  slowest        " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in slowest))
        prefix_bench.run(library, path, percentile)

        page_calls: list[Callable[[], object]] = [
            partial(library.list_articles, section=section, limit=FIRST_PAGE_SIZE)
            for _ in range(5)
            for section in SECTIONS
        ]
        page_ms = time_calls(page_calls)
        p50, p95 = percentile(page_ms, 0.5), percentile(page_ms, 0.95)
        print(
            f"  first page     p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  over {len(page_calls)} "
            f"section listings of {FIRST_PAGE_SIZE} (target p95 <= "
            f"{TARGET_FIRST_PAGE_P95_MS:.0f} ms: {verdict(p95 <= TARGET_FIRST_PAGE_P95_MS)})"
        )
        print(f"  database size  {file_size_mb(path):8.1f} MB (before close)")
        site_bench.run(library, path)
    print(f"  database size  {file_size_mb(path):8.1f} MB (after close and checkpoint)")
    print(f"  statistics     mean search {statistics.mean(search_ms):.1f} ms")


def print_figures(title: str, figures: dict[str, float]) -> None:
    """Print a helper benchmark's figures under a heading."""
    print(title)
    for name, value in figures.items():
        print(f"  {name:38} {value:10.2f}")


def run_editor_benchmarks() -> None:
    """The body loader/writer and the GUI figures (start-up, 20k-word article, typing,
    GUI-thread stalls)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.bench import body_bench, gui_bench, stall_bench

    print_figures("Body loading and writing (20,000-word article, ms)", body_bench.run())
    print_figures("Editor window (ms unless named)", gui_bench.run())
    print("GUI-thread stalls (20,000-word article, each next to its floors)")
    stall_bench.report(stall_bench.run())


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="how many (100,000)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="build the library in this folder, keep it")
    parser.add_argument("--optimize", action="store_true", help="FTS 'optimize' after import")
    parser.add_argument(
        "--only", choices=("library", "editor"), help="run only the library or the editor part"
    )
    parser.add_argument(
        "--existing",
        type=Path,
        help="time this library file (upgraded if older) instead of building one",
    )
    args = parser.parse_args()
    if args.only != "editor":
        if args.existing:
            run(0, args.seed, args.batch_size, args.existing.parent, args.optimize, args.existing)
        elif args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            run(args.articles, args.seed, args.batch_size, args.keep, args.optimize)
        else:
            with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as folder:
                run(args.articles, args.seed, args.batch_size, Path(folder), args.optimize)
    if args.only != "library":
        run_editor_benchmarks()


if __name__ == "__main__":
    main()
