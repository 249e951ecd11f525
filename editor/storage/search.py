"""Full-text search: turning whatever a person typed into a safe engine query, by dialect.

SQLite uses the FTS5 table `articles_fts` (external content on `articles`, kept in sync by
triggers, unicode61 tokenizer with diacritics removed). Every word of the query becomes a
quoted term (a prefix term unless it is very short) and all must match, so quotes, `AND`,
`*`, `:`, `NEAR` or brackets in the input are just text. Ranking is bm25 with the headline
weighted highest. Prefix indexes for three and four characters (revision 0004) make the
word being typed cheap to find; ranking it (bm25 over the newest RANKING_WINDOW matches)
is then most of a search's cost. A search given a SearchCancellation stops when it is
cancelled (see search_cancellation). Other engines fall back to a portable LIKE scan until
their own index (PostgreSQL tsvector) is added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from editor.storage.models import ArticleRow
from editor.storage.search_cancellation import SearchCancellation, interruptible
from editor.storage.snippets import SnippetField, make_snippet, match_pattern, matches_as_prefix

_QUERY_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_TERMS = 16
MAX_TERM_LENGTH = 64  # longer words are searched by their first 64 characters (as a prefix)
# bm25 weights in FTS column order: kicker, headline, teaser, body.
COLUMN_WEIGHTS = (3.0, 10.0, 4.0, 1.0)


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article, its headline and a short excerpt around the match."""

    id: str
    headline: str
    snippet: str


def query_terms(query: str) -> list[str]:
    """The words of a query (letters and digits; everything else separates words)."""
    normalized = unicodedata.normalize("NFKC", query)
    return [term[:MAX_TERM_LENGTH] for term in _QUERY_WORD.findall(normalized)[:MAX_QUERY_TERMS]]


def fts5_match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every word; None if there are no words.

    `der Bundes Bah` -> `"der" AND "Bundes"* AND "Bah"*`. Words match as prefixes except
    short ones (see snippets.matches_as_prefix). Terms contain only letters and digits, so
    they can never break out of their quotes.
    """
    terms = query_terms(query)
    if not terms:
        return None
    last = len(terms) - 1
    return " AND ".join(
        f'"{term}"*' if matches_as_prefix(term, index == last) else f'"{term}"'
        for index, term in enumerate(terms)
    )


# A query matching more articles than this ranks only the newest this many of them (by
# insertion order): ranking all 60,000 matches of a very common word would take ~40 ms at
# 100,000 articles, and for such broad queries recent articles are what a newsroom wants.
RANKING_WINDOW = 5000

# Rank first, then read the winners' text: excerpts are cut only for the hits.
FTS5_SEARCH = text(
    f"""
    SELECT a.id, a.headline, a.kicker, a.teaser, a.body
    FROM (
        SELECT seq, score FROM (
            SELECT rowid AS seq,
                   bm25(articles_fts, {", ".join(map(str, COLUMN_WEIGHTS))}) AS score
            FROM articles_fts
            WHERE articles_fts MATCH :match
            ORDER BY rowid DESC
            LIMIT {RANKING_WINDOW}
        )
        WHERE seq NOT IN (SELECT seq FROM articles WHERE trashed_at IS NOT NULL)
        ORDER BY score
        LIMIT :limit
    ) AS best
    JOIN articles AS a ON a.seq = best.seq
    ORDER BY best.score
    """
)


def search_articles(
    session: Session, query: str, limit: int, cancellation: SearchCancellation | None = None
) -> list[SearchHit]:
    """Best matches first; an empty or punctuation-only query finds nothing. A cancelled
    search raises SearchCancelledError (see search_cancellation)."""
    if limit <= 0:
        return []
    with interruptible(cancellation, session):
        if session.get_bind().dialect.name == "sqlite":
            rows = _rows_sqlite_fts5(session, query, limit)
        else:
            rows = _rows_portable(session, query, limit)
    return _hits(rows, query, cancellation)


def _hits(
    rows: Sequence[Sequence[str]], query: str, cancellation: SearchCancellation | None
) -> list[SearchHit]:
    pattern = match_pattern(query_terms(query))
    hits: list[SearchHit] = []
    for row in rows:
        if cancellation is not None:
            cancellation.raise_if_cancelled()
        hits.append(_hit(row, pattern))
    return hits


def _hit(row: Sequence[str], pattern: re.Pattern[str] | None) -> SearchHit:
    return SearchHit(
        id=row[0],
        headline=row[1],
        snippet=make_snippet(
            pattern,
            # On a tie the teaser, then the body: the headline is shown with the hit.
            [
                SnippetField(row[3]),
                SnippetField(row[4], markdown=True),
                SnippetField(row[1]),
                SnippetField(row[2]),
            ],
        ),
    )


def _rows_sqlite_fts5(session: Session, query: str, limit: int) -> Sequence[Sequence[str]]:
    match = fts5_match_expression(query)
    if match is None:
        return []
    return session.execute(FTS5_SEARCH, {"match": match, "limit": limit}).all()


def _rows_portable(session: Session, query: str, limit: int) -> Sequence[Sequence[str]]:
    terms = query_terms(query)
    if not terms:
        return []
    columns = (ArticleRow.kicker, ArticleRow.headline, ArticleRow.teaser, ArticleRow.body)
    conditions = [or_(*(column.ilike(f"%{term}%") for column in columns)) for term in terms]
    return (
        session.execute(
            select(
                ArticleRow.id,
                ArticleRow.headline,
                ArticleRow.kicker,
                ArticleRow.teaser,
                ArticleRow.body,
            )
            .where(and_(*conditions), ArticleRow.trashed_at.is_(None))
            .order_by(ArticleRow.updated_at.desc())
            .limit(limit)
        )
        .tuples()
        .all()
    )
