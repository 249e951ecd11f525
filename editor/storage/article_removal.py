"""Deleting an article so that it can be put back exactly (the undo of a delete).

`delete_article` keeps everything the row, its tags and its links held in a
`DeletedArticle`; `restore_article` writes it back unchanged: same id, slug, fields,
tags, status, version and timestamps, the same section, and every link in both directions
(with the same link ids where they are still free, so related lists keep their order).
Links to articles deleted meanwhile are left out; anything else that stands in the way (an
article with that id or slug, a neighbour place now taken) refuses the restore with
LibraryError and changes nothing. Both run inside the caller's write transaction.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor.domain.article import Article
from editor.storage.article_store import load_article, load_row
from editor.storage.errors import LibraryError
from editor.storage.links import StoredLink, links_of, restore_links
from editor.storage.models import ArticleRow, TagRow
from editor.storage.records import copy_content
from editor.storage.sections import SectionPath, path_of_section, section_id_at
from editor.storage.text_stats import article_counts


@dataclass(frozen=True)
class DeletedArticle:
    """An article as it was stored just before it was deleted."""

    article: Article
    section: SectionPath | None
    links: tuple[StoredLink, ...]

    @property
    def id(self) -> str:
        return self.article.id


def delete_article(session: Session, article_id: str) -> DeletedArticle:
    """Delete an article with its tags and links; return what it held."""
    row = load_row(session, article_id)
    section = path_of_section(session, row.section_id) if row.section_id is not None else None
    deleted = DeletedArticle(load_article(session, row), section, links_of(session, article_id))
    session.delete(row)
    session.flush()
    return deleted


def restore_article(session: Session, deleted: DeletedArticle) -> Article:
    """Store a deleted article again exactly as it was; returns it."""
    article = copy.deepcopy(deleted.article)
    if session.get(ArticleRow, article.id) is not None:
        raise LibraryError(f"an article with id {article.id} exists already")
    if session.scalar(select(ArticleRow.id).where(ArticleRow.slug == article.slug)):
        raise LibraryError(f"another article now has the slug {article.slug!r}")
    section_id = None
    if deleted.section is not None:
        section_id = section_id_at(session, deleted.section)
        if section_id is None:
            raise LibraryError(f"the section {str(deleted.section)!r} no longer exists")
    row = ArticleRow(
        id=article.id,
        slug=article.slug,
        section_id=section_id,
        created_at=article.created_at,
        updated_at=article.updated_at,
        version=article.version,
    )
    copy_content(article, row)
    row.word_count, row.char_count = article_counts(article.teaser, article.body)
    session.add(row)
    session.flush()
    session.add_all(
        TagRow(article_id=article.id, tag=tag, position=position)
        for position, tag in enumerate(article.tags)
    )
    others = {link.source_id for link in deleted.links} | {link.target_id for link in deleted.links}
    others.discard(article.id)
    still_there = set(session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(others))))
    still_there.add(article.id)
    restore_links(
        session,
        [
            link
            for link in deleted.links
            if link.source_id in still_there and link.target_id in still_there
        ],
    )
    session.flush()
    return load_article(session, row)
