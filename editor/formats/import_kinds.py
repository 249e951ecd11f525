"""Which files `import` reads, and a clear refusal for the rest.

Import reads the plain-text layout (`.txt`, `.text`, or no suffix), Markdown (`.md`,
`.markdown`, `.mdown`), Word documents (`.docx`) and HTML pages (`.html`, `.htm`,
`.xhtml`). A text file whose first bytes are an HTML page is read as one. Old Word
(`.doc`, or its signature in any file), macro-enabled Word, OpenDocument, PDF, RTF and
ZIP files are recognised by their suffix or their first bytes and refused with a line
that says what the file is and what to do instead; any other suffix is refused as an
unknown type. Nothing is guessed into an article.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from editor.formats.errors import FormatError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
WORD_SUFFIXES = frozenset({".docx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
IMPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | WORD_SUFFIXES | HTML_SUFFIXES
"""Every suffix import reads (a folder import takes the files with one of these)."""
INSTEAD = "save it as .docx, .html, .txt or .md, or paste its text into the editor"
HTML_SIGNATURES = (b"<!doctype html", b"<html")
SNIFF_BYTES = 512


@dataclass(frozen=True)
class ForeignKind:
    """A kind of document import cannot read yet, and how to recognise it."""

    name: str
    suffixes: frozenset[str]
    signatures: tuple[bytes, ...] = ()


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # old Word .doc files
FOREIGN_KINDS = (
    ForeignKind("an old Word file (.doc)", frozenset({".doc"}), (OLE_SIGNATURE,)),
    ForeignKind("a Word template or macro file", frozenset({".docm", ".dotx", ".dotm"})),
    ForeignKind("an OpenDocument file", frozenset({".odt", ".ott", ".fodt"})),
    ForeignKind("a PDF file", frozenset({".pdf"}), (b"%PDF-",)),
    ForeignKind("an RTF file", frozenset({".rtf"}), (b"{\\rtf",)),
    ForeignKind("a ZIP archive (maybe Word or OpenDocument)", frozenset({".zip"}), (b"PK\x03",)),
)  # fmt: skip


REFUSED_SUFFIXES = frozenset().union(*(kind.suffixes for kind in FOREIGN_KINDS))
"""Suffixes of documents import recognises but cannot read (a folder import reports
them, so a .doc among .docx files is not passed over in silence)."""


class ImportKind(enum.StrEnum):
    """The kinds of file import reads."""

    TEXT = "text"
    MARKDOWN = "markdown"
    WORD = "docx"
    HTML = "html"


def import_kind(path: Path) -> ImportKind:
    """The kind of file `path` is read as; a one-line FormatError naming `path` unless
    import can read it. Files that cannot be opened are left to the reader, which
    explains that itself."""
    name = os.fspath(path)
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES:
        return ImportKind.WORD
    if suffix in HTML_SUFFIXES:
        return ImportKind.HTML
    start = _first_bytes(path)
    kind = _kind_by_suffix(suffix) or _kind_by_content(start)
    if kind is not None:
        raise FormatError(f"{kind.name} cannot be imported: {INSTEAD}", source=name)
    if suffix in MARKDOWN_SUFFIXES:
        return ImportKind.MARKDOWN
    if suffix not in TEXT_SUFFIXES:
        raise FormatError(
            f"unknown file type {suffix!r}: import reads Word (.docx), HTML (.html), the"
            f" text layout (.txt) and Markdown (.md); {INSTEAD}",
            source=name,
        )
    if any(start.startswith(signature) for signature in HTML_SIGNATURES):
        return ImportKind.HTML
    return ImportKind.TEXT


def _kind_by_suffix(suffix: str) -> ForeignKind | None:
    return next((kind for kind in FOREIGN_KINDS if suffix in kind.suffixes), None)


def _first_bytes(path: Path) -> bytes:
    """The file's first bytes in lower case, without a BOM or leading whitespace."""
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as handle:
            start = handle.read(SNIFF_BYTES)
    except OSError:
        return b""
    return start.removeprefix(b"\xef\xbb\xbf").lstrip().lower()


def _kind_by_content(head: bytes) -> ForeignKind | None:
    for kind in FOREIGN_KINDS:
        if any(head.startswith(signature.lower()) for signature in kind.signatures):
            return kind
    return None
