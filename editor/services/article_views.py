"""Plain-data views of articles for the command line's JSON and for the UI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.domain import Article, ArticleRef, LinkKind, TextMetrics, measure_article
from editor.domain.listing import ListingRow
from editor.domain.story_links import BrokenLink
from editor.formats.body import markdown_to_blocks
from editor.storage.records import ArticleSummary

if TYPE_CHECKING:
    from editor.services.library_services import Services


def _ref(ref: ArticleRef | None, trashed: set[str]) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"id": ref.id, "headline": ref.headline, "broken": ref.id in trashed}


def article_metrics(article: Article) -> TextMetrics:
    """The article's counts by the one rule (`measure_article`): its teaser plus the text
    of each body block as the editor shows it (no list markers, no Markdown)."""
    body_text = "\n".join(block.text for block in markdown_to_blocks(article.body))
    return measure_article(article.teaser, body_text)


def article_details(services: Services, article: Article) -> dict[str, Any]:
    """Everything `copydesk show --json` prints about one article. A link whose target
    is in the Trash or missing is `broken`; `links` are the article links in the body."""
    metrics = article_metrics(article)
    previous = services.neighbour(article.id, LinkKind.PREVIOUS)
    following = services.neighbour(article.id, LinkKind.NEXT)
    related = services.related(article.id)
    targets = [ref.id for ref in (previous, following, *related) if ref is not None]
    trashed = services.trashed_among(targets)
    return {
        "id": article.id,
        "slug": article.slug,
        "kicker": article.kicker,
        "headline": article.headline,
        "teaser": article.teaser,
        "byline": article.byline,
        "dateline": article.dateline,
        "section": article.section,
        "tags": list(article.tags),
        "status": str(article.status),
        "language": article.language,
        "placeholder": article.placeholder,
        "word_count": metrics.words,
        "char_count": metrics.chars_with_spaces,
        "created_at": article.created_at.isoformat(),
        "updated_at": article.updated_at.isoformat(),
        "in_trash": article.id in services.trashed_among([article.id]),
        "previous": _ref(previous, trashed),
        "next": _ref(following, trashed),
        "related": [_ref(ref, trashed) for ref in related],
        "links": [
            {"id": link.id, "headline": link.headline, "broken": link.broken}
            for link in services.body_links(article)
        ],
        "backlinks": [
            {"id": ref.id, "headline": ref.headline, "kind": str(kind)}
            for ref, kind in services.backlinks(article.id)
        ],
    }


def summary_view(summary: ArticleSummary) -> dict[str, Any]:
    """One row of `copydesk list --json`."""
    return {
        "id": summary.id,
        "slug": summary.slug,
        "headline": summary.headline,
        "section": summary.section,
        "status": str(summary.status),
        "placeholder": summary.placeholder,
        "updated_at": summary.updated_at.isoformat(),
        "word_count": summary.word_count,
    }


def listing_row_view(row: ListingRow) -> dict[str, Any]:
    """One row of a listing page (`copydesk list --trash --json`)."""
    return {
        "id": row.id,
        "headline": row.headline,
        "section": row.section,
        "status": str(row.status),
        "byline": row.byline,
        "placeholder": row.placeholder,
        "updated_at": row.updated_at.isoformat(),
        "word_count": row.word_count,
    }


def broken_link_view(link: BrokenLink) -> dict[str, Any]:
    """One row of `copydesk links --broken --json`."""
    return {
        "source": {"id": link.source.id, "headline": link.source.headline},
        "kind": str(link.kind),
        "target": {"id": link.target_id, "headline": link.target_headline},
        "reason": "in the Trash" if link.trashed else "missing",
    }
