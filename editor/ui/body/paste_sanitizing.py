"""Pasting foreign HTML into the body editor: the Qt glue around
editor.formats.foreign_html, which reads and sanitizes the HTML without Qt."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor.formats.body import html_to_blocks
from editor.formats.foreign_html import sanitize_foreign_html
from editor.ui.body.html_loading import insert_blocks


def insert_sanitized_html(cursor: QTextCursor, fragment: str) -> bool:
    """Insert pasted HTML at the cursor (sanitized, house formats, one undo step).

    Returns False when nothing of the paste was left to insert.
    """
    blocks = html_to_blocks(sanitize_foreign_html(fragment))
    insert_blocks(cursor, blocks)
    return bool(blocks)
