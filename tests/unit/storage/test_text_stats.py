"""Stored counts: Markdown syntax stripped, and the domain's counting rules kept exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.domain.metrics import measure_text
from editor.storage.text_stats import article_counts, count_chars, count_words, strip_markdown


def test_strip_markdown() -> None:
    source = (
        "## Zwischentitel\n\n> Zitat\n\n- Punkt\n1. Erstens\n\n"
        'Text **fett** _kursiv_ ~~weg~~ `code` [Link](https://x.org/a_(b) "T")\n\n---\n\n'
        "5 \\* 3 \\_x\\_ \\# C:\\\\Temp"
    )
    assert strip_markdown(source) == (
        "Zwischentitel\n\nZitat\n\nPunkt\nErstens\n\n"
        "Text fett kursiv weg code Link\n\n\n\n"
        "5 * 3 _x_ # C:\\Temp"
    )


def test_markers_on_the_first_and_last_line() -> None:
    assert strip_markdown("# Titel\n***\n  2) Zwei\n===") == "Titel\n\nZwei\n"
    assert strip_markdown("---") == ""
    nested = "> > doppelt\n#kein Titel\n    - tief"
    assert strip_markdown(nested) == "> doppelt\n#kein Titel\n    - tief"


def test_plain_text_is_unchanged() -> None:
    assert strip_markdown("Köln, 3. Mai — „Zitat“ 😀") == "Köln, 3. Mai — „Zitat“ 😀"


def test_article_counts_cover_teaser_and_body() -> None:
    words, chars = article_counts("Zwei Worte", "**Drei** weitere Worte")
    assert (words, chars) == (5, len("Zwei Worte") + len("Drei weitere Worte"))
    assert article_counts("", "") == (0, 0)


@given(st.text())
def test_counts_follow_the_domain_rules(text: str) -> None:
    metrics = measure_text(text)
    assert count_words(text) == metrics.words
    assert count_chars(text) == metrics.chars_with_spaces
