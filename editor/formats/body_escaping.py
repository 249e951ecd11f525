"""Escaping for the house Markdown writer: literal text and link targets as Markdown source.

Literal text is escaped with backslashes for Markdown punctuation, `&lt;` for `<`, `&amp;`
only where `&` would start an entity, and character references for whitespace Markdown
would otherwise eat (leading, trailing and repeated spaces, tabs). A link target is written
`url`, or `<url>` when it has spaces, parentheses or quotes; a link title goes between
double quotes with every character Python-Markdown would read in it as a reference.

`escape_char` is the one place that decides how a character is written; the inline writer
(body_inline) also asks `is_placeholder` whether what it wrote is one Python-Markdown
replaces before it looks for emphasis delimiters (a backslash escape or an entity).
"""

from __future__ import annotations

import re

# Characters Python-Markdown accepts after a backslash (ESCAPED_CHARS plus pymdownx.tilde's ~).
ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!~")
_ALWAYS_BACKSLASHED = frozenset("`*_[]~")
# An "&" that Python-Markdown might read as (part of) a character reference; a bare "&"
# is kept only before other text, as in "AT&T".
_ENTITY_LIKE = re.compile(r"&(?:#|[a-zA-Z0-9]+;|$)")
_ORDERED_MARKER = re.compile(r"\d+\.(?=\s|$)")
_MARKDOWN_WHITESPACE = frozenset(" \t\r\x0c")
# Inside a line, only these characters can need more than copying (see escape_char).
MAY_NEED_ESCAPING = re.compile(r"[\\`*_\[\]~<&.:#\t\r\x0c\x02\x03]|(?<=\s) ")


def charref(ch: str) -> str:
    """`ch` as a numeric character reference."""
    return f"&#{ord(ch)};"


def escape_char(text: str, position: int, first: int, last: int, heading: bool) -> str:
    """Markdown source for text[position] in a line whose content spans first..last."""
    ch = text[position]
    if ch in "\x02\x03":
        return charref(ch)  # Python-Markdown strips these from its input
    if ch.isspace():
        if position < first or position >= last:
            return charref(ch)
        if ch == " ":
            return "&#32;" if text[position - 1].isspace() else " "
        return charref(ch) if ch in _MARKDOWN_WHITESPACE else ch
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
        return "\\\\" if not following or following in ESCAPABLE else "\\"
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


def before_markup(escaped: str) -> str:
    """`escaped` (one character's source) made safe to stand right before markup: a lone
    backslash would escape the markup and a lone `&` could start an entity with it."""
    if escaped == "\\":
        return "\\\\"
    if escaped == "&":
        return "&amp;"
    return escaped


def is_placeholder(escaped: str) -> bool:
    """True when Python-Markdown replaces `escaped` (one character's source) by a
    placeholder before emphasis is read: a backslash escape or a character reference."""
    return len(escaped) > 1 and escaped[0] in "\\&"


def _is_ordered_marker_dot(text: str, first: int, position: int) -> bool:
    match = _ORDERED_MARKER.match(text, first)
    return match is not None and match.end() - 1 == position


def content_bounds(text: str) -> tuple[int, int]:
    """The start and end of `text` without the whitespace at its edges."""
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    last = len(text)
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def escape_line(text: str, *, heading: bool = False) -> str:
    """Escape one whole line of literal text (no hard breaks) as Markdown source."""
    first, last = content_bounds(text)
    return "".join(escape_char(text, i, first, last, heading) for i in range(len(text)))


def link_destination(href: str) -> str:
    """A link destination Python-Markdown reads back as exactly `href`."""
    chars: list[str] = []
    for i, ch in enumerate(href):
        following = href[i + 1 : i + 2]
        if ch == "\\":
            chars.append("\\\\" if not following or following in ESCAPABLE else "\\")
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


_TITLE_REFERENCES = {"&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;"}


def link_title(title: str) -> str:
    """A link title's source between double quotes that Python-Markdown reads back as
    exactly `title` (backslashes, backticks, quotes and controls as references)."""
    chars: list[str] = []
    first, last = content_bounds(title)
    for position, ch in enumerate(title):
        if position < first or position >= last:
            chars.append(charref(ch))  # Python-Markdown trims the title
        elif ch in _TITLE_REFERENCES:
            chars.append(_TITLE_REFERENCES[ch])
        elif ch in "\\`*_[]()" or (ch.isspace() and ch != " ") or ord(ch) < 32:
            chars.append(charref(ch))
        else:
            chars.append(ch)
    return "".join(chars)
