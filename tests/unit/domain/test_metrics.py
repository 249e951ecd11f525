"""Newsroom text metrics."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.domain import article_metrics_from, measure_article, measure_text
from editor.domain.metrics import count_words


def test_counts_words_and_characters_with_and_without_spaces() -> None:
    metrics = measure_text("Der 1. FC Köln gewinnt.")
    assert metrics.words == 5
    assert metrics.chars_with_spaces == 23
    assert metrics.chars_without_spaces == 19


def test_line_breaks_are_not_characters() -> None:
    metrics = measure_text("Eins zwei\n\ndrei")
    assert metrics.words == 3
    assert metrics.chars_with_spaces == len("Eins zweidrei")


def test_hyphenated_and_apostrophes_are_single_words() -> None:
    assert measure_text("Bitcoin-Firma it’s Peter's").words == 3


def test_a_word_needs_a_letter_or_digit() -> None:
    assert measure_text("Köln — Bonn: 3 : 1 & mehr … • 😀 ___ *** 2.").words == 6
    assert measure_text("„Zitat“ (1990) und/oder e-mail 😀Smile").words == 5
    assert measure_text(" \t\n\u00a0\u2028 ").words == 0


@given(st.text())
def test_words_are_whitespace_separated_tokens_with_a_letter_or_digit(text: str) -> None:
    expected = sum(1 for token in text.split() if any(char.isalnum() for char in token))
    assert count_words(text) == expected


def test_reading_time() -> None:
    assert measure_text("").reading_minutes == 0
    assert measure_text("wort").reading_minutes == 1
    assert measure_text(" ".join(["wort"] * 401)).reading_minutes == 3


def test_metrics_add_up() -> None:
    total = measure_text("a b") + measure_text("c")
    assert (total.words, total.chars_with_spaces, total.chars_without_spaces) == (3, 4, 3)


def test_no_break_space_counts_as_space() -> None:
    metrics = measure_text("10\u00a0km")
    assert metrics.chars_with_spaces == 5 and metrics.chars_without_spaces == 4


def test_article_counts_add_up_over_body_lines() -> None:
    body = "Erster Absatz, zwei.\n\n– drei Wörter\u2028hier\nEnde"
    lines = [measure_text(line) for line in body.split("\n")]
    assert article_metrics_from(measure_text("Vorspann"), lines) == measure_article(
        "Vorspann", body
    )
