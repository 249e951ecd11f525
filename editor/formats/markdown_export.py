"""An article as a Markdown file for a static site generator: YAML front matter that Hugo
and Jekyll read as it is, then the body.

    ---
    title: Koalition der Willigen
    date: '2024-03-01T10:00:00Z'
    lastmod: '2024-03-02T08:30:00Z'
    draft: false
    slug: koalition-der-willigen
    section: Politik
    tags:
    - Ukraine
    author: Anna Muster
    description: Die „Koalition der Willigen“ ist in Paris zusammengekommen ...
    kicker: Ukraine
    dateline: Paris
    language: de
    ---

    Body in the house Markdown dialect ...

`title`, `date` (published, else created; RFC 3339 in UTC), `lastmod`, `draft` (true
unless the article is published), `slug`, `tags`, `author` (the byline) and `description`
(the teaser, on one line) are the keys both generators know; `section`, `kicker`,
`dateline` and `language` reach templates as page parameters (Hugo's `.Params`, Jekyll's
`page.*`). Empty fields are left out, `title` always written. Values are written by
`yaml.safe_dump` (quoted when YAML would read them as something else) and the body is the
article's Markdown, which CommonMark renderers (Hugo's Goldmark, Jekyll's kramdown) read
as the same paragraphs, subheads, lists, quotes and links. Copydesk's own Markdown import
(`markdown_file`) reads `title`, `section`, `tags`, `kicker`, `dateline` and `language`
back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import yaml

from editor.domain.article import Article, Status
from editor.formats.html_export import one_line

UNTITLED = "Untitled article"


def rfc3339(moment: datetime) -> str:
    """A moment in UTC as `2024-03-01T10:00:00Z`."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def site_front_matter(article: Article) -> dict[str, Any]:
    """The front matter fields, in the order they are written."""
    fields: dict[str, Any] = {
        "title": one_line(article.headline) or UNTITLED,
        "date": rfc3339(article.published_at or article.created_at),
        "lastmod": rfc3339(article.updated_at),
        "draft": article.status is not Status.PUBLISHED,
        "slug": article.page_slug(),
        "section": one_line(article.section),
        "tags": [one_line(tag) for tag in article.tags if one_line(tag)],
        "author": one_line(article.byline),
        "description": one_line(article.teaser),
        "kicker": one_line(article.kicker),
        "dateline": one_line(article.dateline),
        "language": one_line(article.language),
    }
    return {key: value for key, value in fields.items() if value or key in ("title", "draft")}


def article_to_site_markdown(article: Article) -> str:
    """The article as a Markdown file with Hugo/Jekyll front matter, ending in a newline."""
    front_matter = yaml.safe_dump(
        site_front_matter(article),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    body = article.body.strip("\n")
    return f"---\n{front_matter}---\n\n{body}\n" if body else f"---\n{front_matter}---\n"
