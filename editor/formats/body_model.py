"""The article body as a Qt-free block model, and its serialization as clean HTML.

A body is a flat list of `Block`s: a paragraph, H2 or H3 subhead, or list item, each with
its block-quote level, its list path (outermost list first) and its formatted `Span`s.
The editor's loader and writer, the plain-text conversion and the paste sanitizer all
speak this model.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

HARD_BREAK = "\n"
"""A hard line break inside a block's text (QTextDocument uses U+2028 instead)."""

MAX_LIST_DEPTH = 3
"""How deep lists nest in a body the editor shows: deeper items are lifted to this level."""


class BlockKind(StrEnum):
    """What a block is, apart from being in a list or a quote."""

    PARAGRAPH = "p"
    HEADING2 = "h2"
    HEADING3 = "h3"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one formatting; `text` may hold HARD_BREAK characters."""

    text: str
    bold: bool = False
    italic: bool = False
    strike: bool = False
    href: str | None = None
    title: str | None = None
    """The link's title (shown as a tooltip); only meaningful with `href`."""

    def same_format(self, other: Span) -> bool:
        """True when both spans carry exactly the same formatting."""
        return (self.bold, self.italic, self.strike, self.href, self.title) == (
            other.bold,
            other.italic,
            other.strike,
            other.href,
            other.title,
        )

    def with_text(self, text: str) -> Span:
        """The same formatting over other text."""
        return Span(text, self.bold, self.italic, self.strike, self.href, self.title)


@dataclass(frozen=True, slots=True)
class ListLevel:
    """One list a list item sits in; `list_id` tells separate lists apart."""

    ordered: bool
    start: int = 1
    list_id: int = 0


@dataclass(slots=True)
class Block:
    """One paragraph, subhead or list item (depth = len(lists), outermost list first).

    A list item may be empty (`- ` alone, or an item holding only a nested list: the
    nested items follow it). `loose` marks an item whose text is a paragraph (`<li><p>`,
    what blank lines between items make); `continuation` marks a further paragraph of
    the item before it at the same depth rather than a new item.
    """

    spans: list[Span] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    quote_level: int = 0
    lists: tuple[ListLevel, ...] = ()
    loose: bool = False
    continuation: bool = False

    @property
    def is_item(self) -> bool:
        """True for a list item (not a further paragraph of one)."""
        return bool(self.lists) and not self.continuation

    @property
    def text(self) -> str:
        """The block's plain text (hard breaks as HARD_BREAK)."""
        return "".join(span.text for span in self.spans)


def clamp_list_depth(blocks: Iterable[Block]) -> list[Block]:
    """The blocks with list items nested deeper than MAX_LIST_DEPTH made items of the
    deepest allowed level (same order, same text)."""
    return [
        dataclasses.replace(block, lists=block.lists[:MAX_LIST_DEPTH])
        if len(block.lists) > MAX_LIST_DEPTH
        else block
        for block in blocks
    ]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Canonical spans: no empty ones, hard breaks unformatted, equal neighbours joined."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if HARD_BREAK in span.text and (span.bold or span.italic or span.strike or span.href):
            for number, part in enumerate(span.text.split(HARD_BREAK)):
                if number:
                    _append(merged, Span(HARD_BREAK))
                if part:
                    _append(merged, span.with_text(part))
        else:
            _append(merged, span)
    return merged


def _append(merged: list[Span], span: Span) -> None:
    if merged and merged[-1].same_format(span):
        merged[-1] = merged[-1].with_text(merged[-1].text + span.text)
    else:
        merged.append(span)


# -- clean HTML ------------------------------------------------------------------------
_HTML_WHITESPACE = frozenset(" \t\n\r\f")


def split_lines(spans: list[Span]) -> list[list[Span]]:
    """The spans of each line of a block (split at hard breaks, which are dropped)."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        for number, part in enumerate(span.text.split(HARD_BREAK)):
            if number:
                lines.append([])
            if part:
                lines[-1].append(span.with_text(part))
    return lines


def _char_html(text: str, index: int) -> str:
    """text[index] escaped so that a reader with browser whitespace rules keeps it."""
    ch = text[index]
    if ch in _HTML_WHITESPACE and (
        ch != " " or index == 0 or index == len(text) - 1 or text[index - 1] in _HTML_WHITESPACE
    ):
        return f"&#{ord(ch)};"
    if ch == "\u00a0":
        return "&nbsp;"
    return html.escape(ch, quote=False)


def _line_html(line: list[Span]) -> str:
    text = "".join(span.text for span in line)
    out: list[str] = []
    position = 0
    for span in line:
        end = position + len(span.text)
        inner = "".join(_char_html(text, index) for index in range(position, end))
        position = end
        if span.strike:
            inner = f"<s>{inner}</s>"
        if span.italic:
            inner = f"<em>{inner}</em>"
        if span.bold:
            inner = f"<strong>{inner}</strong>"
        if span.href is not None:
            title = "" if span.title is None else f' title="{html.escape(span.title)}"'
            inner = f'<a href="{html.escape(span.href)}"{title}>{inner}</a>'
        out.append(inner)
    return "".join(out)


class _HtmlWriter:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.quote_level = 0
        self.lists: list[tuple[ListLevel, bool]] = []  # open lists, whether an <li> is open
        self.numbers: dict[int, int] = {}

    def close_lists(self, depth: int) -> None:
        while len(self.lists) > depth:
            level, item_open = self.lists.pop()
            if item_open:
                self.out.append("</li>")
            self.out.append("</ol>" if level.ordered else "</ul>")

    def write(self, blocks: Iterable[Block]) -> str:
        for block in blocks:
            if not block.text and not block.is_item:
                continue
            if block.quote_level != self.quote_level:
                self.close_lists(0)
                while self.quote_level < block.quote_level:
                    self.out.append("<blockquote>")
                    self.quote_level += 1
                while self.quote_level > block.quote_level:
                    self.out.append("</blockquote>")
                    self.quote_level -= 1
            content = "<br>".join(_line_html(line) for line in split_lines(block.spans))
            if block.lists and block.continuation and len(self.lists) >= len(block.lists):
                self.close_lists(len(block.lists))
                self.out.append(f"<p>{content}</p>")
            elif block.lists:
                self.write_item(block.lists, f"<p>{content}</p>" if block.loose else content)
            else:
                self.close_lists(0)
                tag = block.kind.value
                self.out.append(f"<{tag}>{content}</{tag}>")
        self.close_lists(0)
        self.out.append("</blockquote>" * self.quote_level)
        return "".join(self.out)

    def write_item(self, path: tuple[ListLevel, ...], content: str) -> None:
        common = 0
        while (
            common < min(len(self.lists), len(path))
            and self.lists[common][0].list_id == path[common].list_id
        ):
            common += 1
        self.close_lists(common)
        if common == len(path) and self.lists:
            self.out.append("</li>")
        for level in path[common:]:
            number = self.numbers.get(level.list_id, level.start)
            start = f' start="{number}"' if level.ordered and number != 1 else ""
            self.out.append(f"<ol{start}>" if level.ordered else "<ul>")
            self.lists.append((level, False))
        level = path[-1]
        self.numbers[level.list_id] = self.numbers.get(level.list_id, level.start) + 1
        self.lists[-1] = (level, True)
        self.out.append("<li>" + content)


def blocks_to_html(blocks: Iterable[Block]) -> str:
    """The blocks as clean HTML using only p, h2, h3, ul, ol, li, blockquote, strong, em, s,
    a, br; whitespace an HTML reader would collapse is written as character references."""
    return _HtmlWriter().write(blocks)
