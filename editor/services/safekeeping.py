"""Keeping a journalist's text when it cannot be saved where it belongs.

Two ways out, both Qt-free and shared by every front end: a save that met another
version of the article keeps the text as a clearly named new article beside it
(`conflict_copy`), and text that cannot reach the library at all (a full disk, a
vanished library) can be written to a Markdown or plain-text file (`write_article_copy`).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from editor.domain.article import Article, Status, new_article_id, shown_headline, utc_now
from editor.formats.markdown_file import format_markdown_file
from editor.formats.plain_export import article_to_text
from editor.services.exporting import write_file_atomically

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})


def conflict_copy_headline(headline: str, when: datetime) -> str:
    """`<headline> (your copy, conflict 14:05)`, in local time."""
    stamp = when.astimezone().strftime("%H:%M")
    return f"{shown_headline(headline)} (your copy, conflict {stamp})"


def conflict_copy(article: Article, when: datetime | None = None) -> Article:
    """A new draft article holding `article`'s text, in the same section, named as the
    user's copy from a save conflict. `article` itself is not changed."""
    moment = when or utc_now()
    return dataclasses.replace(
        article,
        id=new_article_id(),
        slug="",
        headline=conflict_copy_headline(article.headline, moment),
        tags=list(article.tags),
        status=Status.DRAFT,
        placeholder=False,
        created_at=moment,
        updated_at=moment,
        published_at=None,
        version=0,
    )


def write_article_copy(article: Article, path: Path) -> None:
    """Write `article` to `path`: Markdown with front matter for `.md` and the like,
    the plain-text layout otherwise. The file is replaced whole or not at all."""
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        text = format_markdown_file(article)
    else:
        text = article_to_text(article, None, None)
    write_file_atomically(path, text)
