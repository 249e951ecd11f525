"""Engines for a library: SQLite connection settings (WAL, foreign keys, busy timeout) and
transaction handling that makes SQLite writes serialisable.

Python's sqlite3 module opens transactions lazily and only before writes, which lets two
writers read stale data. For SQLite the library therefore turns that off and emits its own
BEGIN: a deferred one for readers and `BEGIN IMMEDIATE` for writers, so a read-modify-write
(unique slugs, reciprocal links) holds the write lock from its first read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.pool import StaticPool

from editor.storage.inspection import read_only_uri

BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA cache_size = -65536",
    "PRAGMA temp_store = MEMORY",
)
WAL_PRAGMA = "PRAGMA journal_mode = WAL"


def is_memory_sqlite(url: URL) -> bool:
    """True for `sqlite://` and `sqlite:///:memory:`."""
    return url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:"


def make_engine(url: URL, *, immediate: bool = False, read_only: bool = False) -> Engine:
    """An engine for the library at `url`; for SQLite, `immediate` makes transactions take the
    write lock at BEGIN, and `read_only` opens the file strictly read-only (inspection.py)."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if is_memory_sqlite(url):
        kwargs["poolclass"] = StaticPool
    if read_only:
        uri = read_only_uri(Path(url.database or ""))
        kwargs = {"creator": lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)}
    engine = create_engine(url, **kwargs)
    pragmas = (
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        *SQLITE_PRAGMAS,
        *(() if read_only else (WAL_PRAGMA,)),
    )
    begin_statement = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin_statement)

    return engine
