"""Loading Markdown into the body document and writing it back.

The one place the editing package talks to the body-fidelity code in editor.ui.body
(html_loading: Markdown -> QTextDocument with the house formats; markdown_writer:
QTextDocument -> Markdown).
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from editor.formats.body import render_html


def load_markdown(document: QTextDocument, markdown_text: str) -> None:
    """Replace the document's content with the rendered body."""
    document.setHtml(render_html(markdown_text))


def write_markdown(document: QTextDocument) -> str:
    """The document's content as body Markdown."""
    return document.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectCommonMark).strip()
