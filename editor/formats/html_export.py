"""Safe HTML for every HTML-producing export: the sanitised body and escaped field text.

The body goes through the block model (`markdown_to_blocks` then `blocks_to_html`), which
can only write the supported body structure: paragraphs, H2/H3 subheads, lists, quotes,
bold, italic, strike-through, links and line breaks. Raw HTML smuggled into a Markdown body
(`<script>`, `<iframe>`, `onerror=`) never becomes markup. nh3 then cleans that HTML again
with an allow-list that is exactly the same structure (BODY_TAGS, BODY_ATTRIBUTES), so a
mistake in one layer is caught by the other.

A body of plain paragraphs, bold runs and subheads takes a fast path
(`simple_body.simple_body_html`) to the same block HTML without the parser; nh3 cleans
either.

Links follow `editor.formats.link_policy`: a page keeps web and mail links and relative
ones (EXPORT_SCHEMES); `copydesk:article/<id>` becomes the target's page when the export
has one (`ExportLinks.href_for`). Any other link, or an article link without a page,
keeps its text as plain text: never an empty `<a>`. A kept link is written as a valid
URL (`url_text`: a space becomes `%20`). Each block ends its line, so the
page's source reads block by block. Control characters HTML forbids are
dropped. `page_language` gives the `lang` value (`und` when the article's language is not
a language tag), `text_direction` the `dir` for right-to-left languages.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import nh3

from editor.formats.body import blocks_to_html, markdown_to_blocks
from editor.formats.export_links import NO_LINKS, ExportLinks
from editor.formats.link_policy import ARTICLE_LINK_PREFIX, EXPORT_SCHEMES, is_exported_link
from editor.formats.simple_body import simple_body_html

BODY_TAGS: frozenset[str] = frozenset(
    {"p", "br", "h2", "h3", "strong", "em", "s", "ul", "ol", "li", "blockquote", "a"}
)
"""Exactly the elements `blocks_to_html` writes for the supported body structure."""
BODY_ATTRIBUTES: dict[str, set[str]] = {"a": {"href", "title"}, "ol": {"start"}}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv"})
LINK_REL = "noopener noreferrer"

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_FORBIDDEN_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# nh3 writes every element canonically: `<a` then attributes in double quotes.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]_~"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_BLOCK_ENDS = ("</p>", "</h2>", "</h3>", "</li>", "</ul>", "</ol>", "</blockquote>")
_ANCHOR_WITHOUT_HREF = re.compile(r'<a(?: (?!href=)[a-z]+="[^"]*")*>(.*?)</a>', re.DOTALL)


def page_language(language: str) -> str:
    """The `lang` value for an article language: the tag itself, or `und` if unusable."""
    tag = language.strip()
    return tag if _LANGUAGE_TAG.match(tag) else "und"


def text_direction(language: str) -> str:
    """`rtl` for a right-to-left language, else `ltr`."""
    return "rtl" if page_language(language).split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def clean_text(text: str) -> str:
    """Text without the control characters HTML forbids."""
    return _FORBIDDEN_CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """Field text on one line (line breaks and runs of spaces become one space)."""
    return " ".join(clean_text(text).split())


def url_text(href: str) -> str:
    """A link target as a valid URL: characters a URL may not hold as they are (spaces,
    quotes, angle brackets, backslashes, control and non-ASCII characters) are
    percent-encoded; existing escapes and the URL's delimiters stay."""
    return quote(_LONE_PERCENT.sub("%25", href), safe=_URL_SAFE)


def body_html(body_markdown: str, links: ExportLinks = NO_LINKS) -> str:
    """The body as sanitised HTML of the supported structure, article links resolved."""
    if not body_markdown.strip():
        return ""
    cleaned_markdown = clean_text(body_markdown)
    structured = simple_body_html(cleaned_markdown)
    if structured is None:
        structured = blocks_to_html(markdown_to_blocks(cleaned_markdown))

    def resolve(tag: str, attribute: str, value: str) -> str | None:
        if tag != "a" or attribute != "href":
            return value
        if value.startswith(ARTICLE_LINK_PREFIX):
            return links.href_for(value.removeprefix(ARTICLE_LINK_PREFIX))
        return url_text(value) if is_exported_link(value) else None

    cleaned = nh3.clean(
        structured,
        tags=set(BODY_TAGS),
        attributes=BODY_ATTRIBUTES,
        clean_content_tags={"script", "style"},
        link_rel=LINK_REL,
        url_schemes=set(EXPORT_SCHEMES) | {"copydesk"},
        url_relative="pass_through",
        attribute_filter=resolve,
    )
    if "<a" in cleaned:
        cleaned = _ANCHOR_WITHOUT_HREF.sub(r"\1", cleaned)
    for block_end in _BLOCK_ENDS:
        cleaned = cleaned.replace(block_end, block_end + "\n")
    return cleaned.strip()
