"""Inline Markdown for the house writer: escaping literal text and writing formatted spans.

Literal text is escaped with backslashes for Markdown punctuation, `&lt;` for `<`, `&amp;`
only where `&` would start an entity, and character references for whitespace Markdown
would otherwise eat (leading, trailing and repeated spaces, tabs). Bold `**x**`, italic
`*x*` and strikethrough `~~x~~` are used where Python-Markdown reads them back
unambiguously, otherwise the equivalent tags `<strong>`, `<em>`, `<s>`. Links are
`[text](url)`, or `[text](<url>)` when the URL has spaces, parentheses or quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.formats.body_model import Span, split_lines

# Characters Python-Markdown accepts after a backslash.
_ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!~")
_ALWAYS_BACKSLASHED = frozenset("`*_[]~")
# An "&" that Python-Markdown might read as (part of) a character reference; a bare "&"
# is kept only before other text, as in "AT&T".
_ENTITY_LIKE = re.compile(r"&(?:#|[a-zA-Z0-9]+;|$)")
_ORDERED_MARKER = re.compile(r"\d+\.(?=\s|$)")
_MARKDOWN_WHITESPACE = frozenset(" \t\r\x0c")
# Inside a line, only these characters can need more than copying (see _escape_position).
_MAY_NEED_ESCAPING = re.compile(r"[\\`*_\[\]~<&.:#\t\r\x0c\x02\x03]|(?<=\s) ")


def _charref(ch: str) -> str:
    """`ch` as a numeric character reference."""
    return f"&#{ord(ch)};"


def _escape_position(text: str, position: int, first: int, last: int, heading: bool) -> str:
    """Markdown source for text[position] in a line whose content spans first..last."""
    ch = text[position]
    if ch in "\x02\x03":
        return _charref(ch)  # Python-Markdown strips these from its input
    if ch.isspace():
        if position < first or position >= last:
            return _charref(ch)
        if ch == " ":
            return "&#32;" if text[position - 1].isspace() else " "
        return _charref(ch) if ch in _MARKDOWN_WHITESPACE else ch
    if position == first:
        following = text[position + 1 : position + 2]
        if ch in "#>":
            return "\\" + ch
        if ch in "+-" and (not following or following.isspace() or following == "-"):
            return "\\" + ch
        if ch == "=" and not text[first:last].strip("= "):
            return "&#61;"
    if ch == "\\":
        following = text[position + 1 : position + 2]
        return "\\\\" if not following or following in _ESCAPABLE else "\\"
    if ch in _ALWAYS_BACKSLASHED or (heading and ch == "#"):
        return "\\" + ch
    if ch == "<":
        return "&lt;"
    if ch == "&":
        return "&amp;" if _ENTITY_LIKE.match(text, position) else "&"
    if ch == ":" and position > 0 and text[position - 1] == "]":
        return "&#58;"  # "\\]:" could still end a reference definition's label
    if ch == "." and position > first and _is_ordered_marker_dot(text, first, position):
        return "\\."
    return ch


def _is_ordered_marker_dot(text: str, first: int, position: int) -> bool:
    match = _ORDERED_MARKER.match(text, first)
    return match is not None and match.end() - 1 == position


def escape_line(text: str, *, heading: bool = False) -> str:
    """Escape one whole line of literal text (no hard breaks) as Markdown source."""
    first, last = _content_bounds(text)
    return "".join(_escape_position(text, i, first, last, heading) for i in range(len(text)))


def _content_bounds(text: str) -> tuple[int, int]:
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    last = len(text)
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


# -- inline formatting -------------------------------------------------------------------
_Mark = tuple[str, str]  # ("link", href) | ("bold", "") | ("italic", "") | ("strike", "")
_MARK_ORDER = {"link": 0, "bold": 1, "italic": 2, "strike": 3}
_EMPHASIS = frozenset({"bold", "italic", "strike"})


def _marks(span: Span) -> list[_Mark]:
    marks: list[_Mark] = []
    if span.href is not None:
        marks.append(("link", span.href))
    if span.bold:
        marks.append(("bold", ""))
    if span.italic:
        marks.append(("italic", ""))
    if span.strike:
        marks.append(("strike", ""))
    return marks


@dataclass(slots=True)
class _Node:
    mark: _Mark | None
    start: int
    end: int = 0
    children: list[_Node | tuple[int, int]] = field(default_factory=list)

    def has_emphasis_inside(self) -> bool:
        for child in self.children:
            if isinstance(child, _Node):
                if child.mark is not None and child.mark[0] in _EMPHASIS:
                    return True
                if child.has_emphasis_inside():
                    return True
        return False

    def has_nodes_inside(self) -> bool:
        return any(isinstance(child, _Node) for child in self.children)


def _build_tree(spans: list[Span]) -> _Node:
    """Nest the spans' marks greedily: the mark that runs longest opens outermost."""
    mark_lists = [_marks(span) for span in spans]
    root = _Node(None, 0)
    stack = [root]
    position = 0
    for index, span in enumerate(spans):
        wanted = set(mark_lists[index])
        keep = 1
        while keep < len(stack) and stack[keep].mark in wanted:
            keep += 1
        while len(stack) > keep:
            stack.pop().end = position
        opened = {node.mark for node in stack[1:]}

        def extent(mark: _Mark, index: int = index) -> tuple[int, int]:
            length = 0
            for later in mark_lists[index:]:
                if mark not in later:
                    break
                length += 1
            return (-length, _MARK_ORDER[mark[0]])

        for mark in sorted(wanted - opened, key=extent):
            node = _Node(mark, position)
            stack[-1].children.append(node)
            stack.append(node)
        stack[-1].children.append((position, position + len(span.text)))
        position += len(span.text)
    while len(stack) > 1:
        stack.pop().end = position
    root.end = position
    return root


class _LineWriter:
    """Writes one line (spans without hard breaks) as Markdown inline source."""

    def __init__(self, spans: list[Span], heading: bool) -> None:
        self.text = "".join(span.text for span in spans)
        self.first, self.last = _content_bounds(self.text)
        self.heading = heading
        self.out: list[str] = []
        self.spans = spans

    def write(self) -> str:
        self._emit_children(_build_tree(self.spans))
        return "".join(self.out)

    def _last_char(self) -> str:
        for chunk in reversed(self.out):
            if chunk:
                return chunk[-1]
        return ""

    def _emit_children(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Node):
                self._emit_node(child)
            else:
                self._emit_text(*child)

    def _emit_text(self, start: int, end: int) -> None:
        """Escape text[start:end]; only characters that may need it are looked at."""
        text, first, last, heading = self.text, self.first, self.last, self.heading
        out = self.out
        position = start
        while position < end - 1 and position <= first:
            out.append(_escape_position(text, position, first, last, heading))
            position += 1
        stop = min(end - 1, last)
        if position < stop:
            pieces: list[str] = []
            for match in _MAY_NEED_ESCAPING.finditer(text, position, stop):
                index = match.start()
                pieces.append(text[position:index])
                pieces.append(_escape_position(text, index, first, last, heading))
                position = index + 1
            pieces.append(text[position:stop])
            out.append("".join(pieces))
            position = stop
        while position < end:
            escaped = _escape_position(text, position, first, last, heading)
            if position == end - 1 and escaped in ("\\", "&"):
                # right before markup: keep it from joining the markup
                escaped = "\\\\" if escaped == "\\" else "&amp;"
            out.append(escaped)
            position += 1

    def _emit_node(self, node: _Node) -> None:
        assert node.mark is not None
        kind, href = node.mark
        if kind == "link":
            if self.out and self.out[-1] == "!":  # a literal "!" must not make an image
                self.out[-1] = "\\!"
            self.out.append("[")
            self._emit_children(node)
            self.out.append("](" + link_destination(href) + ")")
            return
        inner = self.text[node.start : node.end]
        if kind == "strike":
            simple = (
                not node.has_nodes_inside()
                and inner[:1].isalnum()
                and inner[-1:].isalnum()
                and self._last_char() != "~"
            )
            opener, closer = ("~~", "~~") if simple else ("<s>", "</s>")
        else:
            simple = (
                not node.has_emphasis_inside()
                and not inner[:1].isspace()
                and not inner[-1:].isspace()
                and self._last_char() != "*"
            )
            delimiter = "**" if kind == "bold" else "*"
            tag = "strong" if kind == "bold" else "em"
            opener, closer = (delimiter, delimiter) if simple else (f"<{tag}>", f"</{tag}>")
        self.out.append(opener)
        self._emit_children(node)
        self.out.append(closer)


def link_destination(href: str) -> str:
    """A link destination Python-Markdown reads back as exactly `href`."""
    chars: list[str] = []
    for i, ch in enumerate(href):
        following = href[i + 1 : i + 2]
        if ch == "\\":
            chars.append("\\\\" if not following or following in _ESCAPABLE else "\\")
        elif ch == "&" and _ENTITY_LIKE.match(href, i):
            chars.append("&amp;")
        elif ch in "<>\n\r" or (ch.isspace() and (i == 0 or i == len(href) - 1)):
            chars.append("".join(f"%{byte:02X}" for byte in ch.encode("utf-8")))
        elif ch == "`":
            chars.append("\\`")  # code spans are parsed before links
        else:
            chars.append(ch)
    destination = "".join(chars)
    if not destination or any(ch.isspace() or ch in "()\"'" for ch in destination):
        return "<" + destination + ">"
    return destination


def inline_markdown(spans: list[Span], *, heading: bool = False) -> list[str]:
    """The Markdown source of a block's spans, one string per line (hard breaks split)."""
    return [_LineWriter(line, heading).write() for line in split_lines(spans)]
