"""Word and character counts stored with each article, computed from its Markdown source.

The counting rule is the domain's (`editor.domain.metrics.measure_article`): the teaser
plus the text the body shows, block by block. Storage may not import editor.formats, so
`strip_markdown` reads that text out of the Markdown source itself, as Python-Markdown
and the editor would show it: quote, heading and list markers, rule lines, comments,
tags, link targets and emphasis marks go; backslash escapes and character references
become the characters they stand for; a line that continues a paragraph is joined with a
space, a hard break (`<br>`, two trailing spaces) with a line break; literal whitespace
collapses and is dropped at the edges of lines, as a browser does. It is exact for the
house dialect the writer produces (every Markdown character of a journalist's text
escaped), and close for Markdown written elsewhere.
"""

from __future__ import annotations

import html
import re

from editor.domain.metrics import count_chars, count_words

__all__ = ["article_counts", "count_chars", "count_words", "strip_markdown"]

# Python-Markdown's escapable characters (plus pymdownx.tilde's ~).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!~])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_PROTECTED_BASE = 0xF0000  # escaped characters are parked in a private-use plane meanwhile
_PROTECTED = re.compile(f"[{chr(_PROTECTED_BASE)}-{chr(_PROTECTED_BASE + 0xFFFD)}]")

_QUOTE_PREFIX = re.compile(r"[ \t]{0,3}>[ \t]?")
_BLOCK_START = re.compile(r"[ \t]*(#{1,6}|[-+*]|\d+[.)])(?:[ \t]+|$)")
_RULE = re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_COMMENT = re.compile(r"<!--.*?-->")
_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
_LINK_TARGET = re.compile(
    r"\]\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?[ \t]*\)"
)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:[ \t][^<>]*)?/?>")
# Emphasis marks: `*` and `_` runs except inside a word (snake_case) or standing alone
# between spaces (5 * 3), every `~~`, every backtick and square bracket.
_EMPHASIS = re.compile(r"(?<![^\W_])[*_]+|[*_]+(?![^\W_])|(?<=[^\W_])\*+(?=[^\W_])|~~|[`\[\]]")
_LITERAL_STAR = re.compile(r"(?<=\s)([*_]+)(?=\s)")
_STAR_PLACEHOLDER = "\x00"
# Runs of literal whitespace a browser shows as one space, replaced only where one of
# `_ODD_SPACES` occurs (most lines have single spaces only). Such checks use str's own
# search: a regular expression tries its pattern at every character, ten times slower.
_SPACES = re.compile(r"[ \t\r\f\v]+")
_ODD_SPACES = ("  ", "\t", "\r", "\f", "\v")
_INLINE_MARKUP = ("*", "_", "~", "`", "[", "]", "<")


class _Protector:
    """Backslash escapes and character references, parked as private-use characters so
    that no later pass reads them as Markdown or as whitespace."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def _park(self, value: str) -> str:
        self.values.append(value)
        return chr(_PROTECTED_BASE + len(self.values) - 1)

    def escape(self, match: re.Match[str]) -> str:
        return self._park(match.group(1))

    def entity(self, match: re.Match[str]) -> str:
        value = html.unescape(match.group())
        return match.group() if value == match.group() else self._park(value)

    def restore(self, match: re.Match[str]) -> str:
        index = ord(match.group()) - _PROTECTED_BASE
        return self.values[index] if index < len(self.values) else match.group()


class _LineReader:
    """Reads blocks' lines as a reader sees them. What a body lacks altogether (inline
    markup, runs of spaces: most prose) is not looked for line by line."""

    def __init__(self, text: str) -> None:
        self.markup = any(mark in text for mark in _INLINE_MARKUP)
        self.spaces = any(spaces in text for spaces in _ODD_SPACES)

    def line_text(self, line: str) -> str:
        """One line of a block (between hard breaks) as a reader sees it."""
        if self.markup and any(mark in line for mark in _INLINE_MARKUP):
            if "](" in line:
                line = _LINK_TARGET.sub("]", line)
            if "<" in line:
                line = _TAG.sub("", _AUTOLINK.sub(r"\1", line))
            line = _LITERAL_STAR.sub(lambda m: _STAR_PLACEHOLDER * len(m.group()), line)
            line = _EMPHASIS.sub("", line)
            line = line.replace(_STAR_PLACEHOLDER, "*")
        if self.spaces and any(spaces in line for spaces in _ODD_SPACES):
            line = _SPACES.sub(" ", line)
        return line.strip(" ")

    def block_text(self, lines: list[str]) -> str:
        """A block's source lines (markers removed) as its text; hard breaks are line
        breaks."""
        joined = lines[0]
        for line in lines[1:]:
            joined += ("\n" if joined.endswith("  ") else " ") + line
        if self.markup and "<" in joined:
            joined = _BREAK.sub("\n", joined)
        if "\n" not in joined:
            return self.line_text(joined)
        return "\n".join(self.line_text(part) for part in joined.split("\n"))


def strip_markdown(markdown: str) -> str:
    """The text a body's Markdown shows: one line per block (hard breaks are line breaks
    too), without Markdown syntax. Used for counting and for search snippets."""
    protector: _Protector | None = None
    text = markdown
    if "\\" in text or "&" in text:
        protector = _Protector()
        text = _ENTITY.sub(protector.entity, _ESCAPE.sub(protector.escape, text))
    if "<!--" in text:
        text = _COMMENT.sub("", text)
    reader = _LineReader(text)
    blocks: list[str] = []
    lines: list[str] = []
    for source_line in text.split("\n"):
        line = source_line
        while (quote := _QUOTE_PREFIX.match(line)) is not None:
            line = line[quote.end() :]
        if not line.strip() or _RULE.match(line):
            if lines:
                blocks.append(reader.block_text(lines))
                lines = []
            continue
        start = _BLOCK_START.match(line)
        if start is not None:
            if lines:
                blocks.append(reader.block_text(lines))
                lines = []
            line = line[start.end() :]
            if start.group(1).startswith("#"):  # a heading is one line
                blocks.append(reader.block_text([line.rstrip("# \t")]))
                continue
        lines.append(line.lstrip(" \t") if lines else line)
    if lines:
        blocks.append(reader.block_text(lines))
    plain = "\n".join(block for block in blocks if block)
    return _PROTECTED.sub(protector.restore, plain) if protector is not None else plain


def article_counts(teaser: str, body: str) -> tuple[int, int]:
    """(words, characters with spaces) over an article's teaser and body: the words and
    characters of `measure_article(teaser, strip_markdown(body))`, counted without the
    third figure it also gives (bulk import counts millions of words)."""
    plain = strip_markdown(body)
    return count_words(teaser) + count_words(plain), count_chars(teaser) + count_chars(plain)
