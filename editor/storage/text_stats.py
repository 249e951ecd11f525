"""Word and character counts stored with each article, computed from its Markdown source.

Storage may not import editor.formats, so the Markdown punctuation that is not text
(emphasis marks, heading, list and quote markers, rule lines, link targets, backslash
escapes) is removed by a few fast passes before counting; the counting itself is the
domain's (`editor.domain.metrics`), so stored counts equal `measure_text` on the stripped
text. Bulk import strips and counts millions of words, so every pass runs at C speed and
is skipped when the characters it looks for are absent: line-anchored patterns start with
a literal newline (the regex engine then jumps from newline to newline) instead of `^`.
"""

from __future__ import annotations

import re

from editor.domain.metrics import count_chars, count_words

__all__ = ["article_counts", "count_chars", "count_words", "strip_markdown"]

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
# At a line start (the text is searched with a newline put in front of it): a whole rule
# line, else one block marker (heading, quote, bullet or number).
_LINE_START_MARKUP = re.compile(
    r"\n(?:[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*(?=\n|\Z)"
    r"|[ \t]{0,3}(?:#{1,6}|>|[-+*]|\d{1,9}[.)])[ \t]+)"
)
_MARKUP_CHARS = ("*", "_", "~", "`", "[", "]")
_PROTECTED_BASE = 0xF0000  # escaped characters are parked in a private-use plane meanwhile
_PROTECTED = re.compile(f"[{chr(_PROTECTED_BASE + 0x21)}-{chr(_PROTECTED_BASE + 0x7E)}]")


def _protect(match: re.Match[str]) -> str:
    return chr(_PROTECTED_BASE + ord(match.group(1)))


def _unprotect(match: re.Match[str]) -> str:
    return chr(ord(match.group(0)) - _PROTECTED_BASE)


def strip_markdown(markdown: str) -> str:
    """Markdown source reduced to roughly the text a reader sees (for counting only)."""
    text = markdown
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(_protect, text)
    if "](" in text:
        text = _LINK_TARGET.sub("", text)
    text = _LINE_START_MARKUP.sub("\n", "\n" + text)[1:]
    for char in _MARKUP_CHARS:
        if char in text:
            text = text.replace(char, "")
    return _PROTECTED.sub(_unprotect, text) if escaped else text


def article_counts(teaser: str, body: str) -> tuple[int, int]:
    """(words, characters with spaces) over an article's teaser and body."""
    plain = strip_markdown(body)
    return count_words(teaser) + count_words(plain), count_chars(teaser) + count_chars(plain)
