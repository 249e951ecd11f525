"""The editor's path for a body, as the tests drive it: load Markdown into a fresh
QTextDocument with the house loader and write it back with the house writer."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from editor.ui.body.html_loading import load_markdown
from editor.ui.body.markdown_writer import write_markdown


def loaded_document(markdown: str) -> QTextDocument:
    """A new document holding `markdown` as the editor shows it."""
    document = QTextDocument()
    load_markdown(document, markdown)
    return document


def write_after_load(markdown: str) -> str:
    """write(load(markdown))."""
    return write_markdown(loaded_document(markdown))
