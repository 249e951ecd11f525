"""Smart-typography rules per language, without Qt."""

from __future__ import annotations

import pytest

from editor.services.typography import (
    APOSTROPHE,
    CONTEXT_LENGTH,
    ELLIPSIS,
    EN_DASH,
    Replacement,
    apply_replacement,
    base_language,
    is_trigger,
    quote_style,
    replacement_after_typing,
)


def type_text(language: str, text: str) -> str:
    """Simulate typing ``text`` character by character with the rules applied."""
    result = ""
    for ch in text:
        result += ch
        if not is_trigger(language, ch):
            continue
        replacement = replacement_after_typing(language, result)
        if replacement is not None:
            result = apply_replacement(result, replacement)
    return result


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("de", 'Er sagte "Hallo" und ging.', "Er sagte „Hallo“ und ging."),
        ("de", "Das 'kleine' Haus", "Das ‚kleine‘ Haus"),
        ("de", "Peter's Hut", "Peter’s Hut"),
        ("de", "'s ist spät", "‚s ist spät"),
        ("de", "\"Er sagte 'ja'.\"", "„Er sagte ‚ja‘.“"),
        ("de", "Das 'Peter's Haus' da", "Das ‚Peter’s Haus‘ da"),
        ("en", 'She said "hello" twice', "She said “hello” twice"),
        ("en", "the 'word' here", "the ‘word’ here"),
        ("en", "it's Peter's", "it’s Peter’s"),
        ("en", '("quoted")', "(“quoted”)"),
        ("en", '"Hello," she said.', "“Hello,” she said."),
        ("en-GB", "'single'", "‘single’"),
        ("fr", 'il dit "oui"', "il dit «\u202foui\u202f»"),
        ("de_AT", '"Servus"', "„Servus“"),
    ],
)
def test_quotes_per_language(language: str, typed: str, expected: str) -> None:
    assert type_text(language, typed) == expected


@pytest.mark.parametrize("language", ["de", "en", "xx"])
def test_dash_and_ellipsis_in_every_language(language: str) -> None:
    assert type_text(language, "1990--2000") == f"1990{EN_DASH}2000"
    assert type_text(language, "Wait... what") == f"Wait{ELLIPSIS} what"
    assert type_text(language, "a -- b") == f"a {EN_DASH} b"


def test_single_hyphen_and_single_dot_stay() -> None:
    assert type_text("en", "well-known. Done.") == "well-known. Done."


def test_unknown_language_keeps_straight_quotes_but_sets_apostrophe() -> None:
    assert type_text("xx", '"it\'s"') == f'"it{APOSTROPHE}s"'
    assert quote_style("xx") is None


def test_opening_after_dash_and_line_break() -> None:
    assert type_text("en", f'a {EN_DASH}"b"') == f"a {EN_DASH}“b”"
    assert type_text("de", 'x\u2028"y"') == "x\u2028„y“"


def test_replacement_shape() -> None:
    assert replacement_after_typing("de", 'a "') == Replacement(1, "„")
    assert replacement_after_typing("de", "a--") == Replacement(2, EN_DASH)
    assert replacement_after_typing("de", "a..") is None
    assert replacement_after_typing("de", "") is None
    assert replacement_after_typing("en", "abc") is None


def test_only_a_bounded_tail_is_examined() -> None:
    # An opening single quote far back is outside the window: apostrophe wins.
    far = "‚" + "x" * (CONTEXT_LENGTH + 10) + "Peter'"
    assert replacement_after_typing("de", far) == Replacement(1, APOSTROPHE)
    near = "‚Peter'"
    assert replacement_after_typing("de", near) == Replacement(1, "‘")


def test_triggers() -> None:
    assert is_trigger("en", '"')
    assert is_trigger("en", ".")
    assert not is_trigger("en", "a")  # en closing single quote is the apostrophe
    assert is_trigger("de", "a")  # de: letter after ‘ may turn it into ’
    assert not is_trigger("de", " ")


def test_base_language() -> None:
    assert base_language("de-CH") == "de"
    assert base_language("EN_us") == "en"
