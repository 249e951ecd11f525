"""Quitting drains the library client's write queue: a save that is still on the write
thread when the window closes and then fails keeps the window open with the text, and a
write queue that does not drain by the deadline does too."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.session import autosave
from editor.ui.session.save_coordinator import QuitChoice
from editor.ui.shell.main_window import MainWindow
from tests.gui.window.save_fakes import ScriptedPrompts


class SlowFailingDisk:
    """Saves wait on the write thread until `release` is set, then fail while `full`."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.release = threading.Event()
        self.started = threading.Event()
        self.full = True

    def save(self, article: Article) -> Article:
        self.started.set()
        self.release.wait(10)
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        return self.library.save(article)


def window_on(main_window: MainWindow, disk: SlowFailingDisk) -> ScriptedPrompts:
    prompts = ScriptedPrompts()
    main_window.autosaver.set_sink(disk)
    main_window.save_coordinator.prompts = prompts
    return prompts


def test_a_save_failing_on_the_write_thread_while_quitting_keeps_the_window_open(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library
) -> None:
    disk = SlowFailingDisk(sample_library)
    prompts = window_on(main_window, disk)
    article_id = main_window.article.id
    QTest.keyClicks(main_window.form.body, " Beim Beenden getippt")
    main_window.autosaver.save_now()
    assert disk.started.wait(5)  # the save runs on the write thread now
    threading.Timer(0.1, disk.release.set).start()  # ... and fails while the window closes
    prompts.quit_answers = [QuitChoice.CANCEL]

    assert not main_window.close()

    assert main_window.isVisible()
    assert prompts.asked_on_quit == ["the disk is full"]
    assert "Beim Beenden getippt" in main_window.form.body.toPlainText()
    assert "Beim Beenden getippt" not in sample_library.get(article_id).body
    disk.full = False
    assert main_window.close()
    assert "Beim Beenden getippt" in sample_library.get(article_id).body


def test_a_write_queue_that_does_not_drain_in_time_keeps_the_window_open(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "FLUSH_DEADLINE_S", 0.05)
    disk = SlowFailingDisk(sample_library)
    disk.full = False
    prompts = window_on(main_window, disk)
    article_id = main_window.article.id
    QTest.keyClicks(main_window.form.body, " Haengt")
    main_window.autosaver.save_now()
    assert disk.started.wait(5)
    prompts.quit_answers = [QuitChoice.CANCEL]

    assert not main_window.close()

    assert main_window.isVisible()
    assert len(prompts.asked_on_quit) == 1
    disk.release.set()
    monkeypatch.setattr(autosave, "FLUSH_DEADLINE_S", 10.0)
    assert main_window.close()
    assert "Haengt" in sample_library.get(article_id).body
