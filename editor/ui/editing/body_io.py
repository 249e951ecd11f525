"""The editor's edges to the body-fidelity code in editor.ui.body: loading Markdown into
the document (html_loading), writing it back (markdown_writer), and pasting: rich text
from Word, LibreOffice or the web goes through paste_sanitizing and arrives with only
the supported structure; plain text is inserted literally; images never enter the body.

The body modules (and Python-Markdown behind them) are imported on first use, so the
first window paints without them.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.ui.editing.link_commands import without_link


def load_markdown(document: QTextDocument, markdown_text: str) -> None:
    """Replace the document's content with the body in house formats."""
    from editor.ui.body import html_loading

    html_loading.load_markdown(document, markdown_text)


def write_markdown(document: QTextDocument) -> str:
    """The document's content as body Markdown (the house writer)."""
    from editor.ui.body import markdown_writer

    return markdown_writer.write_markdown(document)


def insert_pasted_html(cursor: QTextCursor, html: str) -> bool:
    """Insert pasted HTML at the cursor keeping only body structure; False when
    nothing of it was left to insert."""
    from editor.ui.body import paste_sanitizing

    return paste_sanitizing.insert_sanitized_html(cursor, html)


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

    The characters take the cursor's current format minus any link. Invisible characters
    (soft hyphens, zero width spaces...) are left out, as in a rich paste.
    """
    from editor.ui.body.paste_sanitizing import strip_invisible_characters

    normalized = strip_invisible_characters(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not normalized:
        return
    cursor.beginEditBlock()
    cursor.insertText(normalized, without_link(cursor.charFormat()))
    cursor.endEditBlock()
