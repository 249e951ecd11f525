"""The standalone HTML page: complete, valid structure and every field escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from editor.domain.article import Article, ArticleRef
from editor.formats.html_export import article_to_html, page_language


class _TagCollector(HTMLParser):
    """Collects start tags (with attributes) and checks that every opened element closes."""

    VOID = frozenset({"meta", "br", "hr", "img", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _TagCollector:
    collector = _TagCollector()
    collector.feed(page)
    collector.close()
    assert collector.open == []
    return collector


HOSTILE = '<script>alert("x")</script> & "quotes" \'apos\''


def test_complete_page_structure() -> None:
    article = Article(
        headline="Koalition der Willigen",
        kicker="Ukraine",
        teaser="Die „Koalition“ traf sich.",
        byline="Anna Muster",
        dateline="Paris",
        language="de",
        body="Erster Absatz.\n\n## Zwischentitel\n\n- eins\n- zwei\n",
    )
    page = article_to_html(article, None, None)
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert page.endswith("</html>\n")
    collector = _parse(page)
    tags = [tag for tag, _ in collector.tags]
    assert ("meta", {"charset": "utf-8"}) in collector.tags
    for expected in ("title", "h1", "h2", "ul", "li", "article", "header"):
        assert expected in tags
    assert "nav" not in tags
    text = "".join(collector.text)
    for field in ("Koalition der Willigen", "Ukraine", "Die „Koalition“ traf sich.", "Anna Muster"):
        assert field in text


def test_hostile_fields_are_escaped() -> None:
    article = Article(
        headline=HOSTILE, kicker=HOSTILE, teaser=HOSTILE, byline=HOSTILE, dateline=HOSTILE
    )
    page = article_to_html(article, ArticleRef("p", HOSTILE), ArticleRef('n"><x', HOSTILE))
    assert "<script" not in page
    collector = _parse(page)
    assert "script" not in [tag for tag, _ in collector.tags]
    # title, kicker, headline, teaser, byline, dateline, previous, next: all as text
    assert "".join(collector.text).count('<script>alert("x")</script>') == 8
    description = [attrs for tag, attrs in collector.tags if attrs.get("name") == "description"]
    assert description[0]["content"] == HOSTILE
    next_paragraph = [attrs for tag, attrs in collector.tags if attrs.get("class") == "next"]
    assert next_paragraph[0]["data-article-id"] == 'n"><x'


def test_raw_html_in_the_body_is_sanitised() -> None:
    body = (
        "Text <script>alert(1)</script> <img src=x onerror=alert(1)> "
        '<a href="javascript:alert(1)">click</a> [link](javascript:alert(2))\n\n'
        "<iframe src=https://evil.example></iframe>\n\n<b onclick=x>bold</b>\n"
    )
    page = article_to_html(Article(headline="H", body=body))
    lowered = page.lower()
    for forbidden in ("<script", "onerror", "javascript:", "<iframe", "onclick", "<img"):
        assert forbidden not in lowered
    assert "alert(1)" not in page
    _parse(page)


def test_links_when_the_caller_knows_where_neighbours_live() -> None:
    page = article_to_html(
        Article(headline="H"),
        ArticleRef("id-1", "Vorher"),
        ArticleRef("id-2", "Nachher"),
        link_href=lambda ref: f"{ref.id}.html",
    )
    collector = _parse(page)
    anchors = [attrs for tag, attrs in collector.tags if tag == "a"]
    assert anchors == [
        {"href": "id-1.html", "rel": "prev"},
        {"href": "id-2.html", "rel": "next"},
    ]


def test_neighbours_as_text_by_default() -> None:
    page = article_to_html(Article(headline="H"), None, ArticleRef("id-2", "Nachher"))
    assert "Read Next: <cite>Nachher</cite>" in page
    assert "Read Previous" not in page


def test_language_attribute_and_direction() -> None:
    assert '<html lang="he" dir="rtl">' in article_to_html(Article(headline="ש", language="he"))
    assert '<html lang="en-GB">' in article_to_html(Article(headline="H", language="en-GB"))
    assert page_language('de" onload="x') == "und"
    assert page_language("") == "und"


def test_control_characters_are_dropped_and_untitled_gets_a_title() -> None:
    page = article_to_html(Article(headline="", teaser="a\x00b\x1bc"))
    assert "<title>Untitled article</title>" in page
    assert "abc" in page
    assert "\x00" not in page and "\x1b" not in page
