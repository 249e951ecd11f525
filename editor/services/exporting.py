"""Exporting an article from the library to text, Markdown or HTML, and writing the
result to a file without ever leaving a half-written one behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from editor.domain import Article, LinkKind
from editor.formats.html_export import article_to_html
from editor.formats.markdown_file import format_markdown_file
from editor.formats.plain_export import article_to_text
from editor.services.export_formats import ExportFormat
from editor.storage.errors import os_failure_in_words
from editor.storage.temporary_files import remove_stale_temporaries, temporary_path

__all__ = ["ExportFormat", "ExportWriteError", "export_article", "write_file_atomically"]

if TYPE_CHECKING:
    from editor.services.library_services import Services


def export_article(services: Services, article: Article, export_format: ExportFormat) -> str:
    """Render `article` with its stored neighbours (links are never invented, and a
    neighbour in the Trash is left out)."""
    previous = services.neighbour(article.id, LinkKind.PREVIOUS)
    following = services.neighbour(article.id, LinkKind.NEXT)
    trashed = services.trashed_among([ref.id for ref in (previous, following) if ref is not None])
    previous = previous if previous is None or previous.id not in trashed else None
    following = following if following is None or following.id not in trashed else None
    if export_format is ExportFormat.TEXT:
        return article_to_text(
            article,
            previous.headline if previous else None,
            following.headline if following else None,
        )
    if export_format is ExportFormat.MARKDOWN:
        return format_markdown_file(article)
    return article_to_html(article, previous, following)


class ExportWriteError(Exception):
    """An export file could not be written; the one-line message names the path the
    user gave (never a temporary file)."""


def write_file_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path` through a temporary file in the same folder, so an
    existing file is replaced whole or left untouched.

    A symbolic link is followed: its target is replaced and the link stays. A new file gets
    the mode the umask gives (as a `>` redirect would); a replaced file keeps its mode.
    Temporary files are named `.NAME.copydesk-PID.tmp`; ones left by a killed export
    (whose process is gone) are removed on the next export to the same file.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise ExportWriteError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        existing_mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        existing_mode = None
    except OSError as error:
        raise ExportWriteError(f"cannot write {path}: {os_failure_in_words(error)}") from None
    remove_stale_temporaries(target)
    temporary = temporary_path(target)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                if existing_mode is not None:
                    os.fchmod(stream.fileno(), existing_mode)
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportWriteError(f"cannot write {path}: {os_failure_in_words(error)}") from None
