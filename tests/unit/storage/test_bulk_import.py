"""Bulk import: rows stored exactly as save() stores them, errors surface, settings restored."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from editor.domain.article import Article, Status
from editor.storage import Library
from tests.unit.storage.conftest import make_article

_COLUMNS = (
    "slug, status, placeholder, language, created_at, updated_at, published_at, version, "
    "word_count, char_count, kicker, headline, byline, dateline, teaser, body, "
    "target_words, target_chars"
)


def _stored(library: Library, article_id: str) -> dict[str, object]:
    with library._writer.connect() as connection:
        row = connection.execute(
            text(
                f"SELECT {_COLUMNS}, typeof(created_at) AS created_type "
                "FROM articles WHERE id = :id"
            ),
            {"id": article_id},
        ).one()
    return dict(row._mapping)


def test_imported_rows_equal_saved_rows(library: Library) -> None:
    moment = datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    fields: dict[str, object] = {
        "kicker": "Eilmeldung",
        "teaser": "Kurz — und gut.",
        "body": "## Titel\n\n- Punkt *eins*\n\n[Link](https://x.org) 5 \\* 3",
        "byline": "Von A",
        "dateline": "Köln",
        "language": "de",
        "status": Status.PUBLISHED,
        "placeholder": True,
        "published_at": moment,
        "target_words": 300,
        "target_chars": None,
    }
    saved = library.save(make_article("Gespeichert", **fields))
    imported = make_article("Importiert", **fields)
    imported.created_at, imported.updated_at = saved.created_at, saved.updated_at
    assert library.import_many([imported]) == 1
    by_save, by_import = _stored(library, saved.id), _stored(library, imported.id)
    assert (by_save.pop("slug"), by_import.pop("slug")) == ("gespeichert", "importiert")
    assert (by_save.pop("headline"), by_import.pop("headline")) == ("Gespeichert", "Importiert")
    assert by_import == by_save
    assert library.get(imported.id).published_at == moment


def test_error_in_the_articles_stops_the_import(library: Library) -> None:
    switch_interval = sys.getswitchinterval()

    def articles() -> Iterator[Article]:
        base = datetime(2024, 1, 1, tzinfo=UTC)
        for number in range(7):
            yield make_article(f"Meldung {number}", updated_at=base + timedelta(hours=number))
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError, match="source broke"):
        library.import_many(articles(), batch_size=3)
    assert len(library.list_articles()) == 6, "complete batches stay in"
    assert sys.getswitchinterval() == switch_interval


def test_duplicate_ids_within_one_import_are_refused(library: Library) -> None:
    article = make_article("Doppelt")
    with pytest.raises(Exception, match="already exists"):
        library.import_many([article, make_article("Zweimal", id=article.id)])
    assert library.list_articles() == []
