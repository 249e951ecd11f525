"""Walking the blocks and character fragments a cursor's selection covers.

Every walk is bounded by the selection (or the cursor's block), never the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor


def selected_blocks(cursor: QTextCursor) -> Iterator[QTextBlock]:
    """The blocks touched by the selection (just the cursor's block without one)."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    while block.isValid():
        yield block
        if block == last:
            break
        block = block.next()


def block_span_in_selection(cursor: QTextCursor, block: QTextBlock) -> tuple[int, int]:
    """The part of ``block`` (positions, end exclusive, without the separator) inside
    the selection."""
    block_start = block.position()
    block_end = block_start + block.length() - 1
    return max(block_start, cursor.selectionStart()), min(block_end, cursor.selectionEnd())


def fragments_in_span(
    block: QTextBlock, start: int, end: int
) -> Iterator[tuple[int, int, QTextCharFormat]]:
    """``(start, end, format)`` for each fragment piece of ``block`` within [start, end)."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        frag_start = fragment.position()
        frag_end = frag_start + fragment.length()
        if frag_end > start and frag_start < end:
            yield max(frag_start, start), min(frag_end, end), fragment.charFormat()
        iterator += 1


def selection_all(
    cursor: QTextCursor,
    predicate: Callable[[QTextCharFormat], bool],
    skip_block: Callable[[QTextBlock], bool] = lambda _block: False,
) -> bool:
    """Whether every selected character (outside skipped blocks) satisfies ``predicate``."""
    seen_any = False
    for block in selected_blocks(cursor):
        if skip_block(block):
            continue
        start, end = block_span_in_selection(cursor, block)
        for _start, _end, char_format in fragments_in_span(block, start, end):
            seen_any = True
            if not predicate(char_format):
                return False
    return seen_any


def restyle_fragments(
    cursor: QTextCursor,
    block: QTextBlock,
    start: int,
    end: int,
    restyle: Callable[[QTextCharFormat], QTextCharFormat],
) -> None:
    """Replace the format of each fragment piece in [start, end) of ``block`` with
    ``restyle(old format)`` (lets properties be cleared, which merging cannot)."""
    pieces = list(fragments_in_span(block, start, end))
    for piece_start, piece_end, char_format in pieces:
        cursor.setPosition(piece_start)
        cursor.setPosition(piece_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(restyle(char_format))
