"""One article as a complete, standalone HTML5 page, rendered from `article.html`.

The page is semantic HTML5: `<article>` with a `<header>` (kicker, `<h1>`, teaser, byline,
dateline with `<time datetime>`), the sanitised body (`html_export.body_html`) and `<nav>`
blocks for Read Previous / Read Next and related stories, linked by slug (`<slug>.html`)
when the caller knows the pages (`ExportLinks`), as text otherwise. The head carries
`lang`, a description, Open Graph meta, schema.org NewsArticle JSON-LD and the embedded
CSS (screen and print, `resources/templates/page.css`).

Safety: the template autoescapes every field. The JSON-LD is `json.dumps` output with
`<`, `>`, `&`, U+2028 and U+2029 written as JSON escapes (`\\u003c` for `<`), so a headline
holding `</script>` or `<!--` stays inside the data block. The Content-Security-Policy
meta tag allows nothing by default, the page's own stylesheet by its hash and no script
but the JSON-LD block (by its hash: a data block is never run, and nothing else may be).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup

from editor.domain.article import Article
from editor.formats.export_links import NO_LINKS, ExportLinks
from editor.formats.html_export import (
    body_html,
    clean_text,
    one_line,
    page_language,
    text_direction,
)
from editor.formats.templates import stylesheet, template

UNTITLED = "Untitled article"
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_TABLE = str.maketrans(_JSON_ESCAPES)


@dataclass(frozen=True)
class PageDate:
    """A moment as a `datetime` attribute value and as readers see it."""

    machine: str
    human: str

    @classmethod
    def of(cls, moment: datetime) -> PageDate:
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC).replace(microsecond=0)
        return cls(utc.isoformat().replace("+00:00", "Z"), utc.strftime("%Y-%m-%d %H:%M UTC"))


def render_article_page(article: Article, links: ExportLinks = NO_LINKS) -> str:
    """The article as a full HTML5 page (UTF-8), ending with a newline."""
    language = page_language(article.language)
    title = one_line(article.headline) or UNTITLED
    description = one_line(article.teaser)
    author = one_line(article.byline)
    keywords = [one_line(tag) for tag in article.tags if one_line(tag)]
    section = one_line(article.section)
    published = PageDate.of(article.published_at) if article.published_at else None
    modified = PageDate.of(article.updated_at)
    json_ld = _script_safe_json(
        _news_article(article, title, description, author, keywords, section, language)
    )
    css = stylesheet()
    context: dict[str, Any] = {
        "lang": language,
        "direction": text_direction(language),
        "csp": content_security_policy(css, json_ld),
        "css": Markup(css),
        "title": title,
        "description": description,
        "author": author,
        "keywords": keywords,
        "section": section,
        "og_locale": language.replace("-", "_") if language != "und" else "en_US",
        "published": published,
        "modified": modified,
        "shown_date": published or modified,
        "json_ld": Markup(json_ld),
        "kicker": one_line(article.kicker),
        "teaser_lines": clean_text(article.teaser).strip().split("\n") if description else [],
        "dateline": one_line(article.dateline),
        "body": Markup(body_html(article.body, links)),
        "previous": links.previous,
        "next": links.next,
        "related": links.related,
        "breadcrumbs": links.breadcrumbs,
    }
    return template("article.html").render(context)


@dataclass(frozen=True)
class ListingEntry:
    """One line of a listing page: a linked title, an optional note and teaser."""

    title: str
    href: str
    note: str = ""
    teaser: str = ""


def render_listing_page(
    title: str,
    entries: list[ListingEntry],
    language: str = "und",
    breadcrumbs: tuple[tuple[str, str], ...] = (),
) -> str:
    """A site's home or section index: a titled list of links (UTF-8 HTML5 page)."""
    css = stylesheet()
    lang = page_language(language)
    return template("listing.html").render(
        {
            "lang": lang,
            "direction": text_direction(lang),
            "csp": content_security_policy(css),
            "css": Markup(css),
            "title": one_line(title) or UNTITLED,
            "entries": entries,
            "breadcrumbs": breadcrumbs,
        }
    )


def content_security_policy(css: str, *scripts: str) -> str:
    """A CSP allowing nothing but the given inline stylesheet and data blocks."""
    script_sources = " ".join(f"'{_sha256(script)}'" for script in scripts) or "'none'"
    return (
        f"default-src 'none'; style-src '{_sha256(css)}'; img-src 'self' https:; "
        f"script-src {script_sources}; base-uri 'none'; form-action 'none'"
    )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _script_safe_json(data: dict[str, Any]) -> str:
    """JSON that cannot end or comment out the `<script>` element it is written in."""
    return json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPE_TABLE)


def _news_article(
    article: Article,
    title: str,
    description: str,
    author: str,
    keywords: list[str],
    section: str,
    language: str,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "inLanguage": language,
        "dateModified": PageDate.of(article.updated_at).machine,
    }
    if article.published_at is not None:
        data["datePublished"] = PageDate.of(article.published_at).machine
    if description:
        data["description"] = description
    if author:
        data["author"] = {"@type": "Person", "name": author}
    if section:
        data["articleSection"] = section
    if keywords:
        data["keywords"] = keywords
    return data
