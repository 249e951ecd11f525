"""Writing an article as a Word document.

`write_docx` is the Qt-free office export (editor.formats.docx_export); the PDF export
needs Qt and lives in editor.ui.transfer.pdf_export. Both write through
`editor.services.exporting.write_bytes_atomically`, so an existing file is replaced whole
or left untouched, and a failure is an `ExportWriteError` naming the path the user gave.
"""

from __future__ import annotations

from pathlib import Path

from editor.domain import Article
from editor.formats.docx_export import article_to_docx
from editor.services.exporting import write_bytes_atomically


def write_docx(article: Article, path: Path) -> None:
    """Write the article as a .docx to `path` (replaced whole or not at all)."""
    write_bytes_atomically(path, article_to_docx(article))
