"""Opening libraries: creation, SQLite settings, refusing non-libraries untouched, locations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from editor.storage import (
    Library,
    LibraryError,
    LibrarySchemaTooNewError,
    NotALibraryError,
    default_library_path,
    library_url,
)
from editor.storage.engine import make_engine
from editor.storage.errors import LibraryUnavailableError, ReadOnlyLibraryError
from editor.storage.location import resolve_location, sqlite_url
from editor.storage.schema import head_revision, upgrade_to_head
from tests.unit.storage.conftest import file_digest, make_article


def test_new_path_creates_library_and_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "news.sqlite"
    with Library.open(str(path)) as library:
        assert library.name == "news"
        assert library.url == f"sqlite:///{path}"
        assert library.list_articles() == []
    assert path.is_file()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        marker = connection.execute(
            "SELECT value FROM copydesk_meta WHERE key = 'application'"
        ).fetchone()
        assert marker == ("copydesk",)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == (head_revision(),)


def test_reopening_keeps_articles(library_path: Path) -> None:
    with Library.open(str(library_path)) as library:
        saved = library.save(make_article())
    with Library.open(str(library_path), create=False) as library:
        assert library.get(saved.id).headline == saved.headline


def test_foreign_keys_are_enforced(library: Library) -> None:
    engine = library._writer
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (connection.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0


def test_missing_library_without_create_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(LibraryError, match="no library at"):
        Library.open(str(path), create=False)
    assert not path.exists()


def _other_programs_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()


def _empty_sqlite_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()


def _fake_marker_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE copydesk_meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO copydesk_meta VALUES ('application', 'notes-app')")
    connection.close()


@pytest.mark.parametrize(
    ("writer", "reason"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "not an SQLite database"),
        (lambda p: p.write_text("Minister says no comment\n", encoding="utf-8"), "not an SQLite"),
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_bytes(b"\x00" * 100), "not an SQLite database"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200), "not a readable"),
        (_other_programs_database, "another program's SQLite database"),
        (_empty_sqlite_database, "empty SQLite database"),
        (_fake_marker_database, "no Copydesk marker"),
    ],
    ids=[
        "random-bytes",
        "text",
        "zero-length",
        "zeros",
        "bad-sqlite",
        "other-app",
        "empty-sqlite",
        "foreign-marker",
    ],
)
def test_non_library_is_refused_and_left_byte_identical(
    tmp_path: Path, writer: object, reason: str
) -> None:
    path = tmp_path / "news.sqlite"
    writer(path)  # type: ignore[operator]
    before = file_digest(path)
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotALibraryError, match=reason) as caught:
        Library.open(str(path))
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings_before


def test_truncated_library_is_refused_without_files_left_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "news.sqlite"
    with Library.open(str(path)) as library:
        library.import_many(
            [make_article(f"Artikel {number}", body="Text. " * 200) for number in range(300)]
        )
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 3)
    before = file_digest(path)
    with pytest.raises(NotALibraryError, match="not a readable Copydesk library"):
        Library.open(str(path))
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.sqlite"]


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotALibraryError, match="folder"):
        Library.open(str(tmp_path))


def test_name_for_urls(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    with Library.open(f"sqlite:///{path}") as library:
        assert library.name == "archive"
    with Library.open("sqlite://") as memory:
        assert memory.name == "memory"
        assert memory.save(make_article()).version == 1


def test_library_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert library_url("news.sqlite") == f"sqlite:///{tmp_path / 'news.sqlite'}"
    url = "postgresql+psycopg://desk:secret@db.example/newsroom"
    assert library_url(url) == url
    assert library_url("sqlite:///x.db") == "sqlite:///x.db"


def test_path_with_url_characters(tmp_path: Path) -> None:
    path = tmp_path / "what? #1 100%.sqlite"
    assert resolve_location(str(path)).database == str(path)
    with Library.open(str(path)) as library:
        library.save(make_article())
    with Library.open(str(path)) as library:
        assert len(library.list_articles()) == 1


def test_default_location_honours_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_LIBRARY", str(tmp_path / "env.sqlite"))
    assert default_library_path() == tmp_path / "env.sqlite"
    assert library_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.delenv("COPYDESK_LIBRARY")
    assert default_library_path().name == "library.sqlite"
    assert "Copydesk" in str(default_library_path())


def test_default_library_is_created_with_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_LIBRARY", str(tmp_path / "data" / "default.sqlite"))
    with Library.open(None) as library:
        assert library.name == "default"
    assert (tmp_path / "data" / "default.sqlite").is_file()


def test_newer_schema_is_refused_without_files_left_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "news.sqlite"
    with Library.open(str(path)) as library:
        library.save(make_article())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = file_digest(path)
    with pytest.raises(LibrarySchemaTooNewError, match="newer Copydesk"):
        Library.open(str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.sqlite"]
    assert file_digest(path) == before


def test_pipe_is_refused_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "news.sqlite"
    os.mkfifo(fifo)
    with pytest.raises(NotALibraryError, match="not a regular file"):
        Library.open(str(fifo))


def test_unwritable_library_opens_read_only_and_refuses_changes(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(str(library_path)) as library:
        saved = library.save(make_article())
        assert library.read_only is False
    monkeypatch.setattr("editor.storage.opening.is_writable_library_file", lambda path: False)
    with Library.open(str(library_path)) as library:
        assert library.read_only is True
        assert library.get(saved.id).headline == saved.headline
        with pytest.raises(ReadOnlyLibraryError, match="the library is read-only"):
            library.save(make_article("Neu"))
    assert sorted(p.name for p in library_path.parent.iterdir()) == [library_path.name]


def test_unwritable_older_library_is_refused_with_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(sqlite_url(path), immediate=True)
    upgrade_to_head(engine, "0001")
    engine.dispose()
    monkeypatch.setattr("editor.storage.opening.is_writable_library_file", lambda path: False)
    with pytest.raises(LibraryUnavailableError, match="copy it to a writable folder"):
        Library.open(str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]


def test_creation_stopped_halfway_leaves_no_empty_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.sqlite"
    dead_pid = 2**22 + 4321  # above Linux's default pid_max: no such process
    for suffix in ("", "-wal"):
        (tmp_path / f".news.sqlite.copydesk-{dead_pid}.tmp{suffix}").write_bytes(b"half")

    def killed(*args: object) -> None:
        raise SystemExit("killed while creating")

    monkeypatch.setattr("editor.storage.opening.upgrade_to_head", killed)
    with pytest.raises(SystemExit):
        Library.open(str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    with Library.open(str(path)) as library:
        assert library.list_articles() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.sqlite"]
