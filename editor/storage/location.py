"""Where a library lives: the default location and turning a user's argument into a URL."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

APP_NAME = "Copydesk"
DEFAULT_LIBRARY_FILENAME = "library.sqlite"
LIBRARY_ENV_VAR = "COPYDESK_LIBRARY"


def default_library_path() -> Path:
    """The library used when none is given: `$COPYDESK_LIBRARY` if it is a path, else the
    user data dir (`~/.local/share/Copydesk/library.sqlite` on Linux)."""
    from_env = os.environ.get(LIBRARY_ENV_VAR, "").strip()
    if from_env and not looks_like_url(from_env):
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_LIBRARY_FILENAME


def looks_like_url(location: str) -> bool:
    """True for `sqlite:///x.db`, `postgresql+psycopg://...`; false for plain paths."""
    scheme, sep, _ = location.partition("://")
    return bool(sep) and bool(scheme) and all(ch.isalnum() or ch in "+-." for ch in scheme)


def resolve_location(location: str | None) -> URL:
    """The SQLAlchemy URL for a path, a URL or None (the default library)."""
    if location is None:
        location = os.environ.get(LIBRARY_ENV_VAR, "").strip() or None
    if location is None:
        return sqlite_url(default_library_path())
    if looks_like_url(location):
        return make_url(location)
    return sqlite_url(Path(location).expanduser().resolve())


def sqlite_url(path: Path) -> URL:
    """An SQLite URL for a file path (built as an object, so `?` or `#` in names are safe)."""
    return URL.create("sqlite", database=str(path))


def library_url(arg: str | None) -> str:
    """The URL string for a `--library` argument: a path becomes `sqlite:///<absolute path>`,
    a URL passes through unchanged, None means the default library."""
    if arg is None:
        arg = os.environ.get(LIBRARY_ENV_VAR, "").strip() or None
    if arg is not None and looks_like_url(arg):
        return arg
    return resolve_location(arg).render_as_string(hide_password=False)


def sqlite_file_of(url: URL) -> Path | None:
    """The database file of an SQLite URL, or None for other engines and in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)
