"""Importing many files and whole folders: every file on its own, every bad one reported
with its reason, the rest imported.

`import_paths` first collects the files (so a progress bar knows the total), then imports
them one by one through `editor.services.importing.import_file`, each in its own
transaction: a failure, a cancel or a killed process leaves every finished file in the
library and no half-imported one.

- A file named explicitly is always tried, whatever its suffix (an unreadable kind is
  reported as a failure, saying what the file is).
- A folder is walked recursively in name order. It contributes the files whose suffix
  import reads (editor.formats.import_kinds.IMPORTED_SUFFIXES, without the empty
  suffix) and the documents it recognises but cannot read (.doc, .odt, .pdf..., which
  are then reported as failures saying what to do); other files (pictures, files
  without a suffix) and hidden files and folders (".git", ".DS_Store") are listed as
  skipped, not as failures. Symbolic links to folders
  are not followed, so a link loop cannot make the walk endless; a folder that cannot be
  read is a failure.
- `progress` is called after each file with an `ImportProgress` (how far, and what the
  file became); `cancelled` is asked before each file, and a cancelled import stops
  there with `ImportReport.cancelled` set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.formats.errors import FormatError
from editor.formats.import_kinds import IMPORTED_SUFFIXES, REFUSED_SUFFIXES
from editor.services.importing import ImportedArticle, import_file
from editor.storage.errors import failure_in_words

if TYPE_CHECKING:
    from editor.services.library_services import Services

FOLDER_SUFFIXES = (IMPORTED_SUFFIXES - {""}) | REFUSED_SUFFIXES
"""The suffixes of the files a folder import tries."""


@dataclass(frozen=True)
class ImportFailure:
    """A file (or folder) that was not imported, and why, in one line."""

    path: Path
    reason: str


@dataclass(frozen=True)
class ImportProgress:
    """One file done: `done` of `total` files, and what `path` became (an article, or
    the failure's reason)."""

    done: int
    total: int
    path: Path
    imported: ImportedArticle | None = None
    failure: str | None = None


ProgressCallback = Callable[[ImportProgress], None]


@dataclass
class ImportReport:
    """What an import of many files did."""

    imported: list[tuple[Path, ImportedArticle]] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    cancelled: bool = False


@dataclass
class CollectedFiles:
    """The files an import will try, in order, and what the walk left out."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)


def collect_files(paths: Sequence[Path]) -> CollectedFiles:
    """The files `paths` name: files as given, folders walked (see the module doc)."""
    collected = CollectedFiles()
    for path in paths:
        if path.is_dir():
            _walk(path, collected)
        else:
            collected.files.append(path)
    return collected


def _walk(folder: Path, collected: CollectedFiles) -> None:
    def refuse(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        reason = failure_in_words(error) or error.strerror or str(error)
        collected.failures.append(ImportFailure(where, f"cannot read the folder: {reason}"))

    for root, folders, names in os.walk(folder, onerror=refuse, followlinks=False):
        hidden = sorted(name for name in folders if name.startswith("."))
        collected.skipped.extend(Path(root, name) for name in hidden)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() not in FOLDER_SUFFIXES:
                collected.skipped.append(path)
            else:
                collected.files.append(path)


def import_paths(
    services: Services,
    paths: Sequence[Path],
    section: str | None = None,
    *,
    allow_duplicate: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the files and folders `paths` name, each file in its own transaction."""
    collected = collect_files(paths)
    report = ImportReport(failures=list(collected.failures), skipped=collected.skipped)
    total = len(collected.files)
    for done, path in enumerate(collected.files, start=1):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        try:
            imported = import_file(services, path, section, allow_duplicate=allow_duplicate)
        except Exception as error:  # each file's failure is reported, the rest go on
            reason = _reason(error)
            report.failures.append(ImportFailure(path, reason))
            if progress is not None:
                progress(ImportProgress(done, total, path, failure=reason))
            continue
        report.imported.append((path, imported))
        if progress is not None:
            progress(ImportProgress(done, total, path, imported=imported))
    return report


def _reason(error: Exception) -> str:
    """One readable line for a file's failure: our own errors as they are, storage and
    OS failures in words (never SQL or article text)."""
    if isinstance(error, FormatError):
        return error.reason
    words = failure_in_words(error)
    if words is not None:
        return words
    return " ".join(str(error).split()) or type(error).__name__
