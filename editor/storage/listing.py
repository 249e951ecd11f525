"""Keyset (seek) pagination over articles for the library browser's lazy lists.

A page is `ORDER BY <column>, seq LIMIT n` continued with `WHERE (<column>, seq) >
(<last value>, <last seq>)`, never OFFSET: every page reads only its own rows through an
index on the sort column (SQLite appends the row key, seq, to every index, so an index on
the column alone serves the pair; see the indexes of revision 0005). Ties in the sort
column are broken by seq, so a page never repeats or skips a row.

Sorting by section walks the sections in the order of their paths, reading each one's
articles by seq over the (section_id, trashed_at) index: sections are few, so no page
sorts the table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from editor.domain.article import Status
from editor.domain.listing import ListingCursor, ListingNode, ListingQuery, ListingRow, SortColumn
from editor.domain.sections import SectionPath
from editor.storage.models import ArticleRow
from editor.storage.sections import section_paths, subtree_ids

SORT_COLUMNS: dict[SortColumn, InstrumentedAttribute[Any]] = {
    SortColumn.HEADLINE: ArticleRow.headline,
    SortColumn.STATUS: ArticleRow.status,
    SortColumn.BYLINE: ArticleRow.byline,
    SortColumn.UPDATED: ArticleRow.updated_at,
    SortColumn.WORDS: ArticleRow.word_count,
}
UNFILED_RANK = -1
_ROW_COLUMNS = (
    ArticleRow.seq,
    ArticleRow.id,
    ArticleRow.headline,
    ArticleRow.status,
    ArticleRow.byline,
    ArticleRow.section_id,
    ArticleRow.updated_at,
    ArticleRow.word_count,
    ArticleRow.placeholder,
)


def _filters(session: Session, query: ListingQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a listing, without the cursor."""
    conditions: list[ColumnElement[bool]] = [
        ArticleRow.trashed_at.is_not(None)
        if query.node is ListingNode.TRASH
        else ArticleRow.trashed_at.is_(None)
    ]
    if query.node is ListingNode.PLACEHOLDERS:
        conditions.append(ArticleRow.placeholder.is_(True))
    elif query.node is ListingNode.UNFILED:
        conditions.append(ArticleRow.section_id.is_(None))
    elif query.node is ListingNode.SECTION and query.section_id is not None:
        if query.include_subsections:
            ids = subtree_ids(session, query.section_id)
            conditions.append(
                ArticleRow.section_id.in_(ids) if len(ids) > 1 else ArticleRow.section_id == ids[0]
            )
        else:
            conditions.append(ArticleRow.section_id == query.section_id)
    if query.status is not None:
        conditions.append(ArticleRow.status == Status(query.status).value)
    if query.text.strip():
        pattern = query.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(ArticleRow.headline.like(f"%{pattern}%", escape="\\"))
    return conditions


def _row(values: Any, paths: dict[int, SectionPath]) -> ListingRow:
    return ListingRow(
        id=values.id,
        headline=values.headline,
        status=Status(values.status),
        byline=values.byline,
        section=str(paths[values.section_id]) if values.section_id is not None else "",
        updated_at=values.updated_at,
        word_count=values.word_count,
        placeholder=values.placeholder,
    )


def _column_page(
    session: Session,
    query: ListingQuery,
    after: ListingCursor | None,
    limit: int,
) -> tuple[list[Any], list[Any]]:
    """Rows (one more than `limit`, to tell whether more follow) and their sort values."""
    column = SORT_COLUMNS[query.sort]
    statement: Select[Any] = select(*_ROW_COLUMNS).where(*_filters(session, query))  # type: ignore[assignment]
    if after is not None:
        key = tuple_(column, ArticleRow.seq)
        last = tuple_(literal(after.value, column.type), literal(after.seq))
        statement = statement.where(key < last if query.descending else key > last)
    if query.descending:
        statement = statement.order_by(column.desc(), ArticleRow.seq.desc())
    else:
        statement = statement.order_by(column, ArticleRow.seq)
    rows = list(session.execute(statement.limit(limit + 1)))
    return rows, [getattr(row, column.key) for row in rows]


def _section_ranks(paths: dict[int, SectionPath]) -> list[tuple[int, int | None]]:
    """(rank, section id) in the order of section paths, unfiled articles first."""
    ordered = sorted(
        paths, key=lambda section_id: [part.casefold() for part in paths[section_id].parts]
    )
    return [(UNFILED_RANK, None), *((rank, section_id) for rank, section_id in enumerate(ordered))]


def _section_page(
    session: Session,
    query: ListingQuery,
    after: ListingCursor | None,
    limit: int,
    paths: dict[int, SectionPath],
) -> tuple[list[Any], list[Any]]:
    ranks = _section_ranks(paths)
    after_rank = None
    if after is not None:
        if not isinstance(after.value, int):
            raise ValueError("a cursor of another sort was given to a listing by section")
        after_rank = after.value
    if query.descending:
        ranks.reverse()
    conditions = _filters(session, query)
    rows: list[Any] = []
    values: list[Any] = []
    for rank, section_id in ranks:
        if after_rank is not None:
            passed = rank > after_rank if query.descending else rank < after_rank
            if passed:
                continue
        statement = select(*_ROW_COLUMNS).where(
            *conditions,
            ArticleRow.section_id.is_(None)
            if section_id is None
            else ArticleRow.section_id == section_id,
        )
        if after is not None and rank == after_rank:
            statement = statement.where(
                ArticleRow.seq < after.seq if query.descending else ArticleRow.seq > after.seq
            )
        order = ArticleRow.seq.desc() if query.descending else ArticleRow.seq
        found = list(session.execute(statement.order_by(order).limit(limit + 1 - len(rows))))
        rows.extend(found)
        values.extend([rank] * len(found))
        if len(rows) > limit:
            break
    return rows, values


def listing_page(
    session: Session, query: ListingQuery, after: ListingCursor | None, limit: int
) -> tuple[list[ListingRow], ListingCursor | None]:
    """Up to `limit` rows after the cursor (from the start for None), and the cursor of
    the next page (None when no row follows)."""
    if limit <= 0:
        raise ValueError("a page holds at least one row")
    paths = section_paths(session)
    if query.sort is SortColumn.SECTION:
        rows, values = _section_page(session, query, after, limit, paths)
    else:
        rows, values = _column_page(session, query, after, limit)
    if len(rows) <= limit:
        return [_row(row, paths) for row in rows], None
    last = limit - 1
    return [_row(row, paths) for row in rows[:limit]], ListingCursor(values[last], rows[last].seq)
