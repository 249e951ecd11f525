"""The one reader from HTML to the body's block model (editor.formats.body_model).

Rendered Markdown and pasted HTML are sanitized by nh3 and read into blocks here, so the
editor's loader, the plain-text conversion and the paste sanitizer agree on structure and
on whitespace. Because nh3 serializes canonically (well-formed, no comments, quoted
attributes), the reader tokenizes with one regular expression instead of html.parser,
which keeps loading a long article fast.

Whitespace follows the browser's rules for literal whitespace (runs collapse to one space,
none at the start or end of a line), while whitespace written as a character reference
(`&#32;`, `&#9;`, `&nbsp;`) is kept exactly: that is how the writer protects a
journalist's significant spaces from Markdown.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import nh3

from editor.formats.body_model import HARD_BREAK, Block, BlockKind, ListLevel, Span, merge_spans
from editor.formats.link_policy import ALLOWED_SCHEMES

BODY_TAGS = frozenset(
    {"p", "br", "h2", "h3", "strong", "b", "em", "i", "del", "s", "ul", "ol", "li"}
    | {"blockquote", "a"}
)
"""The HTML elements a body consists of."""
# Also read: h1 as H2, h4-h6 as H3, pre (code) as a paragraph that keeps its lines.
_READABLE_TAGS = BODY_TAGS | {"h1", "h4", "h5", "h6", "pre"}

# Whitespace written as a character reference is significant (the Markdown writer's way
# of keeping spaces Markdown would eat), but nh3 re-serializes it as plain whitespace; and
# control characters the writer must encode (STX and ETX, which Python-Markdown strips,
# whitespace-like ones at a line's edge) come out of nh3 changed or not at all, as does a
# raw NUL. These travel through nh3 as STX code ETX: Python-Markdown strips raw STX and
# ETX from its input and the paste reader drops control characters, so the marker never
# occurs in text. Afterwards HTML whitespace is a character reference again (significant
# for the reader) and every other protected character is the raw character.
_PROTECTED_CODES = frozenset({0, 2, 3, 9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133})
_HTML_WHITESPACE_CODES = frozenset({9, 10, 12, 13, 32})
_NUMERIC_REFERENCE = re.compile(r"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));")
_PROTECTED = re.compile("\x02([0-9]+)\x03")


def _protect(match: re.Match[str]) -> str:
    decimal, hexadecimal = match.groups()
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return f"\x02{code}\x03" if code in _PROTECTED_CODES else match.group()


def _restore(match: re.Match[str]) -> str:
    code = int(match.group(1))
    return f"&#{code};" if code in _HTML_WHITESPACE_CODES else chr(code)


def sanitize_body_html(fragment: str) -> str:
    """Body HTML reduced by nh3 to BODY_TAGS (plus h1, h4-h6 and pre, see _READABLE_TAGS),
    `a href` (as editor.formats.link_policy allows) and `title`, and `ol start`;
    significant whitespace kept."""
    protected = _NUMERIC_REFERENCE.sub(_protect, fragment).replace("\x00", "\x020\x03")
    cleaned = nh3.clean(
        protected,
        tags=set(_READABLE_TAGS),
        attributes={"a": {"href", "title"}, "ol": {"start"}},
        clean_content_tags={"script", "style"},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(ALLOWED_SCHEMES),
        url_relative="pass_through",
    )
    return _PROTECTED.sub(_restore, cleaned)


_TOKEN = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"
    r"|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
    r"|([^<&]+|[<&])"
)
_ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def _attributes(source: str) -> list[tuple[str, str | None]]:
    attributes: list[tuple[str, str | None]] = []
    for match in _ATTRIBUTE.finditer(source):
        name, double, single, bare = match.groups()
        value = next((v for v in (double, single, bare) if v is not None), None)
        attributes.append((name.lower(), html.unescape(value) if value is not None else None))
    return attributes


_COLLAPSIBLE_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_SKIPPED_CONTENT_TAGS = frozenset({"script", "style", "template", "head", "title", "noscript"})
_HEADING_KINDS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
_BOLD_TAGS = frozenset({"strong", "b"})
_ITALIC_TAGS = frozenset({"em", "i"})
_STRIKE_TAGS = frozenset({"del", "s", "strike"})
_OTHER_BLOCK_TAGS = frozenset(
    {
        "div", "hr", "table", "tr", "td", "th", "dl", "dt", "dd", "section", "article",
        "header", "footer", "aside", "nav", "main", "figure", "figcaption", "address",
    }
)  # fmt: skip


# A piece of inline content while a block is being read: literal text (collapsible
# whitespace), preserved text (character references) or a hard break.
_LITERAL, _PRESERVED, _BREAK = 0, 1, 2
_Piece = tuple[int, str, Span]


def _collapse_whitespace(pieces: list[_Piece]) -> list[Span]:
    """Apply the browser's whitespace rules to a block's pieces and return its spans."""
    spans: list[Span] = []
    pending_space: Span | None = None  # a collapsible space, kept if text follows
    at_line_start = True
    for kind, text, style in pieces:
        if kind == _BREAK:
            pending_space = None
            spans.append(Span(HARD_BREAK))
            at_line_start = True
            continue
        if kind == _LITERAL:
            text = _COLLAPSIBLE_WHITESPACE.sub(" ", text)
            if text[:1] == " ":
                if not at_line_start and pending_space is None:
                    pending_space = _styled(" ", style)
                text = text[1:]
            if not text:
                continue
            trailing = text[-1] == " "
            if trailing:
                text = text[:-1]
        else:
            trailing = False
        if pending_space is not None:
            spans.append(pending_space)
            pending_space = None
        spans.append(_styled(text, style))
        at_line_start = False
        if trailing:
            pending_space = _styled(" ", style)
    return merge_spans(spans)


def _styled(text: str, style: Span) -> Span:
    return style.with_text(text)


@dataclass(slots=True)
class _Item:
    """An open <li>: whether its first block is out, whether that is a paragraph."""

    written: bool = False
    loose: bool = False


class BlockReader:
    """Reads nh3-serialized HTML into blocks (html_to_blocks sanitizes first).

    Subclasses (the paste reader) may call the `_open_*` / `_close_*` hooks to feed
    structure they recognise in other ways (styles, Word's list paragraphs).
    """

    keeps_loose_items = True
    """Whether `<li><p>` makes a loose item (pasted pages use it for layout only)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._pieces: list[_Piece] = []
        self._kind = BlockKind.PARAGRAPH
        self._quote_level = 0
        self._lists: list[ListLevel] = []
        self._next_list_id = 1
        self._items: list[_Item] = []  # the open <li>s, innermost last
        self._bold = self._italic = self._strike = 0
        self._links: list[tuple[str, str | None] | None] = []  # open <a>s: (href, title)
        self._skip_depth = 0
        self._pre_depth = 0

    # -- public API -------------------------------------------------------------------
    def read(self, fragment: str) -> list[Block]:
        """Read a whole canonical (nh3-serialized) fragment and return its blocks."""
        for match in _TOKEN.finditer(fragment):
            end, tag, attributes, reference, text = match.groups()
            if text is not None:
                self.handle_data(text)
            elif reference is not None:
                if reference[0] == "#":
                    self.handle_charref(reference[1:])
                else:
                    self.handle_entityref(reference)
            elif end:
                self.handle_endtag(tag.lower())
            elif attributes.endswith("/"):
                self.handle_startendtag(tag.lower(), _attributes(attributes[:-1]))
            else:
                self.handle_starttag(tag.lower(), _attributes(attributes))
        self._flush()
        return self.blocks

    # -- current inline style ---------------------------------------------------------
    def _style(self) -> Span:
        link = next((link for link in reversed(self._links) if link is not None), None)
        href, title = link if link is not None else (None, None)
        return Span("", self._bold > 0, self._italic > 0, self._strike > 0, href, title)

    def _add_text(self, kind: int, text: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth and kind == _LITERAL:
            kind = _PRESERVED
            lines = text.split("\n")
            for number, line in enumerate(lines):
                if number:
                    self._pieces.append((_BREAK, HARD_BREAK, self._style()))
                if line:
                    self._pieces.append((kind, line, self._style()))
            return
        self._pieces.append((kind, text, self._style()))

    def _trim_breaks(self) -> None:
        """Drop hard breaks (and collapsible space) at the start and end of the block."""

        def removable(piece: _Piece) -> bool:
            kind, text, _style = piece
            return kind == _BREAK or (kind == _LITERAL and not text.strip(" \t\n\r\f"))

        pieces = self._pieces
        while pieces and removable(pieces[-1]):
            pieces.pop()
        start = 0
        while start < len(pieces) and removable(pieces[start]):
            start += 1
        del pieces[:start]

    def _visible_text(self) -> str:
        """The block's text so far without hard breaks and any kind of outer whitespace."""
        return "".join(text for kind, text, _style in self._pieces if kind != _BREAK).strip()

    def _has_content(self) -> bool:
        return any(
            kind != _LITERAL or text.strip(" \t\n\r\f") for kind, text, _style in self._pieces
        )

    def _current_item(self) -> _Item | None:
        return self._items[-1] if self._items and self._lists else None

    def _flush(self) -> None:
        spans = _collapse_whitespace(self._pieces) if self._has_content() else []
        self._pieces = []
        if not spans:
            return
        item = self._current_item()
        if item is None:
            kind = BlockKind.PARAGRAPH if self._lists else self._kind
            self.blocks.append(Block(spans, kind, self._quote_level, tuple(self._lists)))
            return
        self._append_item_block(item, spans)

    def _append_item_block(self, item: _Item, spans: list[Span]) -> None:
        """The item's first block, or a further paragraph of it once that is out."""
        block = Block(spans, BlockKind.PARAGRAPH, self._quote_level, tuple(self._lists))
        if item.written:
            block.continuation = True
        else:
            block.loose = item.loose and self.keeps_loose_items
            item.written = True
        self.blocks.append(block)

    def _write_empty_item(self) -> None:
        """Before a nested list or at </li>: an item with no text yet is an empty item."""
        self._flush()
        item = self._current_item()
        if item is not None and not item.written:
            self._append_item_block(item, [])

    # -- structure hooks --------------------------------------------------------------
    def _open_list(self, ordered: bool, start: int = 1) -> None:
        self._write_empty_item()
        self._lists.append(ListLevel(ordered, start, self._next_list_id))
        self._next_list_id += 1

    def _close_list(self) -> None:
        self._flush()
        if self._lists:
            self._lists.pop()

    def _open_item(self) -> None:
        self._flush()
        self._items.append(_Item())

    def _start_flat_item(self) -> None:
        """A new item of the current lists, known without <li> (Word's list paragraphs)."""
        self._items = [_Item()]

    def _close_item(self) -> None:
        self._write_empty_item()
        if self._items:
            self._items.pop()

    def _open_paragraph(self) -> None:
        self._flush()
        item = self._current_item()
        if item is not None and not item.written:
            item.loose = True

    def _close_paragraph(self) -> None:
        self._flush()

    # -- token callbacks (named after html.parser's) --------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_CONTENT_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self._add_text(_BREAK, HARD_BREAK)
        elif tag in _BOLD_TAGS:
            self._bold += 1
        elif tag in _ITALIC_TAGS:
            self._italic += 1
        elif tag in _STRIKE_TAGS:
            self._strike += 1
        elif tag == "a":
            attributes = dict(attrs)
            href = attributes.get("href")
            self._links.append(None if href is None else (href, attributes.get("title") or None))
        elif tag in ("ul", "ol"):
            self._open_list(tag == "ol", _start_number(attrs))
        elif tag == "li":
            self._open_item()
        elif tag == "blockquote":
            self._flush()
            self._quote_level += 1
        elif tag == "p":
            self._open_paragraph()
        elif tag in _HEADING_KINDS:
            self._open_paragraph()
            if self._current_item() is None:
                self._kind = BlockKind(_HEADING_KINDS[tag])
        elif tag == "pre":
            self._flush()
            self._pre_depth += 1
        elif tag in _OTHER_BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add_text(_BREAK, HARD_BREAK)
        elif tag in _OTHER_BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_CONTENT_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BOLD_TAGS:
            self._bold = max(0, self._bold - 1)
        elif tag in _ITALIC_TAGS:
            self._italic = max(0, self._italic - 1)
        elif tag in _STRIKE_TAGS:
            self._strike = max(0, self._strike - 1)
        elif tag == "a":
            if self._links:
                self._links.pop()
        elif tag in ("ul", "ol"):
            self._close_list()
        elif tag == "li":
            self._close_item()
        elif tag == "blockquote":
            self._flush()
            self._quote_level = max(0, self._quote_level - 1)
        elif tag == "p" or tag in _HEADING_KINDS:
            self._close_paragraph()
            self._kind = BlockKind.PARAGRAPH
        elif tag == "pre":
            if self._pieces and self._pieces[-1][0] == _BREAK:
                self._pieces.pop()  # the newline that ends a code block
            self._flush()
            self._pre_depth = max(0, self._pre_depth - 1)
        elif tag in _OTHER_BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._add_text(_LITERAL, data)

    def handle_entityref(self, name: str) -> None:
        self._add_text(_PRESERVED, html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._add_text(_PRESERVED, html.unescape(f"&#{name};"))


def _start_number(attrs: list[tuple[str, str | None]]) -> int:
    value = dict(attrs).get("start") or "1"
    try:
        return int(value)
    except ValueError:
        return 1


def html_to_blocks(fragment: str) -> list[Block]:
    """Sanitize an HTML fragment and read it into the body's block model."""
    return BlockReader().read(sanitize_body_html(fragment))
