"""Text metrics newsrooms count by: words, characters with and without spaces, reading time."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_WORD = re.compile(r"\w(?:[\w'’\-.]*\w)?", re.UNICODE)
WORDS_PER_MINUTE = 200
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\n\u2028\u2029"))


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


def measure_text(text: str) -> TextMetrics:
    """Count words and characters. Line breaks are not characters; other spaces are."""
    flat = text.translate(_LINE_BREAKS)
    without_spaces = len("".join(flat.split()))
    return TextMetrics(
        words=len(_WORD.findall(text)),
        chars_with_spaces=len(flat),
        chars_without_spaces=without_spaces,
    )
