"""Search excerpts: matching like the index (case, diacritics, prefixes) and cutting politely."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.storage.snippets import fold, make_snippet, match_pattern


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
    snippet = make_snippet(pattern, ["Kein Treffer hier.", long_body])
    assert snippet.startswith("…Vorher")
    assert snippet.endswith("…")
    assert "der [Rat] sehr" in snippet
    assert len(snippet) < 300


def test_snippet_without_match_is_the_opening() -> None:
    assert make_snippet(match_pattern(["xyz"]), ["", "Der **Anfang** des Textes."]) == (
        "Der Anfang des Textes."
    )
    assert make_snippet(None, ["", ""]) == ""


@given(st.lists(st.text(), max_size=3), st.lists(st.text(), max_size=4))
def test_snippets_never_fail(terms: list[str], fields: list[str]) -> None:
    words = [t for t in terms if t.isalnum()]
    assert isinstance(make_snippet(match_pattern(words), fields), str)
