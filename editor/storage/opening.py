"""Opening a library location safely: validate before writing, back up, migrate.

Order matters. An existing SQLite file is inspected read-only first (engine.py would switch
it to WAL and so change its bytes); only a genuine Copydesk library of a known revision gets
a read-write engine. An older library is copied beside itself before it is upgraded. A
library whose file or folder cannot be written (an archive on read-only media), or one on
a full disk, is opened read-only; it cannot be upgraded, so an older one is refused.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError

from editor.storage.engine import is_memory_sqlite, make_engine
from editor.storage.errors import (
    DISK_FULL,
    LIBRARY_READ_ONLY,
    LibraryError,
    LibraryUnavailableError,
    failure_in_words,
    os_failure_in_words,
)
from editor.storage.inspection import (
    disk_is_full,
    folder_is_writable,
    inspect_sqlite_file,
    is_writable_library_file,
    no_new_sidecars_on_refusal,
)
from editor.storage.location import resolve_location, sqlite_file_of, sqlite_url
from editor.storage.schema import (
    backup_sqlite_file,
    check_revision,
    inspect_server_database,
    upgrade_to_head,
)
from editor.storage.temporary_files import (
    remove_stale_temporaries,
    remove_temporary,
    temporary_path,
)


@dataclass(frozen=True)
class PreparedLibrary:
    """A validated, up-to-date library: its URL and engines for reading and writing."""

    url: URL
    reader: Engine
    writer: Engine
    backup: Path | None = None
    read_only_reason: str | None = None
    """Why the library can only be read ("the disk is full"), None when writable."""


def prepare_library(location: str | None, *, create: bool = True) -> PreparedLibrary:
    """Validate, create or upgrade the library at `location` (see Library.open)."""
    url = resolve_location(location)
    path = sqlite_file_of(url)
    if path is not None:
        return _prepare_sqlite_file(url, path, create=create)
    return _prepare_database(url, create=create)


def _prepare_sqlite_file(url: URL, path: Path, *, create: bool) -> PreparedLibrary:
    revision: str | None = None
    exists = path.exists()
    if exists:
        with no_new_sidecars_on_refusal(path):
            revision = inspect_sqlite_file(path).revision
            needs_upgrade = check_revision(revision, str(path))
    elif not create:
        raise LibraryError(
            f"no library at {path} (check the path; 'copydesk import' or the app creates a "
            "new library)"
        )
    else:
        _make_folder_for(path)
        revision = _create_library_file(path)
        needs_upgrade = check_revision(revision, str(path))
    read_only = _read_only_reason(path) if exists else None
    if read_only is not None and needs_upgrade:
        remedy = "free some space" if read_only == DISK_FULL else "copy it to a writable folder"
        raise LibraryUnavailableError(
            f"{path} was written by an older Copydesk and must be upgraded, but "
            f"{read_only}; {remedy} to open it"
        )
    backup = backup_sqlite_file(path, revision) if needs_upgrade and revision else None
    writer = make_engine(url, immediate=True, read_only=read_only is not None)
    reader = make_engine(url, read_only=read_only is not None)
    try:
        if needs_upgrade:
            upgrade_to_head(writer)
    except BaseException as error:
        reader.dispose()
        writer.dispose()
        if isinstance(error, SQLAlchemyError | sqlite3.Error):
            raise LibraryUnavailableError(
                f"cannot {'upgrade' if revision else 'create'} the library {path}: "
                f"{failure_in_words(error)}"
            ) from error
        raise
    return PreparedLibrary(url, reader, writer, backup=backup, read_only_reason=read_only)


def _read_only_reason(path: Path) -> str | None:
    """Why an existing library can only be read (in words), or None."""
    if not is_writable_library_file(path):
        return LIBRARY_READ_ONLY
    if disk_is_full(path.parent):
        return DISK_FULL
    return None


def _create_library_file(path: Path) -> str | None:
    """Build a new library in a temporary file beside `path` and link it into place whole,
    so a process killed while creating never leaves an empty database behind (which every
    later start would refuse as "not a Copydesk library"). Returns the new revision, or
    the revision of a library another process created there meanwhile."""
    remove_stale_temporaries(path)
    temporary = temporary_path(path)
    engine = make_engine(sqlite_url(temporary), immediate=True)
    try:
        upgrade_to_head(engine)
        engine.dispose()  # checkpoints the log: the new library is one file
        os.link(temporary, path)  # never replaces a file created meanwhile
    except FileExistsError:
        pass
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        raise LibraryUnavailableError(
            f"cannot create the library {path}: {failure_in_words(error)}"
        ) from error
    finally:
        engine.dispose()
        remove_temporary(temporary)
    return inspect_sqlite_file(path).revision


def _make_folder_for(path: Path) -> None:
    """Create the folder a new library goes in; refuse a folder that cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(f"cannot create {path.parent}: {os_failure_in_words(error)}") from error
    if not folder_is_writable(path):
        raise LibraryUnavailableError(
            f"cannot create a library in {path.parent}: the folder is read-only"
        )


def _prepare_database(url: URL, *, create: bool) -> PreparedLibrary:
    memory = is_memory_sqlite(url)
    writer = make_engine(url, immediate=True)
    reader = writer if memory else make_engine(url)
    try:
        revision = inspect_server_database(writer)
        if revision is None and not create:
            raise LibraryError(f"no library at {url.render_as_string()}")
        if check_revision(revision, url.render_as_string()):
            upgrade_to_head(writer)
    except BaseException:
        reader.dispose()
        if writer is not reader:
            writer.dispose()
        raise
    return PreparedLibrary(url=url, reader=reader, writer=writer)
