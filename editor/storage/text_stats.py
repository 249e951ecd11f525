"""Word and character counts stored with each article, computed from its Markdown source.

Storage may not import editor.formats, so the Markdown punctuation that is not text
(emphasis marks, heading, list and quote markers, link targets, backslash escapes) is
removed by a few fast passes before counting. The counts follow the rules of the domain's
`measure_text` exactly (a property test checks that); they are computed here with C-speed
string operations because bulk import counts millions of words.
"""

from __future__ import annotations

import re

# The domain's word rule (editor.domain.metrics): a word starts and ends with a word
# character and may contain apostrophes, hyphens and dots inside.
_WORD = re.compile(r"\w(?:[\w'’\-.]*\w)?", re.UNICODE)
_LINE_BREAKS = ("\r", "\n", "\u2028", "\u2029")

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_BLOCK_MARKER = re.compile(r"^[ \t]{0,3}(?:#{1,6}|>|[-+*]|\d{1,9}[.)])[ \t]+", re.MULTILINE)
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
_MARKUP_CHARS = re.compile(r"[*_~`\[\]]+")
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
    text = _RULE_LINE.sub("", text)
    text = _BLOCK_MARKER.sub("", text)
    text = _MARKUP_CHARS.sub("", text)
    return _PROTECTED.sub(_unprotect, text) if escaped else text


def count_words(text: str) -> int:
    """Words by the domain's rule (equal to `measure_text(text).words`)."""
    return len(_WORD.findall(text))


def count_chars(text: str) -> int:
    """Characters including spaces, line breaks excluded (`measure_text(...).chars_with_spaces`)."""
    return len(text) - sum(text.count(line_break) for line_break in _LINE_BREAKS)


def article_counts(teaser: str, body: str) -> tuple[int, int]:
    """(words, characters with spaces) over an article's teaser and body."""
    text = f"{teaser}\n\n{strip_markdown(body)}" if teaser else strip_markdown(body)
    return count_words(text), count_chars(text)
