"""DOCX export and import: an article we export imports back as the same article."""

from __future__ import annotations

import io

import docx
import pytest

from editor.domain import Article
from editor.formats.body import blocks_to_markdown, markdown_to_blocks
from editor.formats.docx_export import article_to_docx
from editor.formats.docx_import import read_docx

BODY = """\
Der Stadtrat hat **mit knapper Mehrheit** *für* den Radweg gestimmt, ~~nicht~~ dagegen.
Mehr im [Verkehrsplan](https://example.org/plan "Plan der Stadt") und im
[Vorbericht](copydesk:article/7f3c2a10-0000-4000-8000-000000000001).

## Was sich ändert

- Zwei Fahrspuren werden eine.
- Parkplätze entfallen:
    - an der Uferstraße
    - am Markt

### Der Zeitplan

1. Planung im Winter
2. Bau ab März

Zwischen den Listen.

4. vierter Punkt
5. fünfter Punkt

> „Wir haben lange genug gewartet“, sagte die Bürgermeisterin.

Erste Zeile<br>
zweite Zeile nach einem Umbruch, [Anker](#abschnitt) und 5 * 3 = 15, #hashtag, <b>.
"""


def canonical(markdown: str) -> str:
    """The body as the house writer writes it (what an import produces)."""
    return blocks_to_markdown(markdown_to_blocks(markdown))


def exported_article() -> Article:
    return Article(
        headline="Stadtrat beschließt neuen Radweg",
        kicker="Verkehr",
        teaser="Nach jahrelangem Streit ist die Entscheidung gefallen.",
        byline="Von Anna Berger",
        dateline="Freiburg",
        section="Lokales",
        language="de",
        tags=["Radweg", "Stadtrat"],
        body=BODY,
    )


def test_an_exported_article_imports_back_the_same() -> None:
    article = exported_article()
    document = read_docx(article_to_docx(article))
    assert document.headline == article.headline
    assert document.kicker == article.kicker
    assert document.teaser == article.teaser
    assert document.byline == article.byline
    assert document.dateline == article.dateline
    assert document.section == article.section
    assert document.language == "de"
    assert document.tags == article.tags
    assert document.body == canonical(BODY)


def test_the_export_uses_words_own_styles_and_a_numbering_per_list() -> None:
    word = docx.Document(io.BytesIO(article_to_docx(exported_article())))
    styles = [paragraph.style.name for paragraph in word.paragraphs if paragraph.style]
    assert styles[:5] == ["Kicker", "Title", "Subtitle", "Byline", "Dateline"]
    for style in ("Heading 2", "Heading 3", "List Bullet", "List Bullet 2", "List Number"):
        assert style in styles
    assert "Quote" in styles
    numbered = [p for p in word.paragraphs if p.style and p.style.name == "List Number"]
    numbering_ids = {p._p.pPr.numPr.numId.val for p in numbered}  # type: ignore[union-attr]
    assert len(numbering_ids) == 2  # the second list starts at 4, not at 3
    links = [link.url for paragraph in word.paragraphs for link in paragraph.hyperlinks]
    assert links[:2] == [
        "https://example.org/plan",
        "copydesk:article/7f3c2a10-0000-4000-8000-000000000001",
    ]
    assert word.core_properties.title == "Stadtrat beschließt neuen Radweg"
    assert word.core_properties.keywords == "Radweg, Stadtrat"


@pytest.mark.parametrize(
    "body",
    [
        "",
        "Nur ein Absatz.",
        "1. FC Köln spielt\n\nC:\\Temp und \\*Sternchen\\*",
        "- a\n    - b\n        - c\n- d",
        "> Zitat allein",
        "## Nur ein Zwischentitel",
    ],
)
def test_small_bodies_round_trip(body: str) -> None:
    document = read_docx(article_to_docx(Article(headline="Kurz", body=body)))
    assert document.headline == "Kurz"
    assert document.body == canonical(body)


def test_a_further_paragraph_of_a_numbered_item_keeps_its_text() -> None:
    """Word has no paragraph inside a list item: it becomes an indented paragraph."""
    body = "1. eins\n\n    weiter im Punkt\n\n2. zwei\n"
    word = docx.Document(io.BytesIO(article_to_docx(Article(headline="Liste", body=body))))
    texts = [
        (paragraph.style.name if paragraph.style else "", paragraph.text)
        for paragraph in word.paragraphs
    ]
    assert texts[1:] == [
        ("List Number", "eins"),
        ("Normal", "weiter im Punkt"),
        ("List Number", "zwei"),
    ]
    assert read_docx(article_to_docx(Article(headline="Liste", body=body))).body == (
        "1. eins\n\nweiter im Punkt\n\n2. zwei"
    )


def test_characters_xml_cannot_hold_become_replacement_characters() -> None:
    article = Article(
        headline="Kopf\uffff", body="Text\uffff mit \ufffe Zeichen", tags=["a\x01"], byline="\x1b"
    )
    document = read_docx(article_to_docx(article))
    assert (document.headline, document.body) == ("Kopf\ufffd", "Text\ufffd mit \ufffd Zeichen")
    assert (document.byline, document.tags) == ("\ufffd", ["a\ufffd"])


def test_without_a_teaser_a_bold_first_paragraph_stays_body_text() -> None:
    article = Article(headline="Kopf", body="**Ganz fett.**\n\nText.")
    document = read_docx(article_to_docx(article))
    assert (document.teaser, document.body) == ("", "**Ganz fett.**\n\nText.")
