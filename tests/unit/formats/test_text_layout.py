"""The seed's plain-text layout: byte-exact round trips and the documented edge cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.formats.errors import FormatError
from editor.formats.text_layout import TextArticle, format_text_article, parse_text_article


def test_seed_round_trips_byte_for_byte(seed_text: str) -> None:
    assert not seed_text.endswith("\n")
    article = parse_text_article(seed_text)
    assert format_text_article(article) == seed_text + "\n"


def test_seed_fields(seed_text: str) -> None:
    article = parse_text_article(seed_text)
    assert article.headline == "Koalition der Willigen: Sicherheitsgarantien für Ukraine"
    assert article.teaser.startswith("Die „Koalition der Willigen“ ist in Paris")
    assert len(article.paragraphs) == 8
    assert article.paragraphs[0].startswith("Am 23. Oktober 2023")
    assert article.previous_headline == "Wien: Kürzungen bei Mindestsicherung geplant"
    assert article.next_headline == "Trumps Söhne: Bitcoin-Firma verdoppelt Wert!"


def test_only_the_outer_quotes_belong_to_the_layout() -> None:
    text = '"Minister says "no comment" — then comments"\n\nTeaser\n'
    article = parse_text_article(text)
    assert article.headline == 'Minister says "no comment" — then comments'
    assert format_text_article(article) == text


def test_unusual_unicode_survives_byte_for_byte() -> None:
    text = (
        '"„Zitat“ mit\u00a0NBSP, Cafe\u0301 und 🇺🇦"\n\n'
        "שלום עולם — مرحبا بالعالم\n\n"
        "Zeile eins\nZeile zwei (harter Umbruch)\n\n"
        "\tEingerückt mit Tab und   Leerzeichen  \n\n"
        "Read Previous\n\n"
        '"«Guillemets» ‹fr›"\n\n'
        "Read Next\n\n"
        '"“English” ‘quotes’"\n'
    )
    article = parse_text_article(text)
    assert article.headline == "„Zitat“ mit\u00a0NBSP, Cafe\u0301 und 🇺🇦"
    assert article.paragraphs == [
        "Zeile eins\nZeile zwei (harter Umbruch)",
        "\tEingerückt mit Tab und   Leerzeichen  ",
    ]
    assert format_text_article(article) == text


def test_unquoted_headline_is_accepted_and_quoted_on_export() -> None:
    article = parse_text_article("Plain headline\n\nTeaser\n\nBody\n")
    assert article.headline == "Plain headline"
    assert format_text_article(article) == '"Plain headline"\n\nTeaser\n\nBody\n'


def test_typographic_quotes_are_part_of_the_headline() -> None:
    assert parse_text_article("„Wir schaffen das“\n\nT").headline == "„Wir schaffen das“"


def test_lines_under_the_headline_start_the_teaser() -> None:
    article = parse_text_article('"Headline"\nTeaser without blank line\n\nBody')
    assert article.headline == "Headline"
    assert article.teaser == "Teaser without blank line"
    assert article.paragraphs == ["Body"]


def test_headline_only() -> None:
    article = parse_text_article('\n\n"Just a headline"\n\n\n')
    assert article == TextArticle(headline="Just a headline")


def test_crlf_and_whitespace_only_separator_lines() -> None:
    article = parse_text_article('"H"\r\n \r\nTeaser\r\n\t\r\nBody\r\n')
    assert (article.teaser, article.paragraphs) == ("Teaser", ["Body"])


def test_only_read_next() -> None:
    text = '"H"\n\nTeaser\n\nBody\n\nRead Next\n\n"Following story"\n'
    article = parse_text_article(text)
    assert article.previous_headline is None
    assert article.next_headline == "Following story"
    assert article.paragraphs == ["Body"]
    assert format_text_article(article) == text


def test_only_read_previous() -> None:
    article = parse_text_article('"H"\n\nTeaser\n\nRead Previous\n\n"Earlier"')
    assert (article.previous_headline, article.next_headline) == ("Earlier", None)
    assert article.paragraphs == []


def test_read_next_in_the_middle_is_body_text() -> None:
    text = '"H"\n\nTeaser\n\nRead Next\n\n"A quote paragraph"\n\nMore body.\n'
    article = parse_text_article(text)
    assert article.next_headline is None
    assert article.paragraphs == ["Read Next", '"A quote paragraph"', "More body."]
    assert format_text_article(article) == text


def test_read_next_followed_by_unquoted_text_is_body_text() -> None:
    article = parse_text_article('"H"\n\nTeaser\n\nRead Next\n\nJust a sentence.')
    assert article.next_headline is None
    assert article.paragraphs == ["Read Next", "Just a sentence."]


def test_marker_and_headline_in_one_block() -> None:
    article = parse_text_article('"H"\n\nT\n\nRead Previous\n"P"\n\nRead Next\n"N"')
    assert (article.previous_headline, article.next_headline) == ("P", "N")
    assert article.paragraphs == []


def test_navigation_in_reverse_order_is_accepted_and_written_canonically() -> None:
    article = parse_text_article('"H"\n\nT\n\nRead Next\n\n"N"\n\nRead Previous\n\n"P"')
    assert (article.previous_headline, article.next_headline) == ("P", "N")
    assert format_text_article(article).endswith('Read Previous\n\n"P"\n\nRead Next\n\n"N"\n')


def test_empty_neighbour_headline_means_none() -> None:
    article = parse_text_article('"H"\n\nT\n\nRead Next\n\n""')
    assert article.next_headline is None
    assert article.paragraphs == []


@pytest.mark.parametrize("text", ["", "\n\n\n", "   \n\t\n"])
def test_blank_text_is_not_an_article(text: str) -> None:
    with pytest.raises(FormatError, match="not an article"):
        parse_text_article(text)


def test_empty_headline_is_refused() -> None:
    with pytest.raises(FormatError, match="headline"):
        parse_text_article('""\n\nTeaser')


def test_export_keeps_headlines_on_one_line_and_skips_blank_blocks() -> None:
    article = TextArticle(
        headline="Two\nlines", teaser="", paragraphs=["Body", "  ", "End"], next_headline="N\nX"
    )
    assert format_text_article(article) == '"Two lines"\n\nBody\n\nEnd\n\nRead Next\n\n"N X"\n'


# -- property: any article in the layout survives parse -> format byte for byte ---------

# Only LF and CR end a line in the layout; every other character is content.
_line_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"),
    min_size=1,
    max_size=40,
).filter(lambda line: bool(line.strip()))
_paragraph = st.lists(_line_text, min_size=1, max_size=3).map("\n".join)
_headline = _line_text.filter(lambda h: h == h.strip())
_neighbour = st.none() | _headline


def _not_navigation(paragraph: str) -> bool:
    return paragraph.split("\n")[0].strip() not in ("Read Previous", "Read Next")


@given(
    headline=_headline,
    teaser=_paragraph.filter(_not_navigation),
    paragraphs=st.lists(_paragraph.filter(_not_navigation), max_size=5),
    previous=_neighbour,
    following=_neighbour,
)
def test_generated_articles_round_trip(
    headline: str,
    teaser: str,
    paragraphs: list[str],
    previous: str | None,
    following: str | None,
) -> None:
    article = TextArticle(headline, teaser, paragraphs, previous, following)
    text = format_text_article(article)
    assert parse_text_article(text) == article
    assert format_text_article(parse_text_article(text)) == text
