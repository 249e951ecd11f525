"""Autosave: every change reaches the library soon, and saving never blocks typing.

`Autosaver` counts edits. Once typing pauses for `PAUSE_MS` (and at the latest every
`MAX_UNSAVED_MS` while typing goes on) it takes a snapshot of the article and hands it to
a one-thread worker pool that calls `Library.save` (the Library is thread-safe per call).
While a save runs, newer snapshots wait, one per article, so writes never pile up and
always land in order. `save_now()` serves switching article and focus loss; `flush()`
waits for the worker and saves what is left, for quitting. A failed save is retried.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from editor.domain import Article

PAUSE_MS = 700
MAX_UNSAVED_MS = 1500
RETRY_MS = 2000


class ArticleSink(Protocol):
    """What autosave needs from the library."""

    def save(self, article: Article) -> Article: ...


def detached_copy(article: Article) -> Article:
    """A copy the worker can own: nothing shared with the editor's article."""
    return dataclasses.replace(article, tags=list(article.tags))


@dataclass
class Snapshot:
    """An article as it was at one moment. The body may still be a closure over a copy
    of the document (`body_writer`): writing Markdown then happens in the worker, so
    long bodies never hold up typing. `keepalive` (that copy) is released on the GUI
    thread, which owns it."""

    article: Article
    body_writer: Callable[[], str] | None = None
    keepalive: object | None = None

    def resolved(self) -> Article:
        """The article with its body written out (runs the writer once)."""
        if self.body_writer is not None:
            self.article.body = self.body_writer()
            self.body_writer = None
        return self.article


class _JobSignals(QObject):
    finished = Signal(object, int)  # saved Article, generation
    failed = Signal(object, int, str)  # Snapshot (body resolved), generation, message


class SaveJob(QRunnable):
    """Writes one snapshot in the worker thread and reports back through signals."""

    def __init__(
        self, sink: ArticleSink, snapshot: Snapshot, generation: int, signals: _JobSignals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.signals = signals
        self._sink = sink
        self._snapshot: Snapshot | None = snapshot
        self._generation = generation

    def run(self) -> None:
        snapshot, self._snapshot = self._snapshot, None
        assert snapshot is not None
        try:
            saved = self._sink.save(snapshot.resolved())
        except Exception as error:  # reported to the UI, retried; never lost silently
            self.signals.failed.emit(snapshot, self._generation, str(error))
        else:
            self.signals.finished.emit(saved, self._generation)


class Autosaver(QObject):
    """Debounced, off-thread saving of the article being edited."""

    saved = Signal(object)  # the Article as stored (new version, slug...)
    save_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        snapshot: Callable[[], Snapshot | Article],
        parent: QObject | None = None,
        pause_ms: int = PAUSE_MS,
        max_unsaved_ms: int = MAX_UNSAVED_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._sink: ArticleSink | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._generation = 0
        self._saved_generation = 0
        self._current_id: str | None = None
        self._running = False
        self._waiting: dict[str, tuple[Snapshot, int]] = {}
        self._running_snapshot: Snapshot | None = None
        self._job_signals = _JobSignals(self)
        self._job_signals.finished.connect(self._on_finished)
        self._job_signals.failed.connect(self._on_failed)
        self._pause_timer = self._single_shot(pause_ms, self.save_now)
        self._max_timer = self._single_shot(max_unsaved_ms, self.save_now)
        self._retry_timer = self._single_shot(RETRY_MS, self._start_next)

    def _single_shot(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    def set_sink(self, sink: ArticleSink | None) -> None:
        """The library to save into (None while it is still opening)."""
        self._sink = sink
        if sink is not None and self.is_dirty:
            self._pause_timer.start()

    def start_article(self, article_id: str, dirty: bool = False) -> None:
        """A (new or loaded) article is now being edited; `dirty` if it was never stored."""
        self._current_id = article_id
        self._generation += 1
        self._saved_generation = self._generation - (1 if dirty else 0)
        self._pause_timer.stop()
        self._max_timer.stop()
        if dirty:
            self._pause_timer.start()

    @property
    def is_dirty(self) -> bool:
        return self._generation != self._saved_generation

    @property
    def is_busy(self) -> bool:
        return self._running or bool(self._waiting)

    def note_change(self) -> None:
        """Call on every edit: (re)starts the pause timer, and the deadline if not running."""
        self._generation += 1
        self._pause_timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()

    def save_now(self) -> None:
        """Snapshot the current article (if changed) and queue it for the worker."""
        self._pause_timer.stop()
        self._max_timer.stop()
        if not self.is_dirty or self._sink is None:
            return
        snapshot = self._take_snapshot()
        self._saved_generation = self._generation
        self._waiting[snapshot.article.id] = (snapshot, self._generation)
        self._start_next()

    def _take_snapshot(self) -> Snapshot:
        taken = self._snapshot()
        if isinstance(taken, Article):
            return Snapshot(detached_copy(taken))
        taken.article = detached_copy(taken.article)
        return taken

    def _start_next(self) -> None:
        if self._running or not self._waiting or self._sink is None:
            return
        article_id = next(iter(self._waiting))
        snapshot, generation = self._waiting.pop(article_id)
        job = SaveJob(self._sink, snapshot, generation, self._job_signals)
        self._running = True
        self._running_snapshot = snapshot
        self.busy_changed.emit(True)
        self._pool.start(job)

    def _on_finished(self, saved: Article, _generation: int) -> None:
        self._running = False
        self._running_snapshot = None  # the document copy dies here, on its own thread
        self.saved.emit(saved)
        self._start_next()
        if not self.is_busy:
            self.busy_changed.emit(False)

    def _on_failed(self, snapshot: Snapshot, generation: int, message: str) -> None:
        self._running = False
        self._running_snapshot = None
        self.save_failed.emit(message)
        article_id = snapshot.article.id
        if article_id == self._current_id and generation == self._saved_generation:
            self._saved_generation = generation - 1
        self._waiting.setdefault(article_id, (snapshot, generation))
        self._retry_timer.start()
        if not self.is_busy:
            self.busy_changed.emit(False)

    def flush(self) -> None:
        """Block until everything is stored: the running job, waiting ones, the current text."""
        self._pause_timer.stop()
        self._max_timer.stop()
        self._pool.waitForDone()
        self._running = False
        sink = self._sink
        if sink is None:
            return
        self._running_snapshot = None
        if self.is_dirty:
            snapshot = self._take_snapshot()
            self._waiting[snapshot.article.id] = (snapshot, self._generation)
            self._saved_generation = self._generation
        waiting, self._waiting = self._waiting, {}
        for snapshot, _generation in waiting.values():
            self.saved.emit(sink.save(snapshot.resolved()))
