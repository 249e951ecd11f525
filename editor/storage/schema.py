"""Schema revisions: running the Alembic migrations and backing a library up before upgrading.

Alembic is driven programmatically; the scripts live in `editor/storage/migrations`, so no
alembic.ini is needed at run time. Alembic itself is imported only when it has work to do
(an upgrade, a server database): opening an up-to-date library compares its revision with
the revision ids read straight from the scripts' headers (`script_revisions`), which
falls back to Alembic's own script directory whenever those headers are not plain.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from editor.storage.errors import (
    LibrarySchemaTooNewError,
    LibraryUnavailableError,
    NotALibraryError,
    failure_in_words,
)
from editor.storage.inspection import META_TABLE, read_only_uri
from editor.storage.models import APPLICATION_KEY, APPLICATION_NAME

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
_HEADER_LINE = re.compile(
    r"^(revision|down_revision)(?:\s*:\s*[\w |]+)?\s*=\s*(?:\"(\w+)\"|'(\w+)'|(None))\s*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class ScriptRevisions:
    """The revision ids of the packaged migration scripts and the newest of them."""

    known: frozenset[str]
    head: str


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the packaged migrations (optionally bound to a connection)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The migration scripts this version of Copydesk knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _revisions_from_headers() -> ScriptRevisions | None:
    """Revision ids read from the scripts' `revision = "..."` / `down_revision = ...`
    lines without importing Alembic; None unless they form one plain linear history."""
    parents: dict[str, str | None] = {}
    for script in VERSIONS_DIR.glob("*.py"):
        if script.name.startswith("_"):
            continue
        fields: dict[str, str | None] = {}
        for match in _HEADER_LINE.finditer(script.read_text(encoding="utf-8")):
            if match.group(1) in fields:
                return None
            fields[match.group(1)] = match.group(2) or match.group(3)
        revision = fields.get("revision")
        if revision is None or "down_revision" not in fields or revision in parents:
            return None
        parents[revision] = fields["down_revision"]
    children = {parent for parent in parents.values() if parent is not None}
    heads = set(parents) - children
    roots = [revision for revision, parent in parents.items() if parent is None]
    if len(heads) != 1 or len(roots) != 1 or not children <= set(parents):
        return None
    if len(children) != len(parents) - 1:  # a revision with two children: a branch
        return None
    return ScriptRevisions(frozenset(parents), heads.pop())


@cache
def script_revisions() -> ScriptRevisions:
    """Every revision this version of Copydesk knows, and the head (read once)."""
    quick = _revisions_from_headers()
    if quick is not None:
        return quick
    directory = script_directory()
    head = directory.get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    known = frozenset(script.revision for script in directory.walk_revisions())
    return ScriptRevisions(known, head)


def head_revision() -> str:
    """The newest schema revision this version of Copydesk knows."""
    return script_revisions().head


def is_known_revision(revision: str) -> bool:
    """True if `revision` is one of this app's migrations."""
    return revision in script_revisions().known


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
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def inspect_server_database(engine: Engine) -> str | None:
    """Validate a non-SQLite-file database; return its revision (None if empty and new)."""
    from alembic.runtime.migration import MigrationContext

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
    try:
        with (
            closing(sqlite3.connect(read_only_uri(path), uri=True)) as source,
            closing(sqlite3.connect(destination)) as target,
        ):
            source.backup(target)
    except BaseException as error:
        # A full disk leaves a partial (often 0-byte) copy: never keep it as a "backup".
        for leftover in (destination, destination.with_name(destination.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(error, sqlite3.Error | OSError):
            words = failure_in_words(error)
            raise LibraryUnavailableError(
                f"cannot back up {path} before upgrading it ({words}); the library was not changed"
            ) from error
        raise
    return destination
