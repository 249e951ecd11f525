"""The find bar's match count ("3 of 12", "No matches"): while typing and stepping,
agreeing with stepping on umlauts, ß and positions, after replacing, and recounted
after a pause in body edits only while the bar is open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing import find_replace_bar
from editor.ui.editing.find_replace_bar import FindReplaceBar
from tests.gui.editing.find_bar_setup import (
    GERMAN,
    body_with_find_bar,
    open_bar,
    selection,
    type_into,
)


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    """A body editor with its find bar below it in one window, as the main window does."""
    _window, body = body_with_find_bar(qtbot)
    yield body  # the window stays referenced until the test ends


def visited_by_stepping(bar: FindReplaceBar, editor: BodyEditor) -> list[tuple[int, int]]:
    """Every selection find_next visits from the document start until it comes round."""
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen: list[tuple[int, int]] = []
    while bar.find_next():
        cursor = editor.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        if span in seen:
            break
        seen.append(span)
    return sorted(seen)


def test_count_while_typing_and_stepping(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, text=GERMAN)
    type_into(bar.find_field, "ü")
    assert bar.status_text() == "1 of 7"  # not the ä of "fährt"
    qtbot.keyClicks(bar.find_field, "ber")
    assert bar.status_text() == "1 of 7"
    shown = []
    for _ in range(7):
        qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
        shown.append(bar.status_text())
    assert shown == [f"{n} of 7" for n in range(2, 8)] + ["1 of 7"]  # wrapped round
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_text() == "7 of 7"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert bar.status_text() == "1 of 7"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert selection(editor) == (29, "über")  # after the bicycle: a document position
    assert bar.status_text() == "2 of 7"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_text() == "1 of 7"
    bar.find_previous()
    assert bar.status_text() == "7 of 7"  # wrapped backwards
    assert selection(editor) == (72, "über")


@pytest.mark.parametrize(
    ("query", "case", "whole", "total"),
    [
        ("über", False, False, 7),
        ("über", False, True, 5),
        ("über", True, False, 3),
        ("Straße", False, False, 2),
        ("Straße", False, True, 1),
        ("straße", True, False, 0),
        ("STRASSE", False, False, 1),  # ß is no "ss" to QTextDocument.find
        ("ß", False, False, 3),  # ẞ is a capital ß
        ("ß", True, False, 2),
        ("ß", False, True, 1),
        ("e", False, False, 12),
    ],
)
def test_count_agrees_with_stepping(
    qtbot: QtBot, editor: BodyEditor, query: str, case: bool, whole: bool, total: int
) -> None:
    bar = open_bar(editor, text=GERMAN)
    bar.match_case_box.setChecked(case)
    bar.whole_word_box.setChecked(whole)
    type_into(bar.find_field, query)
    assert len(bar.matches()) == total
    assert visited_by_stepping(bar, editor) == [(start, end) for _f, start, end in bar.matches()]
    if total:
        assert bar.status_text() == f"1 of {total}"
    else:
        assert bar.status_text() == "No matches"


def test_toggling_options_recounts(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "cat")
    assert bar.status_text() == "1 of 5"
    bar.match_case_box.setChecked(True)
    assert bar.status_text() == "1 of 3"  # catalog, cat., cat
    bar.whole_word_box.setChecked(True)
    assert bar.status_text() == "1 of 2"
    bar.match_case_box.setChecked(False)
    assert selection(editor) == (12, "cat")
    assert bar.status_text() == "2 of 4"  # Cat, cat, CAT, cat


def test_count_after_replacing(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, replace=True)
    bar.whole_word_box.setChecked(True)
    qtbot.keyClicks(bar.find_field, "cat")
    bar.replace_field.setText("dog")
    assert bar.status_text() == "1 of 4"
    assert bar.replace_current()
    assert bar.status_text() == "1 of 3"  # the next match, of the three left
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.replace_current()
    assert selection(editor) == (31, "cat")
    assert bar.status_text() == "2 of 2"
    assert bar.replace_all() == 2
    assert bar.status_text() == "Replaced 2 time(s)"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.status_text() == "No matches"
    editor.undo()
    qtbot.waitUntil(lambda: bar.status_text() == "2 matches")


def test_replace_all_with_the_query_in_the_replacement(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(editor, replace=True)
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("a cat")
    assert bar.replace_all() == 4
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    bar.find_next()
    assert selection(editor) == (2, "cat")
    assert bar.status_text() == "1 of 4"


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The query of every count the find bar makes, in order."""
    calls: list[str] = []
    counting = find_replace_bar.find_all

    def counted(
        document: QTextDocument, query: str, flags: QTextDocument.FindFlag
    ) -> list[tuple[int, int]]:
        calls.append(query)
        return counting(document, query, flags)

    monkeypatch.setattr(find_replace_bar, "find_all", counted)
    return calls


def test_editing_the_body_recounts_while_the_bar_is_open(
    qtbot: QtBot, editor: BodyEditor, counts: list[str]
) -> None:
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "cat")
    assert bar.status_text() == "1 of 5"
    counts.clear()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Cat and cat")
    assert counts == []  # no recount per keystroke ...
    qtbot.waitUntil(lambda: bar.status_text() == "7 matches")  # ... one after the pause
    assert counts == ["cat"]
    editor.setTextCursor(
        editor.document().find("CAT", 0, QTextDocument.FindFlag.FindCaseSensitively)
    )
    assert bar.status_text() == "4 of 7"  # the selection moved, the count stands
    assert counts == ["cat"]


def test_hidden_bar_does_not_count(qtbot: QtBot, editor: BodyEditor, counts: list[str]) -> None:
    bar = open_bar(editor)
    qtbot.keyClicks(bar.find_field, "cat")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    counts.clear()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " cat cat")
    assert counts == []
    assert not bar._recount_timer.isActive()  # nothing scheduled either
    editor.show_find(replace=False)
    assert counts == ["cat"]
    assert bar.status_text() == "7 matches"
