"""Finding, counting and replacing the matches of a query in a QTextDocument, with the
find bar's options (match case, whole words). No widgets: the find bar calls these with
its editor's document and cursor positions.

Everything here goes through ``QTextDocument.find``, so the matches that are counted,
the ones stepping visits and the ones replaced agree on case (ß and ẞ, umlauts), whole
words, paragraph ends and positions (a character outside the BMP takes two) by
construction: nothing is searched a second way in Python.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtGui import QTextCursor, QTextDocument

# ``(start, end)`` of one match, in document positions.
Match = tuple[int, int]
# ``(field index, start, end)``: a match in one of several fields, in reading order.
FieldMatch = tuple[int, int, int]


def find_flags(
    match_case: bool, whole_words: bool, backward: bool = False
) -> QTextDocument.FindFlag:
    """The ``QTextDocument.find`` flags for the find bar's options and a direction."""
    flags = QTextDocument.FindFlag(0)
    if match_case:
        flags |= QTextDocument.FindFlag.FindCaseSensitively
    if whole_words:
        flags |= QTextDocument.FindFlag.FindWholeWords
    if backward:
        flags |= QTextDocument.FindFlag.FindBackward
    return flags


def find_all(document: QTextDocument, query: str, flags: QTextDocument.FindFlag) -> list[Match]:
    """``(start, end)`` of every match of ``query`` in document order: the matches
    stepping forward from the document start visits (non-overlapping). ``flags`` must not
    include FindBackward."""
    matches: list[Match] = []
    if not query:
        return matches
    found = document.find(query, 0, flags)
    while not found.isNull():
        end = found.selectionEnd()
        matches.append((found.selectionStart(), end))
        found = document.find(query, end, flags)
    return matches


def find_across(
    documents: Sequence[QTextDocument],
    query: str,
    index: int,
    position: int,
    flags: QTextDocument.FindFlag,
) -> tuple[int, QTextCursor] | None:
    """The next match from ``position`` in ``documents[index]`` in the direction of
    ``flags`` (backward with FindBackward), going on into the following (preceding)
    documents and wrapping round from the last to the first (the first to the last):
    ``(document index, match)``, or None when the query matches nowhere."""
    found = documents[index].find(query, position, flags)
    if not found.isNull():
        return index, found
    backward = bool(flags & QTextDocument.FindFlag.FindBackward)
    count = len(documents)
    for step in range(1, count + 1):
        other = (index - step if backward else index + step) % count
        document = documents[other]
        found = document.find(query, document.characterCount() - 1 if backward else 0, flags)
        if not found.isNull():
            return other, found
    return None


def is_match(
    document: QTextDocument, query: str, start: int, end: int, flags: QTextDocument.FindFlag
) -> bool:
    """Whether ``start``-``end`` is a match: the search that stepping and counting make,
    run from ``start``, finds exactly that span (so whole words and case agree). An
    empty span or query is no match."""
    if not query or start == end:
        return False
    found = document.find(query, start, flags)
    return not found.isNull() and (found.selectionStart(), found.selectionEnd()) == (start, end)


def match_index(matches: list[FieldMatch], span: FieldMatch) -> int | None:
    """Where ``span`` stands in ``matches`` (as :func:`find_all` lists them, in document
    order), or None when it is no match."""
    index = bisect_left(matches, span)
    if index < len(matches) and matches[index] == span:
        return index
    return None


def replace_all_matches(
    document: QTextDocument, query: str, replacement: str, flags: QTextDocument.FindFlag
) -> int:
    """Replace every match of ``query`` with ``replacement`` in one undo step, keeping
    the formatting around each; returns how many were replaced. The search goes on after
    each replacement, so a replacement that contains the query is not replaced again."""
    if not query:
        return 0
    count = 0
    edit = QTextCursor(document)
    edit.beginEditBlock()
    found = document.find(query, 0, flags)
    while not found.isNull():
        found.insertText(replacement)
        count += 1
        found = document.find(query, found.position(), flags)
    edit.endEditBlock()
    return count
