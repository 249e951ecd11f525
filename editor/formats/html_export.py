"""One article as a complete, standalone HTML5 page.

Every field is HTML-escaped text; the body is rendered by the house parser
(`body.render_html`) and then sanitised with nh3 to the structure a body may hold, so raw
HTML smuggled into a Markdown body (`<script>`, `onerror=`, `javascript:` links) never
reaches the page. Links follow the editor's allow-list (editor.formats.link_policy): a
refused link's text stays, as plain text. Control characters that HTML forbids are
dropped. The page's `lang` comes from the article's language (`und` when that is not a
language tag), with `dir="rtl"` for right-to-left languages.

Previous/next appear as text by default: an `ArticleRef` carries no URL. Pass `link_href`
to turn them into links (the caller knows where the other pages are written).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import nh3

from editor.domain.article import Article, ArticleRef, shown_headline
from editor.formats.body import render_html
from editor.formats.link_policy import ALLOWED_SCHEMES

BODY_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del",
        "s", "ul", "ol", "li", "blockquote", "a", "code", "pre", "hr", "sub", "sup",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
BODY_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv"})

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_FORBIDDEN_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

_STYLE = """\
body { margin: 0 auto; max-width: 42em; padding: 2em 1em; line-height: 1.6;
       font-family: Georgia, "Times New Roman", serif; color: #1a1a1a; }
.kicker { text-transform: uppercase; letter-spacing: .05em; font-size: .85em; margin: 0; }
h1 { line-height: 1.2; margin: .2em 0 .5em; }
.teaser { font-weight: bold; }
.byline, .dateline { color: #555; margin: .2em 0; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; }
nav.article-links { border-top: 1px solid #ccc; margin-top: 2em; padding-top: 1em; }
"""


def article_to_html(
    article: Article,
    previous: ArticleRef | None = None,
    next: ArticleRef | None = None,
    *,
    link_href: Callable[[ArticleRef], str] | None = None,
) -> str:
    """The article as a full HTML5 page (UTF-8), ending with a newline."""
    language = page_language(article.language)
    direction = ' dir="rtl"' if language.split("-")[0].lower() in RTL_LANGUAGES else ""
    headline = shown_headline(article.headline)
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{_attribute(language)}"{direction}>',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(headline)}</title>",
    ]
    if article.teaser.strip():
        lines.append(f'<meta name="description" content="{_attribute(article.teaser.strip())}">')
    lines += [f"<style>\n{_STYLE}</style>", "</head>", "<body>", "<article>", "<header>"]
    if article.kicker.strip():
        lines.append(f'<p class="kicker">{_text(article.kicker)}</p>')
    lines.append(f"<h1>{_text(headline)}</h1>")
    if article.teaser.strip():
        lines.append(f'<p class="teaser">{_multiline_text(article.teaser)}</p>')
    if article.byline.strip():
        lines.append(f'<p class="byline">{_text(article.byline)}</p>')
    if article.dateline.strip():
        lines.append(f'<p class="dateline">{_text(article.dateline)}</p>')
    lines += ["</header>", '<div class="article-body">', body_html(article.body), "</div>"]
    lines += _neighbour_links(previous, next, link_href)
    lines += ["</article>", "</body>", "</html>"]
    return "\n".join(line for line in lines if line) + "\n"


def page_language(language: str) -> str:
    """The `lang` value for an article language: the tag itself, or `und` if unusable."""
    tag = language.strip()
    return tag if _LANGUAGE_TAG.match(tag) else "und"


def body_html(body_markdown: str) -> str:
    """The body rendered by the house parser, sanitised to the allowed body structure."""
    if not body_markdown.strip():
        return ""
    rendered = _FORBIDDEN_CONTROLS.sub("", render_html(body_markdown))
    return nh3.clean(
        rendered,
        tags=set(BODY_TAGS),
        attributes=BODY_ATTRIBUTES,
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer",
        url_schemes=set(ALLOWED_SCHEMES),
        url_relative="pass_through",
    ).strip()


def _neighbour_links(
    previous: ArticleRef | None,
    following: ArticleRef | None,
    link_href: Callable[[ArticleRef], str] | None,
) -> list[str]:
    if previous is None and following is None:
        return []
    lines = ['<nav class="article-links">']
    pairs = (
        ("previous", "prev", "Read Previous", previous),
        ("next", "next", "Read Next", following),
    )
    for css_class, rel, label, ref in pairs:
        if ref is None:
            continue
        title = _text(shown_headline(ref.headline))
        if link_href is not None:
            target = f'<a href="{_attribute(link_href(ref))}" rel="{rel}">{title}</a>'
        else:
            target = f"<cite>{title}</cite>"
        lines.append(
            f'<p class="{css_class}" data-article-id="{_attribute(ref.id)}">{label}: {target}</p>'
        )
    lines.append("</nav>")
    return lines


def _clean(text: str) -> str:
    return _FORBIDDEN_CONTROLS.sub("", text)


def _text(text: str) -> str:
    """Text content, escaped; line breaks become spaces."""
    return html.escape(" ".join(_clean(text).split("\n")), quote=False)


def _multiline_text(text: str) -> str:
    """Text content, escaped; line breaks stay as <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in _clean(text).split("\n"))


def _attribute(text: str) -> str:
    """An attribute value (always written in double quotes), escaped."""
    return html.escape(" ".join(_clean(text).split()), quote=True)
