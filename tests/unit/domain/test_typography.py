"""Smart-typography rules per language, without Qt."""

from __future__ import annotations

import pytest

from editor.domain.typography import (
    APOSTROPHE,
    CONTEXT_LENGTH,
    ELLIPSIS,
    EM_DASH,
    EN_DASH,
    Replacement,
    base_language,
    is_trigger,
    quote_style,
    replacement_after_typing,
)


def apply_replacement(text_before_cursor: str, replacement: Replacement) -> str:
    """The text before the cursor after the replacement, as the editor makes it."""
    return text_before_cursor[: len(text_before_cursor) - replacement.length] + replacement.text


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
        ("de", "'s ist spät", "’s ist spät"),
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
    assert is_trigger("de", " ")  # de: the end of ’s, ’ne
    assert is_trigger("en", "9")  # ’90s
    assert not is_trigger("fr", " ")  # no elisions listed for French
    assert not is_trigger("xx", " ")
    assert not is_trigger("xx", "9")


def test_base_language() -> None:
    assert base_language("de-CH") == "de"
    assert base_language("EN_us") == "en"


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("en", "rock 'n' roll", "rock ’n’ roll"),
        ("en", "Rock 'N' Roll", "Rock ’N’ Roll"),
        ("en", "the '90s and '68", "the ’90s and ’68"),
        ("en", "'tis the season", "’tis the season"),
        ("en", "'Twas night", "’Twas night"),
        ("en", "get 'em!", "get ’em!"),
        ("en", '("\'cause")', "(“’cause”)"),
        ("en", "a 'tissue' and 'emphasis'", "a ‘tissue’ and ‘emphasis’"),
        ("en", "the 'n-word'", "the ‘n-word’"),
        ("de", "Rock 'n' Roll", "Rock ’n’ Roll"),
        ("de", "Herbst '89", "Herbst ’89"),
        ("de", "So 'ne Sache, 'nen Hut", "So ’ne Sache, ’nen Hut"),
        ("de", "Das 'neue' Haus", "Das ‚neue‘ Haus"),
        ("de", "\"Er sagte 's geht'\"", "„Er sagte ’s geht’“"),
        ("nl", "'t is 's avonds", "’t is ’s avonds"),
        ("fr", "le 'n' ici", "le ‹\u202fn\u202f› ici"),
    ],
)
def test_apostrophe_for_left_out_letters(language: str, typed: str, expected: str) -> None:
    assert type_text(language, typed) == expected


def test_elision_replaces_from_the_opening_quote() -> None:
    assert replacement_after_typing("en", "rock ‘n'") == Replacement(3, "’n’")
    assert replacement_after_typing("en", "x ‘tis ") == Replacement(5, "’tis ")
    assert replacement_after_typing("en", "x ‘9") == Replacement(2, "’9")
    assert replacement_after_typing("en", "x ‘this ") is None


@pytest.mark.parametrize("language", ["de", "en", "xx"])
def test_three_hyphens_make_an_em_dash(language: str) -> None:
    assert type_text(language, "a --- b") == f"a {EM_DASH} b"
    assert type_text(language, "a -- b") == f"a {EN_DASH} b"
    assert type_text(language, "1990--2000") == f"1990{EN_DASH}2000"


def test_hyphens_and_dots_after_an_undone_replacement_stay() -> None:
    # Ctrl+Z brought back "--" or "...": typing on does not convert the run again.
    assert replacement_after_typing("en", "a---") is None
    assert replacement_after_typing("en", "a----") is None
    assert replacement_after_typing("en", "a....") is None
    assert replacement_after_typing("en", "a–-") == Replacement(2, EM_DASH)
    assert replacement_after_typing("en", "a—-") is None
