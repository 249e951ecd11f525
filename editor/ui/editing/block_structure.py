"""How body structure lives in the QTextDocument, read and written in one place.

- Subhead: ``QTextBlockFormat.headingLevel()`` 2 or 3; the block's characters carry
  ``fontSizeAdjustment`` (H2: 2, H3: 1) and bold weight, as Qt's HTML importer sets them.
- List item: the block belongs to a ``QTextList``; ``ListDisc`` = bullet,
  ``ListDecimal`` = numbered; nesting depth = the list format's ``indent()`` (1..3).
  Every nesting level of every list is its own QTextList object.
- Block quote: ``QTextFormat.BlockQuoteLevel`` = 1 on every block inside the quote
  (paragraphs, subheads and list items alike) plus a left margin for the eye.
- Link: ``QTextCharFormat.isAnchor()`` with ``anchorHref()``.
- Hard line break: U+2028 inside the block text.
- Spacing: every block carries the house top and bottom margins for what it is (see
  :func:`apply_house_spacing`), whether it was loaded, pasted or typed, so a story looks
  the same while it is written and after it is reopened.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

# Less than a list level's indent (QTextDocument's indentWidth, 40): a quote's text never
# lines up with the items of a list above it.
QUOTE_MARGIN = 24.0
# Vertical rhythm (pixels): paragraphs breathe, subheads sit closer to what they head,
# list items stay together. Margins are looks only; the Markdown writer ignores them.
# Qt lays out the larger of a block's top margin and the previous block's bottom margin,
# so a paragraph's top margin only shows after a list (whose items end with little).
PARAGRAPH_SPACING = 12.0
LIST_ITEM_SPACING = 3.0
HEADING_SPACING: dict[int, tuple[float, float]] = {2: (22.0, 6.0), 3: (16.0, 4.0)}
# A translucent tint reads as a quote panel on light and dark palettes alike.
QUOTE_BACKGROUND = QColor(128, 128, 128, 36)
HEADING_SIZE_ADJUSTMENT: dict[int, int] = {2: 2, 3: 1}

BULLET = "bullet"
NUMBERED = "numbered"

_NUMBERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def list_kind(style: QTextListFormat.Style) -> str:
    """``"bullet"`` or ``"numbered"`` for a Qt list style."""
    return NUMBERED if style in _NUMBERED_STYLES else BULLET


def list_style(kind: str) -> QTextListFormat.Style:
    """The Qt list style the house uses for a list kind."""
    return QTextListFormat.Style.ListDecimal if kind == NUMBERED else QTextListFormat.Style.ListDisc


def text_list_of(block: QTextBlock) -> QTextList | None:
    """The list a block belongs to, None for blocks outside lists."""
    text_list: QTextList | None = block.textList()
    return text_list


def list_depth(block: QTextBlock) -> int:
    """Nesting depth of a list item (1..3), 0 outside lists."""
    text_list = text_list_of(block)
    return text_list.format().indent() if text_list is not None else 0


def block_list_kind(block: QTextBlock) -> str | None:
    """``"bullet"`` / ``"numbered"`` for a list item, None otherwise."""
    text_list = text_list_of(block)
    return list_kind(text_list.format().style()) if text_list is not None else None


def is_quoted(block: QTextBlock) -> bool:
    """Whether the block sits inside a block quote."""
    return is_quoted_format(block.blockFormat())


def is_quoted_format(block_format: QTextBlockFormat) -> bool:
    """Whether a block format marks a block inside a block quote."""
    level = block_format.property(QTextFormat.Property.BlockQuoteLevel)
    return isinstance(level, int) and level > 0


def quoted_format(block_format: QTextBlockFormat, quoted: bool) -> QTextBlockFormat:
    """A copy of ``block_format`` inside (or outside) a block quote."""
    result = QTextBlockFormat(block_format)
    if quoted:
        result.setProperty(QTextFormat.Property.BlockQuoteLevel, 1)
        result.setLeftMargin(QUOTE_MARGIN)
        result.setBackground(QUOTE_BACKGROUND)
    else:
        result.clearProperty(QTextFormat.Property.BlockQuoteLevel)
        result.clearProperty(QTextFormat.Property.BlockLeftMargin)
        result.clearBackground()
    return result


def apply_house_spacing(block_format: QTextBlockFormat, heading: int, in_list: bool) -> None:
    """Set the top and bottom margins the house style gives this kind of block."""
    if heading in HEADING_SPACING:
        top, bottom = HEADING_SPACING[heading]
    elif in_list:
        top, bottom = 0.0, LIST_ITEM_SPACING
    else:
        top, bottom = PARAGRAPH_SPACING, PARAGRAPH_SPACING
    block_format.setTopMargin(top)
    block_format.setBottomMargin(bottom)


def respace_block(cursor: QTextCursor, block: QTextBlock) -> None:
    """Give ``block`` the house spacing for what it is now (subhead, list item, paragraph)."""
    cursor.setPosition(block.position())
    block_format = cursor.blockFormat()
    apply_house_spacing(block_format, heading_level(block), text_list_of(block) is not None)
    cursor.setBlockFormat(block_format)


def space_empty_document(document: QTextDocument) -> None:
    """Give a document that holds nothing yet (one empty block, as a new editor has) the
    house spacing for that block, so what is typed into it looks as it will after reopening.

    Recorded neither in the undo history (which it clears, so call it only where there is
    none: a new editor, a load) nor as a modification.
    """
    block = document.firstBlock()
    if document.blockCount() != 1 or block.length() != 1:
        return
    undo_enabled = document.isUndoRedoEnabled()
    modified = document.isModified()
    document.setUndoRedoEnabled(False)
    try:
        respace_block(QTextCursor(document), block)
    finally:
        document.setUndoRedoEnabled(undo_enabled)
        document.setModified(modified)


def heading_level(block: QTextBlock) -> int:
    """The subhead level of a block: 2, 3 or 0 for anything else."""
    level = block.blockFormat().headingLevel()
    return level if level in HEADING_SIZE_ADJUSTMENT else 0


def same_container(first: QTextBlock, second: QTextBlock) -> bool:
    """Two blocks are both quoted or both unquoted (lists never cross a quote edge)."""
    return is_quoted(first) == is_quoted(second)


def base_char_format(level: int) -> QTextCharFormat:
    """The unformatted character format of a block with this heading level."""
    char_format = QTextCharFormat()
    if level in HEADING_SIZE_ADJUSTMENT:
        char_format.setProperty(
            QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_ADJUSTMENT[level]
        )
        char_format.setFontWeight(QFont.Weight.Bold.value)
    return char_format
