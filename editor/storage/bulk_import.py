"""Bulk import: many new articles, fast, through the same tables and FTS triggers as save().

Each batch is one transaction: rows are prepared (word counts, base slugs), then slugs are
made unique and sections resolved against the database, then plain multi-row INSERTs run.
A helper thread would not overlap the work: Python's sqlite3 module (3.11) keeps the GIL
while SQLite steps, which is where the full-text indexing happens.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from editor.domain.article import Article, Status
from editor.storage.article_store import (
    articles_table,
    base_slug,
    clean_tags,
    tags_table,
    unique_slug,
)
from editor.storage.errors import LibraryError
from editor.storage.models import ArticleRow
from editor.storage.sections import section_for_article
from editor.storage.text_stats import article_counts

SessionScope = Callable[[], AbstractContextManager[Session]]

# FTS5 settings while bulk loading: a larger in-memory term buffer and lazier segment merging
# (fewer, bigger merges); the defaults come back afterwards for everyday saves.
_FTS_BULK_SETTINGS = {"automerge": 16, "hashsize": 128 * 1024 * 1024}
_FTS_DEFAULT_SETTINGS = {"automerge": 4, "hashsize": 1024 * 1024}
_FTS_CONFIGURE = text("INSERT INTO articles_fts(articles_fts, rank) VALUES (:key, :value)")


@dataclass
class PreparedBatch:
    """Rows ready to insert, except for what needs the database: unique slugs, section ids."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tag_rows: list[dict[str, Any]] = field(default_factory=list)


def prepare_batch(articles: Sequence[Article]) -> PreparedBatch:
    """Rows for everything that does not need the database."""
    batch = PreparedBatch()
    for article in articles:
        words, chars = article_counts(article.teaser, article.body)
        batch.sections.append(article.section.strip())
        batch.rows.append(
            {
                "id": article.id,
                "slug": base_slug(article),
                "section_id": None,
                "status": Status(article.status).value,
                "placeholder": article.placeholder,
                "language": article.language,
                "created_at": article.created_at,
                "updated_at": article.updated_at,
                "published_at": article.published_at,
                "version": 1,
                "word_count": words,
                "char_count": chars,
                "kicker": article.kicker,
                "headline": article.headline,
                "byline": article.byline,
                "dateline": article.dateline,
                "teaser": article.teaser,
                "body": article.body,
                "target_words": article.target_words,
                "target_chars": article.target_chars,
            }
        )
        batch.tag_rows.extend(
            {"article_id": article.id, "tag": tag, "position": position}
            for position, tag in enumerate(clean_tags(article.tags))
        )
    return batch


def insert_batch(session: Session, batch: PreparedBatch, section_ids: dict[str, int]) -> int:
    """Insert a prepared batch: slugs made unique (against the library and the batch),
    sections created on demand (`section_ids` caches name -> id across batches)."""
    bases = {row["slug"] for row in batch.rows}
    existing = set(session.scalars(select(ArticleRow.slug).where(ArticleRow.slug.in_(bases))))
    taken: set[str] = set()
    for row, section in zip(batch.rows, batch.sections, strict=True):
        slug = row["slug"]
        if slug in existing or slug in taken:
            row["slug"] = slug = unique_slug(session, slug, taken)
        taken.add(slug)
        if section:
            if section not in section_ids:
                found = section_for_article(session, section)
                if found is not None:
                    section_ids[section] = found
            row["section_id"] = section_ids.get(section)
    if batch.rows:
        session.execute(insert(articles_table()), batch.rows)
    if batch.tag_rows:
        session.execute(insert(tags_table()), batch.tag_rows)
    return len(batch.rows)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def _configure_fts(writing: SessionScope, settings: dict[str, int]) -> None:
    with writing() as session:
        if session.get_bind().dialect.name == "sqlite":
            for key, value in settings.items():
                session.execute(_FTS_CONFIGURE, {"key": key, "value": value})


def import_articles(writing: SessionScope, articles: Iterable[Article], batch_size: int) -> int:
    """Insert new articles, one transaction per batch; returns how many were inserted."""
    _configure_fts(writing, _FTS_BULK_SETTINGS)
    try:
        return _import_batches(writing, articles, batch_size)
    finally:
        _configure_fts(writing, _FTS_DEFAULT_SETTINGS)


def _import_batches(writing: SessionScope, articles: Iterable[Article], batch_size: int) -> int:
    section_ids: dict[str, int] = {}
    total = 0
    for batch in _batches(articles, batch_size):
        prepared = prepare_batch(batch)
        try:
            with writing() as session:
                total += insert_batch(session, prepared, section_ids)
        except IntegrityError as error:
            raise LibraryError(
                f"import stopped after {total} articles: an article id already exists"
            ) from error
    return total
