"""GUI benchmark: start-up, opening a 20,000-word article, keystroke latency.

`run()` returns the figures (milliseconds unless named otherwise); `make bench` prints
them. Run alone with `python -m tests.bench.gui_bench`.

- start-up: every program is launched the same way, through one shim that wraps the
  binding's QApplication when the program first imports QtWidgets (so the program's
  own import order stays as it is), notes when the first window that takes the focus
  is exposed (`*_exposed_ms`) and then types a key into the focused text field until
  it is enabled and takes it (`*_usable_ms`), all under the offscreen platform. The
  probe watches only that window: an event filter on the whole application (the first
  version of this benchmark) sees every event of every object, which makes PySide6
  create Python wrappers and types the program never needs, and so charges a PySide6
  program for the probe in proportion to its number of widgets.
  Programs: Copydesk (`python -m editor --library LIB gui`, a library of 300
  articles), Debian's ReText on the system Python/PyQt6 opening a small .md file (skipped
  with a note when not installed), and a bare PySide6 window (QMainWindow + QTextEdit).
  `copydesk_ready_ready_ms` is launch to the library listed and the last article open
  (run_gui's on_ready). The target is Copydesk usable <= 0.8x ReText usable. Medians of
  STARTUP_RUNS interleaved rounds after a warm-up round.
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
import threading
import time
from pathlib import Path

from tests.bench.window_map_bench import measure_window_map

REPO_ROOT = Path(__file__).resolve().parents[2]
STARTUP_RUNS = 7
LIBRARY_ARTICLES = 300
LONG_ARTICLE_WORDS = 20_000
KEYS = 240
KEY_INTERVAL_MS = 30
STARTUP_TARGET_RATIO = 0.8
CHILD_TIMEOUT_S = 30.0
SYSTEM_PYTHON = "/usr/bin/python3"
RETEXT_SCRIPT = "/usr/bin/retext"

STARTUP_SHIM = """
import importlib.util, os, sys, time

BINDING, MODE = sys.argv[1], sys.argv[2]


def mark(name):
    sys.stdout.write(f"{name} {time.monotonic():.6f}\\n")
    sys.stdout.flush()


def install(QtWidgets):
    # Runs when the program first imports QtWidgets: the program's own import order
    # (and so its import costs) stays what it is without the probe.
    QtCore = sys.modules[BINDING + ".QtCore"]
    QtGui = sys.modules[BINDING + ".QtGui"]
    no_modifier = QtCore.Qt.KeyboardModifier.NoModifier
    editable = (QtWidgets.QLineEdit, QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)

    def text_of(widget):
        return widget.text() if isinstance(widget, QtWidgets.QLineEdit) else widget.toPlainText()

    def try_typing():
        # Usable: the focused text field is enabled, writable and takes a typed key.
        widget = QtWidgets.QApplication.focusWidget()
        if not isinstance(widget, editable) or not widget.isEnabled() or widget.isReadOnly():
            QtCore.QTimer.singleShot(1, try_typing)
            return
        before = text_of(widget)
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, QtCore.Qt.Key.Key_X, no_modifier, "x")
            QtWidgets.QApplication.sendEvent(widget, event)
        if text_of(widget) == before:
            QtCore.QTimer.singleShot(1, try_typing)
            return
        mark("usable")
        os._exit(0)

    class FirstExpose(QtCore.QObject):
        # Watches only the first window that takes the focus: a filter on the whole
        # application would see every event of every object and make the binding create
        # Python wrappers and types the program itself never needs.
        def __init__(self, app):
            super().__init__(app)
            self.done = False
            app.focusWindowChanged.connect(self.on_focus_window)

        def on_focus_window(self, window):
            if self.done or window is None:
                return
            if window.isVisible() and window.isExposed():
                self.exposed()
            else:
                window.installEventFilter(self)

        def eventFilter(self, watched, event):
            if not self.done and event.type() == QtCore.QEvent.Type.Expose and watched.isExposed():
                self.exposed()
            return False

        def exposed(self):
            self.done = True
            mark("exposed")
            if MODE == "usable":
                QtCore.QTimer.singleShot(0, try_typing)

    class MeasuredApplication(QtWidgets.QApplication):
        def __init__(self, *args):
            super().__init__(*args)
            self._first_expose = FirstExpose(self)

    QtWidgets.QApplication = MeasuredApplication


class WatchQtWidgets:
    # A meta path finder that lets the binding's QtWidgets load normally, then installs.
    name = BINDING + ".QtWidgets"

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            install(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WatchQtWidgets())
sys.argv = sys.argv[3:]
if BINDING == "PyQt6":
    import runpy
    runpy.run_path(sys.argv[0], run_name="__main__")
elif sys.argv[0] == "copydesk":
    import runpy

    if MODE == "ready":
        import editor.app

        def ready(window):
            mark("ready")
            os._exit(0)

        run_gui = editor.app.run_gui
        editor.app.run_gui = lambda location, **_: run_gui(location, on_ready=ready)
    runpy.run_module("editor", run_name="__main__", alter_sys=True)
else:
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setCentralWidget(QtWidgets.QTextEdit())
    window.resize(1280, 820)
    window.show()
    app.exec()
"""

SAMPLE_MARKDOWN = """# A small article

Some *Markdown* with a [link](https://example.org) and a list:

- one
- two

Closing paragraph.
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def _time_child(
    interpreter: str, binding: str, mode: str, program: list[str], env: dict[str, str]
) -> dict[str, float]:
    """Milliseconds from process launch to each mark the start-up shim printed."""
    started = time.monotonic()
    child = subprocess.Popen(
        [interpreter, "-c", STARTUP_SHIM, binding, mode, *program],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)
    watchdog.start()
    marks: dict[str, float] = {}
    for line in child.stdout:
        name, _, stamp = line.strip().partition(" ")
        if name in ("exposed", "usable", "ready"):
            marks[name] = (float(stamp) - started) * 1000
    child.stdout.close()
    child.wait()
    watchdog.cancel()
    if mode not in marks:
        raise RuntimeError(f"{' '.join(program)}: never {mode} (exit status {child.returncode})")
    return marks


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


def retext_installed() -> bool:
    """True if Debian's retext (PyQt6 on the system Python) can be launched."""
    return Path(RETEXT_SCRIPT).is_file() and Path(SYSTEM_PYTHON).is_file()


def measure_startup(folder: Path) -> dict[str, float]:
    """Launch to first expose / usable / ready, every program timed the same way.

    One round launches each program once (interleaved, so load on the machine hits all
    of them alike); the figures are medians over STARTUP_RUNS rounds after a warm-up.
    """
    library = folder / "startup.sqlite"
    _build_library(library, long_body=False)
    sample = folder / "sample.md"
    sample.write_text(SAMPLE_MARKDOWN, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "cfg"),
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "PYTHONPATH": str(REPO_ROOT),
    }
    ours = [sys.executable, "PySide6"]
    runs: dict[str, tuple[list[str], str, list[str]]] = {
        "bare_window": (ours, "usable", ["bare"]),
        "copydesk_usable": (ours, "usable", ["copydesk", "--library", str(library), "gui"]),
        "copydesk_ready": (ours, "ready", ["copydesk", "--library", str(library), "gui"]),
    }
    if retext_installed():
        retext = [SYSTEM_PYTHON, "PyQt6"]
        runs["retext_usable"] = (retext, "usable", [RETEXT_SCRIPT, str(sample)])
    else:
        print(f"ReText not measured: {RETEXT_SCRIPT} is not installed (apt-get install retext)")
    figures: dict[str, dict[str, list[float]]] = {name: {} for name in runs}
    for round_number in range(STARTUP_RUNS + 1):
        for name, (interpreter, mode, program) in runs.items():
            marks = _time_child(interpreter[0], interpreter[1], mode, program, env)
            if round_number:  # round 0 warms the file cache
                for mark, value in marks.items():
                    figures[name].setdefault(mark, []).append(value)
    results: dict[str, float] = {"startup_runs": float(STARTUP_RUNS)}
    for name, by_mark in figures.items():
        for mark, values in by_mark.items():
            results[f"{name}_{mark}_ms"] = statistics.median(values)
    usable = results["copydesk_usable_usable_ms"]
    results["copydesk_usable_to_bare_ratio"] = usable / results["bare_window_usable_ms"]
    if "retext_usable" in runs:
        retext_ms = results["retext_usable_usable_ms"]
        results["startup_target_ms"] = STARTUP_TARGET_RATIO * retext_ms
        results["copydesk_usable_to_retext_ratio"] = usable / retext_ms
        results["copydesk_ready_to_retext_ratio"] = results["copydesk_ready_ready_ms"] / retext_ms
        results["bare_window_to_retext_ratio"] = results["bare_window_usable_ms"] / retext_ms
    return results


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
        count = int(state["count"])
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
    from editor.services.library_services import Services
    from editor.storage.library import Library

    library_path = folder / "long.sqlite"
    ids = _build_library(library_path, long_body=True)
    app, family = create_application(sys.argv[:1])
    window = build_main_window(app, family, folder / "settings")
    window.resize(1280, 820)
    window.show()
    library = Library.open(str(library_path))
    window.attach_library(Services(library))
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

    window.autosaver._snapshot = timed_snapshot  # type: ignore[assignment]
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
        retext = [SYSTEM_PYTHON, RETEXT_SCRIPT] if retext_installed() else None
        results.update(
            measure_window_map(
                folder / "startup.sqlite", folder / "sample.md", STARTUP_RUNS, retext, REPO_ROOT
            )
        )
        results.update(measure_editing(folder))
    return results


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:36} {value:10.2f}")
