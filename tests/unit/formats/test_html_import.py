"""HTML page import: the main content mapped to headline, teaser and body, sanitized."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.formats.errors import FormatError
from editor.formats.html_import import read_html_file, read_html_page

NEWS_PAGE = """<!doctype html>
<html lang="de-AT"><head><title>Stadtrat beschließt Radweg | Tagblatt</title>
<meta name="description" content="Der Stadtrat hat den Radweg beschlossen.">
<meta name="author" content="Anna Berger"><meta name="keywords" content="Radweg, Stadtrat">
<script>alert("head")</script><style>p { color: red }</style></head><body>
<header><nav><a href="/">Home</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a>
</nav></header>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/a">Unfall auf der A7</a></li>
<li><a href="/b">Sturm kommt</a></li></ul></aside>
<main><article>
<h1>Stadtrat beschließt neuen Radweg</h1>
<p class="article-lead">Nach jahrelangem Streit ist die Entscheidung gefallen.</p>
<p>Mit 23 zu 17 Stimmen hat der Stadtrat am Dienstagabend den Bau eines <em>durchgehenden</em>
Radwegs entlang der Uferstraße beschlossen. Die Kosten liegen bei 4,2 Millionen Euro.</p>
<h2>Was sich ändert</h2>
<ul><li>Zwei Fahrspuren werden eine.</li><li>Parkplätze entfallen auf 300 Metern.</li></ul>
<p>„Das ist ein guter Tag“, sagte Bürgermeisterin Berger. Mehr im
<a href="https://example.org/plan.pdf" onclick="steal()">Verkehrsplan</a> und
<a href="javascript:alert(2)">hier</a>.<script>alert(3)</script></p>
<blockquote><p>Wir haben lange genug gewartet.</p></blockquote>
<p>Die Opposition kritisierte die Entscheidung. Der Bau soll im Frühjahr beginnen und bis
Ende nächsten Jahres dauern, teilte die Verwaltung am Mittwoch mit.</p>
</article>
<section class="comments"><h3>Kommentare (2)</h3><p>Endlich! – Peter</p></section></main>
<footer><p>© Tagblatt 2026 · Impressum · Datenschutz</p></footer></body></html>
"""


def test_a_news_page_gives_its_article_and_nothing_around_it() -> None:
    page = read_html_page(NEWS_PAGE)
    assert page.headline == "Stadtrat beschließt neuen Radweg"
    assert page.teaser == "Nach jahrelangem Streit ist die Entscheidung gefallen."
    assert page.byline == "Anna Berger"
    assert page.language == "de-AT"
    assert page.tags == ["Radweg", "Stadtrat"]
    blocks = page.body.split("\n\n")
    assert blocks[0].startswith("Mit 23 zu 17 Stimmen hat der Stadtrat am Dienstagabend den Bau")
    assert "*durchgehenden*" in blocks[0]
    assert blocks[1:3] == [
        "## Was sich ändert",
        "- Zwei Fahrspuren werden eine.\n- Parkplätze entfallen auf 300 Metern.",
    ]
    assert "[Verkehrsplan](https://example.org/plan.pdf) und hier." in blocks[3]
    assert blocks[4] == "> Wir haben lange genug gewartet."
    for outside in ("Home", "Meistgelesen", "Unfall", "Kommentare", "Impressum", "alert"):
        assert outside not in page.body
    for hostile in ("javascript", "onclick", "steal", "<script", "color: red"):
        assert hostile not in page.body


def test_a_bold_first_paragraph_is_the_teaser_else_the_description() -> None:
    bold = "<h1>Titel</h1><p><b>Fetter Vorspann.</b></p><p>Text der Meldung hier.</p>"
    page = read_html_page(bold)
    assert (page.teaser, page.body) == ("Fetter Vorspann.", "Text der Meldung hier.")
    described = (
        '<html><head><meta property="og:description" content="Beschreibung.">'
        "</head><body><h1>Titel</h1><p>Text der Meldung hier.</p></body></html>"
    )
    page = read_html_page(described)
    assert (page.teaser, page.body) == ("Beschreibung.", "Text der Meldung hier.")


def test_without_an_h1_the_title_is_the_headline() -> None:
    page = read_html_page(
        "<html><head><title>Nur ein Titel</title></head><body><p>Text.</p></body></html>"
    )
    assert (page.headline, page.body) == ("Nur ein Titel", "Text.")


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    page = read_html_page(
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"'
        ' xml:lang="de"><head><title>X</title></head><body><h1>Titel</h1>'
        "<p>Ein Text der Seite.</p></body></html>"
    )
    assert (page.headline, page.body) == ("Titel", "Ein Text der Seite.")


def test_hostile_markup_is_sanitized() -> None:
    page = read_html_page(
        "<h1>Titel<script>alert(1)</script></h1>"
        '<p>Text <img src=x onerror="alert(1)"> <iframe src="https://evil.example"></iframe>'
        '<a href="data:text/html,<script>alert(1)</script>">Daten</a> '
        '<a href=" JaVaScRiPt:alert(1)">Skript</a> <svg onload="alert(1)"><text>S</text></svg>'
        '<span style="display:none">versteckt</span> <form><input value="x"></form>'
        '<object data="x.swf"></object><base href="https://evil.example/">'
        '<meta http-equiv="refresh" content="0;url=https://evil.example">sichtbar.</p>'
    )
    assert page.headline == "Titel"
    assert page.body.split() == ["Text", "Daten", "Skript", "sichtbar."]  # the object ends <p>


def test_a_deeply_nested_page_is_refused_not_cut_short() -> None:
    nested = "<div>" * 5000 + "<p>tief</p>" + "</div>" * 5000
    with pytest.raises(FormatError, match="more than 255 levels deep") as raised:
        read_html_page(f"<html><body><h1>Titel</h1>{nested}<p>danach</p></body></html>")
    assert "\n" not in str(raised.value)


def test_nesting_the_parser_follows_is_read() -> None:
    text = "Tief im Text steht ein ganzer Absatz, lang genug für einen Artikel. " * 3
    nested = "<div>" * 200 + f"<p>{text}</p>" + "</div>" * 200
    page = read_html_page(f"<html><body><h1>Titel</h1>{nested}</body></html>")
    assert page.body == text.strip()


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("", "the page holds no HTML to read"),
        ("   \n ", "the page holds no HTML to read"),
        ("<p>Text ohne Überschrift</p>", "no headline"),
        ("<html><head><title>Leer</title></head><body></body></html>", "no article text"),
    ],
)
def test_pages_without_an_article_are_refused_in_one_line(page: str, reason: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_html_page(page)
    assert raised.value.reason.startswith(reason)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("windows-1251", "Выборы в Москве прошли спокойно"),
        ("iso-8859-2", "Wybory w Łodzi przebiegły spokojnie"),
        ("shift_jis", "東京で選挙が行われました"),
    ],
)
def test_a_page_in_the_encoding_it_declares_is_read_in_it(
    tmp_path: Path, encoding: str, text: str
) -> None:
    path = tmp_path / "seite.html"
    path.write_bytes(
        f'<html><head><meta charset="{encoding}"></head><body><h1>{text}</h1>'
        f"<p>{text}. {text}.</p></body></html>".encode(encoding)
    )
    page = read_html_page(read_html_file(path))
    assert page.headline == text


def test_utf8_wins_over_a_wrong_declaration(tmp_path: Path) -> None:
    path = tmp_path / "seite.html"
    path.write_bytes(
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<h1>Größe</h1><p>Text über Übermut.</p>".encode()
    )
    assert read_html_page(read_html_file(path)).headline == "Größe"
