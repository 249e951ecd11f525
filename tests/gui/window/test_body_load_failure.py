"""A body that cannot be loaded: whatever fails on the way, the article stays as stored.
It is shown read-only with the reason, typing changes nothing, nothing is autosaved, and
the next article opens for editing again."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from editor.formats.body import Block
from editor.storage.library import Library
from editor.ui.article.body_editor import BodyEditor
from editor.ui.body import html_loading
from tests.gui.body.window_path import open_in_window, store_article, type_and_store
from tests.gui.driver import WindowDriver

BODY = "Erster Absatz.\n\n1. Besucher\n2. Gäste\n\nLetzter Absatz."


def _half_then_fail(document: QTextDocument, blocks: Sequence[Block]) -> None:
    """Build half of the document, then fail as a loader bug would."""
    cursor = QTextCursor(document)
    for block in blocks[: len(blocks) // 2]:
        cursor.insertText(block.text)
    raise OverflowError("int too large to convert to C int")


@pytest.fixture
def failing_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_loading, "load_blocks", _half_then_fail)


def test_a_failed_load_is_read_only_with_a_clear_message(
    driver: WindowDriver, sample_library: Library, failing_loader: None
) -> None:
    open_in_window(driver, store_article(sample_library, BODY))
    load_error = driver.body_load_error()
    assert load_error is not None
    assert "OverflowError" in load_error
    assert driver.is_read_only("body")
    assert driver.is_read_only("headline")
    assert driver.body_notice().isVisible()
    assert "read-only" in driver.body_notice().text()
    assert driver.text() == BODY  # the stored text, all of it


def test_typing_after_a_failed_load_never_stores_anything(
    driver: WindowDriver, sample_library: Library, failing_loader: None
) -> None:
    article_id = store_article(sample_library, BODY)
    before = sample_library.get(article_id)
    open_in_window(driver, article_id)
    type_and_store(driver, " getippt")
    assert driver.text() == BODY, "typing changed nothing"
    driver.type("Neu", into="headline")
    assert driver.text("headline") == before.headline
    driver.store_everything()
    after = sample_library.get(article_id)
    assert after.body == BODY
    assert after.version == before.version
    assert not driver.has_unsaved_edits()


def test_the_stored_body_is_what_the_editor_gives_back(qtbot: QtBot, failing_loader: None) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(BODY)
    assert editor.markdown() == BODY


def test_the_next_article_opens_for_editing_again(
    driver: WindowDriver, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = store_article(sample_library, BODY)
    fine = store_article(sample_library, "Alles gut.")
    real_loader = html_loading.load_blocks
    monkeypatch.setattr(html_loading, "load_blocks", _half_then_fail)
    open_in_window(driver, broken)
    assert driver.body_load_error() is not None
    monkeypatch.setattr(html_loading, "load_blocks", real_loader)
    open_in_window(driver, fine)
    assert driver.body_load_error() is None
    assert not driver.is_read_only("body")
    assert not driver.is_read_only("headline")
    assert not driver.body_notice().isVisible()
    type_and_store(driver, " Nachtrag")
    assert sample_library.get(fine).body == "Alles gut. Nachtrag"


def test_list_numbers_beyond_qt_open_without_failing(
    driver: WindowDriver, sample_library: Library
) -> None:
    article_id = store_article(sample_library, "2147483648. Besucher")
    open_in_window(driver, article_id)
    assert driver.body_load_error() is None
    type_and_store(driver, " heute")
    assert sample_library.get(article_id).body == "2147483648. Besucher heute"
