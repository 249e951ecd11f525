"""Links between articles: reciprocal previous/next neighbours, related pairs and backlinks.

Previous/next are stored in both directions, so A.previous = W exactly when W.next = A, and
a unique index allows one neighbour per direction. Related links are stored once each way.
The commands' variants (`apply_neighbour_steps`, `link_related`, `unlink_related`) return
or accept what undoing them needs. All functions work inside the caller's transaction.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session

from editor.domain.article import ArticleRef, LinkKind
from editor.storage.article_store import load_row
from editor.storage.errors import LibraryError
from editor.storage.models import ArticleRow, LinkRow


@dataclass(frozen=True)
class NeighbourStep:
    """One neighbour change: make `target_id` the `kind` (previous/next) neighbour of
    `article_id`, or clear it with None."""

    article_id: str
    kind: LinkKind
    target_id: str | None


@dataclass(frozen=True)
class StoredLink:
    """A link row as stored (its id orders related articles), kept to put it back."""

    id: int
    source_id: str
    target_id: str
    kind: LinkKind


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


def apply_neighbour_steps(
    session: Session, steps: Sequence[NeighbourStep]
) -> tuple[NeighbourStep, ...]:
    """Apply `steps` in order and return the steps that undo them all: for each change,
    the article's old neighbour back, then the old neighbour the target lost. Steps that
    change nothing are skipped (and need no undoing)."""
    undoing: list[NeighbourStep] = []
    for step in steps:
        if step.target_id == step.article_id:
            raise LibraryError("an article cannot be its own previous or next article")
        load_row(session, step.article_id)
        old = neighbour(session, step.article_id, step.kind)
        old_id = old.id if old is not None else None
        if old_id == step.target_id:
            continue
        undo = [NeighbourStep(step.article_id, step.kind, old_id)]
        if step.target_id is not None:
            load_row(session, step.target_id)
            lost = neighbour(session, step.target_id, reverse_kind(step.kind))
            if lost is not None:
                undo.append(NeighbourStep(step.target_id, reverse_kind(step.kind), lost.id))
        set_neighbour(session, step.article_id, step.kind, step.target_id)
        undoing[:0] = undo
    return tuple(undoing)


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


def related_links(session: Session, a_id: str, b_id: str) -> tuple[StoredLink, ...]:
    """The stored related links between `a` and `b`, both directions."""
    rows = session.scalars(
        select(LinkRow).where(
            LinkRow.kind == LinkKind.RELATED.value,
            (
                and_(LinkRow.source_id == a_id, LinkRow.target_id == b_id)
                | and_(LinkRow.source_id == b_id, LinkRow.target_id == a_id)
            ),
        )
    )
    return tuple(stored_link(row) for row in rows)


def links_of(session: Session, article_id: str) -> tuple[StoredLink, ...]:
    """Every stored link from or to an article."""
    rows = session.scalars(
        select(LinkRow)
        .where((LinkRow.source_id == article_id) | (LinkRow.target_id == article_id))
        .order_by(LinkRow.id)
    )
    return tuple(stored_link(row) for row in rows)


def stored_link(row: LinkRow) -> StoredLink:
    """The record of a link row."""
    return StoredLink(row.id, row.source_id, row.target_id, LinkKind(row.kind))


def restore_links(session: Session, stored: Sequence[StoredLink]) -> None:
    """Put links back with their old ids (so related articles keep their order) where
    those ids are free, else with new ones. A neighbour link whose place is taken by
    another raises LibraryError."""
    for link in stored:
        if link.kind is not LinkKind.RELATED and neighbour(session, link.source_id, link.kind):
            raise LibraryError(
                f"cannot restore a {link.kind} link: that place is taken by another article"
            )
        free = session.get(LinkRow, link.id) is None
        session.add(
            LinkRow(
                id=link.id if free else None,
                source_id=link.source_id,
                target_id=link.target_id,
                kind=link.kind.value,
            )
        )
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
    """Articles outside the Trash that link to this one, with the kind of their link (as
    seen from them). Body links are in `inline_links.inline_backlinks`."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.headline, LinkRow.kind)
        .join(LinkRow, LinkRow.source_id == ArticleRow.id)
        .where(LinkRow.target_id == article_id, ArticleRow.trashed_at.is_(None))
        .order_by(LinkRow.kind, ArticleRow.headline, LinkRow.id)
    ).all()
    return [(ArticleRef(id=row.id, headline=row.headline), LinkKind(row.kind)) for row in rows]


def link_related(
    session: Session, a_id: str, b_id: str, original: Sequence[StoredLink] = ()
) -> None:
    """Relate two articles that are not related yet (LibraryError otherwise), with the
    `original` link rows when putting back removed ones."""
    if a_id == b_id:
        raise LibraryError("an article cannot be related to itself")
    load_row(session, a_id)
    load_row(session, b_id)
    if _related_exists(session, a_id, b_id):
        raise LibraryError("the two articles are already related")
    if original:
        restore_links(session, original)
    else:
        add_related(session, a_id, b_id)


def unlink_related(session: Session, a_id: str, b_id: str) -> tuple[StoredLink, ...]:
    """Remove the related link between two articles and return the removed rows;
    LibraryError when they are not related."""
    load_row(session, a_id)
    load_row(session, b_id)
    removed = related_links(session, a_id, b_id)
    if not removed:
        raise LibraryError("the two articles are not related")
    remove_related(session, a_id, b_id)
    return removed


def chain_by_date_steps(session: Session, section_id: int) -> list[NeighbourStep]:
    """The steps that chain a section's own articles (outside the Trash, placeholders left
    out) oldest to newest by creation date: one per consecutive pair whose earlier one has
    no next and later one no previous story."""
    ids = list(
        session.scalars(
            select(ArticleRow.id)
            .where(
                ArticleRow.section_id == section_id,
                ArticleRow.trashed_at.is_(None),
                ArticleRow.placeholder.is_(False),
            )
            .order_by(ArticleRow.created_at, ArticleRow.seq)
        )
    )
    taken = {
        (row[0], row[1])
        for row in session.execute(
            select(LinkRow.source_id, LinkRow.kind)
            .join(ArticleRow, ArticleRow.id == LinkRow.source_id)
            .where(
                ArticleRow.section_id == section_id,
                LinkRow.kind.in_((LinkKind.PREVIOUS.value, LinkKind.NEXT.value)),
            )
        )
    }
    return [
        NeighbourStep(later, LinkKind.PREVIOUS, earlier)
        for earlier, later in itertools.pairwise(ids)
        if (earlier, LinkKind.NEXT.value) not in taken
        and (later, LinkKind.PREVIOUS.value) not in taken
    ]


def trashed_among(session: Session, article_ids: Sequence[str]) -> set[str]:
    """Which of these articles are in the Trash."""
    return set(
        session.scalars(
            select(ArticleRow.id).where(
                ArticleRow.id.in_(set(article_ids)), ArticleRow.trashed_at.is_not(None)
            )
        )
    )
