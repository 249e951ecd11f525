"""A library whose file is moved or deleted while open is never written to, can be saved
elsewhere from what it still has open, and a closed library is one file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from editor.storage import Library
from editor.storage.save_failures import (
    FailureKind,
    LibraryFileGoneError,
    describe_save_failure,
)
from tests.unit.storage.conftest import make_article


def headlines_in(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {row[0] for row in connection.execute("SELECT headline FROM articles")}


@pytest.mark.parametrize("how", ["moved", "deleted", "replaced"])
def test_no_write_once_the_file_at_the_path_is_another(library_path: Path, how: str) -> None:
    library = Library.open(str(library_path))
    try:
        kept = library.save(make_article("Vor dem Umzug"))
        moved = library_path.with_name("moved.sqlite")
        library_path.rename(moved)
        if how == "deleted":
            moved.unlink()
        elif how == "replaced":
            library_path.write_bytes(b"")
        assert library.file_is_gone()
        with pytest.raises(LibraryFileGoneError):
            library.save(make_article("Nach dem Umzug"))
        with pytest.raises(LibraryFileGoneError):
            library.delete(kept.id)
        rescued = library_path.with_name("rescued.sqlite")
        library.save_copy_to(rescued)
    finally:
        library.close()
    assert headlines_in(rescued) == {"Vor dem Umzug"}
    with Library.open(str(rescued)) as reopened:
        assert reopened.save(make_article("Im neuen Haus")).version == 1
    if how == "moved":
        assert headlines_in(moved) == {"Vor dem Umzug"}, "the session's work is in the file"
    orphan = Path(f"{library_path}-wal")
    assert not orphan.exists() or orphan.stat().st_size == 0, "no work left in an orphan log"


def test_save_copy_to_replaces_an_existing_file_whole(library: Library, tmp_path: Path) -> None:
    library.save(make_article("Eins"))
    target = tmp_path / "copy.sqlite"
    target.write_text("old contents")
    library.save_copy_to(target)
    assert headlines_in(target) == {"Eins"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []


def test_close_checkpoints_the_log_even_while_another_program_has_it_open(
    library_path: Path, tmp_path: Path
) -> None:
    library = Library.open(str(library_path))
    other = sqlite3.connect(library_path)
    try:
        other.execute("SELECT count(*) FROM articles").fetchall()
        library.save(make_article("Ganz im Hauptfile"))
        library.close()
        wal = Path(f"{library_path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        alone = tmp_path / "alone" / "copy.sqlite"
        alone.parent.mkdir()
        alone.write_bytes(library_path.read_bytes())
        assert headlines_in(alone) == {"Ganz im Hauptfile"}
    finally:
        other.close()


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (
            sqlite3.OperationalError("database or disk is full"),
            FailureKind.DISK_FULL,
            "the disk is full",
        ),
        (
            sqlite3.OperationalError("database is locked"),
            FailureKind.LOCKED,
            "another program is writing to the library; try again",
        ),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            FailureKind.READ_ONLY,
            "the library is read-only",
        ),
        (OSError(28, "No space left on device"), FailureKind.DISK_FULL, "the disk is full"),
        (
            LibraryFileGoneError("x"),
            FailureKind.LIBRARY_GONE,
            "the library file was moved or deleted",
        ),
    ],
)
def test_failures_are_said_in_words(error: Exception, kind: FailureKind, words: str) -> None:
    failure = describe_save_failure(error)
    assert (failure.kind, failure.words) == (kind, words)
    assert failure.status_text == f"Not saved: {words}"


def test_sqlalchemy_errors_are_said_without_sql(library_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError(
        "INSERT INTO articles (body) VALUES (?)",
        ("Geheimer Text",),
        sqlite3.OperationalError("database or disk is full"),
    )
    failure = describe_save_failure(wrapped)
    assert failure.status_text == "Not saved: the disk is full"
    assert "INSERT" not in failure.status_text and "Geheim" not in failure.status_text


def test_save_copy_to_a_full_disk_says_so(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.storage.errors import LibraryError

    class FullDisk:
        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("VACUUM INTO"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.real.execute(sql, *args)

        def close(self) -> None:
            self.real.close()

    opened = library._file
    assert opened is not None
    monkeypatch.setattr(opened, "_connection", FullDisk(opened._connection))  # type: ignore[arg-type]
    with pytest.raises(LibraryError) as refused:
        library.save_copy_to(tmp_path / "copy.sqlite")
    failure = describe_save_failure(refused.value)
    assert failure.kind is FailureKind.DISK_FULL
    assert failure.words == f"cannot write {tmp_path / 'copy.sqlite'}: the disk is full"
    assert list(tmp_path.glob(".copy.sqlite.*")) == []
