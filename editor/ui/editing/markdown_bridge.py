"""Loading Markdown into the body document, writing it back, and turning pasted HTML
into body structure.

The one place the editing package talks to the body-fidelity code in editor.ui.body
(html_loading: Markdown -> QTextDocument with the house formats; markdown_writer:
QTextDocument -> Markdown; paste_sanitizing: pasted HTML -> safe HTML).
"""

from __future__ import annotations

import nh3
from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from editor.formats.body import render_html
from editor.ui.editing.block_structure import is_quoted_format, quoted_format

_PASTE_TAGS = {
    "p", "br", "h2", "h3", "strong", "b", "em", "i", "s", "del", "strike",
    "ul", "ol", "li", "blockquote", "a",
}  # fmt: skip


def load_markdown(document: QTextDocument, markdown_text: str) -> None:
    """Replace the document's content with the rendered body."""
    load_html(document, render_html(markdown_text))


def load_html(document: QTextDocument, html: str) -> None:
    """Replace the document's content with sanitized body HTML in house formats."""
    document.setHtml(html)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.leftMargin() > 0 and not is_quoted_format(block_format):
            cursor = QTextCursor(block)
            cursor.setBlockFormat(quoted_format(block_format, True))
        block = block.next()


def write_markdown(document: QTextDocument) -> str:
    """The document's content as body Markdown."""
    return document.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectCommonMark).strip()


def sanitize_pasted_html(html: str) -> str:
    """Pasted HTML reduced to the body structure (no styles, images, scripts)."""
    return nh3.clean(
        html,
        tags=_PASTE_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        clean_content_tags={"script", "style", "title", "head"},
        link_rel=None,
    )


def html_fragment(safe_html: str) -> QTextDocumentFragment:
    """Sanitized HTML as a document fragment in house formats, ready to insert."""
    scratch = QTextDocument()
    load_html(scratch, safe_html)
    return QTextDocumentFragment(scratch)
