"""The find/replace bar: case, whole words, next/previous with wrap, replace,
replace all as one undo step, Esc, the match count ("3 of 12", "No matches"), and a
layout that gives the fields the room in a narrow column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from editor.ui.body_editor import BodyEditor
from editor.ui.editing import find_replace_bar
from editor.ui.editing.find_replace_bar import FindReplaceBar

# The offscreen platform warns when a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = "Cat catalog cat. CAT scan; the cat sat."


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    """A body editor with its find bar below it in one window, as the main window does."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    body = BodyEditor()
    layout.addWidget(body)
    layout.addWidget(body.find_bar())
    window.show()
    qtbot.waitExposed(window)
    body.setFocus()
    yield body  # the window stays referenced until the test ends


def open_bar(qtbot: QtBot, editor: BodyEditor, replace: bool = False) -> FindReplaceBar:
    editor.setPlainText(TEXT)
    editor.show_find(replace)
    return editor.find_bar()


def selection(editor: BodyEditor) -> tuple[int, str]:
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_find_next_wraps_and_previous(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    assert bar.isVisible()
    assert not bar.is_replacing()
    qtbot.keyClicks(bar.find_field, "cat")
    assert selection(editor) == (0, "Cat")  # found while typing, case-insensitive
    starts = []
    for _ in range(6):
        assert bar.find_next()
        starts.append(selection(editor)[0])
    assert starts == [4, 12, 17, 31, 0, 4]
    assert bar.find_previous()
    assert selection(editor)[0] == 0
    assert bar.find_previous()
    assert selection(editor)[0] == 31  # wrapped backwards


def test_match_case_and_whole_words(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    bar.find_field.setText("cat")
    bar.match_case_box.setChecked(True)
    assert selection(editor) == (4, "cat")  # toggling re-searches: "catalog"
    bar.whole_word_box.setChecked(True)
    assert selection(editor) == (12, "cat")
    found = []
    for _ in range(3):
        bar.find_next()
        found.append(selection(editor))
    assert found == [(31, "cat"), (12, "cat"), (31, "cat")]


def test_no_matches_is_shown(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    qtbot.keyClicks(bar.find_field, "dog")
    assert bar.status_text() == "No matches"
    assert bar.find_field.property("noMatches") is True
    assert not bar.find_next()
    assert bar.status_text() == "No matches"
    bar.find_field.clear()
    qtbot.keyClicks(bar.find_field, "sat")
    assert bar.status_text() == "1 of 1"
    assert bar.find_field.property("noMatches") is False
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    assert bar.status_text() == ""  # no query, no count


def test_replace_one_by_one(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor, replace=True)
    assert bar.is_replacing()
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("dog")
    bar.find_next()
    assert selection(editor)[1] == "cat"
    assert bar.replace_current()
    assert editor.toPlainText() == "Cat catalog dog. CAT scan; the cat sat."
    assert selection(editor) == (17, "CAT")  # moved on to the next match


def select_span(editor: BodyEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_replace_takes_only_a_selection_stepping_counts(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor, replace=True)
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("dog")
    select_span(editor, 4, 7)  # "cat" of "catalog": no whole word
    assert (4, 7) not in bar.matches()
    assert not bar.replace_current()
    assert editor.toPlainText() == TEXT
    assert selection(editor) == (12, "cat")  # found the next whole word instead
    bar.match_case_box.setChecked(True)
    select_span(editor, 17, 20)  # "CAT" with match case on
    assert not bar.replace_current()
    assert editor.toPlainText() == TEXT
    assert selection(editor) == (31, "cat")
    assert bar.replace_current()
    assert editor.toPlainText() == "Cat catalog cat. CAT scan; the dog sat."


def test_replace_agrees_with_counting_on_sharp_s(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.setPlainText(GERMAN)
    editor.show_find(replace=True)
    bar = editor.find_bar()
    type_into(bar.find_field, "Straße")
    bar.replace_field.setText("Weg")
    start = GERMAN.index("STRASSE") + 1  # the bicycle takes two document positions
    select_span(editor, start, start + len("STRASSE"))
    assert selection(editor)[1] == "STRASSE"  # casefolds to "strasse", as "Straße" does
    assert not bar.replace_current()
    assert editor.toPlainText() == GERMAN


def test_replace_all_is_one_undo_step(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor, replace=True)
    bar.find_field.setText("cat")
    bar.whole_word_box.setChecked(True)
    bar.replace_field.setText("a cat")  # the replacement contains the query
    assert bar.replace_all() == 4
    assert editor.toPlainText() == "a cat catalog a cat. a cat scan; the a cat sat."
    assert "4" in bar.status_text()
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_replace_all_keeps_formatting_around(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("**bold cat** and cat\n")
    bar = editor.find_bar()
    bar.find_field.setText("cat")
    bar.replace_field.setText("dog")
    bar.replace_all()
    assert editor.toPlainText() == "bold dog and dog"
    assert "**bold dog** and dog" in editor.markdown()


def test_escape_closes_and_returns_focus(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    bar.show()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_a_query_that_stops_matching_leaves_no_stale_match(
    qtbot: QtBot, editor: BodyEditor
) -> None:
    editor.setPlainText("The hat and the hall.")
    editor.show_find(replace=True)
    bar = editor.find_bar()
    bar.replace_field.setText("X")
    qtbot.keyClicks(bar.find_field, "Ha")
    assert selection(editor) == (4, "ha")
    qtbot.keyClicks(bar.find_field, "u")
    assert bar.status_text() == "No matches"
    assert selection(editor) == (4, "")  # the cursor stays where the match started
    assert not bar.replace_current()
    assert editor.toPlainText() == "The hat and the hall."
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    assert selection(editor) == (4, "ha")
    bar.match_case_box.setChecked(True)  # an option can end the matching too
    assert selection(editor) == (4, "")


def test_selection_seeds_the_query(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.setPlainText(TEXT)
    editor.setTextCursor(editor.document().find("scan"))
    bar = editor.find_bar()
    editor.show_find(replace=False)
    assert bar.find_field.text() == "scan"


# -- the match count -------------------------------------------------------------------

# Two paragraphs (U+2029 between them in the document), umlauts, ß and capital ẞ, and a
# character outside the BMP: QTextDocument counts it as two positions, Python as one.
GERMAN = "Über die Straße fährt ein 🚲 über Straßen.\nÜBERALL Überfluss, über ÜBER über STRASSE ẞ."


def type_into(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key as a keyboard layout with umlauts would (QTest's
    keyClicks knows ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def open_german(editor: BodyEditor) -> FindReplaceBar:
    editor.setPlainText(GERMAN)
    editor.show_find(replace=False)
    return editor.find_bar()


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
    bar = open_german(editor)
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
    bar = open_german(editor)
    bar.match_case_box.setChecked(case)
    bar.whole_word_box.setChecked(whole)
    type_into(bar.find_field, query)
    assert len(bar.matches()) == total
    assert visited_by_stepping(bar, editor) == bar.matches()
    if total:
        assert bar.status_text() == f"1 of {total}"
    else:
        assert bar.status_text() == "No matches"


def test_toggling_options_recounts(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
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
    bar = open_bar(qtbot, editor, replace=True)
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
    bar = open_bar(qtbot, editor, replace=True)
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
    bar = open_bar(qtbot, editor)
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
    bar = open_bar(qtbot, editor)
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


# -- the bar's own buttons and its layout ----------------------------------------------


def test_icon_buttons_step_and_toggle(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    qtbot.keyClicks(bar.find_field, "cat")
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.status_text() == "2 of 5"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.status_text() == "1 of 5"
    qtbot.mouseClick(bar.match_case_box, Qt.MouseButton.LeftButton)
    assert bar.match_case_box.isChecked() and bar.status_text() == "1 of 3"
    bar.find_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.find_field)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(bar.find_field, Qt.Key.Key_W, alt)
    assert bar.whole_word_box.isChecked() and bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_N, alt)
    assert bar.status_text() == "2 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_P, alt)
    assert bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_C, alt)
    assert not bar.match_case_box.isChecked() and bar.status_text() == "2 of 4"
    assert QApplication.focusWidget() is bar.find_field  # the Alt keys leave it there
    assert bar.find_field.text() == "cat"


def test_tooltips_name_the_keys(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    assert bar.previous_button.toolTip() == "Previous match (Shift+F3)"
    assert bar.next_button.toolTip() == "Next match (F3)"
    assert bar.match_case_box.toolTip() == "Match case (Alt+C)"
    assert bar.whole_word_box.toolTip() == "Whole words (Alt+W)"
    # Where the window's actions own the keys, the tooltips show what they use now.
    find_next = QAction(editor.window())
    find_next.setObjectName("edit.find_next")
    find_next.setShortcut("F4")
    editor.set_window_owns_shortcuts(True)
    bar.close_bar()
    editor.show_find(replace=False)
    assert bar.next_button.toolTip() == "Next match (F4)"
    assert bar.previous_button.toolTip() == "Previous match (Shift+Enter)"  # no action
    find_next.setShortcut("F6")  # changed while the bar is open: read when the tip shows
    tip = QEvent(QEvent.Type.ToolTip)  # (not sent: showing a tip warns offscreen)
    assert not bar.eventFilter(bar.next_button, tip)
    assert bar.next_button.toolTip() == "Next match (F6)"


def test_icons_follow_the_palette(qtbot: QtBot, editor: BodyEditor) -> None:
    bar = open_bar(qtbot, editor)
    palette = editor.window().palette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#c00000"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#00a000"))
    editor.window().setPalette(palette)  # as a theme switch sets the application's
    for button in (bar.previous_button, bar.next_button, bar.match_case_box, bar.whole_word_box):
        for mode, colour in ((QIcon.Mode.Normal, "#c00000"), (QIcon.Mode.Disabled, "#00a000")):
            image = button.icon().pixmap(QSize(24, 24), 1.0, mode).toImage()
            pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
            assert {pixel.name() for pixel in pixels if pixel.alpha() == 255} == {colour}


def assert_fits(bar: FindReplaceBar, width: int) -> None:
    """The fields get the room, and every shown part of the bar its size hint, inside."""
    layout = bar.layout()
    assert layout is not None
    layout.activate()  # lay out a row just shown and the latest status now
    assert bar.width() == width
    assert bar.find_field.width() >= min(160 + width - 580, find_replace_bar.FIELD_MAX_WIDTH)
    shown = [child for child in bar.findChildren(QWidget) if child.parent() is bar]
    shown = [child for child in shown if child.isVisible()]
    assert len(shown) == (10 if bar.is_replacing() else 7)
    if bar.is_replacing():
        assert bar.replace_field.width() == bar.find_field.width()
    for child in shown:
        hint, name = child.sizeHint(), child.objectName() or child.metaObject().className()
        assert bar.rect().contains(child.geometry()), name
        assert child.width() >= hint.width() and child.height() >= hint.height(), name


@pytest.mark.parametrize("width", [580, 1000])
def test_fields_get_the_room_and_nothing_is_clipped(
    qtbot: QtBot, editor: BodyEditor, width: int
) -> None:
    """580 px is the body's column in a 1024 px window with both side panels open."""
    window = editor.window()
    window.setFixedWidth(width)
    window_layout = window.layout()
    assert window_layout is not None
    window_layout.setContentsMargins(0, 0, 0, 0)
    bar = open_bar(qtbot, editor)
    qtbot.keyClicks(bar.find_field, "cat")
    assert_fits(bar, width)
    editor.show_find(replace=True)
    bar.replace_field.setText("dog")
    assert_fits(bar, width)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_End)
    qtbot.keyClicks(bar.find_field, "x")
    assert bar.status_text() == "No matches"
    assert_fits(bar, width)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    bar.replace_all()
    assert bar.status_text() == "Replaced 5 time(s)"  # the longest status
    assert_fits(bar, width)
