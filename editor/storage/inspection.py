"""Looking at an existing SQLite file without changing a byte of it.

Before the library opens a file for writing (which would switch it to WAL mode and so
rewrite its header), `inspect_sqlite_file` checks that it really is a Copydesk library,
using a read-only URI connection. Anything else raises NotALibraryError.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from editor.storage.errors import NotALibraryError
from editor.storage.models import APPLICATION_KEY, APPLICATION_NAME

SQLITE_HEADER = b"SQLite format 3\x00"
META_TABLE = "copydesk_meta"
VERSION_TABLE = "alembic_version"
WAL_SIDECAR_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class LibraryFileState:
    """What a library file holds: its schema revision (None for a fresh, empty database)."""

    revision: str | None


def read_only_uri(path: Path) -> str:
    """A `file:` URI that opens `path` strictly read-only."""
    return f"file:{quote(str(path))}?mode=ro"


def inspect_sqlite_file(path: Path) -> LibraryFileState:
    """Validate an existing file as a Copydesk library and return its schema revision.

    Raises NotALibraryError for directories, empty files, non-SQLite files and SQLite
    databases of other programs. Never writes to the file.
    """
    if path.is_dir():
        raise NotALibraryError(f"{path} is a folder, not a Copydesk library")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise NotALibraryError(f"cannot read {path}: {error.strerror or error}") from error
    if not header:
        raise NotALibraryError(f"{path} is an empty file, not a Copydesk library")
    if header != SQLITE_HEADER:
        raise NotALibraryError(f"{path} is not a Copydesk library (not an SQLite database)")
    sidecars = [path.with_name(path.name + suffix) for suffix in WAL_SIDECAR_SUFFIXES]
    existing = {sidecar for sidecar in sidecars if sidecar.exists()}
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            return _read_library_state(connection, path)
    except (sqlite3.Error, NotALibraryError) as error:
        # A WAL-mode file makes even a read-only connection create -wal and -shm files
        # beside it; a refused file is left exactly as it was found. (Only on refusal:
        # a real library may be open in another Copydesk that uses them.)
        for sidecar in sidecars:
            if sidecar not in existing:
                sidecar.unlink(missing_ok=True)
        if isinstance(error, NotALibraryError):
            raise
        raise NotALibraryError(f"{path} is not a readable Copydesk library ({error})") from error


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
