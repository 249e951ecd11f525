"""The article session on a real library, seen through a fake view: opening, new
articles, delete-then-next, the provisional start-up article becoming a real one, and
the last article remembered per library."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.services.commands import LibraryCommand
from editor.services.failures import ArticleNotFoundError
from editor.services.library_services import Services
from editor.storage.library import Library
from editor.ui.article.snapshot import Snapshot
from editor.ui.body.html_loading import PreparedBody
from editor.ui.qt.settings import Preferences
from editor.ui.session.article_session import ArticleSession, last_article_preference
from editor.ui.workers.library_client import LibraryClient
from tests.gui.window.sample_library import build_sample_library


class FakeView:
    """Shows nothing; remembers what it was asked to show and holds the typed text."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, bool]] = []
        self.typed_body: str | None = None
        self.library: Services | None = None
        self.empty_library_shown = False
        self.statuses: list[str] = []
        self.prepared: PreparedBody | None = None

    def show_article(
        self, article: Article, provisional: bool, prepared: PreparedBody | None
    ) -> None:
        self.shown.append((article.id, provisional))
        self.prepared = prepared
        self.typed_body = None

    def snapshot(self, article: Article) -> Snapshot:
        body = article.body if self.typed_body is None else self.typed_body
        return Snapshot(dataclasses.replace(article, body=body))

    def show_library(self, library: Services) -> None:
        self.library = library

    def show_empty_library(self, location: str) -> None:
        self.empty_library_shown = True

    def listed_article_ids(self) -> tuple[str | None, str | None]:
        assert self.library is not None
        ids = [summary.id for summary in self.library.list_articles(limit=1)]
        return (ids[0], ids[0]) if ids else (None, None)

    def show_status(self, message: str) -> None:
        self.statuses.append(message)

    def show_save_problem(self, text: str) -> None:
        self.statuses.append(text)


@pytest.fixture
def view() -> FakeView:
    return FakeView()


@pytest.fixture
def session(qtbot: QtBot, view: FakeView, tmp_path: Path) -> Iterator[ArticleSession]:
    session = ArticleSession(view, Preferences(tmp_path / "prefs.ini"), LibraryClient())
    session.start_provisional()
    yield session
    session.persist_blocking()


def type_body(session: ArticleSession, view: FakeView, text: str) -> None:
    view.typed_body = text
    session.note_edit()


def test_the_provisional_article_becomes_real_when_typed_into(
    session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    provisional_id = session.article.id
    assert view.shown == [(provisional_id, True)]
    type_body(session, view, "Getippt, bevor die Bibliothek da war.")
    session.attach_library(Services(sample_library))
    assert session.article.id == provisional_id
    session.persist_blocking()
    assert sample_library.get(provisional_id).body == "Getippt, bevor die Bibliothek da war."


def test_an_untouched_provisional_article_gives_way_to_the_newest(
    session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    provisional_id = session.article.id
    session.attach_library(Services(sample_library))
    newest = sample_library.list_articles(limit=1)[0]
    assert session.article.id == newest.id != provisional_id
    assert not view.empty_library_shown
    with pytest.raises(ArticleNotFoundError):
        sample_library.get(provisional_id)


def test_open_saves_the_article_left_in_the_background_and_shows_the_other(
    qtbot: QtBot, session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    first = session.article.id
    second = sample_library.list_articles()[3].id
    type_body(session, view, "Vor dem Wechsel.")
    opened: list[str] = []
    session.article_opened.connect(opened.append)
    assert session.open(second)
    assert session.article.id == second
    assert opened == [second]
    qtbot.waitUntil(lambda: sample_library.get(first).body == "Vor dem Wechsel.")
    assert not session.open("no-such-article")
    assert session.article.id == second
    assert view.statuses[-1].startswith("Could not open the article")


def test_an_article_reopened_before_its_save_landed_shows_what_was_typed(
    session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    first = session.article.id
    type_body(session, view, "Noch unterwegs.")
    assert session.open(sample_library.list_articles()[3].id)
    assert session.open(first)
    assert session.article.body == "Noch unterwegs."


def test_choosing_quickly_opens_only_the_last_choice_prepared_off_the_gui_thread(
    qtbot: QtBot, session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    ids = [summary.id for summary in sample_library.list_articles()[1:5]]
    opened: list[str] = []
    session.article_opened.connect(opened.append)
    for article_id in ids:
        session.request_open(article_id)
    assert opened == []  # nothing waited for the library on the GUI thread
    qtbot.waitUntil(lambda: opened == [ids[-1]])
    assert session.client.wait_for_reads(5.0)
    assert opened == [ids[-1]]
    assert view.prepared is not None and view.prepared.blocks


def test_a_choice_still_loading_does_not_override_an_article_opened_since(
    qtbot: QtBot, session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    chosen, entered = (summary.id for summary in sample_library.list_articles()[1:3])
    session.request_open(chosen)
    assert session.open(entered)
    assert session.client.wait_for_reads(5.0)
    assert session.article.id == entered


def test_a_new_article_is_stored_only_once_typed_into(
    session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    count = len(sample_library.list_articles())
    session.new_article()
    session.new_article()
    session.persist_blocking()
    assert len(sample_library.list_articles()) == count
    type_body(session, view, "Jetzt mit Text.")
    session.persist_blocking()
    assert sample_library.get(session.article.id).body == "Jetzt mit Text."
    assert session.article.version == 1


def test_delete_moves_to_the_trash_with_what_was_typed_then_the_next_article_opens(
    qtbot: QtBot, session: ArticleSession, view: FakeView, sample_library: Library
) -> None:
    session.attach_library(Services(sample_library))
    session.client.events.articles_trashed.connect(session.trashed)
    doomed = session.article.id
    type_body(session, view, "Kommt mit in den Papierkorb.")

    def push(command: LibraryCommand) -> None:
        session.client.run_commands(lambda: [command])

    with qtbot.waitSignal(session.article_opened) as opened:
        session.delete_current(push)
    services = Services(sample_library)
    assert services.trashed_among([doomed]) == {doomed}  # in the Trash, restorable
    assert doomed not in {summary.id for summary in sample_library.list_articles()}
    assert opened.args[0] != doomed
    assert opened.args[0] == sample_library.list_articles(limit=1)[0].id
    session.persist_blocking()
    assert services.trashed_among([doomed]) == {doomed}  # no later save took it out
    # What was typed went with it (and comes back with it when the Trash gives it back).
    assert sample_library.get(doomed).body == "Kommt mit in den Papierkorb."


def test_the_last_article_is_remembered_per_library(
    qtbot: QtBot, view: FakeView, tmp_path: Path, sample_library: Library
) -> None:
    preferences = Preferences(tmp_path / "shared-prefs.ini")
    other_path = tmp_path / "other.sqlite"
    build_sample_library(other_path, count=3, seed=11)
    with Services.open(str(other_path)) as other:
        chosen_here = sample_library.list_articles()[4].id
        chosen_there = other.list_articles()[2].id
        for library, chosen in ((Services(sample_library), chosen_here), (other, chosen_there)):
            first = ArticleSession(FakeView(), preferences, LibraryClient())
            first.attach_library(library)
            assert first.open(chosen)
        for library, chosen in ((Services(sample_library), chosen_here), (other, chosen_there)):
            again = ArticleSession(FakeView(), preferences, LibraryClient())
            again.attach_library(library)
            assert again.article.id == chosen
    assert preferences.get(last_article_preference(sample_library.location)) == chosen_here


def test_an_empty_library_shows_its_first_steps(
    session: ArticleSession, view: FakeView, tmp_path: Path
) -> None:
    with Services.open(str(tmp_path / "empty.sqlite")) as empty:
        session.attach_library(empty)
        assert view.empty_library_shown
        session.persist_blocking()
