"""The library client: writes run in the order queued on one thread, a newer read on a
channel supersedes the older (its result dropped, a search interrupted), errors reach
the caller's callback on the GUI thread, and drain waits for the queue."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.services.commands import DeleteArticle, LibraryCommand, RestoreArticles
from editor.services.failures import ArticleNotFoundError, NotALibraryError
from editor.services.library_services import Services
from editor.storage.library import Library
from editor.ui.workers.library_client import LibraryClient


def client_on(library: Library) -> LibraryClient:
    client = LibraryClient()
    client.adopt(Services(library))
    return client


def test_writes_run_one_at_a_time_in_the_order_queued(
    qtbot: QtBot, sample_library: Library
) -> None:
    client = client_on(sample_library)
    ran: list[tuple[int, str]] = []
    delivered: list[int] = []
    for number in range(20):

        def job(number: int = number) -> int:
            time.sleep(0.001 * (number % 3))  # uneven durations must not reorder them
            ran.append((number, threading.current_thread().name))
            return number

        client.write(job, delivered.append)
    assert client.drain(5.0)
    assert [number for number, _thread in ran] == list(range(20))
    assert len({thread for _number, thread in ran}) == 1
    assert threading.current_thread().name not in {thread for _number, thread in ran}
    assert delivered == list(range(20))


def test_a_move_to_the_trash_never_overtakes_the_save_queued_before_it(
    qtbot: QtBot, sample_library: Library
) -> None:
    client = client_on(sample_library)
    article = Article(headline="Kurz gelebt", body="Text.")
    undoing: list[tuple[LibraryCommand, ...]] = []

    with qtbot.waitSignal(client.events.articles_trashed) as trashed:
        client.save_article(article)
        client.run_commands(lambda: [DeleteArticle.of([article.id])], undoing.append)
    assert trashed.args == [(article.id,)]
    qtbot.waitUntil(lambda: undoing == [(RestoreArticles((article.id,), "Delete article"),)])
    assert Services(sample_library).trashed_among([article.id]) == {article.id}
    assert sample_library.get(article.id).body == "Text."  # saved first, then trashed


def test_a_save_is_announced_with_the_stored_version(qtbot: QtBot, sample_library: Library) -> None:
    client = client_on(sample_library)
    article = Article(headline="Angekündigt", body="Text.")
    with qtbot.waitSignal(client.events.article_saved) as saved:
        client.save_article(article)
    stored = saved.args[0]
    assert stored.id == article.id
    assert stored.version == sample_library.get(article.id).version == 1


def test_errors_reach_the_error_callback_on_the_gui_thread(
    qtbot: QtBot, sample_library: Library
) -> None:
    client = client_on(sample_library)
    failures: list[tuple[BaseException, str]] = []

    def record(error: BaseException) -> None:
        failures.append((error, threading.current_thread().name))

    client.read("open", lambda services: services.get("no-such-article"), print, record)
    client.write(lambda: sample_library.get("no-such-article"), print, record)
    qtbot.waitUntil(lambda: len(failures) == 2)
    assert all(isinstance(error, ArticleNotFoundError) for error, _thread in failures)
    assert {thread for _error, thread in failures} == {threading.current_thread().name}


def test_a_newer_read_on_a_channel_drops_the_older_result(
    qtbot: QtBot, sample_library: Library
) -> None:
    client = client_on(sample_library)
    first, second = (summary.id for summary in sample_library.list_articles()[:2])
    release = threading.Event()
    shown: list[str] = []

    def slow_get(services: Services) -> Article:
        release.wait(5)
        return services.get(first)

    client.read("open", slow_get, lambda article: shown.append(article.id))
    client.read("open", lambda services: services.get(second), lambda a: shown.append(a.id))
    qtbot.waitUntil(lambda: shown == [second])
    release.set()
    assert client.wait_for_reads(5.0)
    assert shown == [second]


def test_reads_on_different_channels_both_arrive(qtbot: QtBot, sample_library: Library) -> None:
    client = client_on(sample_library)
    arrived: list[str] = []
    client.read("open", lambda services: services.name, lambda _n: arrived.append("open"))
    client.read("search", lambda services: services.name, lambda _n: arrived.append("search"))
    qtbot.waitUntil(lambda: sorted(arrived) == ["open", "search"])


class SearchUntilCancelled:
    """Stands in for the library: the first search runs until it is cancelled."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.stopped_after_s: float | None = None

    def search(self, query: str, limit: int, cancellation: object) -> list[str]:
        if query == "new":
            return ["hit for new"]
        self.started.set()
        began = time.monotonic()
        while not cancellation.cancelled:  # type: ignore[attr-defined]
            time.sleep(0.001)
        self.stopped_after_s = time.monotonic() - began
        raise RuntimeError("the search was cancelled")


def test_a_superseded_search_is_cancelled_and_its_result_dropped(qtbot: QtBot) -> None:
    client = LibraryClient()
    library = SearchUntilCancelled()
    client.adopt(library)  # type: ignore[arg-type]
    results: list[list[str]] = []
    errors: list[BaseException] = []
    client.search("search", "old", 10, results.append, errors.append)
    assert library.started.wait(5)
    superseded_at = time.monotonic()
    client.search("search", "new", 10, results.append, errors.append)
    qtbot.waitUntil(lambda: results == [["hit for new"]])
    assert client.wait_for_reads(5.0)
    assert library.stopped_after_s is not None
    assert time.monotonic() - superseded_at < 0.5
    assert errors == []  # the cancelled search's error is as stale as its result


def test_the_real_search_runs_with_its_cancellation(qtbot: QtBot, sample_library: Library) -> None:
    client = client_on(sample_library)
    results: list[list[object]] = []
    client.search("search", "Haushalt", 5, results.append)
    qtbot.waitUntil(lambda: len(results) == 1)
    headlines = [hit.headline for hit in results[0]]  # type: ignore[attr-defined]
    assert "Stadtrat beschließt Haushalt nach langer Debatte" in headlines


def test_drain_waits_for_queued_writes_and_delivers_them(
    qtbot: QtBot, sample_library: Library
) -> None:
    client = client_on(sample_library)
    done: list[str] = []
    client.write(lambda: time.sleep(0.05) or "slow", done.append)
    client.write(lambda: "after", done.append)
    assert client.drain(5.0)
    assert done == ["slow", "after"]  # delivered without a turn of the event loop


def test_drain_gives_up_at_the_deadline(qtbot: QtBot, sample_library: Library) -> None:
    client = client_on(sample_library)
    release = threading.Event()
    client.write(lambda: release.wait(5))
    assert not client.drain(0.05)
    release.set()
    assert client.drain(5.0)


def test_the_library_opens_on_the_write_thread(qtbot: QtBot, tmp_path: Path) -> None:
    client = LibraryClient()
    with qtbot.waitSignal(client.library_opened, timeout=20_000) as opened:
        client.open_library(str(tmp_path / "fresh.sqlite"))
    services = opened.args[0]
    assert client.services is services is client.opened_library()
    services.close()


def test_a_library_that_cannot_open_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    not_a_library = tmp_path / "notes.sqlite"
    not_a_library.write_text("just text, not SQLite")
    client = LibraryClient()
    with qtbot.waitSignal(client.library_failed, timeout=20_000) as failed:
        client.open_library(str(not_a_library))
    assert client.services is None
    assert isinstance(failed.args[0], NotALibraryError)
