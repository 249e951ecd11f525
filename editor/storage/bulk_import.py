"""Bulk import: many new articles, fast, through the same tables and FTS triggers as save().

Each batch is one transaction. Rows are prepared (word counts, base slugs, values already in
the database's form) in chunks on a helper thread while the calling thread writes the
previous chunk: slugs are made unique and sections resolved against the database, then the
rows go in with one executemany. On SQLite that executemany runs on the raw DBAPI
connection of the session (same connection, same transaction), skipping SQLAlchemy's
per-row parameter handling; the values were already converted with the column types' own
bind processors, so they are stored exactly as save() stores them. Python's sqlite3 module
releases the GIL while SQLite steps (full-text indexing is most of the work), so the two
threads overlap, provided the interpreter hands the GIL back promptly: import_many
shortens the thread switch interval while it runs.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from queue import Full, Queue
from typing import Any

from sqlalchemy import Dialect, Table, insert, select, text
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

ARTICLE_COLUMNS = (
    "id", "slug", "section_id", "status", "placeholder", "language", "created_at",
    "updated_at", "published_at", "version", "word_count", "char_count", "kicker",
    "headline", "byline", "dateline", "teaser", "body", "target_words", "target_chars",
)  # fmt: skip
_SLUG = ARTICLE_COLUMNS.index("slug")
_SECTION_ID = ARTICLE_COLUMNS.index("section_id")
TAG_COLUMNS = ("article_id", "tag", "position")

CHUNK_SIZE = 250  # articles prepared at a time: small enough to start writing at once
# While importing: how soon (seconds) a thread waiting for the GIL gets it (default 5 ms).
# The writing thread wants it back after every row SQLite has indexed (~0.3 ms).
IMPORT_SWITCH_INTERVAL = 0.0001

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
        ]
        for index, convert in converters:
            row[index] = convert(row[index])
        batch.rows.append(row)
        batch.tag_rows.extend(
            (article.id, tag, position) for position, tag in enumerate(clean_tags(article.tags))
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
    quote = connection.dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None, "a session's connection is always checked out"
    cursor = driver_connection.cursor()
    try:
        cursor.executemany(statement, rows)
    finally:
        cursor.close()


def _chunks(articles: Iterable[Article], batch_size: int) -> Iterator[list[Article]]:
    """Lists of at most CHUNK_SIZE articles; none straddles a batch_size boundary."""
    iterator = iter(articles)
    while True:
        for start in range(0, batch_size, CHUNK_SIZE):
            chunk = list(itertools.islice(iterator, min(CHUNK_SIZE, batch_size - start)))
            if not chunk:
                return
            yield chunk


def _configure_fts(writing: SessionScope, settings: dict[str, int]) -> None:
    with writing() as session:
        if session.get_bind().dialect.name == "sqlite":
            for key, value in settings.items():
                session.execute(_FTS_CONFIGURE, {"key": key, "value": value})


def _row_format(writing: SessionScope) -> RowFormat:
    with writing() as session:
        return RowFormat.for_dialect(session.get_bind().dialect)


@contextmanager
def _switch_interval(seconds: float) -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def import_articles(writing: SessionScope, articles: Iterable[Article], batch_size: int) -> int:
    """Insert new articles, one transaction per batch; returns how many were inserted.

    `articles` is consumed on a helper thread (while this one writes)."""
    row_format = _row_format(writing)
    _configure_fts(writing, _FTS_BULK_SETTINGS)
    try:
        batch_size = max(1, batch_size)
        chunks = _chunks(articles, batch_size)
        with (
            _switch_interval(IMPORT_SWITCH_INTERVAL),
            _prepared_in_background(chunks, lambda c: prepare_batch(c, row_format)) as prepared,
        ):
            return _import_batches(writing, prepared, batch_size, row_format)
    finally:
        _configure_fts(writing, _FTS_DEFAULT_SETTINGS)


def _import_batches(
    writing: SessionScope, prepared: Iterator[PreparedBatch], batch_size: int, row_format: RowFormat
) -> int:
    """Write prepared chunks (aligned to batches), one transaction per `batch_size` articles."""
    section_ids: dict[str, int] = {}
    total = 0
    chunk = next(prepared, None)
    while chunk is not None:
        try:
            with writing() as session:
                in_batch = insert_batch(session, chunk, section_ids, row_format)
                while in_batch < batch_size and (chunk := next(prepared, None)) is not None:
                    in_batch += insert_batch(session, chunk, section_ids, row_format)
        except (IntegrityError, sqlite3.IntegrityError) as error:  # SQLAlchemy's, raw DBAPI's
            raise LibraryError(
                f"import stopped after {total} articles: an article id already exists"
            ) from error
        total += in_batch
        # A full batch is committed before the next chunk is asked for.
        chunk = next(prepared, None) if in_batch >= batch_size else None
    return total


@contextmanager
def _prepared_in_background(
    chunks: Iterator[list[Article]], prepare: Callable[[list[Article]], PreparedBatch]
) -> Iterator[Iterator[PreparedBatch]]:
    """Chunks prepared on a helper thread, one chunk ahead of the consumer; errors raised in
    preparation surface in the consumer. Leaving the context stops the helper."""
    handoff: Queue[PreparedBatch | BaseException | None] = Queue(maxsize=2)
    stopped = threading.Event()

    def hand_over(item: PreparedBatch | BaseException | None) -> bool:
        while not stopped.is_set():
            try:
                handoff.put(item, timeout=0.05)
                return True
            except Full:
                continue
        return False

    def produce() -> None:
        try:
            for chunk in chunks:
                if not hand_over(prepare(chunk)):
                    return
            hand_over(None)
        except BaseException as error:  # handed to the consumer, which re-raises it
            hand_over(error)

    def consume() -> Iterator[PreparedBatch]:
        while True:
            item = handoff.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    helper = threading.Thread(target=produce, name="copydesk-import-prepare", daemon=True)
    helper.start()
    try:
        yield consume()
    finally:
        stopped.set()  # the helper sees it within one chunk
        helper.join()
