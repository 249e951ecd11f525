"""Schema revisions: running the Alembic migrations and backing a library up before upgrading.

Alembic is driven programmatically; the scripts live in `editor/storage/migrations`, so no
alembic.ini is needed at run time.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from editor.storage.errors import LibrarySchemaTooNewError, NotALibraryError
from editor.storage.inspection import META_TABLE, read_only_uri
from editor.storage.models import APPLICATION_KEY, APPLICATION_NAME

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the packaged migrations (optionally bound to a connection)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts this version of Copydesk knows."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of Copydesk knows."""
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def is_known_revision(revision: str) -> bool:
    """True if `revision` is one of this app's migrations."""
    return any(script.revision == revision for script in script_directory().walk_revisions())


def check_revision(revision: str | None, where: str) -> bool:
    """True if the library at `where` needs an upgrade; refuse revisions from a newer app."""
    if revision is None:
        return True
    if not is_known_revision(revision):
        raise LibrarySchemaTooNewError(
            f"{where} was written by a newer Copydesk (schema {revision}, this version knows "
            f"up to {head_revision()}); update Copydesk to open it"
        )
    return revision != head_revision()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Apply every pending migration (or up to `target`) in one connection."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in a database (None if it has no Alembic table)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def inspect_server_database(engine: Engine) -> str | None:
    """Validate a non-SQLite-file database; return its revision (None if empty and new)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return None
        if META_TABLE not in tables:
            raise NotALibraryError(
                f"{engine.url.render_as_string()} holds other tables, not a Copydesk library"
            )
        marker = connection.exec_driver_sql(
            f"SELECT value FROM {META_TABLE} WHERE key = '{APPLICATION_KEY}'"
        ).scalar()
        if marker != APPLICATION_NAME:
            raise NotALibraryError(
                f"{engine.url.render_as_string()} is not a Copydesk library (no Copydesk marker)"
            )
        return MigrationContext.configure(connection).get_current_revision()


def backup_path_for(path: Path, revision: str, now: datetime | None = None) -> Path:
    """`news.sqlite.bak-0001-20250101T120000Z` beside the library (never an existing file)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{revision}-{stamp}-{counter}")
        counter += 1
    return candidate


def backup_sqlite_file(path: Path, revision: str) -> Path:
    """Copy a library (including its un-checkpointed WAL) to a backup file; return its path."""
    destination = backup_path_for(path, revision)
    with (
        closing(sqlite3.connect(read_only_uri(path), uri=True)) as source,
        closing(sqlite3.connect(destination)) as target,
    ):
        source.backup(target)
    return destination
