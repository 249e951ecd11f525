"""Pure-Python domain model: articles, sections, links, statuses and text metrics.

Nothing here imports Qt or SQLAlchemy.
"""

from editor.domain.article import (
    UNTITLED_HEADLINE,
    Article,
    ArticleRef,
    Link,
    LinkKind,
    Section,
    Status,
    normalize_tags,
    parse_tags,
    shown_headline,
)
from editor.domain.metrics import (
    TextMetrics,
    article_metrics_from,
    measure_article,
    measure_text,
)

__all__ = [
    "UNTITLED_HEADLINE",
    "Article",
    "ArticleRef",
    "Link",
    "LinkKind",
    "Section",
    "Status",
    "TextMetrics",
    "article_metrics_from",
    "measure_article",
    "measure_text",
    "normalize_tags",
    "parse_tags",
    "shown_headline",
]
