"""Fixtures for storage tests: a fresh library per test and small article factories."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.domain.article import Article
from editor.storage import Library


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    """A new, empty library in the test's own folder."""
    with Library.open(str(library_path)) as opened:
        yield opened


def make_article(headline: str = "Köln feiert den Aufstieg", **fields: object) -> Article:
    """An article with sensible defaults; any field may be overridden."""
    values: dict[str, object] = {
        "teaser": "Der 1. FC Köln ist zurück in der Bundesliga.",
        "body": "Die Fans feierten bis in die Nacht.\n\nAuch der Trainer war gerührt.",
        "section": "Sport",
        "tags": ["Fußball", "Köln"],
    }
    values.update(fields)
    return Article(headline=headline, **values)  # type: ignore[arg-type]


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
