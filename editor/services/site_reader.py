"""Reading a library in bulk for `copydesk export-site`: every article's listing fields,
every link, and full articles in batches, with few queries.

The site export runs in worker processes, each with its own connection, so the reader
opens its own SQLAlchemy engine on the library's file (read-only use, the same tables as
`editor.storage`). An SQLite library is opened by path; a server database by its URL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, select
from sqlalchemy.orm import Session

from editor.domain.article import Article
from editor.storage.models import ArticleRow, LinkRow, SectionRow, TagRow
from editor.storage.records import article_from_row

BATCH = 500


@dataclass(frozen=True)
class ArticleEntry:
    """What the site needs of every article before rendering any page."""

    seq: int
    id: str
    slug: str
    headline: str
    teaser: str
    section_id: int | None
    sort_time: datetime
    version: int
    stamp: str
    """The stored state the article's page is made from: its version, when it last
    changed and when it was published (a new value means its page may have changed)."""


@dataclass(frozen=True)
class SectionEntry:
    """A section with its full name (`Politik › Ausland`)."""

    id: int
    label: str
    parent_id: int | None
    position: int


def library_address(path: Path | None, url: str) -> str | URL:
    """The SQLAlchemy URL a reader opens: the SQLite file by path (any characters in it
    kept as they are), else the URL."""
    return URL.create("sqlite", database=str(path)) if path is not None else url


class SiteReader:
    """Bulk reads on one library (open it in each process that reads)."""

    def __init__(self, address: str | URL) -> None:
        self.engine: Engine = create_engine(address)

    def close(self) -> None:
        self.engine.dispose()

    def sections(self) -> list[SectionEntry]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(SectionRow.id, SectionRow.name, SectionRow.parent_id, SectionRow.position)
            ).all()
        names = {row.id: row.name for row in rows}
        return [
            SectionEntry(
                row.id,
                f"{names[row.parent_id]} › {row.name}" if row.parent_id in names else row.name,
                row.parent_id,
                row.position,
            )
            for row in rows
        ]

    def entries(self, section_ids: set[int] | None) -> list[ArticleEntry]:
        """Every real article (no placeholders, none in the Trash), oldest first; only
        those filed in `section_ids` when given."""
        query = select(
            ArticleRow.seq,
            ArticleRow.id,
            ArticleRow.slug,
            ArticleRow.headline,
            ArticleRow.teaser,
            ArticleRow.section_id,
            ArticleRow.published_at,
            ArticleRow.updated_at,
            ArticleRow.version,
        ).where(ArticleRow.placeholder.is_(False), ArticleRow.trashed_at.is_(None))
        if section_ids is not None:
            query = query.where(ArticleRow.section_id.in_(section_ids))
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(ArticleRow.seq)).all()
        return [
            ArticleEntry(
                row.seq,
                row.id,
                row.slug,
                row.headline,
                row.teaser,
                row.section_id,
                row.published_at or row.updated_at,
                row.version,
                f"{row.version}|{row.updated_at.isoformat()}|{row.published_at}",
            )
            for row in rows
        ]

    def links(self) -> list[tuple[str, str, str]]:
        """Every link as (source id, target id, kind), in the order they were made."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(LinkRow.source_id, LinkRow.target_id, LinkRow.kind).order_by(LinkRow.id)
            ).all()
        return [(row.source_id, row.target_id, row.kind) for row in rows]

    def articles(self, seqs: Sequence[int], sections: dict[int, str]) -> Iterable[Article]:
        """The full articles with these row numbers, in that order, BATCH at a time."""
        for start in range(0, len(seqs), BATCH):
            batch = list(seqs[start : start + BATCH])
            with Session(self.engine) as session:
                rows = session.scalars(select(ArticleRow).where(ArticleRow.seq.in_(batch))).all()
                ids = [row.id for row in rows]
                tag_rows = session.execute(
                    select(TagRow.article_id, TagRow.tag)
                    .where(TagRow.article_id.in_(ids))
                    .order_by(TagRow.article_id, TagRow.position)
                ).all()
            tags: dict[str, list[str]] = defaultdict(list)
            for article_id, tag in tag_rows:
                tags[article_id].append(tag)
            by_seq = {row.seq: row for row in rows}
            for seq in batch:
                row = by_seq.get(seq)
                if row is not None:
                    section = sections.get(row.section_id, "") if row.section_id else ""
                    yield article_from_row(row, section, tags.get(row.id, []))
