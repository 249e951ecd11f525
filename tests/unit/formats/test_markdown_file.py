"""Markdown files with YAML front matter: reading, validation errors, writing, round trip."""

from __future__ import annotations

import pytest

from editor.domain.article import Article, Status
from editor.formats.errors import FormatError
from editor.formats.markdown_file import format_markdown_file, parse_markdown_file

FULL = """\
---
headline: "Koalition der Willigen: Sicherheitsgarantien für Ukraine"
kicker: Ukraine
teaser: Die „Koalition der Willigen“ ist in Paris zusammengekommen
byline: Anna Muster
dateline: Paris
section: Politik
tags: [Ukraine, Sicherheit]
language: de
status: in_review
---

Am 23\\. Oktober fand in Paris ein Treffen statt.

## Bodentruppen

Ein zentrales Thema.
"""


def test_full_front_matter() -> None:
    fields, body = parse_markdown_file(FULL)
    assert fields == {
        "headline": "Koalition der Willigen: Sicherheitsgarantien für Ukraine",
        "kicker": "Ukraine",
        "teaser": "Die „Koalition der Willigen“ ist in Paris zusammengekommen",
        "byline": "Anna Muster",
        "dateline": "Paris",
        "section": "Politik",
        "tags": ["Ukraine", "Sicherheit"],
        "language": "de",
        "status": Status.IN_REVIEW,
    }
    assert isinstance(fields["status"], Status)
    assert body == (
        "Am 23\\. Oktober fand in Paris ein Treffen statt.\n\n## Bodentruppen\n\n"
        "Ein zentrales Thema.\n"
    )


def test_no_front_matter_heading_becomes_headline() -> None:
    fields, body = parse_markdown_file("# 1\\. FC Köln gewinnt\n\nDas Spiel war *knapp*.\n")
    assert fields == {"headline": "1. FC Köln gewinnt"}
    assert body == "Das Spiel war *knapp*.\n"


def test_heading_with_closing_hashes() -> None:
    fields, _ = parse_markdown_file("# Titel #\n\nText")
    assert fields["headline"] == "Titel"


def test_no_front_matter_and_no_heading() -> None:
    assert parse_markdown_file("Just text.\n\n## Sub\n") == ({}, "Just text.\n\n## Sub\n")


def test_front_matter_without_headline_uses_heading() -> None:
    fields, body = parse_markdown_file("---\nkicker: K\n---\n# Title\n\nBody\n")
    assert fields == {"kicker": "K", "headline": "Title"}
    assert body == "Body\n"


def test_explicitly_empty_headline_keeps_the_body_whole() -> None:
    fields, body = parse_markdown_file("---\nheadline: ''\n---\n\n# Title\n\nBody\n")
    assert fields == {"headline": ""}
    assert body == "# Title\n\nBody\n"


def test_title_is_read_as_headline_and_unknown_keys_are_ignored() -> None:
    fields, _ = parse_markdown_file("---\ntitle: Hugo post\ndate: 2024-01-01\ndraft: true\n---\n")
    assert fields == {"headline": "Hugo post"}


def test_scalars_become_their_text_and_empty_fields_are_empty() -> None:
    fields, _ = parse_markdown_file(
        "---\nheadline: 2024\ndateline: 2024-03-01\nkicker:\ntags: Politik, EU\n---\n"
    )
    assert fields == {
        "headline": "2024",
        "dateline": "2024-03-01",
        "kicker": "",
        "tags": ["Politik", "EU"],
    }


def test_crlf_and_bom() -> None:
    fields, body = parse_markdown_file("\ufeff---\r\nheadline: H\r\n---\r\n\r\nBody\r\n")
    assert (fields, body) == ({"headline": "H"}, "Body\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nheadline: [unclosed\n---\n", "not valid YAML at line"),
        ("---\nheadline: a: b: c\n---\n", "not valid YAML"),
        ("---\nheadline: H\n", "no closing"),
        ("---\n- a\n- b\n---\n", "field: value"),
        ("---\njust a string\n---\n", "field: value"),
        ("---\ntags: [a, [b]]\n---\n", "'tags' must hold only text"),
        ("---\ntags: {a: 1}\n---\n", "'tags' must be a list"),
        ("---\nstatus: finished\n---\n", "'status' must be one of draft, in_review"),
        ("---\nheadline: [a, b]\n---\n", "'headline' must be text, not a list"),
        ("---\nkicker: {a: 1}\n---\n", "'kicker' must be text, not a mapping"),
        ("---\nkicker: yes\n---\n", "yes/no"),
        ("---\nlanguage: not a language\n---\n", "'language' is not a language tag"),
        ("---\nheadline: !!python/object:os.system ls\n---\n", "not valid YAML"),
    ],
)
def test_front_matter_errors(text: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        parse_markdown_file(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_format_writes_every_field_in_order() -> None:
    article = Article(
        headline='Minister says "no comment" — then: comments',
        kicker="Ausland",
        teaser="Zeile 1\nZeile 2",
        byline="Anna",
        dateline="Paris",
        section="Politik",
        tags=["EU", "Ukraine"],
        language="de",
        status=Status.APPROVED,
        body="Text mit 5 \\* 3.\n\n\n",
    )
    text = format_markdown_file(article)
    keys = [
        line.split(":")[0] for line in text.split("---\n")[1].splitlines() if line[:1].isalpha()
    ]
    assert keys == [
        "headline",
        "kicker",
        "teaser",
        "byline",
        "dateline",
        "section",
        "tags",
        "language",
        "status",
    ]
    assert text.endswith("---\n\nText mit 5 \\* 3.\n")
    fields, body = parse_markdown_file(text)
    assert fields["headline"] == article.headline
    assert fields["teaser"] == "Zeile 1\nZeile 2"
    assert fields["status"] is Status.APPROVED
    assert body == "Text mit 5 \\* 3.\n"


def test_format_keeps_unicode_readable() -> None:
    text = format_markdown_file(Article(headline="Köln: „Grüße“ 🎉", body=""))
    assert "headline: Köln: „Grüße“ 🎉" in text or "headline: 'Köln: „Grüße“ 🎉'" in text
    assert text.endswith("---\n")


def test_round_trip_of_an_empty_article() -> None:
    article = Article()
    fields, body = parse_markdown_file(format_markdown_file(article))
    assert fields == {
        "headline": "", "kicker": "", "teaser": "", "byline": "", "dateline": "",
        "section": "", "tags": [], "language": "de", "status": Status.DRAFT,
    }  # fmt: skip
    assert body == ""


def test_yaml_special_characters_round_trip() -> None:
    article = Article(
        headline="0",
        kicker="\x85 NEL \u2028 LS \u2029 PS \ufeff BOM",
        teaser="yes",
        byline="- not a list",
        dateline="key: value # not a comment",
        tags=["null", "1.5", "[x]"],
    )
    fields, _ = parse_markdown_file(format_markdown_file(article))
    assert (fields["headline"], fields["kicker"], fields["teaser"]) == (
        "0",
        article.kicker,
        "yes",
    )
    assert (fields["byline"], fields["dateline"]) == (article.byline, article.dateline)
    assert fields["tags"] == ["null", "1.5", "[x]"]
