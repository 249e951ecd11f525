"""Pure-Python domain model: articles, sections, links, statuses and text metrics.

Nothing here imports Qt or SQLAlchemy.
"""

from editor.domain.article import Article, ArticleRef, Link, LinkKind, Section, Status
from editor.domain.metrics import TextMetrics, measure_article, measure_text

__all__ = [
    "Article",
    "ArticleRef",
    "Link",
    "LinkKind",
    "Section",
    "Status",
    "TextMetrics",
    "measure_article",
    "measure_text",
]
