"""The one place the editing package talks to the body-fidelity code in editor.ui.body:
loading Markdown into the document (html_loading), writing it back (markdown_writer)
and inserting pasted HTML (paste_sanitizing: sanitized, house formats, one undo step).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.ui.body import html_loading, markdown_writer, paste_sanitizing


def load_markdown(document: QTextDocument, markdown_text: str) -> None:
    """Replace the document's content with the body in house formats."""
    html_loading.load_markdown(document, markdown_text)


def write_markdown(document: QTextDocument) -> str:
    """The document's content as body Markdown (the house writer)."""
    return markdown_writer.write_markdown(document)


def insert_pasted_html(cursor: QTextCursor, html: str) -> bool:
    """Insert pasted HTML at the cursor keeping only body structure; False when
    nothing of it was left to insert."""
    return paste_sanitizing.insert_sanitized_html(cursor, html)
