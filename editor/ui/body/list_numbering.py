"""Numbering of long lists kept right while editing.

A long list is built as several QTextLists of LIST_CHUNK items, each numbered on from
the pieces before it (LIST_CONTINUES, see document_properties). Qt numbers each piece
from its own format's start, so when an item is added to or removed from a piece (Enter,
Backspace, Tab, Shift+Tab, toggling an item off, a paste or a cut), the pieces after it
would go on showing their old numbers. ChunkNumbering watches the document's changes and
gives each following piece of the changed list the start its predecessors' counts make,
as the writer numbers them (one list).

The keystroke path stays cheap: text typed or deleted inside a block (the block count
unchanged, nothing both removed and added) is passed over at once; any other change
looks at the lists of the blocks at its edges only, and does nothing unless one of them
is followed by a continuing piece. The new
starts join the edit's own undo step (undoing the edit undoes them); a change whose
starts are already right (undo, redo, loading) changes nothing.

A continuing piece with no list before it at its level (split off by a command: an item
toggled off, nested or outdented copies its piece's format) becomes a list of its own
numbered from the whole list's first number (LIST_FIRST), as a list split off one list
is, and the pieces after it number on from it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextList, QTextListFormat

from editor.ui.body.document_properties import (
    ITEM_CONTINUATION,
    LARGEST_LIST_START,
    LIST_CONTINUES,
    LIST_FIRST,
    LIST_START,
)
from editor.ui.editing.block_structure import text_list_of


def _start_of(text_list: QTextList) -> int:
    """The first number of a piece (LIST_START when Qt's int cannot hold it)."""
    list_format = text_list.format()
    if list_format.hasProperty(LIST_START):
        return int(list_format.stringProperty(LIST_START))
    return list_format.start()


def _neighbour_piece(block: QTextBlock, indent: int, forward: bool) -> QTextList | None:
    """The list at `indent` met first from `block` on (over deeper items and further
    paragraphs of items); None at a plain paragraph or a shallower list."""
    while block.isValid():
        found = text_list_of(block)
        if found is None:
            if not block.blockFormat().hasProperty(ITEM_CONTINUATION):
                return None
        else:
            found_indent = found.format().indent()
            if found_indent < indent:
                return None
            if found_indent == indent:
                return found
        block = block.next() if forward else block.previous()
    return None


def next_piece(text_list: QTextList) -> QTextList | None:
    """The piece that goes on with `text_list`: the next list at its indent, after the
    deeper items and further paragraphs of its last item, when it continues a list."""
    count = text_list.count()
    if count == 0:
        return None
    indent = text_list.format().indent()
    following = _neighbour_piece(text_list.item(count - 1).next(), indent, forward=True)
    if following is None or not following.format().boolProperty(LIST_CONTINUES):
        return None
    return following


def _is_orphan(text_list: QTextList) -> bool:
    """A continuing piece with no list before it at its level (split off by a command)."""
    list_format = text_list.format()
    if not list_format.boolProperty(LIST_CONTINUES) or text_list.count() == 0:
        return False
    before = _neighbour_piece(text_list.item(0).previous(), list_format.indent(), forward=False)
    return before is None


def _with_start(list_format: QTextListFormat, start: int) -> QTextListFormat:
    list_format.setStart(max(-LARGEST_LIST_START, min(start, LARGEST_LIST_START)))
    if abs(start) > LARGEST_LIST_START:
        list_format.setProperty(LIST_START, str(start))
    else:
        list_format.clearProperty(LIST_START)
    return list_format


def _set_format(text_list: QTextList, list_format: QTextListFormat, cursor: QTextCursor) -> None:
    """A new format for a piece, in the undo step of the edit that made it necessary."""
    if not cursor.document().isUndoRedoEnabled():
        text_list.setFormat(list_format)
        return
    cursor.joinPreviousEditBlock()
    text_list.setFormat(list_format)
    cursor.endEditBlock()


def renumber_after(text_list: QTextList, cursor: QTextCursor) -> None:
    """Give each piece after `text_list` the start its predecessors' counts make; an
    orphaned piece (see _is_orphan) first becomes a list of its own from LIST_FIRST."""
    current = text_list
    if _is_orphan(current):
        list_format = current.format()
        list_format.clearProperty(LIST_CONTINUES)
        if list_format.hasProperty(LIST_FIRST):
            _with_start(list_format, int(list_format.stringProperty(LIST_FIRST)))
        _set_format(current, list_format, cursor)
    start = _start_of(current)
    while (following := next_piece(current)) is not None:
        start += current.count()
        if _start_of(following) != start:
            _set_format(following, _with_start(following.format(), start), cursor)
        current = following


def _lists_near(block: QTextBlock) -> list[QTextList]:
    """The lists of `block` and of its neighbours (an item that left a list, or a list
    split off by a command, is next to it)."""
    found: list[QTextList] = []
    for near in (block.previous(), block, block.next()):
        text_list = text_list_of(near) if near.isValid() else None
        if text_list is not None and text_list not in found:
            found.append(text_list)
    return found


class ChunkNumbering(QObject):
    """Keeps the pieces of long numbered lists of one document numbered on."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._blocks = document.blockCount()
        document.contentsChange.connect(self._changed)

    def _changed(self, position: int, removed: int, added: int) -> None:
        document = self._document
        blocks, self._blocks = self._blocks, document.blockCount()
        if blocks == self._blocks and (removed == 0 or added == 0):
            return  # text typed or deleted inside one block: no item came or went
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        lists = _lists_near(first)
        if last != first:
            lists += [text_list for text_list in _lists_near(last) if text_list not in lists]
        if not lists:
            return
        cursor = QTextCursor(document)
        for text_list in lists:
            renumber_after(text_list, cursor)
