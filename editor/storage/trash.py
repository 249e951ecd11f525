"""The Trash: deleting moves articles there (a `trashed_at` time on the row), restoring
takes them out again, and emptying it deletes them for good.

An article in the Trash keeps everything (fields, tags, section, links, the links in its
body), so restoring is clearing one column. Listings, search and lookups by headline
leave trashed articles out; lookups by id still reach them, so they can be restored.
Links to a trashed article stay stored and show as broken. Every function runs inside
the caller's write transaction and changes all it is asked to or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from editor.domain.article import utc_now
from editor.storage.errors import ArticleNotFoundError, LibraryError
from editor.storage.models import ArticleRow

TrashedAt = tuple[str, datetime]


def _rows(session: Session, article_ids: Sequence[str]) -> list[ArticleRow]:
    unique = list(dict.fromkeys(article_ids))
    if not unique:
        raise LibraryError("no article given")
    rows = {
        row.id: row for row in session.scalars(select(ArticleRow).where(ArticleRow.id.in_(unique)))
    }
    for article_id in unique:
        if article_id not in rows:
            raise ArticleNotFoundError(f"no article with id {article_id}")
    return [rows[article_id] for article_id in unique]


def move_to_trash(session: Session, entries: Sequence[TrashedAt]) -> None:
    """Put each article in the Trash at its time; LibraryError if one is there already."""
    when = dict(entries)
    for row in _rows(session, [article_id for article_id, _ in entries]):
        if row.trashed_at is not None:
            raise LibraryError(f"{row.headline or row.id!r} is already in the Trash")
        row.trashed_at = when[row.id]
    session.flush()


def restore_from_trash(session: Session, article_ids: Sequence[str]) -> tuple[TrashedAt, ...]:
    """Take articles out of the Trash; returns when each was put there (for the undo).
    LibraryError if one is not in the Trash."""
    restored: list[TrashedAt] = []
    for row in _rows(session, article_ids):
        if row.trashed_at is None:
            raise LibraryError(f"{row.headline or row.id!r} is not in the Trash")
        restored.append((row.id, row.trashed_at))
        row.trashed_at = None
    session.flush()
    return tuple(restored)


def trash_entries(
    article_ids: Sequence[str], when: datetime | None = None
) -> tuple[TrashedAt, ...]:
    """Each article (once, in order) with one time, now unless given."""
    moment = when or utc_now()
    return tuple((article_id, moment) for article_id in dict.fromkeys(article_ids))


def trashed_count(session: Session) -> int:
    """How many articles are in the Trash."""
    return int(
        session.scalar(
            select(func.count()).select_from(ArticleRow).where(ArticleRow.trashed_at.is_not(None))
        )
        or 0
    )


def empty_trash(session: Session) -> int:
    """Delete every article in the Trash for good (with its tags and links); returns how
    many. This cannot be undone."""
    count = trashed_count(session)
    session.execute(
        delete(ArticleRow)
        .where(ArticleRow.trashed_at.is_not(None))
        .execution_options(synchronize_session=False)
    )
    return count
