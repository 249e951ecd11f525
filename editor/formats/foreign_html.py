"""Foreign HTML (pasted from Word, LibreOffice, Google Docs or web pages; imported HTML
and DOCX files) reduced to the body's block model, without Qt.

Three passes:
1. nh3 parses whatever arrived (malformed markup, Office namespaces, conditional
   comments) and keeps only harmless elements with a few style properties that carry
   meaning (bold/italic/strike written as CSS, hidden text, Word's list paragraphs);
   scripts, styles, images, frames, comments and every other attribute go.
2. A block reader turns that into the body's block model: CSS bold/italic/strike become
   formatting (and Google Docs' `<b style="font-weight:normal">` wrapper does not), Word's
   `mso-list` paragraphs become real nested lists, links keep the targets the body's
   allow-list keeps (editor.formats.link_policy; refused ones are reported). Text a
   reader of the page never saw is dropped: hidden elements (display:none,
   visibility:hidden, mso-hide:all, opacity:0, the hidden attribute, aria-hidden="true",
   zero width or height with overflow hidden) vanish with their text, and so does text
   whose font size is zero (a descendant that sets a real size again shows). Coloured
   text stays whatever its colour: white text is legitimate on a dark page. Invisible
   characters (zero width space, BOM, word joiner, soft hyphen) are taken out, so a
   hyphenated web page's words are found by search; the joiners U+200C and U+200D that
   emoji and Persian or Indic text need stay.
3. Lists nested deeper than the body's MAX_LIST_DEPTH are lifted to the deepest level
   (`clamp_list_depth`), and the blocks are written as clean HTML and checked once more
   by the body sanitizer.

`read_foreign_html` gives the blocks, `sanitize_foreign_html` the safe body HTML; the
editor's paste (editor.ui.editing.body_io.insert_pasted_html) puts the latter into a
document.
"""

from __future__ import annotations

import re

import nh3

from editor.formats.body_blocks import BlockReader, sanitize_body_html
from editor.formats.body_model import Block, ListLevel, blocks_to_html, clamp_list_depth
from editor.formats.link_policy import ALLOWED_SCHEMES, is_allowed_link

_LENIENT_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "del", "s",
    "strike", "u", "ul", "ol", "li", "blockquote", "a", "span", "div", "font", "section",
    "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "table",
    "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "code", "hr", "dl", "dt", "dd",
    "address", "sup", "sub", "small", "big", "mark", "cite", "q", "abbr", "center",
}  # fmt: skip
_DROPPED_WITH_CONTENT = {
    "script", "style", "title", "noscript", "template", "iframe", "object", "svg",
    "math", "textarea", "select", "button", "video", "audio", "canvas", "map",
}  # fmt: skip
_MEANINGFUL_STYLE = {
    "display", "visibility", "mso-hide", "mso-list", "font-weight", "font-style",
    "text-decoration", "text-decoration-line", "font", "font-size", "opacity", "width",
    "height", "max-width", "max-height", "overflow", "overflow-x", "overflow-y",
}  # fmt: skip
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "col", "area", "input", "meta", "link"})
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_MARKER = re.compile(r"^\(?[0-9]{1,4}[.)]|^\(?[a-zA-Z]{1,4}[.)]")
_STYLE_ATTRIBUTE = re.compile(r"""(\bstyle\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_INVISIBLE_CHARACTERS = dict.fromkeys(map(ord, "\u200b\ufeff\u2060\u00ad"))
_ZERO_LENGTH = re.compile(r"^[+-]?(?:0+\.?0*|\.0+)(?:[a-z]+|%)?$")
_LENGTH = re.compile(r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[a-z]+|%)$")
_RELATIVE_FONT_SIZE = re.compile(r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:em|ex|ch|cap|ic|%)$")
_FONT_SIZE_KEYWORDS = frozenset(
    {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"}
    | {"smaller", "larger"}
)
_INHERITED_FONT_SIZE = frozenset(
    {"smaller", "larger", "inherit", "unset", "revert", "revert-layer"}
)
_CLIPPING_OVERFLOW = frozenset({"hidden", "clip"})
_IMPORTANT = re.compile(r"\s*!\s*important\s*$")


def _style_of(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    style = dict(attrs).get("style") or ""
    properties: dict[str, str] = {}
    for declaration in style.split(";"):
        name, _colon, value = declaration.partition(":")
        if value:
            properties[name.strip().lower()] = value.strip().lower()
    return properties


def strip_invisible_characters(text: str) -> str:
    """`text` without zero width spaces, BOMs, word joiners and soft hyphens (the zero
    width joiner and non-joiner stay: emoji sequences and scripts need them)."""
    return text.translate(_INVISIBLE_CHARACTERS)


def _css_value(value: str) -> str:
    """A declaration's value without its priority (nh3 writes `!important` as `! important`)."""
    return _IMPORTANT.sub("", value).strip()


def _is_zero_length(value: str) -> bool:
    return _ZERO_LENGTH.match(_css_value(value)) is not None


def _font_size_of(style: dict[str, str]) -> str | None:
    """The font size an element sets: `font-size`, else the size in a `font` shorthand
    (`font: 0/0 a`, `font: italic 12px/1.4 Georgia`)."""
    if "font-size" in style:
        return _css_value(style["font-size"])
    for token in _css_value(style.get("font", "")).split():
        size = token.partition("/")[0]
        if _ZERO_LENGTH.match(size) or _LENGTH.match(size) or size in _FONT_SIZE_KEYWORDS:
            return size
    return None


def _font_size_is_zero(size: str, inherited_zero: bool) -> bool:
    """Whether text in an element with font size `size` has no height; relative sizes
    (em, %, smaller, calc...) scale the inherited size, so zero stays zero."""
    if _ZERO_LENGTH.match(size):
        return True
    if size in _INHERITED_FONT_SIZE or _RELATIVE_FONT_SIZE.match(size) or "(" in size:
        return inherited_zero
    return False


def _is_clipped_to_nothing(style: dict[str, str]) -> bool:
    """Zero width or height with its overflow hidden: nothing inside shows."""
    overflow = {
        keyword
        for name in ("overflow", "overflow-x", "overflow-y")
        for keyword in _css_value(style.get(name, "")).split()
    }
    if not _CLIPPING_OVERFLOW & overflow:
        return False
    return any(
        _is_zero_length(style[name])
        for name in ("width", "height", "max-width", "max-height")
        if name in style
    )


def _is_hidden(attrs: list[tuple[str, str | None]], style: dict[str, str]) -> bool:
    attributes = dict(attrs)
    opacity = style.get("opacity")
    return (
        "hidden" in attributes
        or (attributes.get("aria-hidden") or "").strip().lower() == "true"
        or _css_value(style.get("display", "")) == "none"
        or _css_value(style.get("visibility", "")) == "hidden"
        or _css_value(style.get("mso-hide", "")) == "all"
        or (opacity is not None and _is_zero_length(opacity))
        or _is_clipped_to_nothing(style)
    )


class _ForeignReader(BlockReader):
    """BlockReader that also understands CSS formatting, hidden text and Word lists.
    Foreign pages wrap list items in paragraphs for layout, and leave items empty that
    held an image: neither is kept (no loose items, no empty ones)."""

    keeps_loose_items = False

    def __init__(self) -> None:
        super().__init__()
        self._open: list[tuple[str, list[str]]] = []  # element, counters it raised
        self._hidden_depth = 0  # number of open hidden elements
        self._zero_font: list[bool] = []  # per open element that sets a font size
        self._word_levels: list[tuple[str, ListLevel]] = []  # Word list id per level
        self._word_marker: list[str] | None = None  # collecting an mso-list:Ignore marker
        self._word_item_new_level = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = _style_of(attrs)
        raised: list[str] = []
        if tag not in _VOID_TAGS:
            self._open.append((tag, raised))
        if self._hidden_depth or _is_hidden(attrs, style):
            if tag not in _VOID_TAGS:
                raised.append("hidden")
                self._hidden_depth += 1
            return
        font_size = _font_size_of(style)
        if font_size is not None and tag not in _VOID_TAGS:
            raised.append("font-size")
            self._zero_font.append(_font_size_is_zero(font_size, self._in_zero_font()))
        if style.get("mso-list") == "ignore":
            raised.append("marker")
            self._word_marker = []
            return
        if tag == "a":
            attributes = dict(attrs)
            href = attributes.get("href")
            kept = href is not None and is_allowed_link(href)
            attrs = [("href", href), ("title", attributes.get("title"))] if kept else []
        if tag == "p":
            self._start_paragraph(style)
            if self._word_levels:
                raised.append("no-structure")
        if tag in ("b", "strong") and style.get("font-weight") in ("normal", "400"):
            raised.append("no-structure")  # Google Docs wraps whole documents in a non-bold <b>
        if "no-structure" not in raised:
            super().handle_starttag(tag, attrs)
        if style.get("font-weight") in _BOLD_WEIGHTS and tag not in ("b", "strong"):
            self._bold += 1
            raised.append("bold")
        if style.get("font-style") == "italic" and tag not in ("i", "em"):
            self._italic += 1
            raised.append("italic")
        decoration = style.get("text-decoration-line", style.get("text-decoration", ""))
        if "line-through" in decoration and tag not in ("s", "del", "strike"):
            self._strike += 1
            raised.append("strike")

    def _start_paragraph(self, style: dict[str, str]) -> None:
        match = _WORD_LIST.search(style.get("mso-list", ""))
        if match is None:
            if self._word_levels:
                self._flush()
                self._word_levels = []
                self._lists = []
                self._items = []
            return
        self._flush()
        word_list, depth = "l" + match.group(1), max(1, int(match.group(2)))
        levels = self._word_levels
        if levels and levels[0][0] != word_list:
            levels.clear()
        del levels[depth:]
        self._word_item_new_level = len(levels) < depth
        while len(levels) < depth:
            levels.append((word_list, ListLevel(False, 1, self._next_list_id)))
            self._next_list_id += 1
        self._lists = [level for _id, level in levels]
        self._start_flat_item()

    def _finish_marker(self) -> None:
        marker = "".join(self._word_marker or []).strip()
        self._word_marker = None
        if not self._word_item_new_level or not self._word_levels:
            return
        ordered = _ORDERED_MARKER.match(marker) is not None
        digits = re.match(r"\(?([0-9]+)", marker)
        start = int(digits.group(1)) if ordered and digits else 1
        word_list, old = self._word_levels[-1]
        level = ListLevel(ordered, start, old.list_id)
        self._word_levels[-1] = (word_list, level)
        self._lists[-1] = level

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            return
        _tag, raised = self._open.pop()
        if "font-size" in raised:
            self._zero_font.pop()
        if "hidden" in raised:
            self._hidden_depth -= 1
            return
        if self._hidden_depth:
            return
        if "marker" in raised:
            self._finish_marker()
            return
        for counter in ("bold", "italic", "strike"):
            if counter in raised:
                setattr(self, f"_{counter}", max(0, getattr(self, f"_{counter}") - 1))
        if tag == "p" and self._word_levels:
            self._flush()
        elif "no-structure" not in raised:
            super().handle_endtag(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._hidden_depth and self._word_marker is None:
            super().handle_startendtag(tag, attrs)

    def _write_empty_item(self) -> None:
        self._flush()

    def _in_zero_font(self) -> bool:
        return bool(self._zero_font) and self._zero_font[-1]

    def _flush(self) -> None:
        # Line breaks at a paragraph's edges (and the <br> Google Docs puts between
        # paragraphs) are layout, not text.
        self._trim_breaks()
        if not self._visible_text():
            self._pieces = []  # Word's empty paragraphs hold a lone &nbsp;
        super()._flush()

    def _add_text(self, kind: int, text: str) -> None:
        if self._hidden_depth or self._in_zero_font():
            return
        text = strip_invisible_characters(_CONTROL_CHARACTERS.sub("", text))
        if not text:
            return
        if self._word_marker is not None:
            self._word_marker.append(text)
            return
        super()._add_text(kind, text)


def read_foreign_html(fragment: str) -> list[Block]:
    """Foreign HTML as body blocks (see the module docstring for what survives)."""
    # CSS is case-insensitive, nh3's style property filter is not.
    fragment = _STYLE_ATTRIBUTE.sub(lambda m: m.group(1) + m.group(2).lower(), fragment)
    lenient = nh3.clean(
        fragment,
        tags=_LENIENT_TAGS,
        attributes={
            "*": {"style", "hidden", "aria-hidden"},
            "a": {"href", "title"},
            "ol": {"start"},
        },
        clean_content_tags=_DROPPED_WITH_CONTENT,
        filter_style_properties=_MEANINGFUL_STYLE,
        url_schemes=set(ALLOWED_SCHEMES),
        url_relative="pass_through",
        strip_comments=True,
        link_rel=None,
    )
    return _ForeignReader().read(lenient)


def sanitize_foreign_html(fragment: str) -> str:
    """Foreign HTML reduced to the body's structure, as safe body HTML."""
    blocks = clamp_list_depth(read_foreign_html(fragment))
    safe: str = sanitize_body_html(blocks_to_html(blocks))
    return safe
