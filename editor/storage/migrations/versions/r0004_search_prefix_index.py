"""A prefix index in full-text search, so the word being typed (`Ber`, `Bund`) is fast.

FTS5 answers a prefix query (`"ber"*`) without a prefix index by merging the entries of
every indexed word starting with it: 0.3-0.9 s on a 100,000-article library. With prefix
indexes for three and four characters (the shortest prefixes a search asks for; see
snippets.matches_as_prefix) the same query reads one entry. FTS5 cannot add a prefix index
to an existing table: the table is created again, with the same columns and tokenizer, and
rebuilt from `articles` (external content, so the triggers of 0001 keep working unchanged).
On SQLite only; other engines have no FTS table.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

PREFIX_LENGTHS = "3 4"
# A larger in-memory term buffer while rebuilding writes fewer, larger segments.
_REBUILD_HASHSIZE = 64 * 1024 * 1024
_EVERYDAY_HASHSIZE = 1024 * 1024


def _create_fts_table(prefix: str | None) -> None:
    prefix_option = f", prefix='{prefix}'" if prefix else ""
    op.execute("DROP TABLE articles_fts")
    op.execute(
        f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        kicker, headline, teaser, body, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'{prefix_option})"""
    )
    op.execute(
        f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', {_REBUILD_HASHSIZE})"
    )
    op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    op.execute(
        f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', {_EVERYDAY_HASHSIZE})"
    )


def upgrade() -> None:
    """Recreate `articles_fts` with prefix indexes and index every article again."""
    if op.get_bind().dialect.name == "sqlite":
        _create_fts_table(PREFIX_LENGTHS)


def downgrade() -> None:
    """Recreate `articles_fts` without prefix indexes (as revision 0001 made it)."""
    if op.get_bind().dialect.name == "sqlite":
        _create_fts_table(None)
