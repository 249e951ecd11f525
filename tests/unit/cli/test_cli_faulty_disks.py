"""The command line on a real full disk (a tiny tmpfs) and on real read-only media (a
read-only bind mount), inside a private mount namespace (issues 13.6, 13.8, 13.9, 13.11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.private_mounts import run_under_mounts

MAKE_LIBRARY = """
from editor.domain import Article
from editor.storage import Library
def make_library(path, count=20):
    with Library.open(path) as library:
        for number in range(count):
            library.save(Article(headline=f"Meldung {number}", body="Text. " * 200))
def fill_disk(folder, leave=0):
    import os
    with open(os.path.join(folder, "filler"), "wb") as filler:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                filler.write(b"\\0" * min(4096, free - leave))
                filler.flush()
        except OSError:
            pass
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text('"Neu"\n\nTeaser.\n\nText.', encoding="utf-8")
    return path


def test_library_on_a_full_disk_can_be_read_and_says_why_not_written(
    tmp_path: Path, story: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    result = run_under_mounts(
        f"mount -t tmpfs -o size=2m tmpfs {disk}",
        MAKE_LIBRARY
        + f"""
make_library("{disk}/lib.sqlite")
fill_disk("{disk}")
print(json.dumps([copydesk("--library", "{disk}/lib.sqlite", "list"),
                  copydesk("--library", "{disk}/lib.sqlite", "import", "{story}")]))
""",
    )
    listed, imported = result
    assert listed["rc"] == 0, listed["err"]
    assert len(listed["out"].splitlines()) == 20
    assert imported["rc"] == 1
    assert imported["err"] == (
        f"copydesk: error: cannot import into {disk}/lib.sqlite: the disk is full; "
        "nothing was imported\n"
    )


def test_full_disk_on_one_large_file_names_it_and_the_rest_import(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    large = tmp_path / "large.txt"
    large.write_text('"Groß"\n\nTeaser.\n\n' + "Ein langer Absatz. " * 100_000, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text('"Klein"\n\nTeaser.\n\nKurzer Text.', encoding="utf-8")
    result = run_under_mounts(
        f"mount -t tmpfs -o size=3m tmpfs {disk}",
        MAKE_LIBRARY
        + f"""
make_library("{disk}/lib.sqlite", count=2)
fill_disk("{disk}", leave=600 * 1024)
imported = copydesk("--library", "{disk}/lib.sqlite", "import", "{large}", "{small}")
import sqlite3
check = sqlite3.connect("{disk}/lib.sqlite").execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps([imported, check]))
""",
    )
    imported, integrity = result
    assert imported["rc"] == 1
    assert imported["err"] == f"copydesk: error: {large}: the disk is full\n"
    assert [line.split("\t")[1] for line in imported["out"].splitlines()] == ["Klein"]
    assert integrity == "ok"


def test_failed_upgrade_on_a_full_disk_leaves_no_backup(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    result = run_under_mounts(
        f"mount -t tmpfs -o size=2m tmpfs {disk}",
        f"""
import os, sqlite3
from editor.storage.engine import make_engine
from editor.storage.location import sqlite_url
from editor.storage.schema import upgrade_to_head
import json
from pathlib import Path
engine = make_engine(sqlite_url(Path("{disk}/old.sqlite")), immediate=True)
upgrade_to_head(engine, "0001")
with engine.begin() as connection:
    connection.exec_driver_sql(
        "INSERT INTO copydesk_meta (key, value) VALUES ('padding', ?)", ("x" * 900_000,))
engine.dispose()
with open("{disk}/filler", "wb") as filler:
    free = os.statvfs("{disk}").f_bavail * os.statvfs("{disk}").f_frsize
    filler.write(b"\\0" * (free - 400 * 1024))
listed = copydesk("--library", "{disk}/old.sqlite", "list")
print(json.dumps([listed, sorted(os.listdir("{disk}"))]))
""",
    )
    listed, names = result
    assert listed["rc"] == 1
    assert listed["err"].startswith(f"copydesk: error: cannot back up {disk}/old.sqlite")
    assert "the disk is full" in listed["err"] and listed["err"].count("\n") == 1
    assert not [name for name in names if ".bak-" in name]


def test_library_on_read_only_media_opens_read_only(tmp_path: Path, story: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    result = run_under_mounts(
        "",
        MAKE_LIBRARY
        + f"""
import os, subprocess
make_library("{archive}/lib.sqlite", count=3)
subprocess.run(["mount", "--bind", "{archive}", "{archive}"], check=True)
subprocess.run(["mount", "-o", "remount,ro,bind", "{archive}"], check=True)
before = sorted(os.listdir("{archive}"))
listed = copydesk("--library", "{archive}/lib.sqlite", "list", "--json")
imported = copydesk("--library", "{archive}/lib.sqlite", "import", "{story}")
with Library.open("{archive}/lib.sqlite") as library:
    read_only = library.read_only
    try:
        library.save(Article(headline="Neu"))
        refusal = None
    except Exception as error:
        refusal = f"{{type(error).__name__}}: {{error}}"
print(json.dumps([listed, imported, read_only, refusal, before, sorted(os.listdir("{archive}"))]))
""",
    )
    listed, imported, read_only, refusal, before, after = result
    assert listed["rc"] == 0, listed["err"]
    assert len(json.loads(listed["out"])) == 3
    assert imported["rc"] == 1
    assert imported["err"] == (
        f"copydesk: error: cannot import into {archive}/lib.sqlite: the library is read-only; "
        "nothing was imported\n"
    )
    assert read_only is True
    assert refusal == "ReadOnlyLibraryError: the library is read-only"
    assert before == after == ["lib.sqlite"]
