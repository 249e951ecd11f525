"""The sanitised body of every HTML export: exactly the supported structure, links by
the export allow-list, article links resolved, refused links kept as text."""

from __future__ import annotations

import re

import pytest

from editor.formats.export_links import ExportLinks, LinkedArticle
from editor.formats.html_export import (
    BODY_TAGS,
    body_html,
    one_line,
    page_language,
    text_direction,
)

TARGET_ID = "33333333-3333-4333-8333-333333333333"
LINKS = ExportLinks(inline={TARGET_ID: LinkedArticle(TARGET_ID, "Ziel", "ziel.html", "ziel")})


def _tags(fragment: str) -> set[str]:
    return set(re.findall(r"<([a-z0-9]+)", fragment))


def test_every_supported_structure_survives() -> None:
    body = (
        "Absatz mit **fett**, *kursiv* und ~~durch~~.  \nNeue Zeile.\n\n## Zwei\n\n### Drei\n\n"
        "1. eins\n2. zwei\n    - tief\n\n> Zitat\n\n[Web](https://example.org)\n"
    )
    fragment = body_html(body)
    assert _tags(fragment) == {
        "p", "br", "strong", "em", "s", "h2", "h3", "ol", "ul", "li", "blockquote", "a"
    }  # fmt: skip
    assert _tags(fragment) <= BODY_TAGS


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=https://evil.example></iframe>",
        "<object data=x></object><embed src=x>",
        "<form action=x><input name=y></form>",
        "<base href=https://evil.example/>",
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        "<style>body{display:none}</style>",
        "<svg onload=alert(1)><circle/></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        '<b onclick="alert(1)" style="color:red">fett</b>',
        '<a href="#" onmouseover="alert(1)">x</a>',
    ],
)
def test_raw_html_never_becomes_markup(markdown: str) -> None:
    fragment = body_html(f"Vorher {markdown} nachher")
    assert _tags(fragment) <= {"p", "a", "strong", "em"}
    lowered = fragment.lower()
    for forbidden in ("<script", "onerror", "onload", "onclick", "onmouseover", "style="):
        assert forbidden not in lowered
    assert "alert" not in fragment


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java&#9;script:alert(1)",
        "&#106;avascript:alert(1)",
        "jav&#x61;script:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "tel:+49301234",
        "copydesk:article/unknown-id",
        "copydesk:other",
    ],
)
def test_a_refused_link_keeps_its_text_and_no_empty_anchor(href: str) -> None:
    fragment = body_html(f"Siehe [den Text]({href}) hier.", LINKS)
    assert fragment == "<p>Siehe den Text hier.</p>"


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("http://example.org", "http://example.org"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("/politik/haushalt.html", "/politik/haushalt.html"),
        ("andere-seite.html#teil", "andere-seite.html#teil"),
        (f"copydesk:article/{TARGET_ID}", "ziel.html"),
        ("seite mit leerzeichen.html", "seite%20mit%20leerzeichen.html"),
        ("https://example.org/straße?q=100%", "https://example.org/stra%C3%9Fe?q=100%25"),
        ("https://example.org/a%20b", "https://example.org/a%20b"),
    ],
)
def test_allowed_and_article_links(href: str, kept: str) -> None:
    fragment = body_html(f"[Text]({href})", LINKS)
    assert fragment == f'<p><a href="{kept}" rel="noopener noreferrer">Text</a></p>'


def test_an_article_link_without_a_page_is_text() -> None:
    assert body_html(f"[Ziel](copydesk:article/{TARGET_ID})") == "<p>Ziel</p>"


def test_control_characters_are_dropped() -> None:
    assert body_html("a\x00b\x1bc\x7fd") == "<p>abcd</p>"
    assert one_line(" a\n b\x00c ") == "a bc"


def test_language_attribute_and_direction() -> None:
    assert page_language("en-GB") == "en-GB"
    assert page_language('de" onload="x') == "und"
    assert page_language("") == "und"
    assert text_direction("he") == "rtl"
    assert text_direction("ar-EG") == "rtl"
    assert text_direction("de") == "ltr"
