"""Reading and writing article rows inside a session: load, save, unique slugs."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult, Table, select, update
from sqlalchemy.orm import Session

from editor.domain.article import Article, Status, utc_now
from editor.domain.slug import slugify
from editor.storage.errors import ArticleNotFoundError
from editor.storage.models import ArticleRow, Base, TagRow
from editor.storage.records import article_from_row, copy_content
from editor.storage.save_failures import ArticleConflictError
from editor.storage.sections import path_of_section, section_for_article
from editor.storage.text_stats import article_counts

MAX_SLUG_BASE = 100


def articles_table() -> Table:
    """The Core table behind ArticleRow (for bulk inserts)."""
    return Base.metadata.tables["articles"]


def tags_table() -> Table:
    """The Core table behind TagRow."""
    return Base.metadata.tables["article_tags"]


def clean_tags(tags: Sequence[str]) -> list[str]:
    """Tags stripped, empty ones dropped, duplicates removed (first occurrence wins)."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def base_slug(article: Article) -> str:
    """The slug an article asks for: its own, else one derived from the headline."""
    slug = slugify(article.slug) if article.slug else slugify(article.headline)
    return (slug or article.id[:8])[:MAX_SLUG_BASE].rstrip("-") or article.id[:8]


def unique_slug(session: Session, base: str, taken: set[str] | None = None) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is free in the library (and in `taken`)."""
    pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    used = set(
        session.scalars(
            select(ArticleRow.slug).where(
                (ArticleRow.slug == base) | ArticleRow.slug.like(f"{pattern}-%", escape="\\")
            )
        )
    )
    if taken:
        used |= taken
    if base not in used:
        return base
    counter = 2
    while f"{base}-{counter}" in used:
        counter += 1
    return f"{base}-{counter}"


def load_row(session: Session, article_id: str) -> ArticleRow:
    """The row of an article, or ArticleNotFoundError."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise ArticleNotFoundError(f"no article with id {article_id}")
    return row


def load_article(session: Session, row: ArticleRow) -> Article:
    """The full domain Article for a row (section path and tags included)."""
    section = str(path_of_section(session, row.section_id)) if row.section_id is not None else ""
    tags = list(
        session.scalars(
            select(TagRow.tag).where(TagRow.article_id == row.id).order_by(TagRow.position)
        )
    )
    return article_from_row(row, section, tags)


def _replace_tags(session: Session, article_id: str, tags: list[str]) -> None:
    session.query(TagRow).filter(TagRow.article_id == article_id).delete()
    session.add_all(
        TagRow(article_id=article_id, tag=tag, position=position)
        for position, tag in enumerate(tags)
    )


def claim_version(session: Session, article: Article) -> ArticleRow | None:
    """Move the stored article from the version `article` started from to the next one,
    or raise ArticleConflictError if the library holds another version. The guarded
    `UPDATE … WHERE id = :id AND version = :v` is the first write of the transaction, so
    two writers can never both pass it. None: the article is not stored (a new one, or one
    deleted meanwhile) and is inserted."""
    claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(ArticleRow)
        .where(ArticleRow.id == article.id, ArticleRow.version == article.version)
        .values(version=article.version + 1)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount == 1:
        # Refreshed: a row read earlier in this transaction still holds the old version.
        row = session.get(ArticleRow, article.id, populate_existing=True)
        if row is None:
            raise ArticleNotFoundError(f"no article with id {article.id}")
        return row
    found = session.scalar(select(ArticleRow.version).where(ArticleRow.id == article.id))
    if found is None:
        return None
    raise ArticleConflictError(article.id, article.version, found)


def save_article(session: Session, article: Article) -> Article:
    """Insert or update an article; returns the stored copy (the argument is not changed).

    `article.version` is the version the change started from (0 for a new article); if the
    library holds another one, ArticleConflictError is raised and nothing is written."""
    now = utc_now()
    row = claim_version(session, article)
    published_at = article.published_at
    if article.status == Status.PUBLISHED and published_at is None:
        published_at = now
    content = dataclasses.replace(article, published_at=published_at)
    if row is None:
        row = ArticleRow(id=article.id, created_at=article.created_at, version=1)
        row.slug = unique_slug(session, base_slug(article))
        session.add(row)
    elif article.slug and article.slug != row.slug:
        row.slug = unique_slug(session, base_slug(article))
    copy_content(content, row)
    row.word_count, row.char_count = article_counts(article.teaser, article.body)
    row.updated_at = now
    row.section_id = section_for_article(session, article.section)
    session.flush()
    _replace_tags(session, article.id, clean_tags(article.tags))
    session.flush()
    return load_article(session, row)
