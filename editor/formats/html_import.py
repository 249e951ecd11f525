"""Reading an HTML file or a saved web page as an article: the main content only.

readability-lxml (Mozilla Readability's algorithm) finds the article in the page and
drops navigation, sidebars, comments, footers and scripts. It was chosen over
trafilatura for this job: it returns the page's own markup for the article (headings,
lists, quotes, emphasis, links survive to be mapped), where trafilatura rewrites the
content into its own XML and, measured on a news page, dropped the bold teaser
paragraph; and it weighs less than half as much installed (40 MB with lxml against
95 MB: trafilatura brings dateparser, babel, justext, courlan and htmldate).

The article's HTML then goes through editor.formats.foreign_html, the one reader of
foreign HTML (nh3 first, then the body's block model and allow-listed links), so nothing
from the page can run or smuggle markup into the body.

Navigation, asides, footers, forms and headers without the headline are removed
before extraction: they are never article text, and on a short page readability keeps
the whole body.

Fields: the headline is the first `<h1>` (taken out of the body), else the page's
`og:title`, else its title without the site name; the teaser is a paragraph right after
the headline whose class says so (`lead`, `teaser`, `intro`, `standfirst`...), else a
wholly bold first paragraph, else the page's description; the byline is the `author`
meta, the language the `<html lang>`, tags the `keywords` meta.

A page nested deeper than the HTML parser follows (libxml2 stops at 255 levels and
silently drops everything after) is refused with a one-line error rather than imported
with text missing.
"""

from __future__ import annotations

import copy
import html
import logging
import os
import re

import lxml.html
from lxml.etree import ParserError, _Element
from readability import Document

from editor.formats.decoding import MAX_FILE_BYTES, decode_text_bytes
from editor.formats.errors import FormatError
from editor.formats.foreign_document import (
    ForeignDocument,
    body_markdown,
    clean_line,
    take_teaser,
)
from editor.formats.foreign_html import read_foreign_html

_TEASER_CLASS = re.compile(
    r"\b(lead|lede|teaser|intro|standfirst|summary|excerpt|dek|abstract|subtitle|kicker-text)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_NOT_TEXT = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
TAIL_CHARS = 40
CHARSET_SNIFF_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # XHTML; the text is decoded already
_FURNITURE = ("nav", "aside", "footer", "form")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

# readability logs a traceback for pages it cannot parse; the FormatError says it instead.
logging.getLogger("readability").addHandler(logging.NullHandler())
logging.getLogger("readability").propagate = False


def read_html_file(path: str | os.PathLike[str]) -> str:
    """The text of the HTML file at `path`, decoded as every imported text file is
    (editor.formats.decoding), except that a page whose bytes are not UTF-8 and that
    declares its encoding (`<meta charset>`, or `http-equiv` Content-Type) is read in
    the encoding it declares: Cyrillic, Central European or Japanese pages saved by
    older sites import instead of being refused."""
    name = os.fspath(path)
    try:
        if os.path.getsize(name) > MAX_FILE_BYTES:
            raise FormatError("file is too large (limit 50 MB)", source=name)
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise FormatError(f"cannot read: {error.strerror or error}", source=name) from None
    declared = _DECLARED_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if declared is not None and not data.startswith(_BYTE_ORDER_MARKS):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: the usual rule decides
            else:
                return decode_text_bytes(text.encode("utf-8"), name)
    return decode_text_bytes(data, name)


def read_html_page(text: str) -> ForeignDocument:
    """The article in an HTML page (see the module docstring)."""
    page = _parse_whole(_XML_DECLARATION.sub("", text, count=1))
    for base in list(page.iter("base")):
        base.drop_tree()  # links stay as the page wrote them, never re-rooted elsewhere
    try:
        readable = Document(_without_page_furniture(page))
        content = readable.summary(html_partial=True)
        short_title = clean_line(readable.short_title() or "")
    except Exception as error:  # readability fails in many ways on broken pages
        raise FormatError(f"cannot find an article in the page ({type(error).__name__})") from None
    article = lxml.html.fragment_fromstring(content, create_parent="div")
    for link in article.iter("a"):
        if not (link.get("href") or "").strip():
            link.attrib.pop("href", None)  # readability blanks javascript: links
    headline = _take_headline(article) or _headline_of_page(page) or short_title
    marked_teaser = _take_marked_teaser(article)
    blocks = read_foreign_html(lxml.html.tostring(article, encoding="unicode"))
    teaser = marked_teaser or take_teaser(blocks)
    description = _meta(page, "description", "og:description")
    if not teaser and description:
        teaser = description
        if blocks and clean_line(blocks[0].text) == description:
            blocks.pop(0)
    body = body_markdown(blocks)
    if not headline:
        raise FormatError("no headline: the page has no <h1> and no title")
    if not body and not teaser:
        raise FormatError("no article text found in the page")
    language = (page.get("lang") or page.get("xml:lang") or "").strip()
    return ForeignDocument(
        headline=headline,
        body=body,
        teaser=teaser,
        byline=_meta(page, "author", "article:author"),
        language=language if _LANGUAGE.match(language) else "",
        tags=[clean_line(tag) for tag in _meta(page, "keywords").split(",") if tag.strip()],
    )


def _parse_whole(text: str) -> _Element:
    """The whole page as a tree, refusing pages the parser would read only in part: the
    last characters of the page's text (outside scripts, styles and comments; whitespace
    aside) must be in the tree."""
    try:
        page = lxml.html.document_fromstring(text)
    except (ParserError, ValueError):
        raise FormatError("the page holds no HTML to read") from None
    visible = html.unescape(_TAG.sub("", _NOT_TEXT.sub("", text)))
    ending = "".join(visible.split())[-TAIL_CHARS:]
    parsed = page.xpath("//text()[not(ancestor::script) and not(ancestor::style)]")
    if ending not in "".join("".join(parsed).split()):
        raise FormatError(
            "the page nests its elements more than 255 levels deep, so part of it cannot be"
            " read; refused"
        )
    return page


def _without_page_furniture(page: _Element) -> _Element:
    """A copy of the page without navigation, asides, footers, forms and headers that
    hold no <h1>: never article text, and readability keeps them on short pages."""
    trimmed = copy.deepcopy(page)
    furniture = [
        element
        for element in trimmed.iter(*_FURNITURE, "header")
        if element.tag != "header" or next(element.iter("h1"), None) is None
    ]
    for element in furniture:
        if element.getparent() is not None:
            element.drop_tree()
    return trimmed


def _take_headline(article: _Element) -> str:
    """The text of the article's first <h1>, which is taken out; "" without one."""
    for heading in article.iter("h1"):
        text = clean_line(heading.text_content())
        heading.drop_tree()
        if text:
            return text
    return ""


def _headline_of_page(page: _Element) -> str:
    for heading in page.iter("h1"):
        text = clean_line(heading.text_content())
        if text:
            return text
    return _meta(page, "og:title")


def _take_marked_teaser(article: _Element) -> str:
    """The first paragraph's text when its class marks it as the teaser (taken out)."""
    first = next(
        (element for element in article.iter("p") if clean_line(element.text_content())), None
    )
    if first is None or not _TEASER_CLASS.search(first.get("class") or ""):
        return ""
    text = clean_line(first.text_content())
    first.drop_tree()
    return text


def _meta(page: _Element, *names: str) -> str:
    """The content of the first <meta name|property=...> among `names`, cleaned."""
    for name in names:
        for element in page.iter("meta"):
            key = (element.get("name") or element.get("property") or "").strip().lower()
            if key == name and (element.get("content") or "").strip():
                return clean_line(element.get("content") or "")
    return ""
