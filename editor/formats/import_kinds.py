"""Which files `import` reads, and a clear refusal for the rest.

Import reads the plain-text layout (`.txt`, `.text`, or no suffix) and Markdown (`.md`,
`.markdown`, `.mdown`). Word, OpenDocument, PDF, RTF and HTML files are recognised by
their suffix or their first bytes (a Word file renamed `.txt` is still a Word file) and
refused with a line that says what the file is and what to do instead; any other suffix
is refused as an unknown type. Nothing is guessed into an article.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from editor.formats.errors import FormatError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
INSTEAD = "save it as .txt or .md, or paste its text into the editor"
SNIFF_BYTES = 512


@dataclass(frozen=True)
class ForeignKind:
    """A kind of document import cannot read yet, and how to recognise it."""

    name: str
    suffixes: frozenset[str]
    signatures: tuple[bytes, ...] = ()


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # old Word .doc files
FOREIGN_KINDS = (
    ForeignKind("a Word file", frozenset({".docx", ".doc", ".docm", ".dotx"}), (OLE_SIGNATURE,)),
    ForeignKind("an OpenDocument file", frozenset({".odt", ".ott", ".fodt"})),
    ForeignKind("a PDF file", frozenset({".pdf"}), (b"%PDF-",)),
    ForeignKind("an RTF file", frozenset({".rtf"}), (b"{\\rtf",)),
    ForeignKind(
        "an HTML page",
        frozenset({".html", ".htm", ".xhtml"}),
        (b"<!doctype html", b"<html"),
    ),
    ForeignKind("a ZIP archive (maybe Word or OpenDocument)", frozenset({".zip"}), (b"PK\x03",)),
)  # fmt: skip


def is_markdown_file(path: Path) -> bool:
    """True when `path` is read as Markdown (by its suffix)."""
    return path.suffix.lower() in MARKDOWN_SUFFIXES


def refuse_unsupported_file(path: Path) -> None:
    """Raise a one-line FormatError naming `path` unless import can read it.

    Files that cannot be opened are left to the reader, which explains that itself.
    """
    name = os.fspath(path)
    suffix = path.suffix.lower()
    kind = _kind_by_suffix(suffix) or _kind_by_content(path)
    if kind is not None:
        raise FormatError(f"{kind.name} cannot be imported yet: {INSTEAD}", source=name)
    if suffix not in TEXT_SUFFIXES and suffix not in MARKDOWN_SUFFIXES:
        raise FormatError(
            f"unknown file type {suffix!r}: import reads the text layout (.txt) and "
            f"Markdown (.md); {INSTEAD}",
            source=name,
        )


def _kind_by_suffix(suffix: str) -> ForeignKind | None:
    return next((kind for kind in FOREIGN_KINDS if suffix in kind.suffixes), None)


def _kind_by_content(path: Path) -> ForeignKind | None:
    try:
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            start = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    head = start.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    for kind in FOREIGN_KINDS:
        if any(head.startswith(signature.lower()) for signature in kind.signatures):
            return kind
    return None
