"""Killing `copydesk import` at random moments (SIGKILL) never leaves an article without
its links or placeholders, never duplicates one, and never damages the library
(issue 13, items 4 and 5).

The test runs a modest loop; a bigger one runs by hand:
`python -m tests.unit.services.test_import_kill FILES KILLS` (e.g. 3000 25).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.unit.services.test_import_transactions import chain_story


@dataclass
class KillLoopFigures:
    """What a kill loop measured."""

    files: int
    kills: int = 0
    committed_after_kill: list[int] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)
    lost_links: int = 0
    duplicates: int = 0
    final_articles: int = 0
    final_placeholders: int = 0


def write_chain(folder: Path, count: int) -> list[str]:
    """`count` story files, each linked by headline to the previous and next one."""
    names = []
    for number in range(count):
        path = folder / f"folge-{number:05}.txt"
        path.write_text(chain_story(number, count - 1), encoding="utf-8")
        names.append(str(path))
    return names


def check_library(path: Path, last: int) -> tuple[str, int, int, int, int]:
    """(integrity, real articles, placeholders, missing links, duplicate headlines)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute("SELECT id, headline, placeholder FROM articles").fetchall()
        links = connection.execute("SELECT source_id, kind, target_id FROM links").fetchall()
    headline_of = {row[0]: row[1] for row in rows}
    pointing: dict[tuple[str, str], str] = {
        (source, kind): headline_of[target] for source, kind, target in links
    }
    real = [(row[0], row[1]) for row in rows if not row[2]]
    missing = 0
    for article_id, headline in real:
        number = int(headline.split()[-1])
        if number > 0 and pointing.get((article_id, "previous")) != f"Folge {number - 1}":
            missing += 1
        if number < last and pointing.get((article_id, "next")) != f"Folge {number + 1}":
            missing += 1
    duplicates = sum(count - 1 for count in Counter(row[1] for row in rows).values())
    return integrity, len(real), len(rows) - len(real), missing, duplicates


def _import(library: Path, files: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "editor", "--library", str(library), "import", *files],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run_kill_loop(folder: Path, count: int, kills: int, seed: int = 13) -> KillLoopFigures:
    """Import `count` chained files, SIGKILLing the import `kills` times at random moments
    of a run (each run resumes: files already in are refused; a run that finishes before
    its moment is no kill, and a complete library starts again empty), then let a last
    run finish."""
    chooser = random.Random(seed)
    files = write_chain(folder, count)
    library = folder / "news.sqlite"
    figures = KillLoopFigures(files=count)
    started = time.monotonic()
    _import(library, files[:1]).wait()
    startup = time.monotonic() - started
    started = time.monotonic()
    _import(library, files).wait()
    per_file = max(0.001, (time.monotonic() - started - startup) / count)
    _remove_library(library)
    committed = 0
    while figures.kills < kills:
        if committed == count:
            _remove_library(library)
            committed = 0
        run = _import(library, files)
        try:
            run.wait(timeout=chooser.uniform(0.2, startup + per_file * count))
        except subprocess.TimeoutExpired:
            run.send_signal(signal.SIGKILL)
            run.wait()
            figures.kills += 1
        if not library.exists():
            continue
        integrity, committed, _, missing, duplicates = check_library(library, count - 1)
        figures.committed_after_kill.append(committed)
        figures.integrity.append(integrity)
        figures.lost_links += missing
        figures.duplicates += duplicates
    _import(library, files).wait()
    integrity, real, placeholders, missing, duplicates = check_library(library, count - 1)
    figures.integrity.append(integrity)
    figures.lost_links += missing
    figures.duplicates += duplicates
    figures.final_articles, figures.final_placeholders = real, placeholders
    return figures


def _remove_library(library: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        library.with_name(library.name + suffix).unlink(missing_ok=True)


@pytest.mark.slow
def test_killed_imports_keep_every_article_whole(tmp_path: Path) -> None:
    figures = run_kill_loop(tmp_path, count=100, kills=5)
    assert figures.kills == 5
    assert set(figures.integrity) == {"ok"}
    assert figures.lost_links == 0
    assert figures.duplicates == 0
    assert figures.final_articles == 100
    assert figures.final_placeholders == 0


if __name__ == "__main__":
    file_count, kill_count = (int(arg) for arg in sys.argv[1:3])
    with tempfile.TemporaryDirectory() as scratch:
        print(run_kill_loop(Path(scratch), file_count, kill_count))
