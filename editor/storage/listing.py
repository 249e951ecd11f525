"""Keyset (seek) pagination over articles for the library browser's lazy lists.

A page is `ORDER BY <column>, seq LIMIT n` continued with `WHERE (<column>, seq) >
(<last value>, <last seq>)`, never OFFSET: every page reads only its own rows through an
index on the sort column (SQLite appends the row key, seq, to every index, so an index on
the column alone serves the pair; see the indexes of revision 0005). Ties in the sort
column are broken by seq, so a page never repeats or skips a row.

Which index reads a page depends on how many articles the listing keeps: a common
section or status (at least one article in SPARSE_SHARE) is tested row by row while the
sort column's index drives the page; a rare one (the Trash, placeholders, a small
section) is read through its own index and sorted, since scanning the sort column's
index for its few rows could read the whole table. (Measured on 100,000 articles: every
first page and every later page in 1-10 ms.)

Sorting by section walks the sections in the order of their paths, reading each one's
articles by seq over the (section_id, trashed_at) index: sections are few, so no page
sorts the table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
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
# A filter keeping fewer than one article in this many is read through its own index.
SPARSE_SHARE = 20
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


def _section_ids(session: Session, query: ListingQuery) -> list[int | None] | None:
    """The sections a listing keeps (None in the list: unfiled), or None for any."""
    if query.node is ListingNode.UNFILED:
        return [None]
    if query.node is not ListingNode.SECTION or query.section_id is None:
        return None
    if query.include_subsections:
        return list(subtree_ids(session, query.section_id))
    return [query.section_id]


def _in_sections(column: Any, ids: list[int | None]) -> ColumnElement[bool]:
    test: ColumnElement[bool]
    if ids == [None]:
        test = column.is_(None)
    else:
        test = column == ids[0] if len(ids) == 1 else column.in_(ids)
    return test


def _filters(
    query: ListingQuery, section_ids: list[int | None] | None, *, by_sort_index: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a listing, without the cursor. `by_sort_index` writes the
    section and status tests so that no index can serve them (`section_id + 0`), which
    leaves the sort column's index to drive the query."""
    conditions: list[ColumnElement[bool]] = [
        ArticleRow.trashed_at.is_not(None)
        if query.node is ListingNode.TRASH
        else ArticleRow.trashed_at.is_(None)
    ]
    if query.node is ListingNode.PLACEHOLDERS:
        conditions.append(ArticleRow.placeholder.is_(True))
    if section_ids is not None:
        section = ArticleRow.section_id + 0 if by_sort_index else ArticleRow.section_id
        conditions.append(_in_sections(section, section_ids))
    if query.status is not None:
        sorted_by_status = query.sort is SortColumn.STATUS
        status = (
            ArticleRow.status + "" if by_sort_index and not sorted_by_status else ArticleRow.status
        )
        conditions.append(status == Status(query.status).value)
    if query.text.strip():
        pattern = query.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(ArticleRow.headline.like(f"%{pattern}%", escape="\\"))
    return conditions


def _dense(session: Session, query: ListingQuery, section_ids: list[int | None] | None) -> bool:
    """True when the articles a listing keeps are common enough (at least one in
    SPARSE_SHARE) for the sort column's index to find a page's rows quickly; a rarer
    section is read through its own index and sorted instead. Counting a section reads
    only the (section_id, trashed_at) index."""
    if section_ids is None:  # the Trash and placeholders are few: their own index
        return query.node not in (ListingNode.TRASH, ListingNode.PLACEHOLDERS)
    kept = session.scalar(
        select(func.count())
        .select_from(ArticleRow)
        .where(_in_sections(ArticleRow.section_id, section_ids), ArticleRow.trashed_at.is_(None))
    )
    rows = session.scalar(select(func.max(ArticleRow.seq))) or 0
    return int(kept or 0) * SPARSE_SHARE >= rows


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
    section_ids = _section_ids(session, query)
    dense = _dense(session, query, section_ids)
    conditions = _filters(query, section_ids, by_sort_index=dense)
    statement: Select[Any] = select(*_ROW_COLUMNS).where(*conditions)  # type: ignore[assignment]
    # Few rows kept: read them through the filter's index and sort them, never scan the
    # sort column's index for them (coalesce(c, c) has c's values but no index).
    sort_key: Any = column if dense else func.coalesce(column, column)
    if after is not None:
        key = tuple_(sort_key, ArticleRow.seq)
        last = tuple_(literal(after.value, column.type), literal(after.seq))
        statement = statement.where(key < last if query.descending else key > last)
    if query.descending:
        statement = statement.order_by(sort_key.desc(), ArticleRow.seq.desc())
    else:
        statement = statement.order_by(sort_key, ArticleRow.seq)
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
    conditions = _filters(query, None, by_sort_index=True)
    wanted = _section_ids(session, query)
    if wanted is not None:
        ranks = [(rank, section_id) for rank, section_id in ranks if section_id in wanted]
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
