"""Storing one imported file: the article, its previous/next links and the placeholders
they need, all in the caller's single write transaction.

A killed import therefore leaves each file either wholly in the library or not at all,
and two imports running at once cannot both create a placeholder for the same headline:
on SQLite the write transaction holds the write lock from its first lookup (engine.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor.domain.article import Article, LinkKind
from editor.storage import links
from editor.storage.article_store import load_article, save_article
from editor.storage.errors import DuplicateHeadlineError
from editor.storage.models import ArticleRow

ArticleFiller = Callable[[Article], Article]


@dataclass(frozen=True)
class ImportRequest:
    """One file's article: `fill` copies the file's fields onto the article it is given
    (a placeholder being filled in, or a new article holding only the headline)."""

    headline: str
    fill: ArticleFiller
    previous_headline: str | None = None
    next_headline: str | None = None
    allow_duplicate: bool = False


@dataclass
class StoredImport:
    """What one file became: the stored article and the placeholders created for it."""

    article: Article
    placeholders: list[Article] = field(default_factory=list)
    filled_placeholder: bool = False


def store_import(session: Session, request: ImportRequest) -> StoredImport:
    """Store the article of `request` with its neighbours inside `session`'s transaction.

    A placeholder with the headline is filled in place (same id, links kept). An existing
    real article with the headline refuses the import (DuplicateHeadlineError) unless
    `allow_duplicate` asks for a second copy.
    """
    existing = _row_with_headline(session, request.headline)
    if existing is not None and _holds_text(existing) and not request.allow_duplicate:
        raise DuplicateHeadlineError(
            f"an article with this headline is already in the library (id {existing.id[:8]});"
            " import it again with --new to add a second copy"
        )
    if existing is not None and not _holds_text(existing):
        base = load_article(session, existing)
        base.placeholder = False
        filled = True
    else:
        base = Article(headline=request.headline)
        filled = False
    stored = StoredImport(save_article(session, request.fill(base)), filled_placeholder=filled)
    for kind, headline in (
        (LinkKind.PREVIOUS, request.previous_headline),
        (LinkKind.NEXT, request.next_headline),
    ):
        if headline is not None:
            _link_neighbour(session, stored, kind, headline)
    return stored


def _holds_text(row: ArticleRow) -> bool:
    """True for a real article, and for a placeholder someone has started to write (in
    the app, while this import ran): an import never overwrites text."""
    return not row.placeholder or bool(row.teaser.strip() or row.body.strip())


def _row_with_headline(
    session: Session, headline: str, excluding: str | None = None
) -> ArticleRow | None:
    """The article with exactly this headline: real articles before placeholders, then
    the oldest."""
    query = select(ArticleRow).where(ArticleRow.headline == headline)
    if excluding is not None:
        query = query.where(ArticleRow.id != excluding)
    return session.scalar(
        query.order_by(ArticleRow.placeholder, ArticleRow.created_at, ArticleRow.seq).limit(1)
    )


def _link_neighbour(session: Session, stored: StoredImport, kind: LinkKind, headline: str) -> None:
    """Point `kind` at the article with exactly `headline`, creating a placeholder in the
    article's section when there is none yet."""
    article = stored.article
    target = _row_with_headline(session, headline, excluding=article.id)
    if target is not None:
        target_id = target.id
    else:
        placeholder = save_article(
            session,
            Article(
                headline=headline,
                section=article.section,
                language=article.language,
                placeholder=True,
            ),
        )
        stored.placeholders.append(placeholder)
        target_id = placeholder.id
    links.set_neighbour(session, article.id, kind, target_id)
