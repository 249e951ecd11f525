"""Smart typography while typing: curly quotes per article language, the apostrophe,
the en dash and the ellipsis.

Pure rules, no Qt. The editor calls :func:`replacement_after_typing` right after a
character was inserted, with the few characters before the cursor in the same
paragraph; the answer says how many of the last characters to replace and with what.
Only a bounded tail of the paragraph is ever looked at, so the cost per keystroke does
not grow with the document.
"""

from __future__ import annotations

from dataclasses import dataclass

APOSTROPHE = "’"
EN_DASH = "–"
ELLIPSIS = "…"

# How much of the paragraph before the cursor the rules may look at.
CONTEXT_LENGTH = 120

# Characters after which a quote opens rather than closes (besides whitespace and the
# start of the paragraph). A language's own opening quotes are added per language.
_OPENING_CONTEXT = set("([{<-/" + EN_DASH + "—" + "\u2028")


@dataclass(frozen=True)
class QuoteStyle:
    """The quotation marks a language uses."""

    double_open: str
    double_close: str
    single_open: str
    single_close: str


@dataclass(frozen=True)
class Replacement:
    """Replace the last ``length`` characters before the cursor with ``text``."""

    length: int
    text: str


QUOTE_STYLES: dict[str, QuoteStyle] = {
    "de": QuoteStyle("„", "“", "‚", "‘"),
    "en": QuoteStyle("“", "”", "‘", "’"),
    "nl": QuoteStyle("“", "”", "‘", "’"),
    "fr": QuoteStyle("«\u202f", "\u202f»", "‹\u202f", "\u202f›"),
    "es": QuoteStyle("«", "»", "“", "”"),
    "it": QuoteStyle("«", "»", "“", "”"),
    "pt": QuoteStyle("“", "”", "‘", "’"),
    "pl": QuoteStyle("„", "”", "‚", "’"),
    "cs": QuoteStyle("„", "“", "‚", "‘"),
    "da": QuoteStyle("»", "«", "›", "‹"),
    "sv": QuoteStyle("”", "”", "’", "’"),
}

# Characters the editor must report to the rules; anything else cannot trigger one.
TRIGGER_CHARACTERS = frozenset("\"'-.")


def base_language(language: str) -> str:
    """``"de-CH"`` / ``"de_AT"`` / ``"DE"`` -> ``"de"``."""
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


def quote_style(language: str) -> QuoteStyle | None:
    """The quote style for a language code, or None if quotes stay straight."""
    return QUOTE_STYLES.get(base_language(language))


def is_trigger(language: str, typed: str) -> bool:
    """Whether typing ``typed`` can lead to a replacement (cheap pre-check)."""
    if typed in TRIGGER_CHARACTERS:
        return True
    # A letter right after a closing single quote that should have been an apostrophe.
    style = quote_style(language)
    return style is not None and style.single_close != APOSTROPHE and typed.isalpha()


def replacement_after_typing(language: str, text_before_cursor: str) -> Replacement | None:
    """The replacement to make after the last character of ``text_before_cursor``
    was typed, or None.

    ``text_before_cursor`` is the paragraph's text up to the cursor (only the last
    :data:`CONTEXT_LENGTH` characters matter), ending with the character just typed.
    """
    if not text_before_cursor:
        return None
    tail = text_before_cursor[-CONTEXT_LENGTH:]
    typed = tail[-1]
    before = tail[:-1]
    if typed == "-":
        return Replacement(2, EN_DASH) if before.endswith("-") else None
    if typed == ".":
        return Replacement(3, ELLIPSIS) if before.endswith("..") else None
    style = quote_style(language)
    if typed == '"':
        if style is None:
            return None
        return Replacement(1, style.double_open if _opens(before, style) else style.double_close)
    if typed == "'":
        return _single_quote(before, style)
    if typed.isalpha() and style is not None:
        return _apostrophe_fix(before, typed, style)
    return None


def _opens(before: str, style: QuoteStyle) -> bool:
    """A quote typed after ``before`` opens (start, space, bracket, dash, opening quote)."""
    if not before:
        return True
    previous = before[-1]
    if previous.isspace() or previous in _OPENING_CONTEXT:
        return True
    return previous in (style.double_open.strip(), style.single_open.strip())


def _single_quote(before: str, style: QuoteStyle | None) -> Replacement | None:
    """``'`` -> opening single quote, closing single quote or apostrophe."""
    if style is None:
        # No quote style: still give the apostrophe inside words.
        if before and before[-1].isalnum():
            return Replacement(1, APOSTROPHE)
        return None
    if _opens(before, style):
        return Replacement(1, style.single_open)
    if before[-1].isalnum() and not _inside_single_quote(before, style):
        return Replacement(1, APOSTROPHE)
    return Replacement(1, style.single_close)


def _inside_single_quote(before: str, style: QuoteStyle) -> bool:
    """Whether an opening single quote in the recent text is still unclosed.

    Only matters where the closing single quote differs from the apostrophe (German
    ``‚Haus‘`` vs ``Peter’s``); elsewhere both are the same character.
    """
    if style.single_close == APOSTROPHE:
        return False
    opening = style.single_open.strip()
    closing = style.single_close.strip()
    last_open = before.rfind(opening)
    return last_open >= 0 and before.rfind(closing) < last_open


def _apostrophe_fix(before: str, typed: str, style: QuoteStyle) -> Replacement | None:
    """A letter typed right after ``letter + closing single quote``: that quote was an
    apostrophe inside a word (``‚Peter‘s`` -> ``‚Peter’s``)."""
    closing = style.single_close.strip()
    if closing == APOSTROPHE or len(before) < 2 or before[-1] != closing:
        return None
    if not before[-2].isalpha():
        return None
    return Replacement(2, APOSTROPHE + typed)


def apply_replacement(text_before_cursor: str, replacement: Replacement) -> str:
    """The text before the cursor after the replacement (for tests and previews)."""
    return text_before_cursor[: len(text_before_cursor) - replacement.length] + replacement.text
