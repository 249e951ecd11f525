"""Exporting an article from the library to text, Markdown or HTML, and writing the
result to a file without ever leaving a half-written one behind."""

from __future__ import annotations

import enum
import os
import tempfile
from pathlib import Path

from editor.domain import Article, LinkKind
from editor.formats.html_export import article_to_html
from editor.formats.markdown_file import format_markdown_file
from editor.formats.plain_export import article_to_text
from editor.storage.library import Library


class ExportFormat(enum.StrEnum):
    """The formats `copydesk export` writes."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


def export_article(library: Library, article: Article, export_format: ExportFormat) -> str:
    """Render `article` with its stored neighbours; links are never invented."""
    previous = library.neighbour(article.id, LinkKind.PREVIOUS)
    following = library.neighbour(article.id, LinkKind.NEXT)
    if export_format is ExportFormat.TEXT:
        return article_to_text(
            article,
            previous.headline if previous else None,
            following.headline if following else None,
        )
    if export_format is ExportFormat.MARKDOWN:
        return format_markdown_file(article)
    return article_to_html(article, previous, following)


def write_file_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path` through a temporary file in the same folder, so an
    existing file is replaced whole or left untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
