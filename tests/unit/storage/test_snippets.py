"""Search excerpts: matching like the index (case, diacritics, prefixes) and cutting politely."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from editor.formats.body import plain_paragraphs_to_markdown
from editor.formats.text_layout import parse_text_article
from editor.storage.snippets import (
    MATCH_END,
    MATCH_START,
    MAX_MATCHES_LOOKED_AT,
    SnippetField,
    _best_passage,
    _matches_needed,
    fold,
    make_snippet,
    match_pattern,
)


def test_fold() -> None:
    assert fold("Ärzte in KÖLN") == "arzte in koln"
    assert fold("Ko\u0308ln") == "koln"


def test_pattern_matches_like_the_index() -> None:
    pattern = match_pattern(["koln", "EU", "bund"])
    assert pattern is not None
    text = "In Köln, KÖLN und Ko\u0308ln; EU aber nicht Europa; Bundestag, nicht Erdbund."
    assert [m.group(0) for m in pattern.finditer(text)] == [
        "Köln",
        "KÖLN",
        "Ko\u0308ln",
        "EU",
        "Bundestag",
    ]
    assert match_pattern([]) is None


def test_snippet_prefers_earlier_fields_and_cuts_at_words() -> None:
    pattern = match_pattern(["rat"])
    long_body = "Vorher " * 40 + "tagte der Rat sehr lange " + "und danach " * 40
    snippet = make_snippet(pattern, [SnippetField("Kein Treffer hier."), SnippetField(long_body)])
    assert snippet.startswith("…Vorher")
    assert snippet.endswith("…")
    assert "der [Rat] sehr" in snippet
    assert len(snippet) < 300


def test_snippet_without_match_is_the_opening() -> None:
    fields = [SnippetField(""), SnippetField("Der **Anfang** des Textes.", markdown=True)]
    assert make_snippet(match_pattern(["xyz"]), fields) == "Der Anfang des Textes."
    assert make_snippet(None, [SnippetField(""), SnippetField("")]) == ""


NO_BRACKETS = st.text(alphabet=st.characters(blacklist_characters=f"{MATCH_START}{MATCH_END}"))


@given(st.lists(st.text(), max_size=3), st.lists(NO_BRACKETS, max_size=4))
def test_snippets_never_fail_and_mark_only_matches(terms: list[str], fields: list[str]) -> None:
    words = [t for t in terms if t.isalnum()]
    snippet_fields = [SnippetField(field, markdown=bool(i % 2)) for i, field in enumerate(fields)]
    pattern = match_pattern(words)
    snippet = make_snippet(pattern, snippet_fields)
    marked = re.findall(rf"\{MATCH_START}(.*?)\{MATCH_END}", snippet)
    if pattern is None:
        assert marked == []
    for text in marked:
        assert pattern is not None and pattern.fullmatch(text), text


SAMPLE_WORDS = ("the", "then", "minister", "said", "says", "Rat", "räte", "x", "—")


@given(
    st.lists(st.sampled_from(SAMPLE_WORDS), min_size=1, max_size=3),
    st.lists(st.sampled_from(SAMPLE_WORDS), max_size=400),
)
# Every word seen long before a passage holds them all: reading must go on to it.
@example(["the", "said"], ["said", *["x"] * 100, "the", *["x"] * 100, "the", "said"])
def test_reading_matches_early_chooses_the_passage_reading_all_would(
    terms: list[str], words: list[str]
) -> None:
    pattern = match_pattern([term for term in terms if term.isalnum()])
    if pattern is None:
        return
    text = " ".join(words)
    term_count = len(pattern.groupindex)
    needed = _matches_needed(pattern, text, term_count)
    every = list(islice(pattern.finditer(text), MAX_MATCHES_LOOKED_AT))
    assert [m.span() for m in needed] == [m.span() for m in every[: len(needed)]]
    if every:
        assert _best_passage(needed) == _best_passage(every)


@given(st.lists(st.text(), max_size=3), st.lists(st.text(), max_size=4))
def test_snippets_are_one_clean_line(terms: list[str], fields: list[str]) -> None:
    words = [t for t in terms if t.isalnum()]
    snippet_fields = [SnippetField(field, markdown=bool(i % 2)) for i, field in enumerate(fields)]
    snippet = make_snippet(match_pattern(words), snippet_fields)
    assert snippet == " ".join(snippet.split()), "one line, single spaces, nothing around"
    if not any(field.split() for field in fields):
        assert snippet == ""


SEED = Path(__file__).resolve().parents[2] / "data" / "seed-article.txt"


def seed_fields() -> list[SnippetField]:
    """The seed's teaser, body, headline (as search passes them)."""
    parsed = parse_text_article(SEED.read_text(encoding="utf-8"))
    body = plain_paragraphs_to_markdown(parsed.paragraphs)
    return [SnippetField(parsed.teaser), SnippetField(body, True), SnippetField(parsed.headline)]


def test_a_word_only_in_the_headline_shows_the_headline() -> None:
    fields = [
        SnippetField("Der Teaser sagt nichts davon."),
        SnippetField("Ein Text über Sozialhilfe.", markdown=True),
        SnippetField("Mindestsicherung wird gekürzt"),
    ]
    snippet = make_snippet(match_pattern(["Mindestsicherung"]), fields)
    assert snippet == "[Mindestsicherung] wird gekürzt"


def test_every_matched_word_is_marked_and_the_cut_is_at_words() -> None:
    snippet = make_snippet(match_pattern(["Ukraine", "Paris"]), seed_fields())
    assert "[Paris]" in snippet and "[Ukraine]" in snippet
    words = snippet.strip("…").split()
    source = " ".join(field.text for field in seed_fields())
    assert all(
        word.strip("[]") in source.split() or word.strip("[]").rstrip(",.") in source
        for word in (words[0], words[-1])
    )
    assert re.fullmatch(r"…?\S.*\S…?", snippet)
    first_word = words[0].strip("[]")
    assert re.search(rf"(^|\s){re.escape(first_word)}", source)


def test_the_passage_with_the_most_different_words_is_chosen() -> None:
    body = (
        "Der Rat tagte. " * 30 + "Am Ende stimmte der Rat über den Haushalt ab. " + "Nichts. " * 30
    )
    snippet = make_snippet(
        match_pattern(["Rat", "Haushalt"]), [SnippetField(""), SnippetField(body, True)]
    )
    assert "[Rat] über den [Haushalt]" in snippet


def test_the_body_excerpt_is_read_as_text_not_markdown() -> None:
    body = "- erster Punkt\n- zweiter **Punkt** mit [Link](https://x.org/haushalt)"
    snippet = make_snippet(
        match_pattern(["zweiter"]), [SnippetField(""), SnippetField(body, markdown=True)]
    )
    assert snippet == "erster Punkt [zweiter] Punkt mit Link"
