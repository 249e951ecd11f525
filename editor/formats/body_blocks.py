"""The one reader from HTML to the body's block model (editor.formats.body_model).

Rendered Markdown and sanitized pasted HTML are read into blocks here, so the editor's
loader, the plain-text conversion and the paste sanitizer agree on structure and on
whitespace.

Whitespace follows the browser's rules for literal whitespace (runs collapse to one space,
none at the start or end of a line), while whitespace written as a character reference
(`&#32;`, `&#9;`, `&nbsp;`) is kept exactly: that is how the writer protects a
journalist's significant spaces from Markdown.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from editor.formats.body_model import HARD_BREAK, Block, BlockKind, ListLevel, Span, merge_spans

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
    pending_space: Span | None = None
    at_line_start = True
    for kind, text, style in pieces:
        if kind == _BREAK:
            pending_space = None
            spans.append(_styled(HARD_BREAK, style))
            at_line_start = True
            continue
        if kind == _PRESERVED:
            if pending_space is not None:
                spans.append(pending_space)
                pending_space = None
            spans.append(_styled(text, style))
            at_line_start = False
            continue
        for part in _split_ws(text):
            if _COLLAPSIBLE_WHITESPACE.fullmatch(part):
                if not at_line_start and pending_space is None:
                    pending_space = _styled(" ", style)
            elif part:
                if pending_space is not None:
                    spans.append(pending_space)
                    pending_space = None
                spans.append(_styled(part, style))
                at_line_start = False
    return merge_spans(spans)


def _split_ws(text: str) -> list[str]:
    """Split text into alternating non-whitespace and collapsible-whitespace parts."""
    parts: list[str] = []
    position = 0
    for match in _COLLAPSIBLE_WHITESPACE.finditer(text):
        if match.start() > position:
            parts.append(text[position : match.start()])
        parts.append(match.group())
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return parts


def _styled(text: str, style: Span) -> Span:
    return Span(text, style.bold, style.italic, style.strike, style.href)


class BlockReader(HTMLParser):
    """Reads an HTML fragment (rendered Markdown or sanitized HTML) into blocks.

    Subclasses (the paste reader) may call the `_open_*` / `_close_*` hooks to feed
    structure they recognise in other ways (styles, Word's list paragraphs).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[Block] = []
        self._pieces: list[_Piece] = []
        self._kind = BlockKind.PARAGRAPH
        self._quote_level = 0
        self._lists: list[ListLevel] = []
        self._next_list_id = 1
        self._in_item = False  # inside an <li> whose first block is being read
        self._item_paragraph_closed = False  # a </p> inside that <li>: next text is a new line
        self._bold = self._italic = self._strike = 0
        self._hrefs: list[str | None] = []
        self._skip_depth = 0
        self._pre_depth = 0

    # -- public API -------------------------------------------------------------------
    def read(self, fragment: str) -> list[Block]:
        """Parse the whole fragment and return its blocks."""
        self.feed(fragment)
        self.close()
        self._flush()
        return self.blocks

    # -- current inline style ---------------------------------------------------------
    def _style(self) -> Span:
        href = next((h for h in reversed(self._hrefs) if h is not None), None)
        return Span("", self._bold > 0, self._italic > 0, self._strike > 0, href)

    def _add_text(self, kind: int, text: str) -> None:
        if self._skip_depth:
            return
        if self._item_paragraph_closed and self._in_item and text.strip(" \t\n\r\f"):
            self._item_paragraph_closed = False
            if self._has_content():
                self._pieces.append((_BREAK, HARD_BREAK, self._style()))
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

    def _has_content(self) -> bool:
        return any(
            kind != _LITERAL or text.strip(" \t\n\r\f") for kind, text, _style in self._pieces
        )

    def _flush(self) -> None:
        if self._has_content():
            spans = _collapse_whitespace(self._pieces)
            if spans:
                kind = BlockKind.PARAGRAPH if self._lists else self._kind
                self.blocks.append(Block(spans, kind, self._quote_level, tuple(self._lists)))
        self._pieces = []
        self._in_item = False
        self._item_paragraph_closed = False

    # -- structure hooks --------------------------------------------------------------
    def _open_list(self, ordered: bool, start: int = 1) -> None:
        self._flush()
        self._lists.append(ListLevel(ordered, start, self._next_list_id))
        self._next_list_id += 1

    def _close_list(self) -> None:
        self._flush()
        if self._lists:
            self._lists.pop()

    def _open_item(self) -> None:
        self._flush()
        self._in_item = True

    def _open_paragraph(self) -> None:
        if self._in_item:
            return
        self._flush()

    def _close_paragraph(self) -> None:
        if self._in_item:
            self._item_paragraph_closed = True
            return
        self._flush()

    # -- HTMLParser callbacks ---------------------------------------------------------
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
            self._hrefs.append(dict(attrs).get("href"))
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
            if not self._in_item:
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
            if self._hrefs:
                self._hrefs.pop()
        elif tag in ("ul", "ol"):
            self._close_list()
        elif tag == "li":
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self._quote_level = max(0, self._quote_level - 1)
        elif tag == "p" or tag in _HEADING_KINDS:
            self._close_paragraph()
            self._kind = BlockKind.PARAGRAPH
        elif tag == "pre":
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
    """Read an HTML fragment into the body's block model."""
    return BlockReader().read(fragment)
