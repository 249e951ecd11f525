"""What a library browser asks for and gets back, page by page: a `ListingQuery` (which
node of the sidebar, filters, sort), the rows of a page, and the cursor that continues
after the last row (keyset pagination: a page never skips or repeats a row, however far
down, and costs the same on the first page as on the thousandth)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from editor.domain.article import Status


class ListingNode(enum.StrEnum):
    """Which articles a listing shows (the sidebar's nodes)."""

    ALL = "all"
    SECTION = "section"
    UNFILED = "unfiled"
    PLACEHOLDERS = "placeholders"
    TRASH = "trash"


class SortColumn(enum.StrEnum):
    """The columns a listing sorts by."""

    HEADLINE = "headline"
    STATUS = "status"
    BYLINE = "byline"
    SECTION = "section"
    UPDATED = "updated"
    WORDS = "words"


@dataclass(frozen=True)
class ListingQuery:
    """One listing: the node (for SECTION, `section_id` and whether its subsections'
    articles are included), an optional status filter, a text the headline must contain
    (ignoring case), and the sort. Everything but the Trash node leaves trashed articles
    out."""

    node: ListingNode = ListingNode.ALL
    section_id: int | None = None
    include_subsections: bool = True
    status: Status | None = None
    text: str = ""
    sort: SortColumn = SortColumn.UPDATED
    descending: bool = True

    def __post_init__(self) -> None:
        if (self.node is ListingNode.SECTION) != (self.section_id is not None):
            raise ValueError("a section listing needs a section id, and only it")


@dataclass(frozen=True)
class ListingCursor:
    """Where a page ended: the last row's sort value and row key. Pass it back as `after`
    to get the next page."""

    value: str | int | datetime
    seq: int


@dataclass(frozen=True)
class ListingRow:
    """One row of a listing: no body, no teaser."""

    id: str
    headline: str
    status: Status
    byline: str
    section: str
    updated_at: datetime
    word_count: int
    placeholder: bool
