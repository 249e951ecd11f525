"""Full-text search: diacritics, prefixes, ranking, index kept in step, any text is safe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.storage import Library
from editor.storage.search import fts5_match_expression, query_terms
from tests.unit.storage.conftest import make_article


def test_query_building() -> None:
    assert fts5_match_expression("Köln Bahn") == '"Köln"* AND "Bahn"*'
    assert fts5_match_expression('"AND" OR (NEAR*):x') == '"AND" AND "OR" AND "NEAR"* AND "x"'
    assert fts5_match_expression("the minister sai") == '"the" AND "minister"* AND "sai"*'
    assert fts5_match_expression("  ...!? ") is None
    assert fts5_match_expression("") is None
    assert query_terms("snake_case C:\\Temp") == ["snake", "case", "C", "Temp"]
    assert query_terms("Ko\u0308ln") == ["Köln"], "decomposed umlauts are composed first"


def test_short_words_match_whole_words(library: Library) -> None:
    eu = library.save(make_article("EU beschließt Zölle", teaser="", body=""))
    library.save(make_article("Europa wählt", teaser="", body=""))
    assert [hit.id for hit in library.search("EU")] == [eu.id]


def test_snippets_mark_matches_in_teaser_or_body(library: Library) -> None:
    body = "Erster Absatz ohne Treffer. " * 20 + "Dann **tagte** der Rat in Köln lange.\n\nEnde."
    article = library.save(make_article("Titel", teaser="Kurz.", body=body))
    (hit,) = library.search("koln tagt")
    assert hit.id == article.id
    assert "[tagte] der Rat in [Köln] lange." in hit.snippet
    assert hit.snippet.startswith("…")
    assert "**" not in hit.snippet
    (only_headline,) = library.search("titel")
    assert only_headline.snippet == "[Titel]", "a headline-only match shows the headline"


def test_diacritics_are_ignored_both_ways(library: Library) -> None:
    koeln = library.save(make_article("Köln feiert"))
    cafe = library.save(make_article("Ein Abend im Café", teaser="", body="", section=""))
    assert [hit.id for hit in library.search("koln")] == [koeln.id]
    assert [hit.id for hit in library.search("KÖLN")] == [koeln.id]
    assert [hit.id for hit in library.search("cafe")] == [cafe.id]
    assert [hit.id for hit in library.search("Cafè")] == [cafe.id]


def test_prefixes_and_all_words_must_match(library: Library) -> None:
    bund = library.save(make_article("Bundesregierung beschließt Haushalt", body="", teaser=""))
    land = library.save(make_article("Landesregierung beschließt nichts", body="", teaser=""))
    assert [hit.id for hit in library.search("bundes")] == [bund.id]
    assert {hit.id for hit in library.search("beschl")} == {bund.id, land.id}
    assert [hit.id for hit in library.search("beschl haus")] == [bund.id]
    assert library.search("beschl xylophon") == []


def test_every_searchable_field(library: Library) -> None:
    article = library.save(
        make_article("Titel", kicker="Eilmeldung", teaser="Zusammenfassung", body="Fließtext")
    )
    for word in ("eilmeldung", "titel", "zusammenfassung", "fliesstext", "fließtext"):
        expected = [] if word == "fliesstext" else [article.id]
        assert [hit.id for hit in library.search(word)] == expected, word
    assert library.search("Sport") == [], "section names are not full text"


def test_headline_matches_rank_first(library: Library) -> None:
    in_body = library.save(
        make_article("Andere Nachricht", body="Der Hafen von Hamburg wächst. " * 3)
    )
    in_headline = library.save(make_article("Hafen von Hamburg", body="Nichts weiter."))
    hits = library.search("hafen")
    assert [hit.id for hit in hits] == [in_headline.id, in_body.id]
    assert hits[0].headline == "Hafen von Hamburg"
    assert "[Hafen]" in hits[1].snippet


def test_placeholders_are_searchable(library: Library) -> None:
    placeholder = library.save(
        make_article("Vorgeschichte der Wahl", placeholder=True, teaser="", body="")
    )
    assert [hit.id for hit in library.search("vorgeschichte")] == [placeholder.id]


def test_index_follows_updates_and_deletes(library: Library) -> None:
    article = library.save(make_article("Alter Titel", body="", teaser=""))
    article.headline = "Neuer Titel"
    library.save(article)
    assert library.search("alter") == []
    assert [hit.headline for hit in library.search("neuer")] == ["Neuer Titel"]
    library.delete(article.id)
    assert library.search("neuer") == []


def test_limit(library: Library) -> None:
    for n in range(5):
        library.save(make_article(f"Meldung {n}"))
    every_hit = [hit.id for hit in library.search("meldung")]
    assert len(every_hit) == 5
    assert [hit.id for hit in library.search("meldung", limit=3)] == every_hit[:3]
    assert library.search("meldung", limit=0) == []


# Each query with the snippet it finds in the one stored article (None: no hit). Quotes,
# operators and column filters are words or nothing, never FTS5 syntax.
NASTY_QUERIES = [
    ('"', None),
    ('""', None),
    ("AND", "Köln headline [AND] wort x"),
    ("OR NOT", None),
    ("*", None),
    ("a*b", None),
    ("NEAR(a b, 3)", None),
    ("col:umn", None),
    ("headline: Köln", "[Köln] [headline] AND wort x"),
    ("(((", None),
    (")", None),
    ("^start", None),
    ("+-", None),
    ("{kicker headline}: x", None),
    ("C:\\Temp", None),
    ("'; DROP TABLE articles; --", None),
    ("🚀 Köln", "Der 1. FC [Köln] ist zurück in der Bundesliga."),
    ("\x00", None),
    ("x" * 5000, None),
    (" ".join(["wort"] * 200), "Köln headline AND [wort] x"),
]


@pytest.mark.parametrize(("query", "snippet"), NASTY_QUERIES)
def test_nasty_queries_are_words_or_nothing(
    library: Library, query: str, snippet: str | None
) -> None:
    article = library.save(make_article("Köln headline AND wort x"))
    hits = library.search(query)
    if snippet is None:
        assert hits == []
    else:
        assert [(hit.id, hit.headline, hit.snippet) for hit in hits] == [
            (article.id, "Köln headline AND wort x", snippet)
        ]


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path: Path = tmp_path_factory.mktemp("search") / "hypothesis.sqlite"
    with Library.open(str(path)) as library:
        library.save(make_article('Der "Spiegel" berichtet: 1. FC Köln (NEAR) AND *'))
        library.save(make_article("العربية والعبرية עברית", teaser="Ελληνικά 中文 русский"))
        yield library


@settings(max_examples=300, deadline=None)
@given(query=st.text())
def test_any_text_is_a_valid_query(shared_library: Library, query: str) -> None:
    hits = shared_library.search(query)
    stored = {summary.id: summary.headline for summary in shared_library.list_articles()}
    ids = [hit.id for hit in hits]
    assert len(ids) == len(set(ids)), "an article is found once"
    assert all(stored.get(hit.id) == hit.headline for hit in hits), "hits are stored articles"
    if not query_terms(query):
        assert hits == []
    for hit in hits:
        assert hit.headline and hit.snippet, "every hit shows its headline and an excerpt"


@settings(max_examples=25, deadline=None)
@given(word=st.from_regex(r"\A[^\W\d_]{3,12}\Z"))
def test_a_stored_word_finds_its_article(
    tmp_path_factory: pytest.TempPathFactory, word: str
) -> None:
    folder = tmp_path_factory.mktemp("word")
    with Library.open(str(folder / "w.sqlite")) as library:
        article = library.save(make_article(f"Über {word} heute", teaser="", body=""))
        terms = query_terms(word)
        if len(terms) == 1 and terms[0] == word:
            assert article.id in [hit.id for hit in library.search(word)]
