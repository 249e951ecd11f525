"""The first library schema: articles, sections, tags, links, metadata and full-text search.

Revision ID: 0001
Revises: none
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_FTS_COLUMNS = "kicker, headline, teaser, body"
_NEW_VALUES = "new.kicker, new.headline, new.teaser, new.body"
_OLD_VALUES = "old.kicker, old.headline, old.teaser, old.body"

SQLITE_FTS_DDL = (
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        {_FTS_COLUMNS}, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES (new.seq, {_NEW_VALUES});
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
            VALUES ('delete', old.seq, {_OLD_VALUES});
    END""",
    f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_FTS_COLUMNS} ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
            VALUES ('delete', old.seq, {_OLD_VALUES});
        INSERT INTO articles_fts(rowid, {_FTS_COLUMNS}) VALUES (new.seq, {_NEW_VALUES});
    END""",
)


def upgrade() -> None:
    """Create the first schema and mark the database as a Copydesk library."""
    meta = op.create_table(
        "copydesk_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("sections.id", ondelete="RESTRICT"),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_sections_parent_id", "sections", ["parent_id"])
    op.create_index(
        "ux_sections_parent_name",
        "sections",
        [sa.text("coalesce(parent_id, 0)"), "name"],
        unique=True,
    )
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("slug", sa.String(120), nullable=False, unique=True),
        sa.Column(
            "section_id",
            sa.Integer(),
            sa.ForeignKey("sections.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("placeholder", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("language", sa.String(35), nullable=False, server_default="de"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("word_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("char_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("kicker", sa.Text(), nullable=False, server_default=""),
        sa.Column("headline", sa.Text(), nullable=False, server_default=""),
        sa.Column("byline", sa.Text(), nullable=False, server_default=""),
        sa.Column("dateline", sa.Text(), nullable=False, server_default=""),
        sa.Column("teaser", sa.Text(), nullable=False, server_default=""),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_articles_section_updated", "articles", ["section_id", "updated_at"])
    op.create_index("ix_articles_updated", "articles", ["updated_at"])
    op.create_index("ix_articles_status_updated", "articles", ["status", "updated_at"])
    op.create_index("ix_articles_headline", "articles", ["headline"])
    op.create_table(
        "article_tags",
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(200), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_article_tags_tag", "article_tags", ["tag"])
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "source_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "target_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.UniqueConstraint("source_id", "target_id", "kind", name="uq_links"),
    )
    op.create_index("ix_links_target", "links", ["target_id", "kind"])
    op.create_index(
        "ux_links_one_neighbour",
        "links",
        ["source_id", "kind"],
        unique=True,
        sqlite_where=sa.text("kind IN ('previous', 'next')"),
        postgresql_where=sa.text("kind IN ('previous', 'next')"),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS_DDL:
            op.execute(statement)
    op.bulk_insert(meta, [{"key": "application", "value": "copydesk"}])


def downgrade() -> None:
    """Drop everything (only for tests of the migration chain)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("links", "article_tags", "articles", "sections", "copydesk_meta"):
        op.drop_table(table)
