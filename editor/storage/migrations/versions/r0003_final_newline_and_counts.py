"""Whether an article's text ends with a line break, and counts by the one counting rule.

`final_newline` keeps what an imported text file did at its end, so text export ends the
same way (import then export gives the file back byte for byte). The stored word and
character counts are recomputed with the rule every view now shares (the body's visible
text: no list markers, character references and escapes read as the characters they
stand for).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from editor.storage.text_stats import article_counts

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_BATCH = 500


def upgrade() -> None:
    """Add `final_newline` (true for every existing article) and recount every article."""
    op.add_column(
        "articles",
        sa.Column("final_newline", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    articles = sa.table(
        "articles",
        sa.column("id", sa.String),
        sa.column("teaser", sa.Text),
        sa.column("body", sa.Text),
        sa.column("word_count", sa.Integer),
        sa.column("char_count", sa.Integer),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(articles.c.id, articles.c.teaser, articles.c.body)).all()
    update = (
        articles.update()
        .where(articles.c.id == sa.bindparam("article_id"))
        .values(word_count=sa.bindparam("words"), char_count=sa.bindparam("chars"))
    )
    for start in range(0, len(rows), _BATCH):
        changes = []
        for article_id, teaser, body in rows[start : start + _BATCH]:
            words, chars = article_counts(teaser or "", body or "")
            changes.append({"article_id": article_id, "words": words, "chars": chars})
        connection.execute(update, changes)


def downgrade() -> None:
    """Drop `final_newline` (the counts stay as recomputed)."""
    op.drop_column("articles", "final_newline")
