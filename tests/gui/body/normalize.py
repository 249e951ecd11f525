"""An independent oracle for body fidelity: rendered body HTML -> a canonical structure.

Deliberately written apart from editor.formats.body_blocks (a tree, not a flat block
list) so that the fidelity tests do not grade the loader with its own reader.

What counts as the same document:
- block structure: paragraphs, h2/h3, blockquote, ul, ol (with its start number), li with
  its text and nested lists; an item whose text is in <p>s is loose (a browser spaces it
  as paragraphs), each <p> one of its paragraphs in order with its nested lists; empty
  items count; comments and empty paragraphs are nothing;
- inline: the text as runs of (text, marks) where marks are strong/em/del, the link
  target and the link title, plus hard breaks; <b>, <i>, <s> count as strong, em, del;
  subheads are bold by their style, so strong inside h2/h3 is no mark; h1 counts as h2
  and h4-h6 as h3 (the editor has two subhead levels);
- whitespace: literal whitespace follows the browser (runs collapse to one space, none at
  the edges of a line); whitespace written as a character reference is significant;
- bold and italic on whitespace are no marks (they look the same as plain whitespace, and
  the writer moves whitespace at a run's edge out of the markers), nor is strikethrough on
  whitespace at the edge of a struck run (the writer moves that out too).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

Inline = tuple[tuple[str, frozenset[str]], ...]
Node = tuple[object, ...]

_MARK_TAGS = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "del": "del", "s": "del"}
_CONTAINERS = {"blockquote", "ul", "ol", "li"}
_TEXT_BLOCKS = {"p", "h2", "h3"}
_HEADING_TAGS = {"h1": "h2", "h4": "h3", "h5": "h3", "h6": "h3"}  # the editor's two levels
_LITERAL_WS = re.compile(r"[ \t\n\r\f]+")
BREAK = "\x00br\x00"  # a hard break; no text contains NUL


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Element | tuple[str, bool]] = []  # (text, literal?)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.root = _Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = _HEADING_TAGS.get(tag, tag)
        element = _Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag != "br":
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        tag = _HEADING_TAGS.get(tag, tag)
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append((data, True))

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append((html.unescape(f"&{name};"), False))

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append((html.unescape(f"&#{name};"), False))


def _inline(element: _Element, in_heading: bool) -> Inline:
    pieces: list[tuple[str, bool, frozenset[str]]] = []

    def walk(node: _Element, marks: frozenset[str]) -> None:
        for child in node.children:
            if isinstance(child, tuple):
                pieces.append((child[0], child[1], marks))
            elif child.tag == "br":
                pieces.append((BREAK, False, frozenset()))
            elif child.tag in _CONTAINERS:
                continue  # nested lists belong to the structure
            else:
                added = marks
                mark = _MARK_TAGS.get(child.tag)
                if mark and not (in_heading and mark == "strong"):
                    added = added | {mark}
                if child.tag == "a" and child.attrs.get("href") is not None:
                    added = added | {"href=" + str(child.attrs["href"])}
                    if child.attrs.get("title"):
                        added = added | {"title=" + str(child.attrs["title"])}
                walk(child, added)

    walk(element, frozenset())
    return _collapse(pieces)


def _collapse(pieces: list[tuple[str, bool, frozenset[str]]]) -> Inline:
    chars: list[tuple[str, frozenset[str], bool]] = []  # char, marks, collapsible?
    for text, literal, marks in pieces:
        if text == BREAK and not literal:
            while chars and chars[-1][2]:
                chars.pop()
            chars.append((BREAK, marks, False))
            continue
        if not literal:
            chars.extend((ch, marks, False) for ch in text)
            continue
        for part in re.split(r"([ \t\n\r\f]+)", text):
            if not part:
                continue
            if _LITERAL_WS.fullmatch(part):
                previous = chars[-1] if chars else None
                if previous is None or previous[0] == BREAK or previous[2]:
                    continue
                chars.append((" ", marks, True))
            else:
                chars.extend((ch, marks, False) for ch in part)
    while chars and chars[-1][2]:
        chars.pop()
    chars = _without_whitespace_marks(chars)
    runs: list[tuple[str, frozenset[str]]] = []
    for ch, marks, _collapsible in chars:
        if runs and runs[-1][1] == marks and ch != BREAK and runs[-1][0] != BREAK:
            runs[-1] = (runs[-1][0] + ch, marks)
        else:
            runs.append((ch, marks))
    return tuple(runs)


_Char = tuple[str, frozenset[str], bool]
_INVISIBLE_ON_WHITESPACE = frozenset({"strong", "em"})


def _is_whitespace(ch: str) -> bool:
    return ch != BREAK and ch.isspace()


def _without_whitespace_marks(chars: list[_Char]) -> list[_Char]:
    """strong/em dropped from all whitespace, del from whitespace at a del run's edges."""
    result = [
        (ch, marks - _INVISIBLE_ON_WHITESPACE if _is_whitespace(ch) else marks, collapsible)
        for ch, marks, collapsible in chars
    ]
    start = 0
    while start < len(result):
        if "del" not in result[start][1]:
            start += 1
            continue
        end = start
        while end < len(result) and "del" in result[end][1]:
            end += 1
        first, last = start, end
        while first < last and _is_whitespace(result[first][0]):
            first += 1
        while last > first and _is_whitespace(result[last - 1][0]):
            last -= 1
        for index in [*range(start, first), *range(last, end)]:
            ch, marks, collapsible = result[index]
            result[index] = (ch, marks - {"del"}, collapsible)
        start = end
    return result


def _blocks(element: _Element) -> list[Node]:
    nodes: list[Node] = []
    loose_text: list[_Element | tuple[str, bool]] = []

    def flush_loose() -> None:
        if loose_text:
            holder = _Element("p", {})
            holder.children = list(loose_text)
            loose_text.clear()
            inline = _inline(holder, False)
            if inline:
                nodes.append(("p", inline))

    for child in element.children:
        if isinstance(child, tuple) or child.tag not in _CONTAINERS | _TEXT_BLOCKS:
            loose_text.append(child)
            continue
        flush_loose()
        if child.tag in _TEXT_BLOCKS:
            inline = _inline(child, child.tag != "p")
            if inline:
                nodes.append((child.tag, inline))
        elif child.tag == "li":
            nodes.append(_item(child))
        elif child.tag == "ol":
            nodes.append(("ol", int(child.attrs.get("start") or 1), tuple(_blocks(child))))
        else:
            nodes.append((child.tag, tuple(_blocks(child))))
    flush_loose()
    return nodes


def _item(element: _Element) -> Node:
    """An <li>: tight, its own text and nested lists; or loose, its paragraphs and nested
    lists in order."""
    if not any(isinstance(child, _Element) and child.tag == "p" for child in element.children):
        holder = _Element("li", {})
        nested: list[Node] = []
        for child in element.children:
            if isinstance(child, _Element) and child.tag in ("ul", "ol"):
                nested.extend(_blocks(_wrap(child)))
            else:
                holder.children.append(child)
        return ("li", _inline(holder, False), tuple(nested))
    parts: list[Node] = []
    for child in element.children:
        if isinstance(child, _Element) and child.tag in ("ul", "ol"):
            parts.extend(_blocks(_wrap(child)))
        elif isinstance(child, _Element) and child.tag == "p":
            parts.append(("p", _inline(child, False)))
    return ("loose-li", tuple(parts))


def _wrap(child: _Element) -> _Element:
    wrapper = _Element("wrapper", {})
    wrapper.children = [child]
    return wrapper


def normalize(fragment: str) -> tuple[Node, ...]:
    """The canonical structure of a rendered body (see the module docstring)."""
    builder = _TreeBuilder()
    builder.feed(fragment)
    builder.close()
    return tuple(_blocks(builder.root))
