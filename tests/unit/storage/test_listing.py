"""Keyset listings: every sort in both directions pages through exactly the rows the
whole sorted listing holds, with ties in the sort column, and every node and filter
selects the right articles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

import pytest

from editor.domain.article import Article, Status
from editor.domain.listing import ListingCursor, ListingNode, ListingQuery, ListingRow, SortColumn
from editor.domain.sections import SectionPath
from editor.storage import Library
from editor.storage.listing import listing_page
from editor.storage.sections import section_id_at
from editor.storage.trash import move_to_trash, trash_entries

SECTIONS = ("Sport", "Politik/Inland", "Politik", "", "Kultur/Kino/Klassiker")
STATUSES = (Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED)
START = datetime(2026, 1, 1, tzinfo=UTC)


def stock(library: Library, count: int = 41) -> list[str]:
    """`count` articles with many ties in every column (headlines repeat, bylines,
    statuses, sections and word counts come from short cycles)."""
    articles = [
        Article(
            headline=f"Meldung {number % 7}",
            byline=("Anna", "Bert", "")[number % 3],
            status=STATUSES[number % 3],
            section=SECTIONS[number % 5],
            body=" ".join(["Wort"] * (number % 4)),
            teaser="",
            placeholder=number % 6 == 0,
            created_at=START + timedelta(minutes=number),
            updated_at=START + timedelta(minutes=number % 9),
        )
        for number in range(count)
    ]
    library.import_many(articles)
    return [article.id for article in articles]


def all_pages(library: Library, query: ListingQuery, limit: int) -> list[ListingRow]:
    rows: list[ListingRow] = []
    cursor: ListingCursor | None = None
    while True:
        page, cursor = library.read(partial(listing_page, query=query, after=cursor, limit=limit))
        assert len(page) <= limit
        rows.extend(page)
        if cursor is None:
            return rows
        assert len(page) == limit, "a page before the last is full"


def sort_key(row: ListingRow, column: SortColumn) -> object:
    return {
        SortColumn.HEADLINE: row.headline,
        SortColumn.STATUS: str(row.status),
        SortColumn.BYLINE: row.byline,
        SortColumn.SECTION: [part.casefold() for part in row.section.split("/")]
        if row.section
        else [],
        SortColumn.UPDATED: row.updated_at,
        SortColumn.WORDS: row.word_count,
    }[column]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("limit", [1, 4, 50])
def test_pages_never_skip_or_repeat_a_row(
    library: Library, column: SortColumn, descending: bool, limit: int
) -> None:
    ids = stock(library)
    rows = all_pages(library, ListingQuery(sort=column, descending=descending), limit)
    assert sorted(row.id for row in rows) == sorted(ids)
    keys = [sort_key(row, column) for row in rows]
    assert keys == sorted(keys, reverse=descending)  # type: ignore[type-var]


def test_nodes_and_filters_select_their_articles(library: Library) -> None:
    ids = stock(library)
    library.write(lambda session: move_to_trash(session, trash_entries(ids[:2])))
    everything = all_pages(library, ListingQuery(), 7)
    assert {row.id for row in everything} == set(ids[2:])
    trash = all_pages(library, ListingQuery(node=ListingNode.TRASH), 7)
    assert {row.id for row in trash} == set(ids[:2])
    placeholders = all_pages(library, ListingQuery(node=ListingNode.PLACEHOLDERS), 7)
    assert {row.id for row in placeholders} == {
        i for n, i in enumerate(ids) if n % 6 == 0 and n >= 2
    }
    unfiled = all_pages(library, ListingQuery(node=ListingNode.UNFILED), 7)
    assert {row.section for row in unfiled} == {""} and len(unfiled) == 8

    politik = library.read(lambda session: section_id_at(session, SectionPath.parse("Politik")))
    with_inland = all_pages(library, ListingQuery(node=ListingNode.SECTION, section_id=politik), 3)
    assert {row.section for row in with_inland} == {"Politik", "Politik/Inland"}
    own = ListingQuery(node=ListingNode.SECTION, section_id=politik, include_subsections=False)
    assert {row.section for row in all_pages(library, own, 3)} == {"Politik"}

    drafts = all_pages(library, ListingQuery(status=Status.DRAFT, text="meldung 3"), 2)
    assert drafts and all(row.status is Status.DRAFT for row in drafts)
    assert {row.headline for row in drafts} == {"Meldung 3"}
    assert all_pages(library, ListingQuery(text="100%_"), 5) == []


def test_rows_carry_what_a_list_shows(library: Library) -> None:
    (first,) = stock(library, 1)
    (row,), cursor = library.read(lambda session: listing_page(session, ListingQuery(), None, 5))
    assert cursor is None
    assert row == ListingRow(
        id=first,
        headline="Meldung 0",
        status=Status.DRAFT,
        byline="Anna",
        section="Sport",
        updated_at=START,
        word_count=0,
        placeholder=True,
    )


def test_a_section_cursor_is_refused_by_other_sorts_and_limits_must_be_positive(
    library: Library,
) -> None:
    stock(library, 3)
    query = ListingQuery(sort=SortColumn.SECTION)
    with pytest.raises(ValueError, match="another sort"):
        library.read(lambda session: listing_page(session, query, ListingCursor("x", 1), 2))
    with pytest.raises(ValueError, match="at least one row"):
        library.read(lambda session: listing_page(session, query, None, 0))


@pytest.mark.parametrize("column", [SortColumn.HEADLINE, SortColumn.WORDS])
def test_a_rare_section_pages_as_well_as_a_common_one(library: Library, column: SortColumn) -> None:
    ids = stock(library)
    library.import_many(Article(headline=f"Andere {n % 5}", section="Andere") for n in range(900))
    sport = library.read(lambda session: section_id_at(session, SectionPath.parse("Sport")))
    query = ListingQuery(node=ListingNode.SECTION, section_id=sport, sort=column)
    rows = all_pages(library, query, 3)
    assert sorted(row.id for row in rows) == sorted(ids[0::5])
    keys = [sort_key(row, column) for row in rows]
    assert keys == sorted(keys, reverse=True)  # type: ignore[type-var]
