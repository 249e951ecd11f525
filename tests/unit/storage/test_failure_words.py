"""Storage failures in words: never SQL, parameters or article text (issue 13.8)."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from editor.storage.errors import ArticleNotFoundError, failure_in_words

ARTICLE_TEXT = "Geheimer Entwurf über den Bürgermeister"


def _sqlite_error(message: str, name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("original", "words"),
    [
        (_sqlite_error("database is locked", "SQLITE_BUSY"), "another program is writing"),
        (_sqlite_error("attempt to write a readonly database", "SQLITE_READONLY"), "read-only"),
        (_sqlite_error("database or disk is full", "SQLITE_FULL"), "the disk is full"),
        (_sqlite_error("disk I/O error", "SQLITE_IOERR_WRITE"), "could not be read or written"),
        (sqlite3.OperationalError("database is locked"), "another program is writing"),
    ],
)
def test_database_errors_become_words_without_sql(original: Exception, words: str) -> None:
    error = OperationalError(
        "INSERT INTO articles (headline, body) VALUES (?, ?)",
        (ARTICLE_TEXT, ARTICLE_TEXT),
        original,
    )
    assert ARTICLE_TEXT in str(error) and "INSERT" in str(error)
    described = failure_in_words(error)
    assert described is not None and words in described
    assert "INSERT" not in described and ARTICLE_TEXT not in described


def test_other_failures() -> None:
    integrity = IntegrityError(
        "INSERT INTO links ...", (ARTICLE_TEXT,), sqlite3.IntegrityError("x")
    )
    assert failure_in_words(integrity) == "the library reported an error (IntegrityError)"
    assert failure_in_words(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert failure_in_words(ArticleNotFoundError("no article with id x")) == "no article with id x"
    assert failure_in_words(ValueError(ARTICLE_TEXT)) is None
