"""Prefix search through the FTS5 prefix index, and revision 0004 that adds that index:
an upgraded library finds exactly what it found before, and keeps its index in step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from editor.storage import Library
from editor.storage.engine import make_engine
from editor.storage.location import sqlite_url
from editor.storage.schema import alembic_config, head_revision
from tests.unit.storage.conftest import make_article

QUERIES = ("Ber", "Bund", "Köl", "koln", "Stad", "Mini", "Bundestag", "Stadion Köln", "EU")


def fts_table_sql(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"
        ).fetchone()
    connection.close()
    return str(row[0])


def stock(library: Library) -> dict[str, str]:
    """A few articles whose words share three- and four-letter prefixes."""
    headlines = {
        "berlin": "Berlin baut",
        "bern": "Bern wählt",
        "bergbau": "Bergbau endet",
        "bund": "Bundestag berät den Haushalt",
        "koeln": "Stadion in Köln voll",
        "minister": "Ministerin tritt zurück",
        "eu": "EU beschließt Zölle",
    }
    return {
        key: library.save(make_article(headline, teaser="", body="", tags=[])).id
        for key, headline in headlines.items()
    }


def found(library: Library, query: str) -> set[str]:
    return {hit.id for hit in library.search(query)}


def test_new_libraries_have_the_prefix_index(library_path: Path) -> None:
    with Library.open(str(library_path)):
        pass
    assert "prefix='3 4'" in fts_table_sql(library_path)


def test_three_and_four_letter_prefixes_find_the_words(library: Library) -> None:
    ids = stock(library)
    assert found(library, "Ber") == {ids["berlin"], ids["bern"], ids["bergbau"], ids["bund"]}
    assert found(library, "berl") == {ids["berlin"]}
    assert found(library, "Bund") == {ids["bund"]}
    assert found(library, "Mini") == {ids["minister"]}
    assert found(library, "Stad") == {ids["koeln"]}
    assert found(library, "Köl") == {ids["koeln"]}
    assert found(library, "kol") == {ids["koeln"]}
    assert found(library, "koln") == {ids["koeln"]}, "koln finds Köln"
    assert found(library, "Stadion Köl") == {ids["koeln"]}
    assert found(library, "Sta Köln") == set(), "inner three-letter words match whole words"
    assert found(library, "EU") == {ids["eu"]}, "two letters match the whole word only"


def test_prefix_hits_mark_the_whole_word(library: Library) -> None:
    stock(library)
    (hit,) = library.search("Köl")
    assert hit.snippet == "Stadion in [Köln] voll"


def test_upgrade_from_0003_keeps_search_results_and_index_in_step(library_path: Path) -> None:
    with Library.open(str(library_path)) as library:
        ids = stock(library)
        at_head = {query: [hit.id for hit in library.search(query)] for query in QUERIES}
    assert any(at_head.values())
    engine = make_engine(sqlite_url(library_path), immediate=True)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
    engine.dispose()
    assert "prefix" not in fts_table_sql(library_path)

    with Library.open(str(library_path)) as library:
        assert {query: [hit.id for hit in library.search(query)] for query in QUERIES} == at_head
        renamed = library.get(ids["bern"])
        renamed.headline = "Bonn wählt"
        library.save(renamed)
        added = library.save(make_article("Bernstein gefunden", teaser="", body="", tags=[]))
        assert found(library, "Bern") == {added.id}
        assert found(library, "Bonn") == {ids["bern"]}
    assert "prefix='3 4'" in fts_table_sql(library_path)
    with sqlite3.connect(library_path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert revision == head_revision()
    assert len(list(library_path.parent.glob(f"{library_path.name}.bak-0003-*"))) == 1
