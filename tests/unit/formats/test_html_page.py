"""The standalone HTML article page: golden file, structure, metadata and escaping."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

from editor.domain.article import Article
from editor.formats.export_links import ExportLinks, LinkedArticle
from editor.formats.html_page import render_article_page
from tests.unit.formats.export_samples import assert_matches_golden, golden_article, golden_links

HOSTILE = '</script><script>alert("x")</script><!-- & "quotes" \'apos\''


class _PageReader(HTMLParser):
    """Start tags with attributes, text, script contents, and a check that every
    element that opens closes."""

    VOID = frozenset({"meta", "br", "hr", "img", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "script":
            self.scripts.append(data)
        elif self.open and self.open[-1] == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    def meta(self, key: str, value: str) -> list[str]:
        return [
            str(a.get("content")) for tag, a in self.tags if tag == "meta" and a.get(key) == value
        ]


def _read(page: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(page)
    reader.close()
    assert reader.open == []
    return reader


def test_golden_page() -> None:
    assert_matches_golden("article.html", render_article_page(golden_article(), golden_links()))


def test_semantic_structure_and_metadata() -> None:
    page = render_article_page(golden_article(), golden_links())
    reader = _read(page)
    tags = [tag for tag, _ in reader.tags]
    for expected in ("article", "header", "h1", "time", "nav", "h2", "h3", "ol", "blockquote"):
        assert expected in tags
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    time = next(attrs for tag, attrs in reader.tags if tag == "time")
    assert time["datetime"] == "2024-03-01T10:00:00Z"
    assert reader.meta("property", "og:title") == [golden_article().headline]
    assert reader.meta("property", "og:type") == ["article"]
    assert reader.meta("property", "article:tag") == ["Ukraine", "Sicherheit"]
    assert reader.meta("name", "description") == [golden_article().teaser]
    data = json.loads(reader.scripts[0])
    assert data["@type"] == "NewsArticle"
    assert data["author"] == {"@type": "Person", "name": "Anna Muster"}
    assert data["datePublished"] == "2024-03-01T10:00:00Z"
    assert data["dateModified"] == "2024-03-02T09:30:00Z"
    assert (data["articleSection"], data["inLanguage"]) == ("Politik", "de")
    assert data["keywords"] == ["Ukraine", "Sicherheit"]


def test_navigation_links_by_slug_and_as_text_without_a_page() -> None:
    links = ExportLinks(
        previous=LinkedArticle("p", "Vorher", "vorher.html"),
        next=LinkedArticle("n", "Nachher"),
        related=(LinkedArticle("r", "Dazu", "dazu.html"), LinkedArticle("s", "Ohne Seite")),
    )
    page = render_article_page(Article(headline="H"), links)
    anchors = [attrs for tag, attrs in _read(page).tags if tag == "a"]
    assert anchors == [{"href": "vorher.html", "rel": "prev"}, {"href": "dazu.html"}]
    assert "Read Next: <cite>Nachher</cite>" in page
    assert "<li>Ohne Seite</li>" in page


def test_no_navigation_without_links() -> None:
    assert "<nav" not in render_article_page(Article(headline="H"))


def test_hostile_fields_stay_text_and_json_ld_cannot_break_out() -> None:
    article = Article(
        headline=HOSTILE,
        kicker=HOSTILE,
        teaser=HOSTILE,
        byline=HOSTILE,
        dateline=HOSTILE,
        section=HOSTILE,
        tags=[HOSTILE],
    )
    links = ExportLinks(previous=LinkedArticle("p", HOSTILE, 'x" onclick="alert(1)'))
    page = render_article_page(article, links)
    reader = _read(page)
    assert [tag for tag, _ in reader.tags].count("script") == 1
    assert len(reader.scripts) == 1
    assert json.loads(reader.scripts[0])["headline"] == " ".join(HOSTILE.split())
    assert "<" not in reader.scripts[0] and ">" not in reader.scripts[0]
    anchor = next(attrs for tag, attrs in reader.tags if tag == "a")
    assert anchor["href"] == 'x" onclick="alert(1)' and "onclick" not in anchor
    assert "".join(reader.text).count('<script>alert("x")</script>') >= 6


def test_csp_allows_only_the_page_style_and_the_json_ld_block() -> None:
    reader = _read(render_article_page(golden_article(), golden_links()))
    (policy,) = reader.meta("http-equiv", "Content-Security-Policy")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'{_hash(reader.scripts[0])}'"
    assert directives["style-src"] == f"'{_hash(reader.styles[0])}'"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"


def _hash(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"sha256-{digest}"


def test_print_stylesheet_and_right_to_left_languages() -> None:
    page = render_article_page(Article(headline="ש", language="he"))
    assert '<html lang="he" dir="rtl">' in page
    assert "@media print" in page
    assert '<html lang="und">' in render_article_page(Article(headline="H", language="x y"))


def test_untitled_article_and_dates_without_publication() -> None:
    article = Article(headline="", updated_at=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC))
    page = render_article_page(article)
    assert "<title>Untitled article</title>" in page
    assert '<time datetime="2024-05-06T07:08:09Z">' in page
    assert "article:published_time" not in page
    assert re.search(r'"datePublished"', page) is None


def test_control_characters_in_linked_headlines_are_dropped() -> None:
    links = ExportLinks(
        next=LinkedArticle("n", "Nach\x00her\x1b", "n.html"),
        related=(LinkedArticle("r", "Da\x7fzu\nmehr"),),
    )
    page = render_article_page(Article(headline="H\x0bI"), links)
    assert not any(ch in page for ch in "\x00\x0b\x1b\x7f")
    assert ">Nach her</a>" in page and "<li>Da zu mehr</li>" in page
