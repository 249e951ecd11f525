"""`LibraryClient`: the GUI's one way into the library, off the GUI thread.

The client owns the open library (`Services`) and two kinds of worker:

- ONE write thread. Every write (opening the library, autosave's saves, library
  commands such as moves, section edits and the Trash, imports and backups) is a job
  on it, and the jobs run strictly in the order they were queued, so a move to the
  Trash never overtakes the save before it.
- A small read pool (`READ_THREADS`). Each read names a channel ("open", "search"...); a
  newer read on the same channel supersedes the older one: the older result is dropped
  when it arrives, a read not started yet is skipped, and a superseded search is
  interrupted inside SQLite through its `SearchCancellation`.

Results and errors come back on the GUI thread through a queued signal, as calls of the
callbacks the caller passed; no widget sees a thread. After a successful write the
client announces the change on its `LibraryEvents` hub. `drain(deadline_s)` waits for
the queued writes (for quitting) and delivers their results even when the event loop has
already stopped.

`SearchCancellation` is taken from `editor.services.library_services`, which uses it but
does not re-export it yet (a single marked import in `search`).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

from editor.domain import Article
from editor.ui.workers.library_events import LibraryEvents, announce

if TYPE_CHECKING:
    # Imported in the worker: the database layer loads after the window appears.
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services

T = TypeVar("T")
READ_THREADS = 2
ErrorCallback = Callable[[BaseException], None]


class _Delivery(QObject):
    """Carries a call from a worker thread to the thread the client lives on."""

    call = Signal(object)  # a callable without arguments, run on the GUI thread


class _FunctionJob(QRunnable):
    """Runs one function in a pool thread."""

    def __init__(self, function: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._function: Callable[[], None] | None = function

    def run(self) -> None:
        function, self._function = self._function, None
        assert function is not None
        function()


@dataclass
class ReadTicket:
    """One read on a channel; `superseded` once a newer read took the channel."""

    channel: str
    superseded: bool = False
    cancel: Callable[[], None] | None = field(default=None, repr=False)

    def supersede(self) -> None:
        self.superseded = True
        if self.cancel is not None:
            self.cancel()  # thread-safe: interrupts a running SQLite statement


class LibraryClient(QObject):
    """The open library behind one ordered write queue and cancellable reads."""

    library_opened = Signal(object)  # Services, once `open_library` succeeded
    library_failed = Signal(object)  # the exception that refused the library

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = LibraryEvents(self)
        self.services: Services | None = None
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one thread: writes land in queued order
        self._writer.setExpiryTimeout(-1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(READ_THREADS)
        self._channels: dict[str, ReadTicket] = {}
        self._delivery = _Delivery(self)
        self._delivery.call.connect(_run_call, Qt.ConnectionType.QueuedConnection)
        self._opened_lock = threading.Lock()
        self._opened: Services | None = None

    # -- the library itself ------------------------------------------------------------

    def open_library(self, location: str | None) -> None:
        """Open the library on the write thread (everything written later waits for it);
        `library_opened` or `library_failed` tells the GUI thread."""

        def open_it() -> Services:
            from editor.services.library_services import Services

            services = Services.open(location)
            with self._opened_lock:
                self._opened = services
            return services

        self.write(open_it, self._on_opened, self.library_failed.emit)

    def _on_opened(self, services: Services) -> None:
        self.adopt(services)
        self.library_opened.emit(services)

    def opened_library(self) -> Services | None:
        """The library `open_library` opened, even if its result was never delivered
        (the window closed while it opened)."""
        with self._opened_lock:
            return self._opened

    def adopt(self, services: Services) -> None:
        """Work on `services` from now on (an opened library, one saved elsewhere)."""
        self.services = services

    # -- writes ------------------------------------------------------------------------

    def write(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Queue `job` on the write thread, after every write queued before it."""
        self._writer.start(_FunctionJob(lambda: self._run(job, on_done, on_error)))

    def save_article(
        self,
        article: Article,
        on_done: Callable[[Article], object] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Store `article`; `article_saved` announces the stored version."""
        services = self._require_services()

        def saved(stored: Article) -> None:
            self.events.article_saved.emit(stored)
            if on_done is not None:
                on_done(stored)

        self.write(lambda: services.save(article), saved, on_error)

    def empty_trash(
        self, on_done: Callable[[int], object], on_error: ErrorCallback | None = None
    ) -> None:
        """Delete the articles in the Trash for good (not undoable: confirmed first)."""
        services = self._require_services()

        def emptied(count: int) -> None:
            self.events.trash_emptied.emit()
            on_done(count)

        self.write(services.empty_trash, emptied, on_error)

    def run_commands(
        self,
        take_commands: Callable[[], Sequence[LibraryCommand]],
        on_done: Callable[[tuple[LibraryCommand, ...]], object] | None = None,
        on_error: ErrorCallback | None = None,
        keep_inverses: Callable[[tuple[LibraryCommand, ...]], object] | None = None,
    ) -> None:
        """Apply library commands (`Services.run`) on the write thread, in order.
        `take_commands` is called there, and `keep_inverses` gets the inverses there, so
        a job queued later sees them (an undo takes the inverses its redo produced).
        `on_done` gets the inverses too, in the order that undoes the lot, on the GUI
        thread; `links_changed` then names every article whose story links the
        commands touched. A failing command stops the rest; the ones already applied
        stay (their inverses are lost with the error)."""
        services = self._require_services()

        def run() -> tuple[tuple[LibraryCommand, ...], list[str], tuple[LibraryCommand, ...]]:
            taken = tuple(take_commands())
            inverses: list[LibraryCommand] = []
            for command in taken:
                inverses.insert(0, services.run(command))
            if keep_inverses is not None:
                keep_inverses(tuple(inverses))
            return tuple(inverses), _linked_articles((*taken, *inverses)), taken

        def ran(
            outcome: tuple[tuple[LibraryCommand, ...], list[str], tuple[LibraryCommand, ...]],
        ) -> None:
            inverses, touched, taken = outcome
            for article_id in touched:
                self.events.links_changed.emit(article_id)
            for command in taken:  # trashed, moved, sections... as the browser shows them
                announce(self.events, command)
            if on_done is not None:
                on_done(inverses)

        self.write(run, ran, on_error)

    def drain(self, deadline_s: float) -> bool:
        """Wait up to `deadline_s` for every queued write, then deliver the results that
        arrived (also when the event loop has stopped). False if writes are still
        running at the deadline."""
        finished = self._writer.waitForDone(max(0, int(deadline_s * 1000)))
        QCoreApplication.sendPostedEvents(self._delivery)
        return finished

    # -- reads -------------------------------------------------------------------------

    def read(
        self,
        channel: str,
        job: Callable[[Services], T],
        on_done: Callable[[T], object],
        on_error: ErrorCallback | None = None,
    ) -> ReadTicket:
        """Run `job` in the read pool; a newer read on `channel` supersedes this one."""
        ticket = self._take_channel(channel)
        self._start_read(ticket, job, on_done, on_error)
        return ticket

    def search(
        self,
        channel: str,
        query: str,
        limit: int,
        on_done: Callable[[list[Any]], object],
        on_error: ErrorCallback | None = None,
    ) -> ReadTicket:
        """A full-text search that a newer one on `channel` interrupts mid-query;
        `on_done` gets the hits (`SearchHit`s, which services does not re-export yet)."""
        # Not re-exported by editor.services yet (see the module docstring).
        from editor.services import library_services

        cancellation = library_services.SearchCancellation()  # type: ignore[attr-defined]
        ticket = self._take_channel(channel)
        ticket.cancel = cancellation.cancel

        def run(services: Services) -> list[Any]:
            return list(services.search(query, limit, cancellation=cancellation))

        self._start_read(ticket, run, on_done, on_error)
        return ticket

    def cancel(self, channel: str) -> None:
        """Drop the read running or waiting on `channel` (its result never arrives)."""
        ticket = self._channels.pop(channel, None)
        if ticket is not None:
            ticket.supersede()

    def _take_channel(self, channel: str) -> ReadTicket:
        previous = self._channels.get(channel)
        if previous is not None:
            previous.supersede()
        ticket = ReadTicket(channel)
        self._channels[channel] = ticket
        return ticket

    def _start_read(
        self,
        ticket: ReadTicket,
        job: Callable[[Services], T],
        on_done: Callable[[T], object],
        on_error: ErrorCallback | None,
    ) -> None:
        services = self._require_services()

        def current(callback: Callable[[T], object]) -> Callable[[T], object]:
            def deliver(result: T) -> None:
                if self._finish(ticket):
                    callback(result)

            return deliver

        def failed(error: BaseException) -> None:
            if self._finish(ticket) and on_error is not None:
                on_error(error)

        def run() -> None:
            if ticket.superseded:
                return  # a newer read took the channel before this one started
            self._run(lambda: job(services), current(on_done), failed)

        self._readers.start(_FunctionJob(run))

    def _finish(self, ticket: ReadTicket) -> bool:
        """True if `ticket` still holds its channel (its result is wanted); frees it."""
        if ticket.superseded or self._channels.get(ticket.channel) is not ticket:
            return False
        del self._channels[ticket.channel]
        return True

    def wait_for_reads(self, deadline_s: float) -> bool:
        """Wait up to `deadline_s` for the read pool and deliver what arrived (for a
        caller that must see the current reads settled before it goes on)."""
        finished = self._readers.waitForDone(max(0, int(deadline_s * 1000)))
        QCoreApplication.sendPostedEvents(self._delivery)
        return finished

    # -- running jobs ------------------------------------------------------------------

    def _require_services(self) -> Services:
        if self.services is None:
            raise RuntimeError("the library is not open yet")
        return self.services

    def _run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], object] | None,
        on_error: ErrorCallback | None,
    ) -> None:
        """Run `job` here (a worker thread) and hand its outcome to the GUI thread."""
        try:
            result = job()
        except Exception as error:  # handed to the caller's error callback, never lost
            report = on_error if on_error is not None else _reraise
            self._delivery.call.emit(functools.partial(report, error))
            return
        if on_done is not None:
            self._delivery.call.emit(lambda: on_done(result))


def _linked_articles(commands: Iterable[LibraryCommand]) -> list[str]:
    """The articles `commands` (those run and their inverses) name: the ids in their
    `steps` (previous/next changes) and their `article_id` / `other_id`. A command that
    names a section (Chain by date) is known by the articles its inverse names."""
    found: dict[str, None] = {}
    for command in commands:
        for step in getattr(command, "steps", ()):
            found.setdefault(step.article_id, None)
            if step.target_id is not None:
                found.setdefault(step.target_id, None)
        for name in ("article_id", "other_id"):
            value = getattr(command, name, None)
            if isinstance(value, str):
                found.setdefault(value, None)
    return list(found)


def _run_call(call: Callable[[], object]) -> None:
    call()


def _reraise(error: BaseException) -> None:
    """A write failed and nobody asked to hear about it: fail loudly on the GUI thread."""
    raise error
