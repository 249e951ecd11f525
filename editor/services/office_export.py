"""Writing an article as a Word document, and writing any binary export file whole.

`write_docx` is the Qt-free office export (editor.formats.docx_export). The PDF export
needs Qt and lives in editor.ui.transfer.pdf_export; both write through
`write_bytes_atomically`, so an existing file is replaced whole or left untouched, as
text exports are (editor.services.exporting.write_file_atomically, whose rules this
follows for bytes: a symbolic link's target is replaced, a replaced file keeps its mode,
temporary files `.NAME.copydesk-PID.tmp` left by a killed export are cleaned up).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from editor.domain import Article
from editor.formats.docx_export import article_to_docx
from editor.storage.errors import os_failure_in_words
from editor.storage.temporary_files import remove_stale_temporaries, temporary_path


class BinaryExportError(Exception):
    """A binary export file could not be written; the one-line message names the path
    the user gave (never a temporary file)."""


def write_docx(article: Article, path: Path) -> None:
    """Write the article as a .docx to `path` (replaced whole or not at all)."""
    write_bytes_atomically(path, article_to_docx(article))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise BinaryExportError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        existing_mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        existing_mode = None
    except OSError as error:
        raise BinaryExportError(f"cannot write {path}: {os_failure_in_words(error)}") from None
    remove_stale_temporaries(target)
    temporary = temporary_path(target)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(handle, "wb") as stream:
                if existing_mode is not None:
                    os.fchmod(stream.fileno(), existing_mode)
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise BinaryExportError(f"cannot write {path}: {os_failure_in_words(error)}") from None
