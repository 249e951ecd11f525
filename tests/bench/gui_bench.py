"""GUI benchmark: start-up, opening a 20,000-word article, keystroke latency.

`run()` returns the figures (milliseconds unless named otherwise); `make bench` prints
them. Run alone with `python -m tests.bench.gui_bench`.

- startup_ms: process launch to the window shown with the library listed and an article
  open and editable (through `run_gui`), on a library of 300 articles; median of runs.
  bare_window_ms: a bare PySide6 window (QMainWindow + QTextEdit) the same way.
  ReText is not installed here; the issue measured a bare window at 0.63x ReText, so
  retext_estimate_ms = bare / 0.63 and the target is 0.8x that.
- open_20k_ms: `MainWindow.open_article` on a 20,000-word article until the document is
  editable and painted once; median.
- keystroke latencies: keys typed on a timer into the middle of that article, every
  feature on (counts, typography, format state, autosave), against a bare QTextEdit
  holding the same document. Latency = key handled minus when it was due, so work a
  timer did just before (recount, autosave snapshot) counts against the key.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
STARTUP_RUNS = 7
LIBRARY_ARTICLES = 300
LONG_ARTICLE_WORDS = 20_000
KEYS = 240
KEY_INTERVAL_MS = 30
RETEXT_BARE_RATIO = 0.63

APP_CHILD = """
import sys
from editor.app import run_gui

def shown(window):
    sys.stdout.write("shown\\n")
    sys.stdout.flush()

def ready(window):
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    sys.stdout.write("ready\\n")
    sys.stdout.flush()
    window.close()
    QApplication.quit()

sys.exit(run_gui(sys.argv[1], on_shown=shown, on_ready=ready))
"""

BARE_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextEdit())
window.resize(1280, 820)
window.show()
app.processEvents()
sys.stdout.write("shown\\nready\\n")
sys.stdout.flush()
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def _time_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms until the window is shown, ms until it is ready), from process launch."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.strip()] = (time.perf_counter() - started) * 1000
        if line.strip() == "ready":
            break
    child.stdout.close()
    child.wait(30)
    if "ready" not in marks:
        raise RuntimeError("the child never became ready")
    return marks.get("shown", marks["ready"]), marks["ready"]


def _build_library(path: Path, long_body: bool) -> list[str]:
    import random

    from editor.storage.library import Library
    from tests.gui.window.sample_library import long_body as make_long_body
    from tests.gui.window.sample_library import make_article

    rng = random.Random(11)
    articles = [make_article(rng, number) for number in range(LIBRARY_ARTICLES)]
    if long_body:
        articles[0].body = make_long_body(LONG_ARTICLE_WORDS)
        articles[0].headline = "Twenty thousand words"
    with Library.open(str(path)) as library:
        library.import_many(articles)
    return [article.id for article in articles]


def measure_startup(folder: Path) -> dict[str, float]:
    library = folder / "startup.sqlite"
    _build_library(library, long_body=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder / "cfg")}
    ours: list[float] = []
    shown: list[float] = []
    bare: list[float] = []
    _time_child(BARE_CHILD, [], env)  # warm the file cache for both
    _time_child(APP_CHILD, [str(library)], env)
    for _ in range(STARTUP_RUNS):
        bare.append(_time_child(BARE_CHILD, [], env)[1])
        shown_ms, ready_ms = _time_child(APP_CHILD, [str(library)], env)
        shown.append(shown_ms)
        ours.append(ready_ms)
    startup = statistics.median(ours)
    bare_window = statistics.median(bare)
    retext = bare_window / RETEXT_BARE_RATIO
    return {
        "window_shown_ms": statistics.median(shown),
        "startup_ms": startup,
        "bare_window_ms": bare_window,
        "startup_to_bare_ratio": startup / bare_window,
        "retext_estimate_ms": retext,
        "startup_target_ms": 0.8 * retext,
        "startup_to_retext_ratio": startup / retext,
    }


def _typing_latencies(
    editor: object, keys: int, busy: list[tuple[float, float]] | None
) -> tuple[list[float], list[float]]:
    """Type `keys` keys on a precise timer; (all latencies, latencies during autosave).

    A key's latency is how late its timer fired (anything that held up the event loop
    since the previous key: recounts, autosave snapshots, painting) plus the time to
    handle the key itself. Lateness does not accumulate from key to key.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTextEdit

    assert isinstance(editor, QTextEdit)
    editor.document().pageCount()  # finish the layout before timing anything
    text = "die stadt plant neue wege fuer den verkehr "
    latencies: list[float] = []
    during_save: list[float] = []
    loop = QEventLoop()
    state = {"count": 0, "last": time.perf_counter()}

    def tick() -> None:
        count = state["count"]
        if count >= keys:
            timer.stop()
            loop.quit()
            return
        fired = time.perf_counter()
        late = max(0.0, fired - state["last"] - KEY_INTERVAL_MS / 1000)
        QTest.keyClicks(editor, text[count % len(text)])
        done = time.perf_counter()
        latency = (late + done - fired) * 1000
        latencies.append(latency)
        due = fired - late
        if busy is not None and any(b < done and (e == 0 or e > due) for b, e in busy):
            during_save.append(latency)
        state["count"] = count + 1
        state["last"] = fired

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(KEY_INTERVAL_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    return latencies, during_save


def measure_editing(folder: Path) -> dict[str, float]:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    from editor.app import build_main_window, create_application
    from editor.formats.body import render_html
    from editor.storage.library import Library

    library_path = folder / "long.sqlite"
    ids = _build_library(library_path, long_body=True)
    app, family = create_application(sys.argv[:1])
    window = build_main_window(app, family, folder / "settings")
    window.resize(1280, 820)
    window.show()
    library = Library.open(str(library_path))
    window.attach_library(library)
    opens: list[float] = []
    for _ in range(5):
        window.open_article(ids[1])
        QApplication.processEvents()
        started = time.perf_counter()
        window.open_article(ids[0])
        QApplication.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    started = time.perf_counter()
    window.form.to_article(window.article)
    writer_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    window.form.snapshot(window.article)
    snapshot_ms = (time.perf_counter() - started) * 1000
    busy: list[tuple[float, float]] = []

    def on_busy(flag: bool) -> None:
        if not flag:  # every save that was running or waiting is done
            now = time.perf_counter()
            busy[:] = [(begin, end or now) for begin, end in busy]

    original_snapshot = window.autosaver._snapshot

    def timed_snapshot() -> object:
        busy.append((time.perf_counter(), 0.0))
        return original_snapshot()

    window.autosaver._snapshot = timed_snapshot  # type: ignore[method-assign,assignment]
    window.autosaver.busy_changed.connect(on_busy)
    ours, during_save = _typing_latencies(body, KEYS, busy)
    window.close()
    library.close()

    bare_window = QMainWindow()
    bare = QTextEdit()
    bare_window.setCentralWidget(bare)
    bare_window.resize(1280, 820)
    bare_window.show()
    bare.setHtml(render_html(library_long_body()))
    bare.setFocus()
    bare_cursor = bare.textCursor()
    bare_cursor.setPosition(bare.document().characterCount() // 2)
    bare.setTextCursor(bare_cursor)
    baseline, _ = _typing_latencies(bare, KEYS, None)
    bare_window.close()
    p95 = percentile(ours, 0.95)
    bare_p95 = percentile(baseline, 0.95)
    return {
        "open_20k_ms": statistics.median(opens),
        "markdown_writer_20k_ms": writer_ms,
        "autosave_gui_thread_20k_ms": snapshot_ms,
        "keystroke_p95_ms": p95,
        "bare_keystroke_p95_ms": bare_p95,
        "keystroke_p95_ratio": p95 / max(bare_p95, 0.001),
        "keystroke_max_ms": max(ours),
        "keystroke_max_during_autosave_ms": max(during_save, default=0.0),
        "keys_during_autosave": float(len(during_save)),
        "keys_over_16ms_during_autosave": float(sum(1 for x in during_save if x > 16)),
        "autosaves_while_typing": float(len([b for b in busy if b[1]]) // 1),
    }


def library_long_body() -> str:
    from tests.gui.window.sample_library import long_body

    return long_body(LONG_ARTICLE_WORDS)


def run() -> dict[str, float]:
    """Every GUI figure, for the `make bench` report."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="copydesk-gui-bench-") as scratch:
        folder = Path(scratch)
        os.environ["XDG_CONFIG_HOME"] = str(folder / "cfg")
        results = measure_startup(folder)
        results.update(measure_editing(folder))
    return results


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:36} {value:10.2f}")
