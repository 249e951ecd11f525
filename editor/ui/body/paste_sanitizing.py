"""Pasted HTML (Word, LibreOffice, Google Docs, web pages) reduced to the body structure.

Three passes:
1. nh3 parses whatever was pasted (malformed markup, Office namespaces, conditional
   comments) and keeps only harmless elements with a few style properties that carry
   meaning (bold/italic/strike written as CSS, hidden text, Word's list paragraphs);
   scripts, styles, images, frames, comments and every other attribute go.
2. A block reader turns that into the body's block model: CSS bold/italic/strike become
   formatting (and Google Docs' `<b style="font-weight:normal">` wrapper does not), hidden
   elements (display:none, visibility:hidden, mso-hide:all, the hidden attribute) vanish
   with their text, Word's `mso-list` paragraphs become real nested lists, links keep
   only http, https and mailto targets.
3. The blocks are written as clean HTML and checked once more by the body sanitizer.

`sanitize_pasted_html` is a pure function; `insert_sanitized_html` puts the result into a
document at a cursor.
"""

from __future__ import annotations

import re

import nh3
from PySide6.QtGui import QTextCursor

from editor.formats.body import Block, ListLevel, blocks_to_html, html_to_blocks
from editor.formats.body_blocks import SAFE_URL_SCHEMES, BlockReader, sanitize_body_html
from editor.ui.body.html_loading import insert_blocks

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
    "text-decoration", "text-decoration-line",
}  # fmt: skip
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "col", "area", "input", "meta", "link"})
_BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
_WORD_LIST = re.compile(r"\bl(\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_MARKER = re.compile(r"^\(?[0-9]{1,4}[.)]|^\(?[a-zA-Z]{1,4}[.)]")
_STYLE_ATTRIBUTE = re.compile(r"""(\bstyle\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _style_of(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    style = dict(attrs).get("style") or ""
    properties: dict[str, str] = {}
    for declaration in style.split(";"):
        name, _colon, value = declaration.partition(":")
        if value:
            properties[name.strip().lower()] = value.strip().lower()
    return properties


def _is_hidden(attrs: list[tuple[str, str | None]], style: dict[str, str]) -> bool:
    return (
        any(name == "hidden" for name, _value in attrs)
        or style.get("display") == "none"
        or style.get("visibility") == "hidden"
        or style.get("mso-hide") == "all"
    )


class _PasteReader(BlockReader):
    """BlockReader that also understands CSS formatting, hidden text and Word lists."""

    def __init__(self) -> None:
        super().__init__()
        self._open: list[tuple[str, list[str]]] = []  # element, counters it raised
        self._hidden_depth = 0  # number of open hidden elements
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
        if style.get("mso-list") == "ignore":
            raised.append("marker")
            self._word_marker = []
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            scheme = href.partition(":")[0].lower() if ":" in href else ""
            attrs = [("href", href)] if scheme in SAFE_URL_SCHEMES else []
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
        self._in_item = True

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

    def _flush(self) -> None:
        # Line breaks at a paragraph's edges (and the <br> Google Docs puts between
        # paragraphs) are layout, not text.
        self._trim_breaks()
        if not self._visible_text():
            self._pieces = []  # Word's empty paragraphs hold a lone &nbsp;
        super()._flush()

    def _add_text(self, kind: int, text: str) -> None:
        if self._hidden_depth:
            return
        text = _CONTROL_CHARACTERS.sub("", text)
        if self._word_marker is not None:
            self._word_marker.append(text)
            return
        super()._add_text(kind, text)


def read_pasted_html(fragment: str) -> list[Block]:
    """Pasted HTML as body blocks (see the module docstring for what survives)."""
    # CSS is case-insensitive, nh3's style property filter is not.
    fragment = _STYLE_ATTRIBUTE.sub(lambda m: m.group(1) + m.group(2).lower(), fragment)
    lenient = nh3.clean(
        fragment,
        tags=_LENIENT_TAGS,
        attributes={"*": {"style", "hidden"}, "a": {"href"}, "ol": {"start"}},
        clean_content_tags=_DROPPED_WITH_CONTENT,
        filter_style_properties=_MEANINGFUL_STYLE,
        url_schemes=set(SAFE_URL_SCHEMES),
        strip_comments=True,
        link_rel=None,
    )
    return _PasteReader().read(lenient)


def sanitize_pasted_html(fragment: str) -> str:
    """Pasted HTML reduced to the body's structure, as safe HTML (pure function)."""
    safe: str = sanitize_body_html(blocks_to_html(read_pasted_html(fragment)))
    return safe


def insert_sanitized_html(cursor: QTextCursor, fragment: str) -> bool:
    """Insert pasted HTML at the cursor (sanitized, house formats, one undo step).

    Returns False when nothing of the paste was left to insert.
    """
    blocks = html_to_blocks(sanitize_pasted_html(fragment))
    insert_blocks(cursor, blocks)
    return bool(blocks)
