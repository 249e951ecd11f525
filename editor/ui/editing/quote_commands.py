"""Block quotes: toggling the quote around the selected blocks.

A quote may hold paragraphs, subheads and whole lists. A list is never cut in two by a
quote edge, so toggling inside a list quotes (or unquotes) the whole run of list items
around the selection. One undo step per command.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from editor.ui.editing.block_structure import is_quoted, quoted_format, text_list_of
from editor.ui.editing.selection_ranges import selected_blocks


def _in_list(block: QTextBlock) -> bool:
    return block.isValid() and text_list_of(block) is not None


def _blocks_to_toggle(cursor: QTextCursor) -> list[QTextBlock]:
    """The selected blocks, widened to whole runs of list items at both ends."""
    blocks = list(selected_blocks(cursor))
    first, last = blocks[0], blocks[-1]
    if _in_list(first):
        previous = first.previous()
        while _in_list(previous) and is_quoted(previous) == is_quoted(first):
            blocks.insert(0, previous)
            previous = previous.previous()
    if _in_list(last):
        following = last.next()
        while _in_list(following) and is_quoted(following) == is_quoted(last):
            blocks.append(following)
            following = following.next()
    return blocks


def set_quoted(work: QTextCursor, block: QTextBlock, quoted: bool) -> None:
    """Put one block inside (or outside) a block quote."""
    work.setPosition(block.position())
    work.setBlockFormat(quoted_format(block.blockFormat(), quoted))


def toggle_block_quote(cursor: QTextCursor) -> None:
    """Quote the selected blocks, or unquote them when all are quoted already."""
    blocks = _blocks_to_toggle(cursor)
    quote = not all(is_quoted(block) for block in blocks)
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in blocks:
        set_quoted(work, block, quote)
    work.endEditBlock()
