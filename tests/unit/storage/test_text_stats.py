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
        "Zwischentitel\nZitat\nPunkt\nErstens\nText fett kursiv weg code Link\n5 * 3 _x_ # C:\\Temp"
    )


def test_markers_on_the_first_and_last_line() -> None:
    assert strip_markdown("# Titel\n***\n  2) Zwei\n===") == "Titel\nZwei"
    assert strip_markdown("---") == ""
    nested = "> > doppelt\n\n\\#kein Titel\n\n    - tief"
    assert strip_markdown(nested) == "doppelt\n#kein Titel\ntief"


def test_house_dialect_is_read_as_the_editor_shows_it() -> None:
    source = (
        "- eins\n    1. tief<br>\n        weiter\n\n<!-- -->\n\n"
        "> Zitat über<br>\n> zwei Zeilen\n\n"
        "&#32;&#32;2 &lt; 3, AT&T &amp;amp; [Link](<https://x.org/a b>) und  Platz"
    )
    assert strip_markdown(source) == (
        "eins\ntief\nweiter\nZitat über\nzwei Zeilen\n  2 < 3, AT&T &amp; Link und Platz"
    )


def test_a_soft_line_break_is_a_space() -> None:
    assert strip_markdown("erste\n  zweite Zeile") == "erste zweite Zeile"
    assert strip_markdown("hart  \nzweite") == "hart\nzweite"


def test_every_house_body_of_the_corpus_counts_as_the_editor_counts() -> None:
    """Storage counts (from Markdown source) equal counts of the blocks the editor shows,
    for every body the writer produces."""
    from editor.formats.body import blocks_to_markdown, markdown_to_blocks
    from tests.gui.body.corpus import CORPUS

    for name, markdown in CORPUS:
        blocks = markdown_to_blocks(markdown)
        house = blocks_to_markdown(blocks)
        shown = measure_text("\n".join(block.text for block in blocks))
        assert article_counts("", house) == (shown.words, shown.chars_with_spaces), name


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
