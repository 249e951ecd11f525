"""Length targets per article: the words and characters the desk has asked for.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the nullable target_words / target_chars columns to articles."""
    op.add_column("articles", sa.Column("target_words", sa.Integer(), nullable=True))
    op.add_column("articles", sa.Column("target_chars", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop the target columns again."""
    op.drop_column("articles", "target_chars")
    op.drop_column("articles", "target_words")
