"""Autosave: typing reaches the library soon after a pause, on switching, on focus loss
and on quit, brand-new articles included; failures are retried; saving runs off-thread."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.storage.errors import LibraryError
from editor.storage.library import Library
from editor.ui.session.autosave import MAX_UNSAVED_MS, PAUSE_MS, Autosaver
from editor.ui.workers.library_client import LibraryClient
from tests.gui.driver import WindowDriver


def test_autosave_settles_within_a_second_of_a_pause() -> None:
    assert PAUSE_MS < 1000
    assert MAX_UNSAVED_MS <= 1500


def test_typing_is_stored_after_a_pause(qtbot: QtBot, driver: WindowDriver) -> None:
    article_id = driver.article_id
    driver.type(" Nachtrag")
    assert "Nachtrag" not in driver.stored_body(article_id)
    qtbot.waitUntil(lambda: "Nachtrag" in driver.stored_body(article_id), timeout=1000 + 500)
    qtbot.waitUntil(lambda: driver.save_label().startswith("Saved"))


def test_a_brand_new_article_is_stored_without_saving_by_hand(
    qtbot: QtBot, driver: WindowDriver
) -> None:
    driver.new_article()
    article_id = driver.article_id
    driver.type("Nie gespeichert", into="headline")
    driver.type("Erster Satz.")
    stored = driver.wait_until_saved(article_id, timeout_ms=1500)  # what the window shows
    assert (stored.headline, stored.body.strip()) == ("Nie gespeichert", "Erster Satz.")
    qtbot.waitUntil(lambda: driver.listed_ids()[0] == article_id)
    assert driver.selected_id() == article_id


def test_an_untouched_new_article_is_not_stored(
    driver: WindowDriver, sample_library: Library
) -> None:
    before = [summary.id for summary in sample_library.list_articles()]
    driver.new_article()
    driver.new_article()
    assert driver.quit()
    assert [summary.id for summary in sample_library.list_articles()] == before


def test_switching_article_stores_the_previous_one(driver: WindowDriver) -> None:
    first = driver.article_id
    driver.type(" Vor dem Wechsel")
    second_id = driver.listed_ids()[1]
    driver.open_article(second_id)
    assert driver.article_id == second_id
    driver.wait_for_writes()  # leaving an article queues its save, it does not wait
    assert "Vor dem Wechsel" in driver.stored_body(first)
    assert driver.title().startswith(driver.stored(second_id).headline)


def test_switching_back_shows_what_was_typed(driver: WindowDriver) -> None:
    first = driver.article_id
    driver.type(" Hin und zurueck")
    driver.open_article(driver.listed_ids()[1])
    assert "Hin und zurueck" not in driver.text()
    driver.open_article(first)
    assert "Hin und zurueck" in driver.text()


def test_focus_loss_stores_at_once(qtbot: QtBot, driver: WindowDriver) -> None:
    article_id = driver.article_id
    driver.type(" Fokuswechsel")
    driver.focus_article_list()
    assert not driver.has_unsaved_edits()
    qtbot.waitUntil(lambda: "Fokuswechsel" in driver.stored_body(article_id), timeout=500)


def test_application_deactivation_stores(qtbot: QtBot, driver: WindowDriver) -> None:
    article_id = driver.article_id
    driver.type(" Fenster verlassen")
    driver.leave_application()
    qtbot.waitUntil(lambda: "Fenster verlassen" in driver.stored_body(article_id), timeout=500)


def test_quit_stores_everything(driver: WindowDriver) -> None:
    driver.new_article()
    article_id = driver.article_id
    driver.type("Letzte Zeile vor dem Feierabend", into="headline")
    driver.type("Gerade noch getippt")
    assert driver.quit()
    article = driver.stored(article_id)
    assert article.headline == "Letzte Zeile vor dem Feierabend"
    assert "Gerade noch getippt" in article.body


def test_every_field_is_stored(driver: WindowDriver) -> None:
    driver.new_article()
    details = driver.details
    driver.type("Eilmeldung", into="kicker")
    driver.type("Alle Felder", into="headline")
    driver.type("Zeile eins", into="teaser")
    driver.key(Qt.Key.Key_Return)
    driver.type("Zeile zwei", into="teaser")
    QTest.keyClicks(details.byline, "Max Muster")
    QTest.keyClicks(details.dateline, "Wien")
    details.section.setCurrentText("Neue Rubrik")
    QTest.keyClicks(details.tags, "Wahl, Wien, wahl")
    details.language.setCurrentIndex(details.language.findData("en"))
    details.status.setCurrentIndex(details.status.findData("in_review"))
    details.target_unit.setCurrentIndex(1)
    details.target.setValue(3000)
    article_id = driver.article_id
    assert driver.quit()
    article = driver.stored(article_id)
    assert article.kicker == "Eilmeldung"
    assert article.headline == "Alle Felder"
    assert article.teaser == "Zeile eins\nZeile zwei"
    assert (article.byline, article.dateline, article.section) == (
        "Max Muster",
        "Wien",
        "Neue Rubrik",
    )
    assert article.tags == ["Wahl", "Wien"]
    assert article.language == "en"
    assert str(article.status) == "in_review"
    assert (article.target_words, article.target_chars) == (None, 3000)


class FlakySink:
    """A library stand-in that fails the first save and records the saving thread."""

    def __init__(self) -> None:
        self.saved: list[Article] = []
        self.threads: list[threading.Thread] = []
        self.failures_left = 1

    def save(self, article: Article) -> Article:
        self.threads.append(threading.current_thread())
        if self.failures_left:
            self.failures_left -= 1
            raise LibraryError("database is locked")
        self.saved.append(article)
        return article


def test_saves_run_off_the_gui_thread_and_failures_are_retried(qtbot: QtBot) -> None:
    article = Article(headline="Probe")
    sink = FlakySink()
    autosaver = Autosaver(lambda: article, LibraryClient(), pause_ms=10, max_unsaved_ms=50)
    autosaver.set_sink(sink)
    autosaver.start_article(article.id)
    with qtbot.waitSignal(autosaver.save_failed) as failure:
        autosaver.note_change()
    (said,) = failure.args
    assert said.words == "another program is writing to the library; try again"
    qtbot.waitUntil(lambda: len(sink.saved) == 1, timeout=5000)
    assert all(thread is not threading.main_thread() for thread in sink.threads)
    # The worker's "done" reaches the GUI thread as a queued signal, just after the save.
    qtbot.waitUntil(lambda: not autosaver.is_busy, timeout=5000)


def test_snapshots_wait_while_a_save_runs_and_land_in_order(qtbot: QtBot) -> None:
    gate = threading.Event()
    order: list[str] = []

    class SlowSink:
        def save(self, article: Article) -> Article:
            gate.wait(5)
            order.append(article.headline)
            return article

    current = Article(headline="v1")
    autosaver = Autosaver(lambda: current, LibraryClient())
    autosaver.set_sink(SlowSink())
    autosaver.start_article(current.id)
    for version in ("v1", "v2", "v3"):
        current.headline = version
        autosaver.note_change()
        autosaver.save_now()
    assert autosaver.is_busy
    gate.set()
    qtbot.waitUntil(lambda: not autosaver.is_busy, timeout=5000)
    assert order == ["v1", "v3"]


@pytest.mark.parametrize("dirty", [True, False])
def test_start_article_marks_new_content(dirty: bool) -> None:
    autosaver = Autosaver(Article, LibraryClient())
    autosaver.start_article("x", dirty=dirty)
    assert autosaver.is_dirty is dirty


class ConflictingSink:
    """A library stand-in where someone else already stored version 5 of every article."""

    def __init__(self) -> None:
        self.saved: list[Article] = []

    def save(self, article: Article) -> Article:
        from editor.storage.save_failures import ArticleConflictError

        if article.version == 0 and article.headline.startswith("Probe ("):
            stored = dataclasses.replace(article, version=1)
            self.saved.append(stored)
            return stored
        raise ArticleConflictError(article.id, article.version, 5)


def test_a_conflicting_save_is_kept_as_a_new_article(qtbot: QtBot) -> None:
    article = Article(headline="Probe", body="Mein Text", section="Lokales", version=4)
    sink = ConflictingSink()
    autosaver = Autosaver(lambda: article, LibraryClient())
    autosaver.set_sink(sink)
    autosaver.start_article(article.id)
    autosaver.note_change()
    with qtbot.waitSignal(autosaver.conflicted, timeout=5000) as conflict:
        autosaver.save_now()
    mine, copy = conflict.args
    assert mine.id == article.id and copy.id != article.id
    qtbot.waitUntil(lambda: len(sink.saved) == 1, timeout=5000)
    (kept,) = sink.saved
    assert kept.id == copy.id
    assert kept.headline.startswith("Probe (your copy, conflict ")
    assert (kept.body, kept.section, kept.placeholder) == ("Mein Text", "Lokales", False)
    qtbot.waitUntil(lambda: not autosaver.is_busy, timeout=5000)


def test_flush_reports_failures_in_words_and_keeps_them_queued() -> None:
    article = Article(headline="Probe")
    sink = FlakySink()
    autosaver = Autosaver(lambda: article, LibraryClient())
    autosaver.set_sink(sink)
    autosaver.start_article(article.id)
    autosaver.note_change()
    (failure,) = autosaver.flush()
    assert failure.status_text == "Not saved: another program is writing to the library; try again"
    assert [a.id for a in autosaver.unsaved_articles()] == [article.id]
    assert autosaver.flush() == []
    assert [a.headline for a in sink.saved] == ["Probe"]
