"""What pasting puts into the body: rich text from Word, LibreOffice or the web goes
through the sanitizer and arrives with only the supported structure; plain text is
inserted literally; images never enter the body."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from editor.ui.editing.link_commands import without_link
from editor.ui.editing.markdown_bridge import insert_pasted_html


def can_insert(source: QMimeData) -> bool:
    """Whether a paste of ``source`` would bring text (images alone bring nothing)."""
    return source.hasHtml() or source.hasText()


def insert_rich(cursor: QTextCursor, source: QMimeData) -> None:
    """Insert ``source`` at ``cursor``: sanitized HTML when offered (and something
    survives sanitizing), else its text. One undo step."""
    if source.hasHtml() and insert_pasted_html(cursor, source.html()):
        return
    if source.hasText():
        insert_plain(cursor, source.text())


def insert_plain(cursor: QTextCursor, text: str) -> None:
    """Insert ``text`` literally (line breaks start new paragraphs), one undo step.

    The characters take the cursor's current format minus any link.
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    if not normalized:
        return
    cursor.beginEditBlock()
    cursor.insertText(normalized, without_link(cursor.charFormat()))
    cursor.endEditBlock()
