"""Between library articles and the plain-text layout (`text_layout`).

Export: the body Markdown becomes plain paragraphs (subheads, list items and quotes as
their text, see `body.markdown_to_plain_paragraphs`), the teaser is the teaser field, and
the previous/next headlines are the ones the caller passes: the stored links, never
invented ones. The text ends the way the imported file ended (with a line break or not).

Import: `text_article_fields` gives the fields an imported `TextArticle` fills in. The body
Markdown is `body.plain_paragraphs_to_markdown(paragraphs)`, which escapes everything, so
each paragraph's text (`1. FC Köln`, `5 * 3`, `<b>`, hard breaks) stays literal and
exports back as the same text.

The `text` export (`article_to_plain_text`, what `copydesk export --format text` writes)
is the same layout, with the body's structure in a plain form and two options
(`ExportOptions`):

- A paragraph is its text. A subhead is its text underlined, with `=` for a main subhead
  (H2) and `-` for a lower one (H3), as long as the text.
- A list item starts with `- ` (bulleted) or `N. ` (numbered), nested lists indented by
  two spaces a level; a further paragraph of an item is indented to the item's text.
- A quoted block has `> ` before each of its lines (`> > ` two levels deep).
- `wrap=N` wraps the teaser and body paragraphs at N columns (words are never split; a
  word longer than N stands on its own line); the prefixes above repeat on every line.
  The headline and the navigation headlines stay on one line, as the layout needs.
- `navigation=False` leaves out the Read Previous / Read Next blocks.

An article whose body is plain paragraphs (every imported text file) exports exactly as
`article_to_text` writes it: the seed's layout, byte for byte.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from editor.domain.article import Article
from editor.formats.body import (
    Block,
    BlockKind,
    markdown_to_blocks,
    markdown_to_plain_paragraphs,
    plain_paragraphs_to_markdown,
)
from editor.formats.export_links import NO_LINKS, ExportLinks, ExportOptions
from editor.formats.text_layout import TextArticle, format_text_article

SUBHEAD_UNDERLINES = {BlockKind.HEADING2: "=", BlockKind.HEADING3: "-"}
LIST_INDENT = "  "
QUOTE_PREFIX = "> "

_LINE_PREFIX = re.compile(r"((?:> )*)( *(?:- |\d+\. )?)")


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


def article_to_plain_text(
    article: Article, links: ExportLinks = NO_LINKS, options: ExportOptions | None = None
) -> str:
    """The article as the `text` export: the seed's layout, the body's subheads, lists and
    quotes in their plain form, wrapped and without navigation as `options` ask."""
    chosen = options or ExportOptions()
    body = blocks_to_plain_form(markdown_to_blocks(article.body)) if article.body.strip() else []
    teaser = article.teaser
    if chosen.wrap is not None:
        body = [wrap_paragraph(paragraph, chosen.wrap) for paragraph in body]
        teaser = wrap_paragraph(teaser, chosen.wrap)
    navigation = chosen.navigation
    text = format_text_article(
        TextArticle(
            headline=article.headline,
            teaser=teaser,
            paragraphs=body,
            previous_headline=links.previous.headline if navigation and links.previous else None,
            next_headline=links.next.headline if navigation and links.next else None,
        )
    )
    return text if article.final_newline else text.removesuffix("\n")


def blocks_to_plain_form(blocks: list[Block]) -> list[str]:
    """Each block as one text paragraph in the documented plain form."""
    paragraphs: list[str] = []
    numbers: dict[int, int] = {}
    for block in blocks:
        if not block.text.strip() and not block.is_item:
            continue
        lines = block.text.split("\n")
        if block.kind in SUBHEAD_UNDERLINES and not block.lists:
            underline = SUBHEAD_UNDERLINES[block.kind] * max(len(line) for line in lines)
            lines.append(underline)
        elif block.lists:
            level = block.lists[-1]
            indent = LIST_INDENT * (len(block.lists) - 1)
            if block.continuation:
                marker = " " * 2
            elif level.ordered:
                number = numbers.get(level.list_id, level.start)
                numbers[level.list_id] = number + 1
                marker = f"{number}. "
            else:
                marker = "- "
            hanging = indent + " " * len(marker)
            lines = [indent + marker + lines[0]] + [hanging + line for line in lines[1:]]
        prefix = QUOTE_PREFIX * block.quote_level
        paragraphs.append("\n".join((prefix + line).rstrip() for line in lines))
    return paragraphs


def wrap_paragraph(paragraph: str, width: int) -> str:
    """A paragraph wrapped at `width` columns; each line's quote prefix (`> `) repeats on
    the lines it wraps into, and a list item's text keeps its hanging indentation."""
    wrapped: list[str] = []
    for line in paragraph.split("\n"):
        match = _LINE_PREFIX.match(line)
        quotes, marker = (match.group(1), match.group(2)) if match else ("", "")
        prefix = quotes + marker
        wrapped.extend(
            textwrap.wrap(
                line[len(prefix) :],
                width=max(width, len(prefix) + 1),
                initial_indent=prefix,
                subsequent_indent=quotes + " " * len(marker),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(wrapped)
