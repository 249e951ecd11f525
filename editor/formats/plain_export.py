"""Between library articles and the plain-text layout (`text_layout`).

Export: the body Markdown becomes plain paragraphs (subheads, list items and quotes as
their text, see `body.markdown_to_plain_paragraphs`), the teaser is the teaser field, and
the previous/next headlines are the ones the caller passes: the stored links, never
invented ones. The text ends the way the imported file ended (with a line break or not).

Import: `text_article_fields` gives the fields an imported `TextArticle` fills in. The body
Markdown is `body.plain_paragraphs_to_markdown(paragraphs)`, which escapes everything, so
each paragraph's text (`1. FC Köln`, `5 * 3`, `<b>`, hard breaks) stays literal and
exports back as the same text.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.article import Article
from editor.formats.body import markdown_to_plain_paragraphs, plain_paragraphs_to_markdown
from editor.formats.text_layout import TextArticle, format_text_article


@dataclass(frozen=True)
class TextArticleFields:
    """The article fields a text-layout import sets."""

    headline: str
    teaser: str
    body: str
    previous_headline: str | None
    next_headline: str | None


def text_article_fields(text_article: TextArticle) -> TextArticleFields:
    """The fields of an imported text article; the body as house-dialect Markdown."""
    return TextArticleFields(
        headline=text_article.headline,
        teaser=text_article.teaser,
        body=plain_paragraphs_to_markdown(text_article.paragraphs),
        previous_headline=text_article.previous_headline,
        next_headline=text_article.next_headline,
    )


def article_to_text_article(
    article: Article, previous_headline: str | None, next_headline: str | None
) -> TextArticle:
    """The article in the text layout's terms."""
    return TextArticle(
        headline=article.headline,
        teaser=article.teaser,
        paragraphs=markdown_to_plain_paragraphs(article.body) if article.body.strip() else [],
        previous_headline=previous_headline,
        next_headline=next_headline,
    )


def article_to_text(
    article: Article, previous_headline: str | None = None, next_headline: str | None = None
) -> str:
    """The article as plain text in the seed's layout, ending with one newline unless the
    article was imported from a file that ended without one (`Article.final_newline`)."""
    text = format_text_article(article_to_text_article(article, previous_headline, next_headline))
    return text if article.final_newline else text.removesuffix("\n")
