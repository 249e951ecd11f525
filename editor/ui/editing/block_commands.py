"""Block structure commands: starting a new block (Enter), bullet and numbered lists
(toggling, nesting at most three deep, leaving a list) and block quotes (which may hold
whole lists).

Each nesting level of a list is its own QTextList whose format indent is the depth.
Commands keep the document tidy for the Markdown writer: adjacent lists of the same
kind and depth are merged, a list is split where an item leaves it, an item is only
nested under an existing item, and a list is never cut in two by a quote edge (toggling
a quote inside a list takes the whole run of list items). Every command is one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextList, QTextListFormat

from editor.formats.body_model import MAX_LIST_DEPTH
from editor.ui.editing.block_structure import (
    apply_house_spacing,
    block_list_kind,
    heading_level,
    is_quoted,
    list_depth,
    list_style,
    quoted_format,
    respace_block,
    same_container,
    text_list_of,
)
from editor.ui.editing.inline_commands import set_heading_level
from editor.ui.editing.selection_ranges import selected_blocks


def _list_items(text_list: QTextList) -> list[QTextBlock]:
    return [text_list.item(index) for index in range(text_list.count())]


def _new_list(work: QTextCursor, block: QTextBlock, list_format: QTextListFormat) -> QTextList:
    work.setPosition(block.position())
    created = work.createList(list_format)
    block_format = work.blockFormat()
    block_format.setIndent(0)
    apply_house_spacing(block_format, 0, in_list=True)
    work.setBlockFormat(block_format)
    return created


def _move_to(
    work: QTextCursor, block: QTextBlock, target: QTextList | None, fmt: QTextListFormat
) -> None:
    """Put ``block`` into ``target`` (or a new list with ``fmt``)."""
    if target is None:
        _new_list(work, block, fmt)
    else:
        target.add(block)
        respace_block(work, block)


def _split_after(work: QTextCursor, text_list: QTextList, block: QTextBlock) -> None:
    """Move the items of ``text_list`` after ``block`` into a list of their own."""
    following = [item for item in _list_items(text_list) if item.position() > block.position()]
    if not following:
        return
    tail = _new_list(work, following[0], text_list.format())
    for item in following[1:]:
        tail.add(item)


def detach_from_list(work: QTextCursor, block: QTextBlock) -> None:
    """Turn a list item into a plain paragraph (text kept), splitting its list."""
    text_list = text_list_of(block)
    if text_list is None:
        return
    _split_after(work, text_list, block)
    text_list.remove(block)
    work.setPosition(block.position())
    block_format = work.blockFormat()
    block_format.setIndent(0)
    apply_house_spacing(block_format, 0, in_list=False)
    work.setBlockFormat(block_format)


def _list_before(block: QTextBlock, depth: int, kind: str | None) -> QTextList | None:
    """The list at ``depth`` that ``block`` may join: found walking back over list
    items at least that deep (same quote container, same kind unless None)."""
    previous = block.previous()
    while (
        previous.isValid()
        and text_list_of(previous) is not None
        and same_container(previous, block)
    ):
        previous_depth = list_depth(previous)
        if previous_depth < depth:
            return None
        if previous_depth == depth:
            if kind is None or block_list_kind(previous) == kind:
                return text_list_of(previous)
            return None
        previous = previous.previous()
    return None


def merge_with_next(block: QTextBlock) -> None:
    """Merge the list after ``block`` into ``block``'s list when they are adjacent and
    of the same kind, depth and container."""
    following = block.next()
    text_list = text_list_of(block)
    next_list = text_list_of(following) if following.isValid() else None
    if text_list is None or next_list is None or text_list == next_list:
        return
    if list_depth(block) != list_depth(following) or not same_container(block, following):
        return
    if block_list_kind(block) != block_list_kind(following):
        return
    for item in _list_items(next_list):
        text_list.add(item)


def split_block(cursor: QTextCursor) -> None:
    """Enter: end the block at the cursor (replacing any selection) and go on in a new
    block of the same kind (paragraph, subhead or list item, quoted or not); both blocks
    get the house spacing for what they are. One undo step.

    Qt's own Enter does otherwise: it takes the bottom margin off a list item it splits,
    and on an empty paragraph it resets the block to Qt's default format (no spacing)
    instead of starting a new one.
    """
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    cursor.insertBlock(cursor.blockFormat(), cursor.charFormat())
    work = QTextCursor(cursor)
    respace_block(work, cursor.block().previous())
    respace_block(work, cursor.block())
    cursor.endEditBlock()


def toggle_list(cursor: QTextCursor, kind: str) -> None:
    """Make the selected paragraphs items of a ``kind`` list, switch a list of the other
    kind to ``kind``, or turn items of a ``kind`` list back into paragraphs."""
    blocks = list(selected_blocks(cursor))
    work = QTextCursor(cursor)
    work.beginEditBlock()
    if all(block_list_kind(block) == kind for block in blocks):
        for block in reversed(blocks):
            detach_from_list(work, block)
    elif all(text_list_of(block) is not None for block in blocks):
        lists = {id(text_list_of(block)): text_list_of(block) for block in blocks}
        for text_list in lists.values():
            if text_list is not None:
                list_format = text_list.format()
                list_format.setStyle(list_style(kind))
                text_list.setFormat(list_format)
    else:
        _make_items(work, blocks, kind)
    work.endEditBlock()


def _make_items(work: QTextCursor, blocks: list[QTextBlock], kind: str) -> None:
    list_format = QTextListFormat()
    list_format.setStyle(list_style(kind))
    list_format.setIndent(1)
    target: QTextList | None = None
    for block in blocks:
        if text_list_of(block) is not None:
            continue
        if heading_level(block):
            work.setPosition(block.position())
            set_heading_level(work, 0)
        if target is None:
            target = _list_before(block, 1, kind)
        if target is None:
            target = _new_list(work, block, list_format)
        else:
            target.add(block)
    merge_with_next(blocks[-1])


def indent_items(cursor: QTextCursor) -> bool:
    """Nest the selected list items one level deeper (at most three levels; only under
    an existing item). Returns whether anything changed."""
    changed = False
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in list(selected_blocks(cursor)):
        depth = list_depth(block)
        previous = block.previous()
        if depth == 0 or depth >= MAX_LIST_DEPTH:
            continue
        if not (
            previous.isValid() and list_depth(previous) >= depth and same_container(previous, block)
        ):
            continue
        text_list = text_list_of(block)
        assert text_list is not None
        list_format = text_list.format()
        list_format.setIndent(depth + 1)
        _move_to(work, block, _list_before(block, depth + 1, None), list_format)
        merge_with_next(block)
        changed = True
    work.endEditBlock()
    return changed


def outdent_items(cursor: QTextCursor) -> bool:
    """Move the selected list items one level out; from the top level they become
    paragraphs. Returns whether anything changed."""
    blocks = [block for block in selected_blocks(cursor) if text_list_of(block) is not None]
    if not blocks:
        return False
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in blocks:
        outdent_block(work, block)
    work.endEditBlock()
    return True


def outdent_block(work: QTextCursor, block: QTextBlock) -> None:
    """One level out for one list item (paragraph when it was at the top level)."""
    depth = list_depth(block)
    text_list = text_list_of(block)
    if text_list is None:
        return
    if depth <= 1:
        detach_from_list(work, block)
        return
    list_format = text_list.format()
    list_format.setIndent(depth - 1)
    _split_after(work, text_list, block)
    _move_to(work, block, _list_before(block, depth - 1, None), list_format)
    merge_with_next(block)


# -- block quotes ------------------------------------------------------------


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
