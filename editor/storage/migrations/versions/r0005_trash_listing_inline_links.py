"""The Trash, indexes for keyset listings, and the index of links inside article bodies.

`articles.trashed_at` marks an article moved to the Trash (a nullable column: adding it
rewrites nothing, so the upgrade of a 100,000-article library stays quick). The new
indexes serve the listing's sorts (column, then seq; see storage/listing.py) and the
Trash node. `inline_links` holds the body links between articles so that backlinks are a
query. Filling it needs the body's Markdown reader, which lives in the formats layer that
storage may not import: the upgrade marks the index as pending in `copydesk_meta`, and the
services fill it on the first writable open (see `editor.services.linking`).

Sections are now named by `/`-separated paths, so a section name can no longer hold `/`:
one that does (made by an older Copydesk) gets the look-alike `／` (U+FF0F) instead.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.storage.inline_links import INLINE_LINKS_PENDING_KEY

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

NAME_SLASH = "\uff0f"
_LISTING_INDEXES = {
    "ix_articles_status": ["status"],
    "ix_articles_byline": ["byline"],
    "ix_articles_word_count": ["word_count"],
    "ix_articles_section_trashed": ["section_id", "trashed_at"],
    "ix_articles_placeholder": ["placeholder"],
}


def upgrade() -> None:
    """Add `trashed_at`, the listing indexes and `inline_links` (to be filled); keep `/`
    out of section names."""
    op.execute(
        f"UPDATE sections SET name = replace(name, '/', '{NAME_SLASH}') WHERE name LIKE '%/%'"
    )
    op.add_column("articles", sa.Column("trashed_at", sa.DateTime(), nullable=True))
    for name, columns in _LISTING_INDEXES.items():
        op.create_index(name, "articles", columns)
    # Only the Trash's rows: never chosen for a query outside the Trash (see models.py).
    trashed = sa.text("trashed_at IS NOT NULL")
    op.create_index(
        "ix_articles_trashed",
        "articles",
        ["trashed_at"],
        sqlite_where=trashed,
        postgresql_where=trashed,
    )
    op.create_table(
        "inline_links",
        sa.Column(
            "source_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("target_id", sa.String(36), primary_key=True),
    )
    op.create_index("ix_inline_links_target", "inline_links", ["target_id"])
    op.execute(
        "INSERT INTO copydesk_meta (key, value) "
        f"SELECT '{INLINE_LINKS_PENDING_KEY}', '1' FROM articles LIMIT 1"
    )


def downgrade() -> None:
    """Drop the inline link index, the listing indexes and `trashed_at`."""
    op.execute(f"DELETE FROM copydesk_meta WHERE key = '{INLINE_LINKS_PENDING_KEY}'")
    op.drop_index("ix_inline_links_target", "inline_links")
    op.drop_table("inline_links")
    for name in (*_LISTING_INDEXES, "ix_articles_trashed"):
        op.drop_index(name, "articles")
    op.drop_column("articles", "trashed_at")
