"""Opening a library location safely: validate before writing, back up, migrate.

Order matters. An existing SQLite file is inspected read-only first (engine.py would switch
it to WAL and so change its bytes); only a genuine Copydesk library of a known revision gets
a read-write engine. An older library is copied beside itself before it is upgraded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, Engine

from editor.storage.engine import is_memory_sqlite, make_engine
from editor.storage.errors import LibraryError
from editor.storage.inspection import inspect_sqlite_file
from editor.storage.location import resolve_location, sqlite_file_of
from editor.storage.schema import (
    backup_sqlite_file,
    check_revision,
    inspect_server_database,
    upgrade_to_head,
)


@dataclass(frozen=True)
class PreparedLibrary:
    """A validated, up-to-date library: its URL and engines for reading and writing."""

    url: URL
    reader: Engine
    writer: Engine
    backup: Path | None = None


def prepare_library(location: str | None, *, create: bool = True) -> PreparedLibrary:
    """Validate, create or upgrade the library at `location` (see Library.open)."""
    url = resolve_location(location)
    path = sqlite_file_of(url)
    if path is not None:
        return _prepare_sqlite_file(url, path, create=create)
    return _prepare_database(url, create=create)


def _prepare_sqlite_file(url: URL, path: Path, *, create: bool) -> PreparedLibrary:
    revision: str | None = None
    if path.exists():
        revision = inspect_sqlite_file(path).revision
    elif not create:
        raise LibraryError(f"no library at {path}")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"cannot create {path.parent}: {error.strerror}") from error
    needs_upgrade = check_revision(revision, str(path))
    backup = backup_sqlite_file(path, revision) if needs_upgrade and revision else None
    writer = make_engine(url, immediate=True)
    reader = make_engine(url)
    try:
        if needs_upgrade:
            upgrade_to_head(writer)
    except BaseException:
        reader.dispose()
        writer.dispose()
        raise
    return PreparedLibrary(url=url, reader=reader, writer=writer, backup=backup)


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
