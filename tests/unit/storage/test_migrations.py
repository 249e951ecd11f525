"""Schema revisions: upgrading an older library with a backup, refusing newer ones, and the
migrations matching the ORM mappings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from editor.domain.article import LinkKind
from editor.storage import Library, LibrarySchemaTooNewError
from editor.storage.engine import make_engine
from editor.storage.location import sqlite_url
from editor.storage.models import Base
from editor.storage.schema import head_revision, upgrade_to_head
from tests.unit.storage.conftest import file_digest

OLD_ARTICLE = "11111111-2222-3333-4444-555555555555"
OLD_NEIGHBOUR = "99999999-2222-3333-4444-555555555555"


def make_revision_0001_library(path: Path) -> None:
    """A library exactly as the first release wrote it, with two linked articles."""
    engine = make_engine(sqlite_url(path), immediate=True)
    upgrade_to_head(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO sections (name, position) VALUES ('Politik', 0)")
        for article_id, slug, headline, body in (
            (OLD_ARTICLE, "rathaus-streit", "Streit im Kölner Rathaus", "Die Sitzung in Köln."),
            (OLD_NEIGHBOUR, "vorgeschichte", "Die Vorgeschichte", "Wie alles begann."),
        ):
            connection.exec_driver_sql(
                "INSERT INTO articles (id, slug, section_id, status, placeholder, language,"
                " created_at, updated_at, version, word_count, char_count, kicker, headline,"
                " byline, dateline, teaser, body) VALUES (?, ?, 1, 'draft', 0, 'de',"
                " '2024-05-01 10:00:00.000000', '2024-05-02 10:00:00.000000', 3, 4, 30,"
                " '', ?, '', '', 'Der Rat tagt.', ?)",
                (article_id, slug, headline, body),
            )
        connection.exec_driver_sql(
            "INSERT INTO article_tags (article_id, tag, position) VALUES (?, 'Rat', 0)",
            (OLD_ARTICLE,),
        )
        connection.exec_driver_sql(
            "INSERT INTO links (source_id, target_id, kind) VALUES (?, ?, 'previous'),"
            " (?, ?, 'next')",
            (OLD_ARTICLE, OLD_NEIGHBOUR, OLD_NEIGHBOUR, OLD_ARTICLE),
        )
    engine.dispose()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    return str(revision)


def test_older_library_is_backed_up_then_upgraded(library_path: Path) -> None:
    make_revision_0001_library(library_path)
    assert revision_of(library_path) == "0001"

    with Library.open(str(library_path)) as library:
        article = library.get(OLD_ARTICLE)
        assert article.headline == "Streit im Kölner Rathaus"
        assert article.section == "Politik"
        assert article.tags == ["Rat"]
        assert article.version == 3
        assert article.target_words is None
        assert library.neighbour(OLD_ARTICLE, LinkKind.PREVIOUS) is not None
        assert [hit.id for hit in library.search("koln sitzung")] == [OLD_ARTICLE]
        article.target_words = 120
        assert library.save(article).target_words == 120

    assert revision_of(library_path) == head_revision()
    backups = sorted(library_path.parent.glob(f"{library_path.name}.bak-0001-*"))
    assert len(backups) == 1
    assert revision_of(backups[0]) == "0001"
    with sqlite3.connect(backups[0]) as connection:
        headlines = connection.execute("SELECT headline FROM articles ORDER BY seq").fetchall()
    connection.close()
    assert headlines == [("Streit im Kölner Rathaus",), ("Die Vorgeschichte",)]

    with Library.open(str(library_path)) as library:
        assert library.get(OLD_ARTICLE).target_words == 120
    assert len(list(library_path.parent.glob("*.bak-*"))) == 1, "no second backup when current"


def test_newer_schema_is_refused_untouched(library_path: Path) -> None:
    with Library.open(str(library_path)):
        pass
    with sqlite3.connect(library_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    connection.close()
    before = file_digest(library_path)
    with pytest.raises(LibrarySchemaTooNewError, match="newer Copydesk") as caught:
        Library.open(str(library_path))
    assert "0042_from_the_future" in str(caught.value)
    assert file_digest(library_path) == before
    assert not list(library_path.parent.glob("*.bak-*"))


def _compared(name: str | None, _kind: str, _parent: object) -> bool:
    # FTS shadow tables and Alembic's table are not mapped; SQLite cannot reflect the
    # expression index on sections, which the opening tests exercise instead.
    return not (name or "").startswith("articles_fts") and name not in (
        "alembic_version",
        "ux_sections_parent_name",
    )


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrations_create_exactly_the_mapped_schema(library_path: Path) -> None:
    with Library.open(str(library_path)):
        pass
    engine = make_engine(sqlite_url(library_path))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _compared})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_recounts_with_the_one_rule_and_keeps_final_newlines(library_path: Path) -> None:
    """The first release stored 4 words for a 3-word teaser and 4-word body; the upgrade
    recounts every article, and every existing article's text ends with a line break."""
    make_revision_0001_library(library_path)
    with Library.open(str(library_path)) as library:
        counts = {summary.id: summary.word_count for summary in library.list_articles()}
        assert counts[OLD_ARTICLE] == 7
        assert library.get(OLD_ARTICLE).final_newline is True
