"""The library sidebar on a large library: a click on a section to its first rows
painted, and a keystroke in the library search to its results painted, each printed next
to its floor measured in the same run (a bare QListView of 50 rows shown and painted; the
raw SQLite query under the search: the same FTS5 MATCH, first rows, no ranking).

    python -m tests.bench.browser_bench --existing /path/to/library.sqlite

The library is opened as the app opens it (upgraded if older: copy it first).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QStringListModel
from PySide6.QtWidgets import QApplication, QListView, QWidget

from editor.services.library_services import Services
from editor.storage.search import fts5_match_expression

TARGET_FIRST_ROWS_MS = 100.0
TIMEOUT_S = 20.0
ROUNDS = 8
TYPED = ("mi", "min", "mini", "minis", "minist", "ministe", "minister")
FLOOR_SQL = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 30"


class PaintWatch(QObject):
    """Notes when a widget paints while `ready()` holds."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.ready = ready
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None and self.ready():
            self.painted_at = time.perf_counter()
        return False


def wait_for_paint(app: QApplication, watch: PaintWatch) -> float:
    """Run the event loop until `watch` saw its paint; returns when (perf_counter)."""
    deadline = time.perf_counter() + TIMEOUT_S
    while watch.painted_at is None:
        if time.perf_counter() > deadline:
            raise TimeoutError("nothing painted")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return watch.painted_at


def bare_list_floor(app: QApplication) -> list[float]:
    """A bare QListView with 50 rows: model set to rows painted."""
    timings: list[float] = []
    for _ in range(ROUNDS):
        view = QListView()
        view.resize(400, 600)
        view.show()
        app.processEvents()
        watch = PaintWatch(view.viewport(), lambda: True)
        start = time.perf_counter()
        view.setModel(QStringListModel([f"Row {number}" for number in range(50)], view))
        timings.append((wait_for_paint(app, watch) - start) * 1000)
        view.close()
        view.deleteLater()
    return timings


def raw_search_floor(path: Path) -> list[float]:
    """The search's SQL alone, per typed prefix (prefix matching as the app's)."""
    connection = sqlite3.connect(path)
    timings: list[float] = []
    try:
        for text in TYPED:
            match = fts5_match_expression(text)
            start = time.perf_counter()
            connection.execute(FLOOR_SQL, (match,)).fetchall()
            timings.append((time.perf_counter() - start) * 1000)
    finally:
        connection.close()
    return timings


def run(path: Path) -> dict[str, float]:
    """The figures, in ms (medians and maxima over the rounds)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor.app import build_main_window
    from editor.ui.library.browser import SidebarListing
    from editor.ui.qt.resources import load_body_font, register_search_paths

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    register_search_paths()
    with tempfile.TemporaryDirectory(prefix="copydesk-browser-bench-") as settings:
        window = build_main_window(app, load_body_font(), Path(settings))
        window.resize(1400, 900)
        window.show()
        services = Services.open(str(path), create=False)
        window.attach_library(services)
        listing = window.listing
        assert isinstance(listing, SidebarListing)
        browser = listing.browser
        tree, table = browser.tree, browser.table
        deadline = time.perf_counter() + TIMEOUT_S
        while tree.tree_model.rowCount() < 3 and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        biggest = max(services.section_tree().sections, key=lambda node: node.total)
        # The section first: "All articles" is the node chosen at start-up.
        nodes = {f"section:{biggest.id}": biggest.total, "all": tree_data_total(services)}
        first_rows: dict[str, list[float]] = {key: [] for key in nodes}
        for round_number in range(2 * ROUNDS):
            key = list(nodes)[round_number % len(nodes)]
            watch = PaintWatch(table.viewport(), lambda: table.list_model.rowCount() > 0)
            start = time.perf_counter()
            tree.setCurrentIndex(tree.tree_model.index_of_key(key))
            first_rows[key].append((wait_for_paint(app, watch) - start) * 1000)
            watch.deleteLater()
        field, results = browser.sidebar.search_field, browser.sidebar.results
        field.setFocus()
        typed: list[float] = []
        model = browser.sidebar.results_model
        for text in TYPED:
            watch = PaintWatch(results.viewport(), lambda t=text: model.query == t)
            start = time.perf_counter()
            field.setText(text)
            typed.append((wait_for_paint(app, watch) - start) * 1000)
            watch.deleteLater()
        window.close()
        window.client.drain(5.0)
        services.close()
    floor_list = bare_list_floor(app)
    floor_sql = raw_search_floor(path)
    section_rows, all_rows = first_rows.values()
    section_count, all_count = nodes.values()
    return {
        f"All articles ({all_count:,}) click to rows, median": statistics.median(all_rows),
        f"section ({section_count:,}) click to rows, median": statistics.median(section_rows),
        "click to rows, max (the first, cold)": max(all_rows + section_rows),
        "floor: bare QListView 50 rows, median": statistics.median(floor_list),
        "search keystroke to results, median": statistics.median(typed),
        "search keystroke to results, max": max(typed),
        "  of which the debounce": float(browser_debounce_ms()),
        "floor: raw SQLite FTS5 query, median": statistics.median(floor_sql),
        "floor: raw SQLite FTS5 query, max": max(floor_sql),
    }


def tree_data_total(services: Services) -> int:
    """How many articles "All articles" lists."""
    return services.section_tree().all_articles


def browser_debounce_ms() -> int:
    from editor.ui.library.browser import SEARCH_DEBOUNCE_MS

    return SEARCH_DEBOUNCE_MS


def report(figures: dict[str, float]) -> None:
    print("Library sidebar (ms; each next to its floor)")
    for name, value in figures.items():
        print(f"  {name:52} {value:9.1f}")
    first = max(list(figures.values())[:2])
    verdict = "ok" if first <= TARGET_FIRST_ROWS_MS else "MISSED"
    print(f"  first rows target <= {TARGET_FIRST_ROWS_MS:.0f} ms: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.browser_bench")
    parser.add_argument("--existing", type=Path, required=True, help="a large library file")
    report(run(parser.parse_args().existing))


if __name__ == "__main__":
    main()
