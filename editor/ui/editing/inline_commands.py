"""Character formatting and subheads: bold, italic, strikethrough, remove formatting,
heading level. Each command is one undo step.

Without a selection the inline toggles change the typing format (what the next typed
characters get), as word processors do at a caret.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from editor.ui.editing.block_structure import (
    HEADING_SIZE_ADJUSTMENT,
    apply_house_spacing,
    base_char_format,
    heading_level,
    text_list_of,
)
from editor.ui.editing.format_state import is_bold
from editor.ui.editing.selection_ranges import (
    block_span_in_selection,
    restyle_fragments,
    selected_blocks,
    selection_all,
)

_INLINE_PROPERTIES = (
    QTextFormat.Property.FontWeight,
    QTextFormat.Property.FontItalic,
    QTextFormat.Property.FontStrikeOut,
    QTextFormat.Property.FontUnderline,
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.ForegroundBrush,
    QTextFormat.Property.BackgroundBrush,
    QTextFormat.Property.IsAnchor,
    QTextFormat.Property.AnchorHref,
    QTextFormat.Property.AnchorName,
    QTextFormat.Property.FontFamilies,
    QTextFormat.Property.FontPointSize,
    QTextFormat.Property.FontPixelSize,
    QTextFormat.Property.FontSizeAdjustment,
    QTextFormat.Property.TextVerticalAlignment,
)


def _is_heading(block: QTextBlock) -> bool:
    return heading_level(block) > 0


def _toggle(
    editor: QTextEdit,
    has_it: Callable[[QTextCharFormat], bool],
    set_it: Callable[[QTextCharFormat, bool], None],
    skip_headings: bool,
) -> None:
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        if skip_headings and _is_heading(cursor.block()):
            return
        typing = QTextCharFormat()
        set_it(typing, not has_it(editor.currentCharFormat()))
        editor.mergeCurrentCharFormat(typing)
        return
    skip = _is_heading if skip_headings else (lambda _block: False)
    turn_on = not selection_all(cursor, has_it, skip)
    change = QTextCharFormat()
    set_it(change, turn_on)
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in list(selected_blocks(cursor)):
        if skip(block):
            continue
        start, end = block_span_in_selection(cursor, block)
        if start >= end:
            continue
        work.setPosition(start)
        work.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        work.mergeCharFormat(change)
    work.endEditBlock()


def _set_bold(char_format: QTextCharFormat, on: bool) -> None:
    char_format.setFontWeight(QFont.Weight.Bold.value if on else QFont.Weight.Normal.value)


def toggle_bold(editor: QTextEdit) -> None:
    """Bold on/off for the selection or the typing format (not inside subheads)."""
    _toggle(editor, is_bold, _set_bold, skip_headings=True)


def toggle_italic(editor: QTextEdit) -> None:
    """Italic on/off for the selection or the typing format."""
    _toggle(editor, QTextCharFormat.fontItalic, QTextCharFormat.setFontItalic, False)


def toggle_strikethrough(editor: QTextEdit) -> None:
    """Strikethrough on/off for the selection or the typing format."""
    _toggle(editor, QTextCharFormat.fontStrikeOut, QTextCharFormat.setFontStrikeOut, False)


def plain_char_format(old: QTextCharFormat, level: int) -> QTextCharFormat:
    """``old`` stripped of every inline property, dressed for the block's level."""
    result = QTextCharFormat(old)
    for prop in _INLINE_PROPERTIES:
        result.clearProperty(prop)
    result.merge(base_char_format(level))
    return result


def remove_formatting(editor: QTextEdit) -> None:
    """Clear bold, italic, strikethrough and links from the selection (or the typing
    format at a caret). Subheads and lists stay: they are structure, not formatting."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        editor.setCurrentCharFormat(
            plain_char_format(QTextCharFormat(), heading_level(cursor.block()))
        )
        return
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in list(selected_blocks(cursor)):
        start, end = block_span_in_selection(cursor, block)
        level = heading_level(block)

        def restyle(old: QTextCharFormat, level: int = level) -> QTextCharFormat:
            return plain_char_format(old, level)

        restyle_fragments(work, block, start, end, restyle)
    work.endEditBlock()


def _restyle_block_for_level(work: QTextCursor, block: QTextBlock, level: int) -> None:
    """Give all characters of ``block`` the size and weight of ``level``."""

    def restyle(old: QTextCharFormat) -> QTextCharFormat:
        result = QTextCharFormat(old)
        result.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        result.setFontWeight(QFont.Weight.Normal.value)
        result.merge(base_char_format(level))
        return result

    start = block.position()
    restyle_fragments(work, block, start, start + block.length() - 1, restyle)
    work.setPosition(start)
    work.setBlockCharFormat(restyle(block.charFormat()))


def set_heading_level(cursor: QTextCursor, level: int) -> None:
    """Make the selected blocks subheads of ``level`` (2 or 3) or, with 0, normal
    paragraphs. A list item that becomes a subhead leaves its list."""
    if level not in (0, *HEADING_SIZE_ADJUSTMENT):
        raise ValueError(f"unsupported heading level {level}")
    work = QTextCursor(cursor)
    work.beginEditBlock()
    for block in list(selected_blocks(cursor)):
        text_list = text_list_of(block)
        if level and text_list is not None:
            text_list.remove(block)
        block_format = block.blockFormat()
        block_format.setHeadingLevel(level)
        block_format.setIndent(0)
        apply_house_spacing(block_format, level, in_list=not level and text_list is not None)
        work.setPosition(block.position())
        work.setBlockFormat(block_format)
        _restyle_block_for_level(work, work.block(), level)
    work.endEditBlock()
