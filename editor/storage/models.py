"""SQLAlchemy 2.x typed mappings of the library schema (the head revision of the migrations).

The migrations in `editor/storage/migrations/versions` create these tables; keep the two in
step. Column order in `articles` matters for speed on SQLite: small columns first, the long
text columns (teaser, body) last, so listings never read overflow pages.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

APPLICATION_KEY = "application"
APPLICATION_NAME = "copydesk"


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python; naive UTC in the database (portable across engines)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the library; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of every library table."""


class MetaRow(Base):
    """Key/value facts about the library; `application = copydesk` marks a Copydesk library."""

    __tablename__ = "copydesk_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SectionRow(Base):
    """A node of the section tree. Names are unique among siblings."""

    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


Index(
    "ux_sections_parent_name",
    func.coalesce(SectionRow.parent_id, 0),
    SectionRow.name,
    unique=True,
)


class ArticleRow(Base):
    """One article. `seq` is the integer row key the full-text index points at (an alias of
    SQLite's rowid, so VACUUM cannot renumber it); `id` (a UUID string) is the identity used
    everywhere else, including foreign keys."""

    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_section_updated", "section_id", "updated_at"),
        Index("ix_articles_updated", "updated_at"),
        Index("ix_articles_status_updated", "status", "updated_at"),
        Index("ix_articles_headline", "headline"),
        # Keyset listings sort by one column, then seq (SQLite appends the rowid, seq, to
        # every index, so an index on the column alone serves both): see listing.py.
        Index("ix_articles_status", "status"),
        Index("ix_articles_byline", "byline"),
        Index("ix_articles_word_count", "word_count"),
        Index("ix_articles_section_trashed", "section_id", "trashed_at"),
        Index("ix_articles_placeholder", "placeholder"),
        # Partial: only the Trash's rows, so no query for articles outside the Trash
        # (trashed_at IS NULL) is ever planned over it instead of its sort's index.
        Index(
            "ix_articles_trashed",
            "trashed_at",
            sqlite_where=text("trashed_at IS NOT NULL"),
            postgresql_where=text("trashed_at IS NOT NULL"),
        ),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(35), default="de")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    kicker: Mapped[str] = mapped_column(Text, default="")
    headline: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    dateline: Mapped[str] = mapped_column(Text, default="")
    teaser: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    target_words: Mapped[int | None] = mapped_column(Integer)
    target_chars: Mapped[int | None] = mapped_column(Integer)
    final_newline: Mapped[bool] = mapped_column(Boolean, default=True)
    # When the article was moved to the Trash (None: not in the Trash).
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __mapper_args__ = {"primary_key": [id]}  # noqa: RUF012


class TagRow(Base):
    """One tag of an article, in the order the author gave them."""

    __tablename__ = "article_tags"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_article_tags_tag", "tag"),)


class LinkRow(Base):
    """A directed link between two articles, by id. Previous/next are stored in both
    directions (A -previous-> W and W -next-> A), related links too (one row each way)."""

    __tablename__ = "links"
    __table_args__ = (
        Index("ix_links_target", "target_id", "kind"),
        Index(
            "ux_links_one_neighbour",
            "source_id",
            "kind",
            unique=True,
            sqlite_where=text("kind IN ('previous', 'next')"),
            postgresql_where=text("kind IN ('previous', 'next')"),
        ),
        UniqueConstraint("source_id", "target_id", "kind", name="uq_links"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    target_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))


class InlineLinkRow(Base):
    """A link in an article's body to another article (`copydesk:article/<id>`), kept so
    backlinks are a query. The target is not a foreign key: a body may name an article
    that does not exist (a broken link), and that is what the broken-links view lists."""

    __tablename__ = "inline_links"
    __table_args__ = (Index("ix_inline_links_target", "target_id"),)

    source_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[str] = mapped_column(String(36), primary_key=True)
