"""The house writer, Qt side: QTextDocument -> body blocks -> Markdown.

Reads the structure the editing commands create (editor.ui.editing.block_structure):
heading level 2/3 (1 counts as 2, 4-6 as 3), BlockQuoteLevel, QTextLists whose nesting
follows their indent, bold (weight >= DemiBold, ignored in subheads, which are bold by
their style), italic, strikethrough, anchors (the tooltip is the link's title), U+2028
hard breaks, and the properties of editor.ui.body.document_properties (loose items,
further paragraphs of an item, huge list numbers, stand-ins for literal characters).
Anything else a document may carry (fonts, colours, sizes, underline, images) is not
body structure and is not written. QTextDocument.toMarkdown is never used.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
)

from editor.formats.body import (
    HARD_BREAK,
    Block,
    BlockKind,
    ListLevel,
    Span,
    blocks_to_markdown,
    merge_spans,
)
from editor.ui.body.document_properties import (
    ITEM_CONTINUATION,
    LIST_CONTINUES,
    LIST_START,
    LITERAL_CHARACTER,
    LOOSE_ITEM,
    STAND_IN,
)
from editor.ui.editing.block_structure import NUMBERED, list_kind

_NOT_TEXT = str.maketrans({"\ufffc": None, "\ufdd0": None, "\ufdd1": None, "\u2029": "\n"})
_BOLD_WEIGHT = QFont.Weight.DemiBold.value


def _kind_of(heading_level: int) -> BlockKind:
    if heading_level <= 0:
        return BlockKind.PARAGRAPH
    return BlockKind.HEADING2 if heading_level <= 2 else BlockKind.HEADING3


def _quote_level(block: QTextBlock) -> int:
    block_format = block.blockFormat()
    if not block_format.hasProperty(QTextFormat.Property.BlockQuoteLevel):
        return 0
    return max(0, block_format.intProperty(QTextFormat.Property.BlockQuoteLevel))


def text_list_of(block: QTextBlock) -> QTextList | None:
    """The block's list; asks Qt only for blocks in a list (a None from PySide6 6.12 costs
    a reference to None under Python 3.11)."""
    if block.blockFormat().objectIndex() < 0:
        return None
    text_list: QTextList | None = block.textList()
    return text_list


def block_spans(block: QTextBlock, *, in_heading: bool = False) -> list[Span]:
    """The formatted spans of one block (hard breaks as HARD_BREAK)."""
    spans: list[Span] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            char_format = fragment.charFormat()
            text = fragment.text()
            if char_format.hasProperty(LITERAL_CHARACTER):
                text = text.replace(STAND_IN, char_format.stringProperty(LITERAL_CHARACTER))
            else:
                text = text.replace("\u2028", HARD_BREAK).translate(_NOT_TEXT)
            href = char_format.anchorHref() if char_format.isAnchor() else ""
            spans.append(
                Span(
                    text,
                    bold=not in_heading and char_format.fontWeight() >= _BOLD_WEIGHT,
                    italic=char_format.fontItalic(),
                    strike=char_format.fontStrikeOut(),
                    href=href or None,
                    title=(char_format.toolTip() or None) if href else None,
                )
            )
        iterator += 1
    return merge_spans(spans)


class _ListPaths:
    """Tracks the open lists while walking blocks, to give each item its list path."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, ListLevel]] = []
        self.quote_level = -1

    def reset(self) -> None:
        self.stack = []
        self.quote_level = -1

    def continuation_path(self, depth: int, quote_level: int) -> tuple[ListLevel, ...]:
        """The path of a further paragraph of the item at `depth` (none outside a list)."""
        if quote_level != self.quote_level or len(self.stack) < depth:
            self.reset()
            return ()
        del self.stack[depth:]
        return tuple(level for _indent, level in self.stack)

    def path_of(self, block: QTextBlock, quote_level: int) -> tuple[ListLevel, ...]:
        text_list = text_list_of(block)
        if text_list is None:
            self.reset()
            return ()
        if quote_level != self.quote_level:
            self.stack = []
            self.quote_level = quote_level
        list_format = text_list.format()
        indent = list_format.indent()
        key = text_list.objectIndex()
        stack = self.stack
        while stack and stack[-1][0] > indent:
            stack.pop()
        if list_format.boolProperty(LIST_CONTINUES) and stack and stack[-1][0] == indent:
            return tuple(level for _indent, level in stack)  # the next piece of that list
        if stack and stack[-1][0] == indent and stack[-1][1].list_id != key:
            stack.pop()
        if not stack or stack[-1][1].list_id != key:
            ordered = list_kind(list_format.style()) == NUMBERED
            start = list_format.start()
            if list_format.hasProperty(LIST_START):
                start = int(list_format.stringProperty(LIST_START))
            stack.append((indent, ListLevel(ordered, start, key)))
        return tuple(level for _indent, level in stack)


def document_to_blocks(document: QTextDocument) -> list[Block]:
    """The document's blocks in the body model (empty blocks included)."""
    blocks: list[Block] = []
    lists = _ListPaths()
    block = document.begin()
    while block.isValid():
        quote_level = _quote_level(block)
        block_format = block.blockFormat()
        continuation = False
        if block_format.hasProperty(ITEM_CONTINUATION) and text_list_of(block) is None:
            depth = block_format.intProperty(ITEM_CONTINUATION)
            path = lists.continuation_path(depth, quote_level)
            continuation = bool(path)
        else:
            path = lists.path_of(block, quote_level)
        heading = 0 if path else block_format.headingLevel()
        spans = block_spans(block, in_heading=heading > 0)
        loose = bool(path) and not continuation and block_format.boolProperty(LOOSE_ITEM)
        blocks.append(Block(spans, _kind_of(heading), quote_level, path, loose, continuation))
        block = block.next()
    return blocks


def clone_document(document: QTextDocument) -> QTextDocument:
    """A copy of the document to write from elsewhere. QTextDocument.clone() drops the
    block format and the list of a first block that is empty (an empty first item, or
    one holding only a nested list); the copy's first block gets them back."""
    copy = document.clone()
    first = document.firstBlock()
    if first.length() > 1:
        return copy
    block_format = QTextBlockFormat(first.blockFormat())
    block_format.setObjectIndex(-1)
    cursor = QTextCursor(copy.firstBlock())
    cursor.setBlockFormat(block_format)
    text_list = text_list_of(first)
    if text_list is None:
        return copy
    for index in range(1, text_list.count()):
        same_list = text_list_of(copy.findBlockByNumber(text_list.item(index).blockNumber()))
        if same_list is not None:
            same_list.add(copy.firstBlock())
            return copy
    cursor.createList(text_list.format())
    return copy


def write_markdown(document: QTextDocument) -> str:
    """The document as body Markdown in the house conventions."""
    return blocks_to_markdown(document_to_blocks(document))
