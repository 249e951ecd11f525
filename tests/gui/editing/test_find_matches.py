"""The find functions over a bare QTextDocument (no editor, no bar): options as flags,
every match, stepping that wraps round, whether a span is a match, where it stands, and
replacing all in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from editor.ui.editing.find_matches import (
    Match,
    find_across,
    find_all,
    find_flags,
    is_match,
    match_index,
    replace_all_matches,
)
from tests.gui.editing.find_bar_setup import GERMAN, TEXT

Flag = QTextDocument.FindFlag


@pytest.fixture
def document(qapp: QApplication) -> QTextDocument:
    return QTextDocument(TEXT)


def test_flags_follow_the_options() -> None:
    assert find_flags(False, False) == Flag(0)
    assert find_flags(True, False) == Flag.FindCaseSensitively
    assert find_flags(False, True, backward=True) == Flag.FindWholeWords | Flag.FindBackward


def test_find_all_lists_the_matches_in_document_order(document: QTextDocument) -> None:
    assert find_all(document, "cat", find_flags(False, False)) == [
        (0, 3),
        (4, 7),
        (12, 15),
        (17, 20),
        (31, 34),
    ]
    assert find_all(document, "cat", find_flags(True, True)) == [(12, 15), (31, 34)]
    assert find_all(document, "", find_flags(False, False)) == []
    assert find_all(document, "dog", find_flags(False, False)) == []


def stepped(document: QTextDocument, query: str, flags: Flag, backward: bool) -> list[Match]:
    """The spans find_across visits in one document from its start, one lap round."""
    if backward:
        flags |= Flag.FindBackward
    position, seen = 0, []
    while True:
        hit = find_across([document], query, 0, position, flags)
        if hit is None:
            return seen
        span = (hit[1].selectionStart(), hit[1].selectionEnd())
        if span in seen:
            return seen
        seen.append(span)
        position = span[0] if backward else span[1]


@pytest.mark.parametrize("backward", [False, True])
@pytest.mark.parametrize(("query", "case", "whole"), [("über", False, False), ("ß", False, True)])
def test_stepping_wraps_round_to_every_match(
    qapp: QApplication, query: str, case: bool, whole: bool, backward: bool
) -> None:
    document = QTextDocument()
    document.setPlainText(GERMAN)
    flags = find_flags(case, whole)
    visited = stepped(document, query, flags, backward)
    assert sorted(visited) == find_all(document, query, flags)
    assert visited[0] == find_all(document, query, flags)[-1 if backward else 0]


def test_nothing_to_step_to(document: QTextDocument) -> None:
    assert find_across([document], "dog", 0, 5, find_flags(False, False)) is None


@pytest.mark.parametrize("backward", [False, True])
def test_stepping_goes_on_into_the_next_document_and_wraps(
    qapp: QApplication, backward: bool
) -> None:
    documents = [QTextDocument("eins Rat"), QTextDocument("kein"), QTextDocument("Rat drei")]
    flags = find_flags(False, False, backward)
    visited = []
    index, position = 0, 0
    for _ in range(3):
        hit = find_across(documents, "rat", index, position, flags)
        assert hit is not None
        index, found = hit
        visited.append((index, found.selectionStart()))
        position = found.selectionStart() if backward else found.selectionEnd()
    assert visited == ([(2, 0), (0, 5), (2, 0)] if backward else [(0, 5), (2, 0), (0, 5)])


def test_a_span_is_a_match_only_as_the_search_finds_it(document: QTextDocument) -> None:
    whole = find_flags(False, True)
    assert is_match(document, "cat", 12, 15, whole)
    assert not is_match(document, "cat", 4, 7, whole)  # "catalog": no whole word
    assert is_match(document, "cat", 4, 7, find_flags(False, False))
    assert not is_match(document, "cat", 17, 20, find_flags(True, False))  # "CAT"
    assert not is_match(document, "cat", 12, 12, whole)  # no selection
    assert not is_match(document, "", 12, 15, whole)


def test_where_a_span_stands_among_the_matches() -> None:
    matches = [(0, 0, 3), (0, 4, 7), (0, 12, 15), (1, 0, 3)]
    assert match_index(matches, (0, 4, 7)) == 1
    assert match_index(matches, (1, 0, 3)) == 3
    assert match_index(matches, (0, 4, 6)) is None
    assert match_index(matches, (0, 20, 23)) is None
    assert match_index([], (0, 0, 3)) is None


def test_replace_all_is_one_undo_step(document: QTextDocument) -> None:
    replaced = replace_all_matches(document, "cat", "a cat", find_flags(False, True))
    assert replaced == 4  # the replacement, containing the query, is not replaced again
    assert document.toPlainText() == "a cat catalog a cat. a cat scan; the a cat sat."
    document.undo()
    assert document.toPlainText() == TEXT
    assert replace_all_matches(document, "", "x", find_flags(False, False)) == 0
    assert replace_all_matches(document, "dog", "x", find_flags(False, False)) == 0
    assert document.toPlainText() == TEXT
