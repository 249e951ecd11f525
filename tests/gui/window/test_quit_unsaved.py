"""Quitting with text that cannot be saved (a full disk) never discards it silently: the
window stays open until the save succeeded, a copy was written, or the user chose to quit
without it; a save that fails while quitting is not lost on the way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.ui.session.save_coordinator import QuitChoice
from editor.ui.session.save_prompts import SaveDialogs
from editor.ui.shell.main_window import MainWindow
from tests.gui.driver import WindowDriver
from tests.gui.window.save_fakes import FillingDisk, ScriptedPrompts


def full_disk_window(driver: WindowDriver, library: Library) -> tuple[FillingDisk, ScriptedPrompts]:
    disk = FillingDisk(library)
    prompts = ScriptedPrompts()
    driver.store_into(disk)
    driver.answer_save_questions_with(prompts)
    return disk, prompts


def test_retry_once_the_disk_has_room_saves_and_quits(
    driver: WindowDriver, sample_library: Library
) -> None:
    disk, prompts = full_disk_window(driver, sample_library)
    article_id = driver.article_id
    driver.type(" Letzter Satz")
    prompts.quit_answers = [QuitChoice.RETRY]
    prompts.on_quit_question = lambda: setattr(disk, "full", False)
    assert driver.quit()
    assert prompts.asked_on_quit == ["the disk is full"]
    assert not driver.window.isVisible()
    assert "Letzter Satz" in sample_library.get(article_id).body


def test_cancel_keeps_the_window_open_with_the_text_queued(
    driver: WindowDriver, sample_library: Library
) -> None:
    disk, prompts = full_disk_window(driver, sample_library)
    article_id = driver.article_id
    driver.type(" Noch offen")
    prompts.quit_answers = [QuitChoice.CANCEL]
    assert not driver.quit()
    assert driver.window.isVisible()
    assert driver.save_label() == "Not saved: the disk is full"
    assert "Noch offen" not in sample_library.get(article_id).body
    assert "Noch offen" in driver.text(), "the text stays in the window"
    disk.full = False
    assert driver.quit()
    assert "Noch offen" in sample_library.get(article_id).body


def test_save_a_copy_as_writes_the_article_to_a_file(
    driver: WindowDriver, sample_library: Library, tmp_path: Path
) -> None:
    _disk, prompts = full_disk_window(driver, sample_library)
    driver.type(" Gerettet in eine Datei")
    prompts.quit_answers = [QuitChoice.SAVE_COPY]
    target = tmp_path / "rescued.md"
    prompts.copy_paths = [target]
    headline = driver.text("headline")
    assert driver.quit()
    text = target.read_text("utf-8")
    assert text.startswith("---\n") and "Gerettet in eine Datei" in text
    assert headline and headline in text


def test_quit_anyway_closes_without_a_traceback(
    driver: WindowDriver, sample_library: Library
) -> None:
    disk, prompts = full_disk_window(driver, sample_library)
    driver.type(" Verworfen")
    prompts.quit_answers = [QuitChoice.QUIT_ANYWAY]
    assert driver.quit()
    assert prompts.asked_on_quit == ["the disk is full"]
    assert not driver.is_saving()
    attempts = disk.attempts
    assert attempts > 0
    driver.quit()  # run_gui closes the window once more after the loop ends
    assert disk.attempts == attempts


def test_a_save_failing_while_quitting_is_not_lost(
    driver: WindowDriver, sample_library: Library, tmp_path: Path
) -> None:
    """The worker's failure report would be queued to a loop that no longer runs: the
    quit settles the job itself, so its text is still there to be rescued."""
    _disk, prompts = full_disk_window(driver, sample_library)
    driver.type(" Im Flug")
    driver.save()  # the worker takes the snapshot and fails ...
    prompts.quit_answers = [QuitChoice.SAVE_COPY]
    target = tmp_path / "in-flight.txt"
    prompts.copy_paths = [target]
    assert driver.quit()  # ... before its report is delivered
    assert "Im Flug" in target.read_text("utf-8")


def test_the_quit_question_offers_retry_copy_and_quit_anyway(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialogs = SaveDialogs(main_window)
    seen: dict[str, Any] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        (quit_anyway,) = [b for b in box.findChildren(QPushButton) if "Quit" in b.text()]
        quit_anyway.click()

    QTimer.singleShot(0, answer)
    assert dialogs.ask_on_quit("the disk is full") is QuitChoice.QUIT_ANYWAY
    assert sorted(seen["buttons"]) == ["&Quit Anyway", "&Retry", "Cancel", "Save a &Copy As…"]
    assert "the disk is full" in str(seen["text"])
    assert seen["format"] == Qt.TextFormat.PlainText


def test_the_quit_question_offers_save_library_as_when_the_library_is_gone(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialogs = SaveDialogs(main_window)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        (save_library,) = [b for b in box.findChildren(QPushButton) if "Library" in b.text()]
        save_library.click()

    QTimer.singleShot(0, answer)
    choice = dialogs.ask_on_quit("the library file was moved or deleted", library_gone=True)
    assert choice is QuitChoice.SAVE_LIBRARY
    assert "Save &Library As…" in seen and "&Quit Anyway" in seen
