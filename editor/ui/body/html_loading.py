"""Loading a body into the editor: Markdown -> the house renderer -> nh3 -> block model ->
QTextDocument in the house formats (see editor.ui.editing.block_structure).

The document is built block by block with a QTextCursor rather than with setHtml, so
every block gets exactly the formats the editing commands use and the Markdown writer
reads: subheads by heading level (characters sized and bold), quotes by BlockQuoteLevel
plus a left margin, lists as one QTextList per nesting level whose indent is the depth,
links as anchors (a title as the tooltip), hard line breaks as U+2028; loose items,
further paragraphs of an item, huge list numbers and characters Qt would misread carry
the properties of editor.ui.body.document_properties. Whitespace the writer protected
with character references arrives intact. An empty body still gets one block in the
house paragraph spacing, so a new story looks the same while it is typed and after
reopening.

The document is built inside one edit block: Qt lays it out once at the end instead of
after every block (each item added to a list re-lays out the whole list, which made
opening a long list quadratic in a shown editor).

Lists nest at most three deep in the editor (editor.formats.body_model.MAX_LIST_DEPTH):
items nested deeper in a body or a paste become items of the third level, in their order
and with their text (`clamp_list_depth`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from editor.domain import TextMetrics, measure_text
from editor.formats.body import (
    HARD_BREAK,
    Block,
    BlockKind,
    ListLevel,
    Span,
    clamp_list_depth,
    html_to_blocks,
    render_html,
)
from editor.formats.link_policy import refused_links
from editor.ui.body.document_properties import (
    ITEM_CONTINUATION,
    LARGEST_LIST_START,
    LIST_CHUNK,
    LIST_CONTINUES,
    LIST_FIRST,
    LIST_START,
    LITERAL_CHARACTER,
    LITERAL_CHARACTERS,
    LOOSE_ITEM,
    STAND_IN,
)
from editor.ui.editing.block_structure import (
    BULLET,
    NUMBERED,
    QUOTE_BACKGROUND,
    QUOTE_MARGIN,
    apply_house_spacing,
    base_char_format,
    list_style,
    respace_block,
)
from editor.ui.editing.link_commands import link_char_format

LINE_SEPARATOR = "\u2028"
"""How a hard line break is stored in QTextDocument text."""
BYTE_ORDER_MARK = "\ufeff"
WORD_JOINER = "\u2060"

_HEADING_LEVELS = {BlockKind.HEADING2: 2, BlockKind.HEADING3: 3}
_FormatKey = tuple[bool, bool, bool, str | None, str | None, int]
_LITERAL = re.compile("[" + "".join(sorted(LITERAL_CHARACTERS)) + "]")


def heading_level_of(kind: BlockKind) -> int:
    """The QTextBlockFormat heading level for a block kind (0 for paragraphs)."""
    return _HEADING_LEVELS.get(kind, 0)


def block_format_for(block: Block) -> QTextBlockFormat:
    """The house block format: heading level and quote level with its margin; a loose
    item spaced like a paragraph, a further paragraph of an item indented to it."""
    block_format = QTextBlockFormat()
    level = 0 if block.lists else heading_level_of(block.kind)
    if level:
        block_format.setHeadingLevel(level)
    if block.quote_level:
        block_format.setProperty(QTextFormat.Property.BlockQuoteLevel, block.quote_level)
        block_format.setLeftMargin(QUOTE_MARGIN * block.quote_level)
        block_format.setBackground(QUOTE_BACKGROUND)
    if block.lists and block.continuation:
        block_format.setProperty(ITEM_CONTINUATION, len(block.lists))
        block_format.setIndent(len(block.lists))
    elif block.loose:
        block_format.setProperty(LOOSE_ITEM, True)
    apply_house_spacing(block_format, level, block.is_item and not block.loose)
    return block_format


def list_format_for(level: ListLevel, depth: int, items_before: int = 0) -> QTextListFormat:
    """The house list format for one nesting level (indent = depth); for a piece of a
    long list after its first `items_before` items, one that goes on with them."""
    list_format = QTextListFormat()
    list_format.setStyle(list_style(NUMBERED if level.ordered else BULLET))
    list_format.setIndent(depth)
    start = level.start + items_before if level.ordered else 1
    if start != 1:
        list_format.setStart(max(-LARGEST_LIST_START, min(start, LARGEST_LIST_START)))
        if abs(start) > LARGEST_LIST_START:
            list_format.setProperty(LIST_START, str(start))
    if items_before:
        list_format.setProperty(LIST_CONTINUES, True)
        list_format.setProperty(LIST_FIRST, str(level.start))
    return list_format


class _DocumentBuilder:
    """Inserts blocks at a cursor, caching character formats."""

    def __init__(self, cursor: QTextCursor) -> None:
        self.cursor = cursor
        self.lists: dict[int, QTextList] = {}  # the piece each list's next item joins
        self.items: dict[int, int] = {}  # items of each list so far
        self.char_formats: dict[_FormatKey, QTextCharFormat] = {}

    def char_format(self, span: Span, heading: int) -> QTextCharFormat:
        key = (span.bold and not heading, span.italic, span.strike, span.href, span.title, heading)
        cached = self.char_formats.get(key)
        if cached is None:
            cached = base_char_format(heading)
            if key[0]:
                cached.setFontWeight(QFont.Weight.Bold.value)
            if span.italic:
                cached.setFontItalic(True)
            if span.strike:
                cached.setFontStrikeOut(True)
            if span.href is not None:
                cached.merge(link_char_format(span.href))
                if span.title:
                    cached.setToolTip(span.title)
            self.char_formats[key] = cached
        return cached

    def insert_span(self, span: Span, heading: int) -> None:
        """The span's text at the cursor: hard breaks as U+2028, literal characters as
        stand-ins."""
        char_format = self.char_format(span, heading)
        for number, line in enumerate(span.text.split(HARD_BREAK)):
            if number:
                self.cursor.insertText(LINE_SEPARATOR, char_format)
            if line:
                insert_literal_text(self.cursor, line, char_format)

    def add_blocks(self, blocks: Sequence[Block], *, first_in_place: bool) -> None:
        cursor = self.cursor
        base_formats = {heading: base_char_format(heading) for heading in (0, 2, 3)}
        for index, block in enumerate(clamp_list_depth(blocks)):
            heading = 0 if block.lists else heading_level_of(block.kind)
            block_format = block_format_for(block)
            text_list = self._list_to_join(block) if block.is_item else None
            if text_list is not None:
                block_format.setObjectIndex(text_list.objectIndex())  # joins the list
            if index == 0 and first_in_place:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(base_formats[heading])
            else:
                cursor.insertBlock(block_format, base_formats[heading])
            if block.is_item:
                level = block.lists[-1]
                items_before = self.items.get(level.list_id, 0)
                if text_list is None:
                    self.lists[level.list_id] = cursor.createList(
                        list_format_for(level, len(block.lists), items_before)
                    )
                self.items[level.list_id] = items_before + 1
            for span in block.spans:
                self.insert_span(span, heading)

    def _list_to_join(self, block: Block) -> QTextList | None:
        """The list piece the item joins; None to start a list or its next piece."""
        list_id = block.lists[-1].list_id
        if self.items.get(list_id, 0) % LIST_CHUNK == 0:
            return None
        return self.lists[list_id]


def insert_literal_text(cursor: QTextCursor, text: str, char_format: QTextCharFormat) -> None:
    """Insert `text` at the cursor in `char_format`, each character Qt would misread
    (LITERAL_CHARACTERS) as a stand-in that keeps it (see document_properties)."""
    if _LITERAL.search(text) is None:
        cursor.insertText(text, char_format)
        return
    position = 0
    for match in _LITERAL.finditer(text):
        if match.start() > position:
            cursor.insertText(text[position : match.start()], char_format)
        stand_in_format = QTextCharFormat(char_format)
        stand_in_format.setProperty(LITERAL_CHARACTER, match.group())
        cursor.insertText(STAND_IN, stand_in_format)
        position = match.end()
    if position < len(text):
        cursor.insertText(text[position:], char_format)


def load_blocks(document: QTextDocument, blocks: Sequence[Block]) -> None:
    """Replace the document's content with `blocks` (no undo history is recorded);
    without blocks, one empty paragraph in the house spacing. Laid out once, at the end."""
    undo_enabled = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)
    try:
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            document.clear()  # inside the edit block: one change from an empty document
            if blocks:
                _DocumentBuilder(cursor).add_blocks(blocks, first_in_place=True)
            else:
                respace_block(cursor, document.firstBlock())
        finally:
            cursor.endEditBlock()
    finally:
        document.setUndoRedoEnabled(undo_enabled)


def shown_text(block: Block) -> str:
    """The block's text as the built document holds it (`QTextBlock.text()`): hard
    breaks as U+2028, characters Qt would misread as their stand-in."""
    return "".join(
        LINE_SEPARATOR.join(_LITERAL.sub(STAND_IN, line) for line in span.text.split(HARD_BREAK))
        for span in block.spans
    )


@dataclasses.dataclass(frozen=True)
class PreparedBody:
    """A body rendered and sanitized into blocks, ready for the document build, with the
    counts of each block's shown text (what the status bar adds up). Made by
    `prepare_body` without touching Qt objects, so it may run on a worker thread."""

    blocks: list[Block]
    refused_links: list[str]
    block_metrics: Mapping[str, TextMetrics] = dataclasses.field(default_factory=dict)


def prepare_body(markdown_text: str) -> PreparedBody:
    """Render the body `markdown_text` to sanitized HTML and read its blocks (the part of
    loading that needs no document; safe off the GUI thread).

    U+FEFF inside text is the old "zero width no-break space"; Qt drops it from some
    blocks and keeps it in others, so it loads as U+2060 WORD JOINER, the character
    Unicode has for that meaning (invisible either way, and the structure stays).
    """
    rendered = render_html(markdown_text.replace(BYTE_ORDER_MARK, WORD_JOINER))
    blocks = html_to_blocks(rendered)
    texts = {shown_text(block) for block in blocks}
    metrics = {text: measure_text(text) for text in texts}
    return PreparedBody(blocks, refused_links(rendered), metrics)


def load_markdown(document: QTextDocument, markdown_text: str) -> list[str]:
    """Replace the document's content with the body `markdown_text` in house formats and
    return the link targets the allow-list refused (their text stays, unlinked)."""
    prepared = prepare_body(markdown_text)
    load_blocks(document, prepared.blocks)
    return prepared.refused_links


def blocks_fragment(blocks: Sequence[Block]) -> QTextDocumentFragment:
    """Blocks as a document fragment in house formats, ready for insertFragment."""
    scratch = QTextDocument()
    _DocumentBuilder(QTextCursor(scratch)).add_blocks(blocks, first_in_place=True)
    return QTextDocumentFragment(scratch)


def _is_inline_paste(blocks: Sequence[Block], cursor: QTextCursor) -> bool:
    """One plain paragraph (quoted only if the cursor is in a quote already)."""
    only = blocks[0]
    return (
        len(blocks) == 1
        and only.kind is BlockKind.PARAGRAPH
        and not only.lists
        and (
            only.quote_level == 0
            or cursor.blockFormat().hasProperty(QTextFormat.Property.BlockQuoteLevel)
        )
    )


def insert_blocks(cursor: QTextCursor, blocks: Sequence[Block]) -> None:
    """Insert blocks at the cursor as one undo step.

    A single plain paragraph goes in as inline text (taking the subhead look when the
    cursor is in a subhead); anything with structure goes in as a fragment.
    """
    if not blocks:
        return
    cursor.beginEditBlock()
    try:
        if _is_inline_paste(blocks, cursor):
            heading = cursor.blockFormat().headingLevel()
            builder = _DocumentBuilder(cursor)
            for span in blocks[0].spans:
                builder.insert_span(span, heading)
            return
        cursor.insertFragment(blocks_fragment(blocks))
    finally:
        cursor.endEditBlock()
