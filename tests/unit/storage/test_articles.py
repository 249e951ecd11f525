"""Saving, loading, finding, listing, deleting and bulk-importing articles."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta

import pytest

from editor.domain.article import Article, Status
from editor.domain.metrics import measure_text
from editor.storage import (
    AmbiguousArticleError,
    ArticleNotFoundError,
    Library,
    LibraryError,
)
from tests.unit.storage.conftest import make_article


def test_save_and_get_round_trip_every_field(library: Library) -> None:
    published = datetime(2024, 3, 1, 8, 30, tzinfo=UTC)
    article = make_article(
        kicker="Fußball",
        byline="Von Anna Müller",
        dateline="KÖLN",
        language="de",
        status=Status.PUBLISHED,
        placeholder=False,
        published_at=published,
        target_words=400,
        target_chars=2500,
        tags=["Köln", "Bundesliga", "Köln", " "],
    )
    saved = library.save(article)
    loaded = library.get(article.id)
    assert loaded == saved
    assert loaded.id == article.id
    assert loaded.kicker == "Fußball"
    assert loaded.headline == article.headline
    assert loaded.teaser == article.teaser
    assert loaded.body == article.body
    assert loaded.byline == "Von Anna Müller"
    assert loaded.dateline == "KÖLN"
    assert loaded.section == "Sport"
    assert loaded.tags == ["Köln", "Bundesliga"]
    assert loaded.status is Status.PUBLISHED
    assert loaded.published_at == published
    assert loaded.target_words == 400
    assert loaded.target_chars == 2500
    assert loaded.created_at == article.created_at
    assert loaded.created_at.tzinfo is not None and loaded.updated_at.tzinfo is not None
    assert loaded.version == 1
    assert loaded.slug == "koeln-feiert-den-aufstieg"
    assert article.version == 0 and article.slug == "", "the argument is not modified"


def test_update_bumps_version_and_time_but_keeps_slug(library: Library) -> None:
    first = library.save(make_article())
    edited = first
    edited.headline = "Ganz anderer Titel"
    edited.tags = ["Neu"]
    second = library.save(edited)
    assert second.version == 2
    assert second.updated_at >= first.updated_at
    assert second.slug == "koeln-feiert-den-aufstieg"
    assert library.get(first.id).tags == ["Neu"]


def test_slugs_are_unique(library: Library) -> None:
    slugs = [library.save(make_article()).slug for _ in range(3)]
    assert slugs == [
        "koeln-feiert-den-aufstieg",
        "koeln-feiert-den-aufstieg-2",
        "koeln-feiert-den-aufstieg-3",
    ]
    untitled = library.save(Article())
    assert untitled.slug == untitled.id[:8]


def test_publishing_sets_published_at(library: Library) -> None:
    draft = library.save(make_article(status=Status.DRAFT))
    assert draft.published_at is None
    saved = library.save(dataclasses.replace(draft, status=Status.PUBLISHED))
    assert saved.published_at is not None
    assert saved.published_at == saved.updated_at, "stamped when it was published"
    assert library.get(saved.id).published_at == saved.published_at
    again = library.save(dataclasses.replace(saved, headline="Korrigiert"))
    assert again.published_at == saved.published_at, "a later correction keeps the date"


def test_naive_datetimes_are_rejected(library: Library) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        library.save(make_article(created_at=datetime(2024, 1, 1)))


def test_word_and_char_counts_ignore_markdown_syntax(library: Library) -> None:
    article = make_article(
        teaser="Kurz gesagt.",
        body="## Zwischentitel\n\nEin **fetter** Satz mit [Link](https://example.org/x).\n\n"
        "5 \\* 3 ist 15",
    )
    library.save(article)
    (summary,) = library.list_articles()
    plain = "Kurz gesagt.\n\nZwischentitel\n\nEin fetter Satz mit Link.\n\n5 * 3 ist 15"
    assert summary.word_count == measure_text(plain).words


def test_find_by_id_prefix_and_slug(library: Library) -> None:
    a = library.save(make_article(id="abcd1111-0000-0000-0000-000000000000"))
    b = library.save(make_article(id="abcd2222-0000-0000-0000-000000000000"))
    assert library.find(a.id).id == a.id
    assert library.find("abcd1").id == a.id
    assert library.find(b.slug).id == b.id
    with pytest.raises(AmbiguousArticleError):
        library.find("abcd")
    with pytest.raises(ArticleNotFoundError):
        library.find("nothing-like-this")
    with pytest.raises(ArticleNotFoundError):
        library.find("%")
    with pytest.raises(ArticleNotFoundError):
        library.get("missing")


def test_find_by_headline_prefers_real_articles(library: Library) -> None:
    placeholder = library.save(make_article("Was geschah", placeholder=True, body=""))
    assert library.find_by_headline("Was geschah") == placeholder
    real = library.save(make_article("Was geschah"))
    assert library.find_by_headline("Was geschah") == real
    assert library.find_by_headline("was geschah") is None


def test_delete(library: Library) -> None:
    saved = library.save(make_article())
    library.delete(saved.id)
    with pytest.raises(ArticleNotFoundError):
        library.get(saved.id)
    with pytest.raises(ArticleNotFoundError):
        library.delete(saved.id)
    assert library.search("Köln") == []


def test_list_articles_filters_orders_and_pages(library: Library) -> None:
    sport = [library.save(make_article(f"Sport {n}")) for n in range(3)]
    politics = library.save(make_article("Wahl", section="Politik", status=Status.IN_REVIEW))
    unfiled = library.save(make_article("Lose", section=""))
    everything = library.list_articles()
    assert [s.id for s in everything] == [
        unfiled.id,
        politics.id,
        *(a.id for a in reversed(sport)),
    ]
    assert [s.headline for s in library.list_articles(section="Sport", limit=2)] == [
        "Sport 2",
        "Sport 1",
    ]
    assert [s.headline for s in library.list_articles(section="Sport", offset=2)] == ["Sport 0"]
    assert [s.id for s in library.list_articles(status=Status.IN_REVIEW)] == [politics.id]
    assert [s.id for s in library.list_articles(section="")] == [unfiled.id]
    assert library.list_articles(section="Nirgendwo") == []
    summary = library.list_articles(section="Politik")[0]
    assert summary.section == "Politik"
    assert summary.status is Status.IN_REVIEW
    assert summary.slug == politics.slug
    assert summary.placeholder is False
    assert summary.updated_at == politics.updated_at


def test_sections_are_created_on_demand_and_form_a_tree(library: Library) -> None:
    library.save(make_article(section="Politik"))
    library.ensure_section("Ausland", parent="Politik")
    library.ensure_section("Inland", parent="Politik")
    again = library.ensure_section("Ausland", parent="Politik")
    library.ensure_section("Sport")
    tree = [(s.name, s.parent, s.position) for s in library.sections()]
    assert tree == [
        ("Politik", None, 0),
        ("Ausland", "Politik", 0),
        ("Inland", "Politik", 1),
        ("Sport", None, 1),
    ]
    assert again.parent == "Politik" and again.id is not None
    with pytest.raises(LibraryError):
        library.ensure_section("  ")


def test_import_many(library: Library) -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    articles = [
        make_article(
            "Gleicher Titel",
            section=f"Ressort {n % 3}",
            updated_at=base + timedelta(hours=n),
            created_at=base,
        )
        for n in range(25)
    ]
    library.save(make_article("Gleicher Titel"))
    assert library.import_many(articles, batch_size=10) == 25
    summaries = library.list_articles()
    assert len(summaries) == 26
    assert len({s.slug for s in summaries}) == 26
    imported = library.get(articles[24].id)
    assert imported.updated_at == base + timedelta(hours=24)
    assert imported.version == 1
    assert imported.tags == ["Fußball", "Köln"]
    assert {s.name for s in library.sections()} == {"Sport", "Ressort 0", "Ressort 1", "Ressort 2"}
    found = [hit.id for hit in library.search("gleicher titel", limit=100)]
    assert sorted(found) == sorted(summary.id for summary in summaries)
    with pytest.raises(LibraryError, match="already exists"):
        library.import_many([articles[0]])


def test_concurrent_saves_from_threads(library: Library) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(10):
                library.save(make_article("Gleichzeitig"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    slugs = {s.slug for s in library.list_articles()}
    assert len(slugs) == 40


def test_import_restores_everyday_search_index_settings(library: Library) -> None:
    articles = [make_article(f"Meldung {n}") for n in range(5)]
    library.import_many(articles, batch_size=2)
    with library._writer.connect() as connection:
        settings: dict[str, object] = dict(
            connection.exec_driver_sql("SELECT k, v FROM articles_fts_config").all()
        )
    assert settings.get("automerge") == 4
    assert settings.get("hashsize") == 1024 * 1024
    found = {hit.id: hit.headline for hit in library.search("meldung")}
    assert found == {article.id: article.headline for article in articles}
