"""Autosave: every change reaches the library soon, saving never blocks typing, and a
save never overwrites what someone else stored meanwhile.

`Autosaver` counts edits. Once typing pauses for `PAUSE_MS` (and at the latest every
`MAX_UNSAVED_MS` while typing goes on) it takes a snapshot of the article and queues a
save on the library client's one write thread (ui/workers/library_client.py), behind
whatever was written before. While a save runs, newer snapshots wait, one per article, so
writes never pile up and always land in order. `save_now()` serves switching article and
focus loss; `flush()` drains the write queue (within `FLUSH_DEADLINE_S`) and saves what
is left, for quitting; it returns what could not be saved, which stays queued (flush
again to retry). A failed save is retried. Stored articles are announced on the client's
`LibraryEvents`.

Every save states the version it started from: the one the editor loaded, or the one
this autosaver's own last save of the article produced. A save that finds another version
(`ArticleConflictError`) writes nothing; the autosaver then keeps the newest text as a
new article named as the user's copy (`conflicted` says which) and the window reloads
the other version.

What a worker job produced travels in a plain `SaveOutcome`, so `flush()` can settle the
job itself once the queue is drained, even where the queued "done" call would never be
delivered (the event loop has stopped while quitting).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from editor.domain import Article
from editor.ui.article.snapshot import Snapshot

if TYPE_CHECKING:
    # Imported when a save fails: the database layer loads after the window appears.
    from editor.services.failures import SaveFailure
    from editor.ui.workers.library_client import LibraryClient

PAUSE_MS = 700
MAX_UNSAVED_MS = 1500
RETRY_MS = 2000
SAVE_GRACE_S = 0.15
"""How long a queued save waits on the write thread before writing its Markdown. Saves
start when the focus leaves the text or the article changes: the window first shows and
paints what comes next. The writer is Python, and sharing the interpreter with that paint
(thousands of short calls into the article table) made every switch away from a long,
edited article stall the window. (Quitting's flush does not wait.)"""
FLUSH_DEADLINE_S = 30.0  # a write still running then is reported as not saved


class ArticleSink(Protocol):
    """What autosave needs from the library."""

    def save(self, article: Article) -> Article: ...


def detached_copy(article: Article) -> Article:
    """A copy the worker can own: nothing shared with the editor's article."""
    return dataclasses.replace(article, tags=list(article.tags))


def is_conflict(error: BaseException) -> bool:
    from editor.services.failures import ArticleConflictError

    return isinstance(error, ArticleConflictError)


def describe(error: BaseException) -> SaveFailure:
    from editor.services.failures import describe_save_failure

    return describe_save_failure(error)


@dataclass
class SaveOutcome:
    """One save of one snapshot: filled in by the worker, settled on the GUI thread."""

    snapshot: Snapshot
    generation: int
    saved: Article | None = None
    words: int | None = None  # the stored article's word count, counted with it
    error: BaseException | None = None
    settled: bool = False


def run_save(sink: ArticleSink, outcome: SaveOutcome, grace_s: float = 0.0) -> SaveOutcome:
    """Write one snapshot (on the write thread, after `grace_s`); what happened goes into
    `outcome`."""
    if grace_s:
        time.sleep(grace_s)  # releases the interpreter to the GUI thread
    try:
        outcome.saved = sink.save(outcome.snapshot.resolved())
    except Exception as error:  # reported to the UI, retried; never lost silently
        outcome.error = error
    else:
        outcome.words = words_of(outcome.saved)
    return outcome


def words_of(article: Article) -> int:
    """The article's word count by the one rule (renders the body: not for the GUI
    thread when the body is long)."""
    from editor.services.article_views import article_metrics

    return article_metrics(article).words


class Autosaver(QObject):
    """Debounced, off-thread saving of the article being edited."""

    saved = Signal(object)  # the Article as stored (new version, slug...)
    save_failed = Signal(object)  # SaveFailure: what happened, in words
    conflicted = Signal(object, object)  # the Article as the user had it, its copy
    busy_changed = Signal(bool)

    def __init__(
        self,
        snapshot: Callable[[], Snapshot | Article],
        client: LibraryClient,
        parent: QObject | None = None,
        pause_ms: int = PAUSE_MS,
        max_unsaved_ms: int = MAX_UNSAVED_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._sink: ArticleSink | None = None
        self._client = client
        self._flushing = False
        self._generation = 0
        self._saved_generation = 0
        self._current_id: str | None = None
        self._waiting: dict[str, tuple[Snapshot, int]] = {}
        self._running: SaveOutcome | None = None
        self._stored_versions: dict[str, int] = {}
        self._stored_words: dict[str, tuple[int, int]] = {}  # id: (version, words)
        self._deleting: set[str] = set()
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
        """The library to save into (None while it is still opening). What is queued
        (failed saves included) goes into the new sink."""
        self._sink = sink
        if sink is not None and (self.is_dirty or self._waiting):
            self._pause_timer.start()

    def start_article(self, article_id: str, dirty: bool = False) -> None:
        """A (new or loaded) article is now being edited; `dirty` if it was never stored."""
        self._current_id = article_id
        self._stored_versions.pop(article_id, None)
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
        return self._running is not None or bool(self._waiting)

    def has_unsaved(self, article_id: str) -> bool:
        """True while a change to the article is typed, queued or being saved."""
        running = self._running is not None and self._running.snapshot.article.id == article_id
        current_dirty = article_id == self._current_id and self.is_dirty
        return current_dirty or running or article_id in self._waiting

    def forget(self, article_id: str) -> bool:
        """The article is being deleted: drop its waiting save, and a failed save of it
        is not retried (a save running now lands before the delete). True if changes
        were dropped."""
        dropped = self._waiting.pop(article_id, None) is not None
        dropped = dropped or (article_id == self._current_id and self.is_dirty)
        self._deleting.add(article_id)
        if article_id == self._current_id:
            self._saved_generation = self._generation
            self._pause_timer.stop()
            self._max_timer.stop()
        return dropped

    def remember(self, article_id: str) -> None:
        """The article is back from the Trash: it is saved (and retried) as before."""
        self._deleting.discard(article_id)

    def note_change(self) -> None:
        """Call on every edit: (re)starts the pause timer, and the deadline if not running."""
        self._generation += 1
        self._pause_timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()

    def save_now(self) -> None:
        """Snapshot the current article (if changed) and queue it for the worker, which
        first gives the window SAVE_GRACE_S to show what comes next."""
        self._pause_timer.stop()
        self._max_timer.stop()
        if self._sink is None:
            return
        if self.is_dirty:
            self._queue_current()
        self._start_next()

    def _queue_current(self) -> None:
        snapshot = self._take_snapshot()
        self._saved_generation = self._generation
        self._waiting[snapshot.article.id] = (snapshot, self._generation)

    def _take_snapshot(self) -> Snapshot:
        taken = self._snapshot()
        if isinstance(taken, Article):
            return Snapshot(detached_copy(taken))
        taken.article = detached_copy(taken.article)
        return taken

    def _based_on_stored(self, snapshot: Snapshot) -> Snapshot:
        """The snapshot stating the version it builds on: a snapshot taken while this
        autosaver's own save of the article ran still names the version before it."""
        article = snapshot.article
        article.version = max(article.version, self._stored_versions.get(article.id, 0))
        return snapshot

    def _start_next(self) -> None:
        if self._running is not None or not self._waiting or self._sink is None:
            return
        if self._flushing:
            return  # flush() saves what waits itself, in order
        article_id = next(iter(self._waiting))
        snapshot, generation = self._waiting.pop(article_id)
        outcome = SaveOutcome(self._based_on_stored(snapshot), generation)
        self._running = outcome
        self.busy_changed.emit(True)
        sink = self._sink
        self._client.write(lambda: run_save(sink, outcome, SAVE_GRACE_S), self._settle)

    def _settle(self, outcome: SaveOutcome, restart: bool = True) -> None:
        """Act on a finished job (once: the queued signal may come after `flush`)."""
        if outcome.settled:
            return
        outcome.settled = True
        if self._running is outcome:
            self._running = None  # the document copy dies here, on its own thread
        failed = outcome.error is not None and not is_conflict(outcome.error)
        if outcome.saved is not None:
            self._note_stored(outcome.saved, outcome.words)
        elif outcome.error is not None and not failed:
            self._keep_as_copy(outcome.snapshot)
        elif outcome.error is not None:
            self._requeue_failed(outcome)
        if not restart:
            return
        if failed:
            self._retry_timer.start()  # everything waits; retrying at once would spin
        else:
            self._start_next()
        if not self.is_busy:
            self.busy_changed.emit(False)

    def stored_words(self, stored: Article) -> int | None:
        """The word count of `stored` if this autosaver stored that version, counted on
        the write thread (None if not), so the list can show it without counting."""
        version, words = self._stored_words.get(stored.id, (-1, 0))
        return words if version == stored.version else None

    def _note_stored(self, saved: Article, words: int | None = None) -> None:
        self._stored_versions[saved.id] = saved.version
        if words is None:
            self._stored_words.pop(saved.id, None)
        else:
            self._stored_words[saved.id] = (saved.version, words)
        self.saved.emit(saved)
        self._client.events.article_saved.emit(saved)

    def _requeue_failed(self, outcome: SaveOutcome) -> None:
        assert outcome.error is not None
        self.save_failed.emit(describe(outcome.error))
        article_id = outcome.snapshot.article.id
        if article_id in self._deleting:
            return
        generation = outcome.generation
        if article_id == self._current_id and generation == self._saved_generation:
            self._saved_generation = generation - 1
        self._waiting.setdefault(article_id, (outcome.snapshot, generation))

    def _keep_as_copy(self, conflicting: Snapshot) -> None:
        """Another version of the article was stored meanwhile: queue the newest text the
        user has of it as a new article (their copy), drop what waited to overwrite it."""
        from editor.services.safekeeping import conflict_copy

        article_id = conflicting.article.id
        newest = conflicting
        waiting = self._waiting.pop(article_id, None)
        if waiting is not None:
            newest = waiting[0]
        if article_id == self._current_id and self.is_dirty:
            newest = self._take_snapshot()
            self._saved_generation = self._generation
        original = detached_copy(newest.article)
        copy = Snapshot(conflict_copy(newest.article), newest.body_writer, newest.keepalive)
        self._waiting[copy.article.id] = (copy, self._generation)
        self.conflicted.emit(original, copy.article)

    # -- quitting ----------------------------------------------------------------------

    def flush(self) -> list[SaveFailure]:
        """Block until everything is stored: the running job, waiting ones, the current
        text. Returns what could not be saved, in words; those saves stay queued, so
        calling flush again retries them."""
        self._pause_timer.stop()
        self._max_timer.stop()
        self._retry_timer.stop()
        self._flushing = True
        try:
            return self._flush_in_order()
        finally:
            self._flushing = False

    def _flush_in_order(self) -> list[SaveFailure]:
        if not self._client.drain(FLUSH_DEADLINE_S):
            return [describe(TimeoutError("the library did not finish saving in time"))]
        self._retry_timer.stop()  # flush retries what failed itself
        if self._running is not None:
            self._settle(self._running, restart=False)
        sink = self._sink
        if sink is None:
            return []
        if self.is_dirty:
            self._queue_current()
        failures: list[SaveFailure] = []
        failed: dict[str, tuple[Snapshot, int]] = {}
        while self._waiting:
            article_id = next(iter(self._waiting))
            snapshot, generation = self._waiting.pop(article_id)
            try:
                saved = sink.save(self._based_on_stored(snapshot).resolved())
            except Exception as error:  # kept queued and reported; never lost silently
                if is_conflict(error):
                    self._keep_as_copy(snapshot)
                    continue
                failures.append(describe(error))
                failed[article_id] = (snapshot, generation)
            else:
                self._note_stored(saved)
        self._waiting.update(failed)
        for failure in failures[:1]:
            self.save_failed.emit(failure)
        return failures

    def unsaved_articles(self) -> list[Article]:
        """The articles whose latest text is queued but not stored (after `flush`)."""
        return [snapshot.resolved() for snapshot, _generation in self._waiting.values()]

    def discard_unsaved(self) -> None:
        """Forget every queued save (the user chose to quit without them)."""
        self._waiting.clear()
        self._saved_generation = self._generation
