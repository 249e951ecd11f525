"""The formatting at the cursor, for toolbar buttons that show their state.

Computed from the cursor (its block, list and current character format) only, never
by scanning the document, so it is cheap on every cursor move.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from editor.ui.editing.block_structure import block_list_kind, heading_level, is_quoted


@dataclass(frozen=True)
class FormatState:
    """What the formatting toolbar shows for the cursor position or selection."""

    bold: bool = False
    italic: bool = False
    strikethrough: bool = False
    heading_level: int = 0
    list_style: str | None = None
    in_quote: bool = False
    link_url: str | None = None


def is_bold(char_format: QTextCharFormat) -> bool:
    """Bold in the house sense (subheads are bold by their style, not by markup)."""
    return char_format.fontWeight() >= QFont.Weight.DemiBold.value


def link_url(char_format: QTextCharFormat) -> str | None:
    """The link target of a character format, None if it is no link."""
    if char_format.isAnchor() and char_format.anchorHref():
        return char_format.anchorHref()
    return None


def format_state_at(cursor: QTextCursor, char_format: QTextCharFormat) -> FormatState:
    """The state for ``cursor``; ``char_format`` is the editor's current char format
    (what typing would produce, or the format at the selection start)."""
    block = cursor.block()
    level = heading_level(block)
    return FormatState(
        bold=is_bold(char_format) and level == 0,
        italic=char_format.fontItalic(),
        strikethrough=char_format.fontStrikeOut(),
        heading_level=level,
        list_style=block_list_kind(block),
        in_quote=is_quoted(block),
        link_url=link_url(char_format),
    )
