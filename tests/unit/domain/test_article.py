"""The article's shared words: one stand-in for a missing headline, one tag rule for the
form, the Markdown front matter and every other reader of tags."""

from __future__ import annotations

from editor.domain import UNTITLED_HEADLINE, normalize_tags, parse_tags, shown_headline


def test_shown_headline_trims_and_stands_in_for_a_blank_one() -> None:
    assert shown_headline("  Stadtrat tagt ") == "Stadtrat tagt"
    assert shown_headline(" \t ") == UNTITLED_HEADLINE == "Untitled article"


def test_tags_typed_with_commas() -> None:
    assert parse_tags(" Berlin, Wahl,, berlin ,  Neue   Zeit ") == ["Berlin", "Wahl", "Neue Zeit"]


def test_a_tag_repeated_in_another_case_keeps_its_first_spelling() -> None:
    assert normalize_tags(["EU", "Wahl", "eu", "WAHL", "Straße", "STRASSE"]) == [
        "EU",
        "Wahl",
        "Straße",
    ]


def test_blank_tags_are_dropped_and_inner_whitespace_collapsed() -> None:
    assert normalize_tags(["", "  ", "Neue\tZeit", " Neue Zeit "]) == ["Neue Zeit"]
