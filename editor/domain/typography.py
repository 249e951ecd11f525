"""Smart typography while typing: curly quotes per article language, the apostrophe,
the en and em dash and the ellipsis.

Pure rules, no Qt. The editor calls :func:`replacement_after_typing` right after a
character was inserted, with the few characters before the cursor in the same
paragraph; the answer says how many of the last characters to replace and with what.
Only a bounded tail of the paragraph is ever looked at, so the cost per keystroke does
not grow with the document.

The rules, in the order a journalist meets them:

- ``"`` opens after a space, a bracket, a dash or an opening quote, and closes
  elsewhere; ``'`` likewise, except that it is an apostrophe inside a word (``it’s``).
- An opening single quote becomes an apostrophe where it stands for left-out letters:
  directly before a digit (``’90s``, ``Herbst ’89``) and before the common elisions of
  the language once the word is complete, i.e. followed by a space or punctuation other
  than a hyphen (``rock ’n’ roll``, ``’tis``, ``’em``; German ``’s``, ``’ne``; Dutch
  ``’t``, ``’s``). Other words stay quoted (``‚Haus‘``, ``‘n-word’``); a letter
  quoted on its own that is also an elision reads as the elision (``'n'`` -> ``’n’``).
- ``--`` becomes an en dash, and a third hyphen makes it an em dash (``---`` -> ``—``).
  ``...`` becomes an ellipsis. A run of hyphens or dots typed after one of those was
  undone (``---``, ``....``) stays as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

APOSTROPHE = "’"
EN_DASH = "–"
EM_DASH = "—"
ELLIPSIS = "…"

# How much of the paragraph before the cursor the rules may look at.
CONTEXT_LENGTH = 120

# Characters after which a quote opens rather than closes (besides whitespace and the
# start of the paragraph). A language's own opening quotes are added per language.
_OPENING_CONTEXT = set("([{<-/" + EN_DASH + EM_DASH + "\u2028")


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

# Words that start with an apostrophe for left-out letters, per language (lower case).
# Only whole words count, so a quoted word that merely begins like one stays quoted.
ELISIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"n", "em", "tis", "twas", "til", "cause", "cos", "bout", "nuff"}),
    "de": frozenset({"n", "s", "ne", "nen", "nem", "ner"}),
    "nl": frozenset({"n", "s", "t"}),
}

# Characters that continue a word rather than end it (``‘n-word’`` stays quoted).
_WORD_JOINERS = frozenset("-/")

# Characters the editor must report to the rules in every language; with a quote style,
# digits, letters and word ends can trigger a rule too (see :func:`is_trigger`).
TRIGGER_CHARACTERS = frozenset("\"'-.")


def base_language(language: str) -> str:
    """``"de-CH"`` / ``"de_AT"`` / ``"DE"`` -> ``"de"``."""
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


def quote_style(language: str) -> QuoteStyle | None:
    """The quote style for a language code, or None if quotes stay straight."""
    return QUOTE_STYLES.get(base_language(language))


def elisions(language: str) -> frozenset[str]:
    """The words a language writes with a leading apostrophe (lower case)."""
    return ELISIONS.get(base_language(language), frozenset())


def is_trigger(language: str, typed: str) -> bool:
    """Whether typing ``typed`` can lead to a replacement (cheap pre-check)."""
    if typed in TRIGGER_CHARACTERS:
        return True
    style = quote_style(language)
    if style is None:
        return False
    if typed.isdigit():
        # An opening single quote right before it was an apostrophe (’90s).
        return True
    if not typed.isalnum() and typed not in _WORD_JOINERS:
        # The end of a word: it may have been an elision (’tis).
        return bool(elisions(language))
    # A letter right after a closing single quote that should have been an apostrophe.
    return style.single_close != APOSTROPHE


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
    style = quote_style(language)
    result = None
    if style is not None and not typed.isalnum() and typed not in _WORD_JOINERS:
        result = _after_elision(language, before, typed, style)
    if result is None:
        result = _typed_rule(before, typed, style)
    return None if result is None else _difference(tail, result)


def _typed_rule(before: str, typed: str, style: QuoteStyle | None) -> str | None:
    """``before + typed`` with the rule for the typed character applied, or None."""
    if typed == "-":
        if before.endswith(EN_DASH):
            return before[:-1] + EM_DASH
        if before.endswith("-") and not before.endswith("--"):
            return before[:-1] + EN_DASH
        return None
    if typed == ".":
        if before.endswith("..") and not before.endswith("..."):
            return before[:-2] + ELLIPSIS
        return None
    if typed == '"':
        if style is None:
            return None
        return before + (style.double_open if _opens(before, style) else style.double_close)
    if typed == "'":
        mark = _single_quote(before, style)
        return None if mark is None else before + mark
    if style is None:
        return None
    if typed.isdigit():
        elided = _opening_single_quote_at_end(before, style)
        return None if elided is None else elided + APOSTROPHE + typed
    if typed.isalpha():
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


def _single_quote(before: str, style: QuoteStyle | None) -> str | None:
    """The mark a typed ``'`` becomes: opening or closing single quote or apostrophe."""
    if style is None:
        # No quote style: still give the apostrophe inside words.
        return APOSTROPHE if before and before[-1].isalnum() else None
    if _opens(before, style):
        return style.single_open
    if before[-1].isalnum() and not _inside_single_quote(before, style):
        return APOSTROPHE
    return style.single_close


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


def _apostrophe_fix(before: str, typed: str, style: QuoteStyle) -> str | None:
    """A letter typed right after ``letter + closing single quote``: that quote was an
    apostrophe inside a word (``‚Peter‘s`` -> ``‚Peter’s``)."""
    closing = style.single_close.strip()
    if closing == APOSTROPHE or len(before) < 2 or before[-1] != closing:
        return None
    if not before[-2].isalpha():
        return None
    return before[:-1] + APOSTROPHE + typed


def _opening_single_quote_at_end(text: str, style: QuoteStyle) -> str | None:
    """``text`` without its last character(s) when they are an opening single quote
    (one that opened: after a space, bracket, dash or the start), else None."""
    mark = style.single_open
    if not text.endswith(mark):
        return None
    rest = text[: -len(mark)]
    return rest if _opens(rest, style) else None


def _after_elision(language: str, before: str, typed: str, style: QuoteStyle) -> str | None:
    """``typed`` ends a word that was opened with a single quote and is one of the
    language's elisions: that quote is an apostrophe (``‘tis`` + space -> ``’tis``).
    The typed character then gets its own rule, as after any word."""
    words = elisions(language)
    if not words:
        return None
    start = len(before)
    while start > 0 and before[start - 1].isalpha():
        start -= 1
    word = before[start:]
    if not word or word.lower() not in words:
        return None
    rest = _opening_single_quote_at_end(before[:start], style)
    if rest is None:
        return None
    fixed = rest + APOSTROPHE + word
    after_typed = _typed_rule(fixed, typed, style)
    return fixed + typed if after_typed is None else after_typed


def _difference(tail: str, result: str) -> Replacement:
    """The replacement that turns ``tail`` into ``result`` (from their first difference)."""
    common = 0
    for old, new in zip(tail, result, strict=False):
        if old != new:
            break
        common += 1
    return Replacement(len(tail) - common, result[common:])
