"""The editor's edges to the body-fidelity code in editor.ui.body: loading Markdown into
the document (html_loading), writing it back (markdown_writer), and pasting: rich text
from Word, LibreOffice or the web goes through editor.formats.foreign_html and arrives
with only the supported structure; plain text is inserted literally; images never enter
the body.

The body modules (and Python-Markdown behind them) are imported on first use, so the
first window paints without them.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.ui.editing.link_commands import without_link


def load_markdown(document: QTextDocument, markdown_text: str) -> list[str]:
    """Replace the document's content with the body in house formats; returns the link
    targets the allow-list refused (their text stays)."""
    from editor.ui.body import html_loading

    return html_loading.load_markdown(document, markdown_text)


def clone_document(document: QTextDocument) -> QTextDocument:
    """A copy of the document that writes the same Markdown (for writing elsewhere)."""
    from editor.ui.body import markdown_writer

    return markdown_writer.clone_document(document)


def write_markdown(document: QTextDocument) -> str:
    """The document's content as body Markdown (the house writer)."""
    from editor.ui.body import markdown_writer

    return markdown_writer.write_markdown(document)


def insert_pasted_html(cursor: QTextCursor, html: str) -> bool:
    """Insert pasted HTML at the cursor keeping only body structure (sanitized, house
    formats, one undo step); False when nothing of it was left to insert."""
    from editor.formats.body import html_to_blocks
    from editor.formats.foreign_html import sanitize_foreign_html
    from editor.ui.body.html_loading import insert_blocks

    blocks = html_to_blocks(sanitize_foreign_html(html))
    insert_blocks(cursor, blocks)
    return bool(blocks)


def can_insert(source: QMimeData) -> bool:
    """Whether a paste of ``source`` would bring text (images alone bring nothing)."""
    return source.hasHtml() or source.hasText()


def insert_rich(cursor: QTextCursor, source: QMimeData) -> list[str]:
    """Insert ``source`` at ``cursor``: sanitized HTML when offered (and something
    survives sanitizing), else its text. One undo step. Returns the link targets of the
    pasted HTML that the allow-list refused (their text is pasted, unlinked)."""
    if source.hasHtml():
        from editor.formats.link_policy import refused_links

        html = source.html()
        if insert_pasted_html(cursor, html):
            return refused_links(html)
    if source.hasText():
        insert_plain(cursor, source.text())
    return []


def insert_plain(cursor: QTextCursor, text: str) -> None:
    """Insert ``text`` literally (line breaks start new paragraphs), one undo step.

    The characters take the cursor's current format minus any link. Invisible characters
    (soft hyphens, zero width spaces...) are left out, as in a rich paste; U+2028,
    U+2029 and the others Qt would misread stay text, as on loading.
    """
    from editor.formats.foreign_html import strip_invisible_characters
    from editor.ui.body.html_loading import insert_literal_text

    normalized = strip_invisible_characters(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not normalized:
        return
    cursor.beginEditBlock()
    insert_literal_text(cursor, normalized, without_link(cursor.charFormat()))
    cursor.endEditBlock()
