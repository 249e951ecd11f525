"""Site export figures: `copydesk export-site` over a whole library, next to a floor.

The floor is the least any export must do: read every body with raw sqlite3 and write it
to a file of its own, in one process. The export itself reads, renders and writes a full
HTML page per article in worker processes (one per core), then the indexes; the second
run is a re-export with nothing changed (every page rendered and hashed, none written).
Articles per second count article pages; the site's index pages come on top. Next to
each wall-clock figure the bench prints the CPU time the export took (this process and
its workers) and the rate that CPU time gives on the same number of idle cores, since
`make bench` may run on a machine shared with other work.

    python -m tests.bench.site_bench --existing /tmp/lib/bench.sqlite   # read-only use
    python -m tests.bench.site_bench --articles 5000                    # a quick run
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path

from editor.services.library_services import Services
from editor.services.site_export import SiteExportResult, export_site
from editor.storage import Library

TARGET_ARTICLES_PER_S = 1000.0


def floor_rate(path: Path, folder: Path) -> tuple[float, int]:
    """Articles per second of reading each body (raw SQL) and writing it to a file."""
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    count = 0
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT seq, body FROM articles WHERE placeholder = 0")
        for seq, body in rows:
            (folder / f"{seq}.txt").write_text(body, encoding="utf-8")
            count += 1
    return count / (time.perf_counter() - start), count


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the export's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def line(label: str, result: SiteExportResult, articles: int, cpu: float, cores: int) -> str:
    """One figure: wall-clock rate, and what the CPU time it took would give on `cores`
    otherwise idle cores (the machine may be shared while the bench runs)."""
    rate = articles / result.seconds
    verdict = "ok" if rate >= TARGET_ARTICLES_PER_S else "MISSED"
    return (
        f"  {label:<14} {rate:8,.0f} articles/s  ({articles:,} pages + "
        f"{result.pages - articles} indexes in {result.seconds:.1f} s: {result.written:,} "
        f"written, {result.unchanged:,} unchanged; target >= {TARGET_ARTICLES_PER_S:,.0f}: "
        f"{verdict}; {cpu:.1f} CPU s, {cores * articles / cpu:,.0f} articles/s on "
        f"{cores} idle cores)"
    )


def run(library: Library, path: Path, workers: int | None = None) -> None:
    """Print the site export figures for this library (the site goes to a temporary
    folder beside nothing else, removed afterwards)."""
    services = Services(library)
    with tempfile.TemporaryDirectory(prefix="copydesk-site-bench-") as scratch:
        floor, count = floor_rate(path, Path(scratch) / "floor")
        cores = workers or os.cpu_count() or 1
        print(
            f"  site floor     {floor:8,.0f} articles/s  (raw SQLite read of {count:,} bodies, "
            "each written to a file, one process)"
        )
        site = Path(scratch) / "site"
        before = cpu_seconds()
        first = export_site(services, site, workers=workers)
        first_cpu = cpu_seconds() - before
        articles = first.pages - len(list((site / "sections").iterdir())) - 1
        print(line(f"export-site x{cores}", first, articles, first_cpu, cores))
        before = cpu_seconds()
        again = export_site(services, site, workers=workers)
        print(line("re-export", again, articles, cpu_seconds() - before, cores))


def main() -> None:
    """Only the site export figures, on an existing library or a small generated one."""
    from tests.bench.__main__ import import_corpus

    parser = argparse.ArgumentParser(prog="python -m tests.bench.site_bench", description=__doc__)
    parser.add_argument("--existing", type=Path, help="a library built earlier (read only)")
    parser.add_argument("--articles", type=int, default=5000, help="else generate this many")
    parser.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    args = parser.parse_args()
    if args.existing is not None:
        with Library.open(str(args.existing), create=False) as library:
            print(f"Site export: {args.existing}")
            run(library, args.existing, args.workers)
        return
    with tempfile.TemporaryDirectory(prefix="copydesk-site-lib-") as folder:
        path = Path(folder) / "bench.sqlite"
        with Library.open(str(path)) as library:
            print(f"Site export: {args.articles:,} generated articles")
            import_corpus(library, args.articles, 20240601, 5000)
            run(library, path, args.workers)


if __name__ == "__main__":
    main()
