"""Two real app processes type into the same article of one library at the same time:
no character typed in either is lost (the loser of each race keeps its text as a copy),
and the library stays intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from editor.domain import Article
from editor.formats.body import markdown_to_plain_text
from editor.storage.library import Library
from tests.gui.window.conflict_typing_driver import word

REPO_ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 2
WORDS = 60
COPY_MARK = "(your copy, conflict "


@dataclass
class Child:
    """One app process and what it said."""

    process: subprocess.Popen[str]
    ready: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    typed: int = 0
    reader: threading.Thread | None = None

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            parts = line.split()
            if parts == ["ready"]:
                self.ready.set()
            elif parts == ["finished"]:
                self.finished.set()
            elif parts[:1] == ["typed"]:
                self.typed = int(parts[1])


def start_child(library: Path, article_id: str, prefix: str, settings: Path) -> Child:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "XDG_CONFIG_HOME": str(settings),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.gui.window.conflict_typing_driver",
            str(library),
            article_id,
            prefix,
            str(WORDS),
        ],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    child = Child(process)
    child.reader = threading.Thread(target=child.read, daemon=True)
    child.reader.start()
    return child


def finish(child: Child) -> str:
    """Wait for the child to quit; returns its stderr. Every pipe is closed."""
    process = child.process
    assert process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    process.stdin.close()
    returncode = process.wait(120)
    assert child.reader is not None
    child.reader.join(10)
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert returncode == 0, errors
    return errors


def stored_texts(library_path: Path) -> tuple[str, int]:
    """Every article's plain body joined, and how many conflict copies there are."""
    with Library.open(str(library_path)) as library:
        articles = [library.get(summary.id) for summary in library.list_articles()]
    copies = sum(COPY_MARK in article.headline for article in articles)
    return "\n".join(markdown_to_plain_text(article.body) for article in articles), copies


@pytest.mark.slow
def test_two_app_processes_typing_into_one_article_lose_nothing(tmp_path: Path) -> None:
    library_path = tmp_path / "shared.sqlite"
    with Library.open(str(library_path)) as library:
        article = library.save(Article(headline="Gemeinsam", body="Anfang.", section="Lokales"))
    total_copies = 0
    for round_number in range(ROUNDS):
        prefixes = (f"r{round_number}a", f"r{round_number}b")
        children = [
            start_child(library_path, article.id, prefix, tmp_path / f"settings-{prefix}")
            for prefix in prefixes
        ]
        for child in children:
            assert child.ready.wait(60), "an app never opened the article"
        for child in children:
            assert child.process.stdin is not None
            child.process.stdin.write("go\n")
            child.process.stdin.flush()
        for child in children:
            errors = finish(child)
            assert child.finished.is_set() and child.typed == WORDS
            assert "Traceback" not in errors, errors
        with closing(sqlite3.connect(library_path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        text, copies = stored_texts(library_path)
        total_copies = copies
        lost = [
            word(prefix, number)
            for prefix in prefixes
            for number in range(1, WORDS + 1)
            if word(prefix, number) not in text
        ]
        print(f"round {round_number}: {copies} conflict copies so far, lost words {lost}")
        assert lost == []
    assert total_copies >= 1, "the two apps never met a conflict"
