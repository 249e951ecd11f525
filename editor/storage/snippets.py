"""Search-result excerpts: the passage around the first match, matched words in brackets.

FTS5's own snippet() would have to be computed for every match before ranking picks the best
fifty, so excerpts are cut here instead, for the hits only. Matching follows the index's
rules: case and Latin diacritics are ignored (`koln` marks `Köln`) and query words match as
prefixes of words, except short ones (see `matches_as_prefix`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from editor.storage.text_stats import strip_markdown

MATCH_START = "["
MATCH_END = "]"
ELLIPSIS = "…"
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 160
MIN_PREFIX_LENGTH = 3  # the last word of a query (the one being typed)
MIN_INNER_PREFIX_LENGTH = 4  # the other words: `the`, `der`, `and` match whole words
_COMBINING = "[\u0300-\u036f]*"
_FOLDED_RANGE = range(0x20, 0x2500)  # Latin, Greek, Cyrillic and their accented forms


def fold(text: str) -> str:
    """Lower-case, compatibility-decomposed, without combining marks (`Ärzte` -> `arzte`)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def _fold_classes() -> dict[str, str]:
    """For each folded character, a regex class of every character that folds to it."""
    members: dict[str, set[str]] = defaultdict(set)
    for code in _FOLDED_RANGE:
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isalnum():
            members[folded].update((char, folded))
    return {
        base: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        for base, chars in members.items()
    }


def matches_as_prefix(term: str, last: bool) -> bool:
    """Whether a query word matches words that start with it (`Bundes` -> `Bundestag`).

    The last word may be half typed, so it is a prefix from three characters on; earlier
    words from four. Shorter words (`EU`, `5`, `the`, `der`) match whole words: as prefixes
    they would pull in a large part of the vocabulary and make searches slow.
    """
    return len(term) >= (MIN_PREFIX_LENGTH if last else MIN_INNER_PREFIX_LENGTH)


def _term_pattern(term: str, prefix: bool) -> str:
    classes = _fold_classes()
    folded = fold(term)
    body = "".join(classes.get(ch, re.escape(ch)) + _COMBINING for ch in folded)
    rest = r"[^\W_]*" if prefix else ""
    return rf"(?<![^\W_]){body}{rest}(?![^\W_])"


def match_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex finding any query term as the search index would (None without terms)."""
    if not terms:
        return None
    last = len(terms) - 1
    alternatives = (
        _term_pattern(term, matches_as_prefix(term, index == last))
        for index, term in enumerate(terms)
    )
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _cut(text: str, start: int, end: int) -> str:
    """`text[start:end]` widened or narrowed to whole words, ellipses where it was cut."""
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else 0
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 else len(text)
    excerpt = text[start:end].strip()
    return f"{ELLIPSIS if start > 0 else ''}{excerpt}{ELLIPSIS if end < len(text) else ''}"


def _flat(markdown: str) -> str:
    return " ".join(strip_markdown(markdown).split())


def make_snippet(pattern: re.Pattern[str] | None, fields: list[str]) -> str:
    """The excerpt around the first match in the first field that has one (fields are
    Markdown or plain text, most useful first); else the start of the first non-empty field."""
    if pattern is not None:
        for field in fields:
            found = pattern.search(field)
            if found is None:
                continue
            # Strip Markdown from a generous window only: long bodies stay cheap.
            window_start = max(0, found.start() - 2 * CONTEXT_BEFORE)
            window = field[window_start : found.end() + 2 * CONTEXT_AFTER]
            flat = _flat(window)
            found_flat = pattern.search(flat)
            if found_flat is None:
                continue
            excerpt = _cut(
                flat, found_flat.start() - CONTEXT_BEFORE, found_flat.end() + CONTEXT_AFTER
            )
            if window_start > 0 and not excerpt.startswith(ELLIPSIS):
                excerpt = ELLIPSIS + excerpt
            return pattern.sub(lambda m: f"{MATCH_START}{m.group(0)}{MATCH_END}", excerpt)
    for field in fields:
        flat = _flat(field[: 2 * (CONTEXT_BEFORE + CONTEXT_AFTER)])
        if flat:
            return _cut(flat, 0, CONTEXT_BEFORE + CONTEXT_AFTER)
    return ""
