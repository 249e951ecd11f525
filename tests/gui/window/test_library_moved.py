"""A library moved or deleted while the window has it open: saving stops and says so in
words, nothing is written beside the vanished file, and the library can be saved
elsewhere (everything in it, plus what was typed since) to go on working there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.storage.save_failures import FailureKind
from editor.ui.session.save_coordinator import QuitChoice
from editor.ui.session.save_prompts import SaveDialogs
from tests.gui.driver import WindowDriver
from tests.gui.window.save_fakes import ScriptedPrompts

GONE = "Not saved: the library file was moved or deleted"


@pytest.fixture
def rescued_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "rescued" / "rescued.sqlite"


def type_and_fail(driver: WindowDriver, text: str) -> None:
    driver.type(text)
    failure = driver.save_failure(driver.save)
    assert failure.kind is FailureKind.LIBRARY_GONE
    assert driver.save_label() == GONE
    assert driver.status() == GONE


def test_moved_library_stops_saving_and_is_saved_elsewhere(
    qtbot: QtBot,
    driver: WindowDriver,
    sample_library: Library,
    sample_library_path: Path,
    rescued_path: Path,
) -> None:
    prompts = ScriptedPrompts(library_paths=[rescued_path])
    driver.answer_save_questions_with(prompts)
    article_id = driver.article_id
    count = len(sample_library.list_articles())
    moved = sample_library_path.with_name("moved.sqlite")
    sample_library_path.rename(moved)
    type_and_fail(driver, " Nach dem Umzug")
    assert prompts.offers == ["sample"]
    assert not driver.save_label().startswith("Saved")
    rescued_path.parent.mkdir()
    driver.trigger("library.save_as")
    library = driver.current_library()
    assert library is not None and library.path == rescued_path
    qtbot.waitUntil(lambda: "Nach dem Umzug" in library.get(article_id).body, timeout=5000)
    assert len(library.list_articles()) == count
    assert driver.library_label() == "Library: rescued"
    assert driver.quit()
    library.close()
    assert not sample_library_path.exists(), "nothing was created under the old name"


def test_deleted_library_offers_save_as_in_the_window(
    qtbot: QtBot,
    driver: WindowDriver,
    sample_library_path: Path,
    rescued_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialogs = driver.save_questions()
    assert isinstance(dialogs, SaveDialogs)
    monkeypatch.setattr(dialogs, "ask_library_path", lambda _name: rescued_path)
    article_id = driver.article_id
    sample_library_path.unlink()
    type_and_fail(driver, " Nach dem Loeschen")
    notice = driver.save_notice()
    assert notice is not None and notice.isVisible()
    assert "“sample” was moved or deleted" in notice.text()
    button = driver.window.findChild(QToolButton, "saveNoticeAction")
    assert button is not None and button.text() == "Save Library As…"
    rescued_path.parent.mkdir()
    driver.click(button)
    library = driver.current_library()
    assert library is not None and library.path == rescued_path
    qtbot.waitUntil(lambda: "Nach dem Loeschen" in library.get(article_id).body, timeout=5000)
    assert driver.quit()
    library.close()


def test_quitting_after_the_library_vanished_offers_to_save_it_elsewhere(
    driver: WindowDriver, sample_library_path: Path, rescued_path: Path
) -> None:
    prompts = ScriptedPrompts(library_paths=[rescued_path])
    prompts.quit_answers = [QuitChoice.SAVE_LIBRARY]
    driver.answer_save_questions_with(prompts)
    article_id = driver.article_id
    sample_library_path.unlink()
    driver.type(" Kurz vor Feierabend")
    rescued_path.parent.mkdir()
    assert driver.quit()
    assert prompts.asked_on_quit == ["the library file was moved or deleted [library gone]"]
    library = driver.current_library()
    assert library is not None and library.path == rescued_path
    assert "Kurz vor Feierabend" in library.get(article_id).body
    library.close()


def test_save_library_as_on_a_healthy_library_takes_the_latest_text_along(
    driver: WindowDriver, rescued_path: Path
) -> None:
    driver.answer_save_questions_with(ScriptedPrompts(library_paths=[rescued_path]))
    article_id = driver.article_id
    driver.type(" Frisch getippt")
    driver.save()  # still running when the library is copied
    rescued_path.parent.mkdir()
    driver.trigger("library.save_as")
    library = driver.current_library()
    assert library is not None and library.path == rescued_path
    assert "Frisch getippt" in library.get(article_id).body
    driver.type(" und weiter")
    assert driver.quit()
    assert "und weiter" in library.get(article_id).body
    library.close()


def test_deleting_after_the_library_file_vanished_says_so_and_keeps_the_article(
    driver: WindowDriver, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = driver.article_id
    count = len(sample_library.list_articles())
    sample_library_path.rename(sample_library_path.with_name("moved.sqlite"))
    driver.delete_article()
    assert driver.status() == "Not deleted: the library file was moved or deleted"
    assert driver.article_id == article_id
    assert len(sample_library.list_articles()) == count
