"""An article as a PDF: A4 pages with kicker, headline, teaser, byline and dateline, the
body laid out as the editor shows it, and page numbers; Charis SIL embedded.

The engine is Qt's own: a QTextDocument printed to a QPdfWriter. Chosen by quality and
weight: the body is built by the editor's loader (editor.ui.body.html_loading), so
subheads, lists, quotes, links and spacing are exactly the editor's; Qt shapes text with
HarfBuzz (every script the font covers, kerning, ligatures) and embeds subsets of the
TrueType fonts it uses (/FontFile2); and it adds nothing to install, where ReportLab or
fpdf2 would be a second layout engine to keep in step with the editor and WeasyPrint
would bring Pango and Cairo. The price is Qt: this module lives in editor.ui, and the
command line imports it lazily, as it does for `gui`.

`QTextDocument.print_` paginates (a 2 cm margin on every side, blocks kept whole where
they fit) and prints the page number at the foot of each page. A QGuiApplication must
exist for fonts; `write_pdf` makes an offscreen one when none runs (the command line).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from editor.domain import Article
from editor.formats.body import markdown_to_blocks
from editor.services.exporting import write_bytes_atomically
from editor.ui.body.html_loading import blocks_fragment
from editor.ui.editing.block_structure import PARAGRAPH_SPACING
from editor.ui.qt.resources import load_body_font

BODY_POINT_SIZE = 11.0
RESOLUTION_DPI = 1200
"""Layout resolution: positions in the PDF are exact to 1/1200 inch."""
_MUTED = QColor(90, 90, 90)

# (field, point size, bold, italic, muted colour, space below in points)
_HEADER_FIELDS = (
    ("kicker", 10.0, True, False, True, 4.0),
    ("headline", 22.0, True, False, False, 10.0),
    ("teaser", 13.0, True, False, False, 10.0),
    ("byline", 10.0, False, True, True, 2.0),
    ("dateline", 10.0, False, True, True, 2.0),
)

_application: QGuiApplication | None = None


def article_document(article: Article) -> QTextDocument:
    """The article as a QTextDocument in the editor's formats, header first."""
    document = QTextDocument()
    document.setDefaultFont(QFont(load_body_font(), round(BODY_POINT_SIZE)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.headline)
    cursor = QTextCursor(document)
    first = True
    for name, size, bold, italic, muted, space_below in _HEADER_FIELDS:
        text = " ".join(str(getattr(article, name)).split())
        if not text:
            continue
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(space_below)
        char_format = QTextCharFormat()
        char_format.setFontPointSize(size)
        char_format.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        char_format.setFontItalic(italic)
        if muted:
            char_format.setForeground(_MUTED)
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)
        first = False
    blocks = markdown_to_blocks(article.body)
    if blocks:
        if not first:
            spacer = QTextBlockFormat()
            spacer.setTopMargin(PARAGRAPH_SPACING)
            cursor.insertBlock(spacer, QTextCharFormat())
        cursor.insertFragment(blocks_fragment(blocks))
    return document


def article_pdf(article: Article) -> bytes:
    """The article as the bytes of an A4 PDF (a QGuiApplication must exist)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setTitle(article.headline)
    writer.setCreator("Copydesk")
    article_document(article).print_(writer)
    del writer  # finishes the file
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_pdf(article: Article, path: Path) -> None:
    """Write the article as a PDF to `path`, replacing it whole or not at all; starts an
    offscreen QGuiApplication when none runs."""
    _ensure_application()
    write_bytes_atomically(path, article_pdf(article))


def _ensure_application() -> None:
    global _application
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication(["copydesk"])
