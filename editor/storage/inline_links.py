"""The index of article links inside bodies (`copydesk:article/<id>`), kept in
`inline_links` so backlinks and broken links are queries, not a scan of every body.

The storage layer cannot read Markdown; the services extract each body's targets (with
the formats layer's reader) and hand them to `replace_inline_links`, which the save runs
in its own transaction. A library upgraded to revision 0005 notes in `copydesk_meta` that
its index still has to be filled (`inline_links_pending`); `bodies_with_article_links`
gives the services the few bodies that may hold such links.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session, aliased

from editor.domain.article import ArticleRef, LinkKind
from editor.domain.story_links import BodyLink, BrokenLink
from editor.storage.models import ArticleRow, InlineLinkRow, LinkRow, MetaRow

INLINE_LINKS_PENDING_KEY = "inline_links_pending"
ARTICLE_LINK_MARK = "copydesk:article/"


def replace_inline_links(session: Session, source_id: str, target_ids: Iterable[str]) -> None:
    """Make `target_ids` the body links of `source_id` (each once; links to itself kept
    out)."""
    targets = [target for target in dict.fromkeys(target_ids) if target != source_id]
    session.execute(delete(InlineLinkRow).where(InlineLinkRow.source_id == source_id))
    if targets:
        session.execute(
            insert(InlineLinkRow),
            [{"source_id": source_id, "target_id": target} for target in targets],
        )


def body_links(session: Session, source_id: str, target_ids: Sequence[str]) -> list[BodyLink]:
    """The body links of an article in the order given, resolved to their targets."""
    found = {
        row.id: row
        for row in session.execute(
            select(ArticleRow.id, ArticleRow.headline, ArticleRow.trashed_at).where(
                ArticleRow.id.in_(set(target_ids))
            )
        )
    }
    links: list[BodyLink] = []
    for target in dict.fromkeys(target_ids):
        row = found.get(target)
        if row is None:
            links.append(BodyLink(target, "", broken=True))
        else:
            links.append(BodyLink(target, row.headline, broken=row.trashed_at is not None))
    return links


def inline_backlinks(session: Session, target_id: str) -> list[ArticleRef]:
    """Articles outside the Trash whose body links to `target_id`, by headline."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.headline)
        .join(InlineLinkRow, InlineLinkRow.source_id == ArticleRow.id)
        .where(InlineLinkRow.target_id == target_id, ArticleRow.trashed_at.is_(None))
        .order_by(ArticleRow.headline, ArticleRow.seq)
    ).all()
    return [ArticleRef(row.id, row.headline) for row in rows]


def broken_links(session: Session) -> list[BrokenLink]:
    """Every link from an article outside the Trash whose target is trashed or missing:
    body links first, then neighbour and related links; each by source headline."""
    source = aliased(ArticleRow)
    target = aliased(ArticleRow)
    inline_rows = session.execute(
        select(
            source.id, source.headline, InlineLinkRow.target_id, target.headline, target.trashed_at
        )
        .join(InlineLinkRow, InlineLinkRow.source_id == source.id)
        .outerjoin(target, target.id == InlineLinkRow.target_id)
        .where(source.trashed_at.is_(None))
        .where((target.id.is_(None)) | (target.trashed_at.is_not(None)))
        .order_by(source.headline, source.seq, InlineLinkRow.target_id)
    ).all()
    stored_rows = session.execute(
        select(source.id, source.headline, LinkRow.kind, target.id, target.headline)
        .join(LinkRow, LinkRow.source_id == source.id)
        .join(target, target.id == LinkRow.target_id)
        .where(source.trashed_at.is_(None), target.trashed_at.is_not(None))
        .order_by(source.headline, source.seq, LinkRow.id)
    ).all()
    found = [
        BrokenLink(
            ArticleRef(row[0], row[1]), LinkKind.INLINE, row[2], row[3] or "", row[4] is not None
        )
        for row in inline_rows
    ]
    found.extend(
        BrokenLink(ArticleRef(row[0], row[1]), LinkKind(row[2]), row[3], row[4], trashed=True)
        for row in stored_rows
    )
    return found


def inline_links_pending(session: Session) -> bool:
    """True while the index of an upgraded library has not been filled yet."""
    return session.get(MetaRow, INLINE_LINKS_PENDING_KEY) is not None


def bodies_with_article_links(session: Session) -> list[tuple[str, str]]:
    """(id, body) of every article whose body mentions an article link: the only ones
    whose index entries the services need to read. On SQLite the full-text index finds
    them (the words `copydesk article` in a row) without reading every body."""
    statement = select(ArticleRow.id, ArticleRow.body).where(
        ArticleRow.body.like(f"%{ARTICLE_LINK_MARK}%")
    )
    if session.get_bind().dialect.name == "sqlite":
        mentioning = text(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'body : \"copydesk article\"'"
        )
        statement = statement.where(ArticleRow.seq.in_(mentioning))
    return [(row.id, row.body) for row in session.execute(statement)]


def finish_filling(session: Session) -> None:
    """Note that the index is complete."""
    session.execute(delete(MetaRow).where(MetaRow.key == INLINE_LINKS_PENDING_KEY))
