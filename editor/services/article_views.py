"""Plain-data views of articles for the command line's JSON and for the UI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.domain import Article, ArticleRef, LinkKind, TextMetrics, measure_article
from editor.formats.body import markdown_to_blocks
from editor.storage.records import ArticleSummary

if TYPE_CHECKING:
    from editor.services.library_services import Services


def _ref(ref: ArticleRef | None) -> dict[str, str] | None:
    return None if ref is None else {"id": ref.id, "headline": ref.headline}


def article_metrics(article: Article) -> TextMetrics:
    """The article's counts by the one rule (`measure_article`): its teaser plus the text
    of each body block as the editor shows it (no list markers, no Markdown)."""
    body_text = "\n".join(block.text for block in markdown_to_blocks(article.body))
    return measure_article(article.teaser, body_text)


def article_details(services: Services, article: Article) -> dict[str, Any]:
    """Everything `copydesk show --json` prints about one article."""
    metrics = article_metrics(article)
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
        "previous": _ref(services.neighbour(article.id, LinkKind.PREVIOUS)),
        "next": _ref(services.neighbour(article.id, LinkKind.NEXT)),
        "related": [_ref(ref) for ref in services.related(article.id)],
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
