"""Looking at an existing SQLite file without changing a byte of it.

Before the library opens a file for writing (which would switch it to WAL mode and so
rewrite its header), `inspect_sqlite_file` checks that it really is a Copydesk library,
using a read-only URI connection. Anything else raises NotALibraryError; a genuine file
that cannot be read just now (disk error, lock) raises LibraryUnavailableError.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from editor.storage.errors import (
    DISK_FULL,
    LIBRARY_DAMAGED,
    LibraryUnavailableError,
    NotALibraryError,
    os_failure_in_words,
    sqlite_failure_in_words,
)
from editor.storage.models import APPLICATION_KEY, APPLICATION_NAME

SQLITE_HEADER = b"SQLite format 3\x00"
META_TABLE = "copydesk_meta"
VERSION_TABLE = "alembic_version"
WAL_SIDECAR_SUFFIXES = ("-wal", "-shm")
# Less free space than this and SQLite cannot even create a library's -shm file (32 KiB).
LOW_DISK_BYTES = 256 * 1024


@dataclass(frozen=True)
class LibraryFileState:
    """What a library file holds: its schema revision (None for a fresh, empty database)."""

    revision: str | None


def folder_is_writable(path: Path) -> bool:
    """True when files can be created beside `path` (its folder is writable)."""
    return os.access(path.parent, os.W_OK)


def is_writable_library_file(path: Path) -> bool:
    """True when the library file and its folder (for the -wal and -shm files) can be
    written; False for an archive on read-only media or a write-protected file."""
    return os.access(path, os.W_OK) and folder_is_writable(path)


def disk_is_full(folder: Path) -> bool:
    """True when the disk holding `folder` has (almost) no space left for SQLite."""
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """A `file:` URI that opens `path` strictly read-only.

    Without `-wal` and `-shm` files no connection has the library open and nothing waits
    in a write-ahead log (the last connection to close checkpoints and removes both), so
    the file is opened as immutable: SQLite then creates no `-wal`/`-shm` files beside it,
    which it could not do on read-only media or a full disk anyway.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in WAL_SIDECAR_SUFFIXES]
    immutable = "" if any(sidecar.exists() for sidecar in sidecars) else "&immutable=1"
    return f"file:{quote(str(path))}?mode=ro{immutable}"


@contextmanager
def no_new_sidecars_on_refusal(path: Path) -> Iterator[None]:
    """Remove the `-wal`/`-shm` files a read-only look created if the block raises: a
    refused file is left exactly as it was found. (Only on refusal: a real library may be
    open in another Copydesk that uses them.)"""
    sidecars = [path.with_name(path.name + suffix) for suffix in WAL_SIDECAR_SUFFIXES]
    existing = {sidecar for sidecar in sidecars if sidecar.exists()}
    try:
        yield
    except BaseException:
        for sidecar in sidecars:
            if sidecar not in existing:
                sidecar.unlink(missing_ok=True)
        raise


def inspect_sqlite_file(path: Path) -> LibraryFileState:
    """Validate an existing file as a Copydesk library and return its schema revision.

    Raises NotALibraryError for folders, pipes and other non-regular files, empty files,
    non-SQLite files, damaged files and SQLite databases of other programs, and
    LibraryUnavailableError when a genuine file cannot be read now (locked, disk error).
    Never writes to the file.
    """
    try:
        info = path.stat()
    except OSError as error:
        words = os_failure_in_words(error)
        raise LibraryUnavailableError(f"cannot read {path}: {words}") from error
    if stat.S_ISDIR(info.st_mode):
        raise NotALibraryError(f"{path} is a folder, not a Copydesk library")
    if not stat.S_ISREG(info.st_mode):
        raise NotALibraryError(
            f"{path} is not a regular file (a pipe, device or socket), not a Copydesk library"
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        words = os_failure_in_words(error)
        raise LibraryUnavailableError(f"cannot read {path}: {words}") from error
    if not header:
        raise NotALibraryError(f"{path} is an empty file, not a Copydesk library")
    if header != SQLITE_HEADER:
        raise NotALibraryError(f"{path} is not a Copydesk library (not an SQLite database)")
    with no_new_sidecars_on_refusal(path):
        try:
            with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
                return _read_library_state(connection, path)
        except sqlite3.Error as error:
            words = sqlite_failure_in_words(error)
            if words == LIBRARY_DAMAGED:
                raise NotALibraryError(
                    f"{path} is not a readable Copydesk library (damaged, or not a database)"
                ) from error
            if disk_is_full(path.parent):  # SQLite could not create its -shm file
                words = f"{DISK_FULL}; free some space and try again"
            raise LibraryUnavailableError(f"cannot read {path}: {words}") from error


def _read_library_state(connection: sqlite3.Connection, path: Path) -> LibraryFileState:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if META_TABLE not in tables:
        if tables:
            raise NotALibraryError(
                f"{path} is another program's SQLite database, not a Copydesk library"
            )
        raise NotALibraryError(f"{path} is an empty SQLite database, not a Copydesk library")
    row = connection.execute(
        f"SELECT value FROM {META_TABLE} WHERE key = ?", (APPLICATION_KEY,)
    ).fetchone()
    if row is None or row[0] != APPLICATION_NAME:
        raise NotALibraryError(f"{path} is not a Copydesk library (no Copydesk marker)")
    if VERSION_TABLE not in tables:
        raise NotALibraryError(f"{path} is a damaged Copydesk library (no schema revision)")
    revisions = [r[0] for r in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    if len(revisions) != 1:
        raise NotALibraryError(f"{path} is a damaged Copydesk library (unclear schema revision)")
    return LibraryFileState(revision=str(revisions[0]))
