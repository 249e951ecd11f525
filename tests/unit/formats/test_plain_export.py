"""Text import -> body Markdown -> text export, and Markdown file export -> import: the
journalist's literal text survives both, including Markdown-special characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.domain.article import Article, normalize_tags
from editor.formats.body import (
    markdown_to_plain_paragraphs,
    plain_paragraphs_to_markdown,
    render_html,
)
from editor.formats.markdown_file import format_markdown_file, parse_markdown_file
from editor.formats.plain_export import article_to_text, text_article_fields
from editor.formats.text_layout import TextArticle, parse_text_article

LITERAL_PARAGRAPHS = [
    "1. FC Köln gewinnt",
    "* kein Aufzählungspunkt",
    "# kein Titel",
    "> kein Zitat",
    "Fett ist <b>nicht</b> fett",
    "_x_ und *y* und __z__",
    "5 * 3 = 15",
    "Pfad C:\\Temp\\neu",
    "[a](b) und ![c](d)",
    "&amp; und &copy; und &#169;",
    "`code` und ``mehr``",
    "\tTab am Anfang",
    "    vier Leerzeichen",
    "---",
    "===",
    "- ",
    "+ plus",
    "2) zwei",
    "Zeile eins\nZeile zwei",
    "Ende mit zwei Leerzeichen  \nund weiter",
    "~~nicht durchgestrichen~~",
    "<!-- kein Kommentar -->",
    "https://example.org/a_b_c",
]


def _text_round_trip(text: str) -> str:
    fields = text_article_fields(parse_text_article(text))
    article = Article(headline=fields.headline, teaser=fields.teaser, body=fields.body)
    return article_to_text(article, fields.previous_headline, fields.next_headline)


def test_seed_through_the_library_fields_round_trips(seed_text: str) -> None:
    assert _text_round_trip(seed_text) == seed_text + "\n"


def test_literal_paragraphs_survive_text_import_and_export() -> None:
    article = TextArticle("H", "Teaser", list(LITERAL_PARAGRAPHS), "Vorher", "Nachher")
    fields = text_article_fields(article)
    assert markdown_to_plain_paragraphs(fields.body) == LITERAL_PARAGRAPHS
    text = article_to_text(
        Article(headline="H", teaser="Teaser", body=fields.body), "Vorher", "Nachher"
    )
    assert parse_text_article(text) == article


def test_literal_paragraphs_render_as_paragraphs_not_markup() -> None:
    html = render_html(text_article_fields(TextArticle("H", "T", ["# x", "<b>y</b>"])).body)
    assert "<h1>" not in html and "<b>" not in html


def test_export_never_invents_neighbours() -> None:
    assert "Read" not in article_to_text(Article(headline="H", teaser="T", body="Body"))


# Markdown-special fragments mixed with arbitrary Unicode (no surrogates, no line ends).
_SPECIAL = [
    "1. ",
    "* ",
    "# ",
    "> ",
    "<b>",
    "_x_",
    "5 * 3",
    "C:\\Temp",
    "[a](b)",
    "&amp;",
    "`",
    "``",
    "\t",
    "    ",
    "~~",
    "\\",
    "---",
    "  ",
    "- ",
    "+ ",
    "![x](y)",
    "<!--",
]
_unicode = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"),
    max_size=12,
)
_line = (
    st.lists(_unicode | st.sampled_from(_SPECIAL), min_size=1, max_size=6)
    .map("".join)
    .filter(lambda line: bool(line.strip()))
)
_paragraph = (
    st.lists(_line, min_size=1, max_size=3)
    .map("\n".join)
    .filter(lambda p: p.split("\n")[0].strip() not in ("Read Previous", "Read Next"))
)  # fmt: skip
_headline = st.text(
    alphabet=st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40
).filter(lambda h: bool(h.strip()) and h == h.strip())


@settings(deadline=None)  # Markdown rendering per example; no timing in unit tests
@given(headline=_headline, teaser=_paragraph, paragraphs=st.lists(_paragraph, max_size=4))
def test_generated_text_survives_import_body_markdown_export(
    headline: str, teaser: str, paragraphs: list[str]
) -> None:
    fields = text_article_fields(TextArticle(headline, teaser, paragraphs))
    assert markdown_to_plain_paragraphs(fields.body) == paragraphs
    text = article_to_text(Article(headline=headline, teaser=teaser, body=fields.body))
    assert parse_text_article(text) == TextArticle(headline, teaser, paragraphs)


@settings(deadline=None)
@given(
    headline=_headline,
    teaser=_paragraph,
    kicker=_headline,
    tags=st.lists(_headline, max_size=3, unique=True),
    paragraphs=st.lists(_paragraph, min_size=1, max_size=4),
)
def test_generated_markdown_file_survives_export_and_import(
    headline: str, teaser: str, kicker: str, tags: list[str], paragraphs: list[str]
) -> None:
    body = text_article_fields(TextArticle(headline, teaser, paragraphs)).body
    article = Article(headline=headline, kicker=kicker, teaser=teaser, body=body, tags=tags)
    fields, parsed_body = parse_markdown_file(format_markdown_file(article))
    assert (fields["headline"], fields["kicker"], fields["teaser"]) == (headline, kicker, teaser)
    assert fields["tags"] == normalize_tags(tags)
    assert parsed_body.rstrip("\n") == body.rstrip("\n")
    assert markdown_to_plain_paragraphs(parsed_body) == paragraphs


@pytest.mark.parametrize(
    "paragraph", ["a\x02b", "a\x03b", "\x0bWord line break", "\x85NEL", "\x1cFS"]
)
def test_body_round_trip_of_control_characters(paragraph: str) -> None:
    body = plain_paragraphs_to_markdown([paragraph])
    assert markdown_to_plain_paragraphs(body) == [paragraph]
