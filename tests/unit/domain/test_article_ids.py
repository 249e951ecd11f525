"""Article ids: random version-4 UUID strings, as the uuid module would write them."""

from __future__ import annotations

import uuid

from editor.domain import Article
from editor.domain.article import new_article_id


def test_ids_are_canonical_version_4_uuids() -> None:
    for _ in range(500):
        text = new_article_id()
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_ids_do_not_repeat() -> None:
    ids = {new_article_id() for _ in range(10_000)}
    assert len(ids) == 10_000


def test_new_articles_get_distinct_ids() -> None:
    assert Article().id != Article().id
    uuid.UUID(Article().id)
