"""SIGKILL the real app at random moments while it types: the library is never corrupt
and at most the last two seconds of typing are lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from editor.formats.body import markdown_to_plain_text
from editor.storage.errors import ArticleNotFoundError
from editor.storage.library import Library
from tests.gui.window.crash_typing_driver import TYPED_TEXT

REPO_ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 20
MAX_LOST_SECONDS = 2.0


@dataclass
class ChildReport:
    """What the child said on stdout: its article and when each key was typed."""

    article_id: str | None = None
    typed_at: list[float] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)

    def read(self, stream: object) -> None:
        for raw in stream:  # type: ignore[attr-defined]
            parts = raw.split()
            if parts[:1] == ["article"]:
                self.article_id = parts[1]
                self.started.set()
            elif parts[:1] == ["typed"]:
                self.typed_at.append(float(parts[2]))

    def typed_before(self, moment: float) -> int:
        return sum(1 for stamp in self.typed_at if stamp <= moment)


def run_and_kill(
    library: Path, settings: Path, delay: float, before_typing: bool
) -> tuple[ChildReport, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "XDG_CONFIG_HOME": str(settings),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.window.crash_typing_driver", str(library)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    report = ChildReport()
    reader = threading.Thread(target=report.read, args=(child.stdout,), daemon=True)
    reader.start()
    if not before_typing:
        assert report.started.wait(30), "the app never started typing"
    time.sleep(delay)
    killed_at = time.time()
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    assert child.stdout is not None
    child.stdout.close()
    return report, killed_at


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    library_path = tmp_path / "crash.sqlite"
    Library.open(str(library_path)).close()
    rng = random.Random(20240611)
    checked_articles = 0
    for round_number in range(ROUNDS):
        before_typing = round_number % 5 == 4
        delay = rng.uniform(0.05, 0.6) if before_typing else rng.uniform(1.0, 4.0)
        report, killed_at = run_and_kill(library_path, tmp_path / "settings", delay, before_typing)
        with sqlite3.connect(library_path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with Library.open(str(library_path)) as library:
            if report.article_id is None:
                continue
            try:
                body = markdown_to_plain_text(library.get(report.article_id).body).rstrip()
            except ArticleNotFoundError:
                body = ""
        must_have = report.typed_before(killed_at - MAX_LOST_SECONDS)
        assert TYPED_TEXT.startswith(body), f"round {round_number}: stored text is no prefix"
        assert len(body) >= len(TYPED_TEXT[:must_have].rstrip()), (
            f"round {round_number}: {must_have} keys typed more than {MAX_LOST_SECONDS}s "
            f"before the kill, only {len(body)} stored"
        )
        checked_articles += 1
        print(f"round {round_number}: kept {len(body)} of {report.typed_before(killed_at)} keys")
    assert checked_articles >= ROUNDS * 3 // 4
