"""A library moved or deleted while the window has it open: saving stops and says so in
words, nothing is written beside the vanished file, and the library can be saved
elsewhere (everything in it, plus what was typed since) to go on working there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.storage.save_failures import FailureKind
from editor.ui.main_window import MainWindow
from editor.ui.session.save_coordinator import QuitChoice
from editor.ui.session.save_prompts import SaveDialogs
from tests.gui.window.save_fakes import ScriptedPrompts

GONE = "Not saved: the library file was moved or deleted"


@pytest.fixture
def rescued_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "rescued" / "rescued.sqlite"


def type_and_fail(qtbot: QtBot, main_window: MainWindow, text: str) -> None:
    QTest.keyClicks(main_window.form.body, text)
    with qtbot.waitSignal(main_window.autosaver.save_failed, timeout=5000) as failure:
        main_window.autosaver.save_now()
    assert failure.args[0].kind is FailureKind.LIBRARY_GONE
    assert main_window.save_state_label.text() == GONE
    assert main_window.statusBar().currentMessage() == GONE


def test_moved_library_stops_saving_and_is_saved_elsewhere(
    qtbot: QtBot,
    main_window: MainWindow,
    sample_library: Library,
    sample_library_path: Path,
    rescued_path: Path,
) -> None:
    prompts = ScriptedPrompts(library_paths=[rescued_path])
    main_window.save_coordinator.prompts = prompts
    article_id = main_window.article.id
    count = len(sample_library.list_articles())
    moved = sample_library_path.with_name("moved.sqlite")
    sample_library_path.rename(moved)
    type_and_fail(qtbot, main_window, " Nach dem Umzug")
    assert prompts.offers == ["sample"]
    assert not main_window.save_state_label.text().startswith("Saved")
    rescued_path.parent.mkdir()
    assert main_window.save_coordinator.save_library_elsewhere()
    library = main_window.library
    assert library is not None and library.path == rescued_path
    qtbot.waitUntil(lambda: "Nach dem Umzug" in library.get(article_id).body, timeout=5000)
    assert len(library.list_articles()) == count
    assert main_window.library_label.text() == "Library: rescued"
    main_window.close()
    library.close()
    assert not sample_library_path.exists(), "nothing was created under the old name"


def test_deleted_library_offers_save_as_in_the_window(
    qtbot: QtBot,
    main_window: MainWindow,
    sample_library: Library,
    sample_library_path: Path,
    rescued_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialogs = main_window.save_coordinator.prompts
    assert isinstance(dialogs, SaveDialogs)
    monkeypatch.setattr(dialogs, "ask_library_path", lambda _name: rescued_path)
    article_id = main_window.article.id
    sample_library_path.unlink()
    type_and_fail(qtbot, main_window, " Nach dem Loeschen")
    notice = main_window.findChild(QLabel, "saveNoticeText")
    assert notice is not None and notice.isVisible()
    assert "“sample” was moved or deleted" in notice.text()
    button = main_window.findChild(QToolButton, "saveNoticeAction")
    assert button is not None and button.text() == "Save Library As…"
    rescued_path.parent.mkdir()
    button.click()
    library = main_window.library
    assert library is not None and library.path == rescued_path
    qtbot.waitUntil(lambda: "Nach dem Loeschen" in library.get(article_id).body, timeout=5000)
    main_window.close()
    library.close()


def test_quitting_after_the_library_vanished_offers_to_save_it_elsewhere(
    qtbot: QtBot,
    main_window: MainWindow,
    sample_library_path: Path,
    rescued_path: Path,
) -> None:
    prompts = ScriptedPrompts(library_paths=[rescued_path])
    prompts.quit_answers = [QuitChoice.SAVE_LIBRARY]
    main_window.save_coordinator.prompts = prompts
    article_id = main_window.article.id
    sample_library_path.unlink()
    QTest.keyClicks(main_window.form.body, " Kurz vor Feierabend")
    rescued_path.parent.mkdir()
    assert main_window.close()
    assert prompts.asked_on_quit == ["the library file was moved or deleted [library gone]"]
    library = main_window.library
    assert library is not None and library.path == rescued_path
    assert "Kurz vor Feierabend" in library.get(article_id).body
    library.close()


def test_save_library_as_on_a_healthy_library_takes_the_latest_text_along(
    qtbot: QtBot, main_window: MainWindow, rescued_path: Path
) -> None:
    main_window.save_coordinator.prompts = ScriptedPrompts(library_paths=[rescued_path])
    article_id = main_window.article.id
    QTest.keyClicks(main_window.form.body, " Frisch getippt")
    main_window.autosaver.save_now()  # still running when the library is copied
    rescued_path.parent.mkdir()
    assert main_window.save_coordinator.save_library_elsewhere()
    library = main_window.library
    assert library is not None and library.path == rescued_path
    assert "Frisch getippt" in library.get(article_id).body
    QTest.keyClicks(main_window.form.body, " und weiter")
    main_window.close()
    assert "und weiter" in library.get(article_id).body
    library.close()


def test_deleting_after_the_library_file_vanished_says_so_and_keeps_the_article(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = main_window.article.id
    count = len(sample_library.list_articles())
    sample_library_path.rename(sample_library_path.with_name("moved.sqlite"))
    main_window.delete_current_article()
    qtbot.waitUntil(
        lambda: (
            main_window.statusBar().currentMessage()
            == "Not deleted: the library file was moved or deleted"
        )
    )
    assert main_window.article.id == article_id
    assert len(sample_library.list_articles()) == count
