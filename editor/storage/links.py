"""Links between articles: reciprocal previous/next neighbours, related pairs and backlinks.

Previous/next are stored in both directions, so A.previous = W exactly when W.next = A, and
a unique index allows one neighbour per direction. Related links are stored once each way.
All functions work inside the caller's (write) transaction.
"""

from __future__ import annotations

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session

from editor.domain.article import ArticleRef, LinkKind
from editor.storage.models import ArticleRow, LinkRow

NEIGHBOUR_KINDS = (LinkKind.PREVIOUS, LinkKind.NEXT)


def reverse_kind(kind: LinkKind) -> LinkKind:
    """PREVIOUS <-> NEXT."""
    if kind == LinkKind.PREVIOUS:
        return LinkKind.NEXT
    if kind == LinkKind.NEXT:
        return LinkKind.PREVIOUS
    raise ValueError(f"{kind} is not a neighbour link kind")


def _detach(session: Session, source_id: str, kind: LinkKind) -> None:
    """Remove `source`'s `kind` neighbour and that neighbour's pointer back."""
    old_targets = list(
        session.scalars(
            select(LinkRow.target_id).where(
                LinkRow.source_id == source_id, LinkRow.kind == kind.value
            )
        )
    )
    session.execute(
        delete(LinkRow).where(LinkRow.source_id == source_id, LinkRow.kind == kind.value)
    )
    if old_targets:
        session.execute(
            delete(LinkRow).where(
                LinkRow.source_id.in_(old_targets),
                LinkRow.target_id == source_id,
                LinkRow.kind == reverse_kind(kind).value,
            )
        )


def set_neighbour(session: Session, article_id: str, kind: LinkKind, target_id: str | None) -> None:
    """Make `target` the `kind` neighbour of `article` (None clears it), keeping both sides
    reciprocal and clearing pointers that the new link replaces."""
    reverse = reverse_kind(kind)
    _detach(session, article_id, kind)
    if target_id is None:
        return
    _detach(session, target_id, reverse)
    session.add_all(
        [
            LinkRow(source_id=article_id, target_id=target_id, kind=kind.value),
            LinkRow(source_id=target_id, target_id=article_id, kind=reverse.value),
        ]
    )
    session.flush()


def neighbour(session: Session, article_id: str, kind: LinkKind) -> ArticleRef | None:
    """The `kind` neighbour of an article, if any."""
    reverse_kind(kind)
    row = session.execute(
        select(ArticleRow.id, ArticleRow.headline)
        .join(LinkRow, LinkRow.target_id == ArticleRow.id)
        .where(LinkRow.source_id == article_id, LinkRow.kind == kind.value)
    ).first()
    return ArticleRef(id=row.id, headline=row.headline) if row else None


def _related_exists(session: Session, a_id: str, b_id: str) -> bool:
    return (
        session.scalar(
            select(LinkRow.id).where(
                LinkRow.source_id == a_id,
                LinkRow.target_id == b_id,
                LinkRow.kind == LinkKind.RELATED.value,
            )
        )
        is not None
    )


def add_related(session: Session, a_id: str, b_id: str) -> None:
    """Link two articles as related, both ways (idempotent)."""
    for source, target in ((a_id, b_id), (b_id, a_id)):
        if not _related_exists(session, source, target):
            session.add(LinkRow(source_id=source, target_id=target, kind=LinkKind.RELATED.value))
    session.flush()


def remove_related(session: Session, a_id: str, b_id: str) -> None:
    """Remove a related link in both directions (no error if there is none)."""
    session.execute(
        delete(LinkRow).where(
            LinkRow.kind == LinkKind.RELATED.value,
            (
                and_(LinkRow.source_id == a_id, LinkRow.target_id == b_id)
                | and_(LinkRow.source_id == b_id, LinkRow.target_id == a_id)
            ),
        )
    )


def related(session: Session, article_id: str) -> list[ArticleRef]:
    """Articles related to this one, in the order they were linked."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.headline)
        .join(LinkRow, LinkRow.target_id == ArticleRow.id)
        .where(LinkRow.source_id == article_id, LinkRow.kind == LinkKind.RELATED.value)
        .order_by(LinkRow.id)
    ).all()
    return [ArticleRef(id=row.id, headline=row.headline) for row in rows]


def backlinks(session: Session, article_id: str) -> list[tuple[ArticleRef, LinkKind]]:
    """Articles that link to this one, with the kind of their link (as seen from them)."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.headline, LinkRow.kind)
        .join(LinkRow, LinkRow.source_id == ArticleRow.id)
        .where(LinkRow.target_id == article_id)
        .order_by(LinkRow.kind, ArticleRow.headline, LinkRow.id)
    ).all()
    return [(ArticleRef(id=row.id, headline=row.headline), LinkKind(row.kind)) for row in rows]
