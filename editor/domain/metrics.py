"""Text metrics newsrooms count by: words, characters with and without spaces, reading time.

One rule for every count Copydesk shows (status bar, article list, `show`, `list --json`):
an article counts its teaser plus the text its body shows, block by block
(`measure_article`); Markdown syntax, list markers and link targets are not text.

A word is what word processors count: a run of non-space characters that contains at least
one letter or digit. `Bitcoin-Firma`, `it's`, `3.` and `„Zitat“` are one word each; a lone
dash, bullet or emoji is not a word. Counting splits on whitespace at C speed and looks
closer only at the few tokens that do not start with a letter or digit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

WORDS_PER_MINUTE = 200
LINE_BREAKS = ("\r", "\n", "\u2028", "\u2029")


@dataclass(frozen=True)
class TextMetrics:
    """Counts for a piece of plain text."""

    words: int
    chars_with_spaces: int
    chars_without_spaces: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes to read at an average adult pace (at least 1 for any text)."""
        if self.words == 0:
            return 0
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))

    def __add__(self, other: TextMetrics) -> TextMetrics:
        return TextMetrics(
            self.words + other.words,
            self.chars_with_spaces + other.chars_with_spaces,
            self.chars_without_spaces + other.chars_without_spaces,
        )


def is_word(token: str) -> bool:
    """Whether a whitespace-free token is a word: it has a letter or digit (`str.isalnum`)."""
    return any(map(str.isalnum, token))


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain at least one letter or digit."""
    tokens = text.split()
    # Nearly every word starts with a letter or digit; only the rest needs a closer look.
    symbols = [token for token in tokens if not token[0].isalnum() and not is_word(token)]
    return len(tokens) - len(symbols)


def count_chars(text: str) -> int:
    """Characters including spaces; line breaks (`LINE_BREAKS`) are not characters."""
    return len(text) - sum(text.count(line_break) for line_break in LINE_BREAKS)


def measure_text(text: str) -> TextMetrics:
    """Count words and characters. Line breaks are not characters; other spaces are."""
    return TextMetrics(
        words=count_words(text),
        chars_with_spaces=count_chars(text),
        chars_without_spaces=len("".join(text.split())),  # line breaks are whitespace too
    )


def measure_article(teaser: str, body_text: str) -> TextMetrics:
    """An article's counts: its teaser plus its body's visible text (one line per block,
    no Markdown syntax, no list markers; how storage, the formats and the editor each
    get that text is theirs to say)."""
    return article_metrics_from(measure_text(teaser), [measure_text(body_text)])


def article_metrics_from(teaser: TextMetrics, body_lines: Iterable[TextMetrics]) -> TextMetrics:
    """`measure_article` from counts already taken: the teaser's and those of the body's
    lines (each by `measure_text`). Counts add up over lines, since a line break is
    neither a word nor a character, so an editor may keep each block's counts and
    recount only the block that changed."""
    return sum(body_lines, teaser)
