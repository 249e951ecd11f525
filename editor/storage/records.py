"""Plain records the library hands out, and conversion between table rows and domain objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from editor.domain.article import Article, Status
from editor.storage.models import ArticleRow


@dataclass(frozen=True)
class ArticleSummary:
    """One line of an article listing (no body): what a library browser shows."""

    id: str
    slug: str
    headline: str
    section: str
    status: Status
    placeholder: bool
    updated_at: datetime
    word_count: int


def article_from_row(row: ArticleRow, section: str, tags: list[str]) -> Article:
    """The domain Article for a stored row."""
    return Article(
        id=row.id,
        slug=row.slug,
        kicker=row.kicker,
        headline=row.headline,
        teaser=row.teaser,
        body=row.body,
        byline=row.byline,
        dateline=row.dateline,
        language=row.language,
        section=section,
        tags=tags,
        status=Status(row.status),
        placeholder=row.placeholder,
        created_at=row.created_at,
        updated_at=row.updated_at,
        published_at=row.published_at,
        version=row.version,
        target_words=row.target_words,
        target_chars=row.target_chars,
        final_newline=row.final_newline,
    )


def copy_content(article: Article, row: ArticleRow) -> None:
    """Copy the author-editable fields of an article onto its row."""
    row.kicker = article.kicker
    row.headline = article.headline
    row.teaser = article.teaser
    row.body = article.body
    row.byline = article.byline
    row.dateline = article.dateline
    row.language = article.language
    row.status = Status(article.status).value
    row.placeholder = article.placeholder
    row.published_at = article.published_at
    row.target_words = article.target_words
    row.target_chars = article.target_chars
    row.final_newline = article.final_newline
