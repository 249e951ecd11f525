"""Bulk import: many new articles, fast, through the same tables and FTS triggers as save().

Each batch is one transaction: rows are prepared (word counts, base slugs, values already in
the database's form), then slugs are made unique and sections resolved against the
database, then the rows go in. On SQLite they are written through the raw DBAPI connection
of the session (same connection, same transaction), skipping SQLAlchemy's per-row parameter
handling; the values were converted with the column types' own bind processors, so they are
stored exactly as save() stores them.

Rows go in as multi-row INSERT statements, not one statement per row: FTS5 flushes its
pending terms to disk whenever a new statement begins in a transaction that has touched the
index, so row-by-row inserts (whose trigger feeds the index) would write a tiny index
segment per article and spend as much time merging segments as tokenizing. Python's sqlite3
module holds the GIL while SQLite works, so a helper thread preparing rows would not overlap.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Dialect, Table, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from editor.domain.article import Article, Status, normalize_tags
from editor.storage.article_store import (
    articles_table,
    base_slug,
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

ARTICLE_COLUMNS = (
    "id", "slug", "section_id", "status", "placeholder", "language", "created_at",
    "updated_at", "published_at", "version", "word_count", "char_count", "kicker",
    "headline", "byline", "dateline", "teaser", "body", "target_words", "target_chars",
    "final_newline",
)  # fmt: skip
_SLUG = ARTICLE_COLUMNS.index("slug")
_SECTION_ID = ARTICLE_COLUMNS.index("section_id")
TAG_COLUMNS = ("article_id", "tag", "position")

# Rows per INSERT statement (fewer if the SQLite build allows fewer bound parameters).
# 1,000 measured best overall: whole 5,000-article batches import ~8 % faster but leave
# fewer, larger index segments whose merges made searches right after a 100,000-article
# import twice as slow.
ROWS_PER_STATEMENT = 1000

ValueConverter = Callable[[Any], Any]


@dataclass(frozen=True)
class RowFormat:
    """How values are converted for the raw DBAPI path: (column index, bind processor)
    pairs; empty when rows go through SQLAlchemy, which converts them itself."""

    raw: bool
    article_converters: tuple[tuple[int, ValueConverter], ...] = ()

    @classmethod
    def for_dialect(cls, dialect: Dialect) -> RowFormat:
        """Raw DBAPI rows for SQLite; SQLAlchemy parameters elsewhere."""
        if dialect.name != "sqlite":
            return cls(raw=False)
        return cls(raw=True, article_converters=_converters(articles_table(), dialect))


def _converters(table: Table, dialect: Dialect) -> tuple[tuple[int, ValueConverter], ...]:
    found: list[tuple[int, ValueConverter]] = []
    for index, name in enumerate(ARTICLE_COLUMNS):
        # What SQLAlchemy itself applies: the dialect's implementation of the column type.
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            found.append((index, processor))
    return tuple(found)


@dataclass
class PreparedBatch:
    """Rows ready to insert, except for what needs the database: unique slugs (the base slug
    is in place) and section ids (None in place; `sections` holds the names)."""

    rows: list[list[Any]] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tag_rows: list[tuple[str, str, int]] = field(default_factory=list)


def prepare_batch(articles: Sequence[Article], row_format: RowFormat) -> PreparedBatch:
    """Rows (values in ARTICLE_COLUMNS order) for everything that does not need the database."""
    batch = PreparedBatch()
    converters = row_format.article_converters
    for article in articles:
        words, chars = article_counts(article.teaser, article.body)
        batch.sections.append(article.section.strip())
        row = [
            article.id,
            base_slug(article),
            None,
            Status(article.status).value,
            article.placeholder,
            article.language,
            article.created_at,
            article.updated_at,
            article.published_at,
            1,
            words,
            chars,
            article.kicker,
            article.headline,
            article.byline,
            article.dateline,
            article.teaser,
            article.body,
            article.target_words,
            article.target_chars,
            article.final_newline,
        ]
        for index, convert in converters:
            row[index] = convert(row[index])
        batch.rows.append(row)
        batch.tag_rows.extend(
            (article.id, tag, position) for position, tag in enumerate(normalize_tags(article.tags))
        )
    return batch


def insert_batch(
    session: Session, batch: PreparedBatch, section_ids: dict[str, int], row_format: RowFormat
) -> int:
    """Insert a prepared batch: slugs made unique (against the library and the batch),
    sections created on demand (`section_ids` caches name -> id across batches)."""
    bases = {row[_SLUG] for row in batch.rows}
    existing = set(session.scalars(select(ArticleRow.slug).where(ArticleRow.slug.in_(bases))))
    taken: set[str] = set()
    for row, section in zip(batch.rows, batch.sections, strict=True):
        slug = row[_SLUG]
        if slug in existing or slug in taken:
            row[_SLUG] = slug = unique_slug(session, slug, taken)
        taken.add(slug)
        if section:
            if section not in section_ids:
                found = section_for_article(session, section)
                if found is not None:
                    section_ids[section] = found
            row[_SECTION_ID] = section_ids.get(section)
    _insert_rows(session, articles_table(), ARTICLE_COLUMNS, batch.rows, row_format)
    _insert_rows(session, tags_table(), TAG_COLUMNS, batch.tag_rows, row_format)
    return len(batch.rows)


def _insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    row_format: RowFormat,
) -> None:
    if not rows:
        return
    if not row_format.raw:
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    connection = session.connection()
    driver_connection = connection.connection.driver_connection
    assert isinstance(driver_connection, sqlite3.Connection), "raw rows are for SQLite only"
    quote = connection.dialect.identifier_preparer.quote
    names = (quote(table.name), *map(quote, columns))
    max_rows = driver_connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)
    per_statement = max(1, min(ROWS_PER_STATEMENT, max_rows))
    cursor = driver_connection.cursor()
    try:
        for start in range(0, len(rows), per_statement):
            group = rows[start : start + per_statement]
            cursor.execute(
                _multi_row_insert(names, len(group)), list(itertools.chain.from_iterable(group))
            )
    finally:
        cursor.close()


@cache
def _multi_row_insert(names: tuple[str, ...], row_count: int) -> str:
    """`INSERT INTO table (columns) VALUES (?, ...), (?, ...), ...` for `row_count` rows."""
    table, *columns = names
    placeholders = f"({', '.join('?' * len(columns))})"
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES {', '.join(itertools.repeat(placeholders, row_count))}"
    )


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, max(1, size))):
        yield batch


def _configure_fts(writing: SessionScope, settings: dict[str, int]) -> None:
    with writing() as session:
        if session.get_bind().dialect.name == "sqlite":
            for key, value in settings.items():
                session.execute(_FTS_CONFIGURE, {"key": key, "value": value})


def _row_format(writing: SessionScope) -> RowFormat:
    with writing() as session:
        return RowFormat.for_dialect(session.get_bind().dialect)


def import_articles(writing: SessionScope, articles: Iterable[Article], batch_size: int) -> int:
    """Insert new articles, one transaction per batch; returns how many were inserted."""
    row_format = _row_format(writing)
    _configure_fts(writing, _FTS_BULK_SETTINGS)
    try:
        return _import_batches(writing, articles, batch_size, row_format)
    finally:
        _configure_fts(writing, _FTS_DEFAULT_SETTINGS)


def _import_batches(
    writing: SessionScope, articles: Iterable[Article], batch_size: int, row_format: RowFormat
) -> int:
    section_ids: dict[str, int] = {}
    total = 0
    for batch in _batches(articles, batch_size):
        prepared = prepare_batch(batch, row_format)
        try:
            with writing() as session:
                total += insert_batch(session, prepared, section_ids, row_format)
        except (IntegrityError, sqlite3.IntegrityError) as error:  # SQLAlchemy's, raw DBAPI's
            raise LibraryError(
                f"import stopped after {total} articles: an article id already exists"
            ) from error
    return total
