"""Search-result excerpts: the passage that best shows why an article matched, every
matched word in brackets.

FTS5's own snippet() would have to be computed for every match before ranking picks the best
fifty, so excerpts are cut here instead, for the hits only. Matching follows the index's
rules: case and Latin diacritics are ignored (`koln` marks `Köln`) and query words match as
prefixes of words, except short ones (see `matches_as_prefix`).

The excerpt comes from the field that matched (headline, teaser or body; the one holding
the most different query words, the teaser before the body before the headline on a tie),
from the passage holding the most different query words, and starts and ends at word
boundaries, with an ellipsis wherever the field was cut.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from editor.storage.text_stats import strip_markdown

MATCH_START = "["
MATCH_END = "]"
ELLIPSIS = "…"
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 160
MIN_PREFIX_LENGTH = 3  # the last word of a query (the one being typed)
MIN_INNER_PREFIX_LENGTH = 4  # the other words: `the`, `der`, `and` match whole words
MAX_MATCHES_LOOKED_AT = 200  # a word on every line of a long body: the first ones will do
TERM_GROUP = "term"  # match groups are named term0, term1, ... in query order
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
    """The regex for one term. The word-start check comes after the first character (no
    word character before it): starting with a character class, without the global
    case-insensitive flag, lets the regex engine skip ahead to candidate characters,
    several times faster on a long body than a look-behind tried at every position."""
    classes = _fold_classes()
    folded = fold(term)
    # The classes hold every case and accent of a character; only characters beyond them
    # need the (slow, when global) case-insensitive flag.
    chars = [classes.get(ch, f"(?i:{re.escape(ch)})") for ch in folded]
    rest = "".join(char + _COMBINING for char in chars[1:])
    tail = r"[^\W_]*" if prefix else ""
    return rf"{chars[0]}(?<![^\W_].){_COMBINING}{rest}{tail}(?![^\W_])"


def match_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex finding any query term as the search index would (None without terms)."""
    if not terms:
        return None
    last = len(terms) - 1
    alternatives = (
        f"(?P<{TERM_GROUP}{index}>{_term_pattern(term, matches_as_prefix(term, index == last))})"
        for index, term in enumerate(terms)
    )
    return re.compile("|".join(alternatives))


@dataclass(frozen=True)
class SnippetField:
    """A field an excerpt may come from; the body is Markdown, the others plain text."""

    text: str
    markdown: bool = False


def _terms_at(matches: list[re.Match[str]]) -> set[str | None]:
    return {match.lastgroup for match in matches}


def _best_passage(matches: list[re.Match[str]]) -> tuple[int, int, int]:
    """(different words, start, end) of the passage of at most CONTEXT_AFTER characters,
    starting at a match, that holds the most different query words (the first such)."""
    best = (0, matches[0].start(), matches[0].end())
    for index, first in enumerate(matches):
        terms: set[str | None] = set()
        end = first.end()
        # Matches never overlap, so their ends grow with their starts: stop at the first
        # one that reaches past the passage.
        for match in matches[index:]:
            if match.end() - first.start() > CONTEXT_AFTER:
                break
            terms.add(match.lastgroup)
            end = match.end()
        if len(terms) > best[0]:
            best = (len(terms), first.start(), end)
    return best


def _best_anchor(matches: list[re.Match[str]]) -> tuple[int, int]:
    """(start, end) of the passage `_best_passage` chooses."""
    _count, start, end = _best_passage(matches)
    return start, end


def _full_passage_start(found: list[re.Match[str]], term_count: int) -> int | None:
    """Where the first passage holding every query word starts, if the last match made
    one (None if not), given that no passage held them all before it came.

    Passages that end before the last match are unchanged by it, so a new full passage
    holds the last match; the earliest one reaching it holds the most matches. Checking
    that one passage costs a few matches, where `_best_passage` over every match found
    so far would cost all of them, at each match of a word that is everywhere (`the`)."""
    last = found[-1]
    if last.end() - last.start() > CONTEXT_AFTER:
        return None  # a word longer than a passage starts none
    first = len(found) - 1
    while first > 0 and last.end() - found[first - 1].start() <= CONTEXT_AFTER:
        first -= 1
    if len(_terms_at(found[first:])) == term_count:
        return found[first].start()
    return None


def _matches_needed(pattern: re.Pattern[str], text: str, term_count: int) -> list[re.Match[str]]:
    """The field's matches, read only as far as the choice of field and passage needs.

    Once a passage holds every query word, no later passage can beat it (the first one
    wins a tie); matches past its end cannot change it. So a one-word query reads one
    match, not a long body's every match."""
    found: list[re.Match[str]] = []
    seen: set[str | None] = set()
    best_start: int | None = None
    for match in islice(pattern.finditer(text), MAX_MATCHES_LOOKED_AT):
        if best_start is not None and match.end() - best_start > CONTEXT_AFTER:
            break
        found.append(match)
        seen.add(match.lastgroup)
        if best_start is None and len(seen) == term_count:
            best_start = _full_passage_start(found, term_count)
    return found


def _word_start(text: str, position: int) -> int:
    """The start of the word at `position` (0 when there is no space before it)."""
    if position <= 0:
        return 0
    space = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
    return space + 1 if space >= 0 else 0


def _word_end(text: str, position: int) -> int:
    """The end of the word at `position` (the text's end when no space follows)."""
    if position >= len(text):
        return len(text)
    ends = [found for found in (text.find(" ", position), text.find("\n", position)) if found >= 0]
    return min(ends) if ends else len(text)


def _flat(text: str, markdown: bool) -> str:
    return " ".join((strip_markdown(text) if markdown else text).split())


def _excerpt(pattern: re.Pattern[str], field: SnippetField, anchor: tuple[int, int]) -> str:
    """The passage around `anchor` (a span of the field's text), cut at whole words."""
    raw = field.text
    # Read the Markdown of a generous window only (long bodies stay cheap), cut at words.
    window_start = _word_start(raw, anchor[0] - 2 * CONTEXT_BEFORE)
    window_end = _word_end(raw, anchor[1] + 2 * CONTEXT_AFTER)
    flat = _flat(raw[window_start:window_end], field.markdown)
    found = list(islice(pattern.finditer(flat), MAX_MATCHES_LOOKED_AT))
    if not found:
        return ""
    first, last = _best_anchor(found)
    start = _word_start(flat, first - CONTEXT_BEFORE)
    end = _word_end(flat, max(last, first + CONTEXT_AFTER))
    cut_before = start > 0 or window_start > 0
    cut_after = end < len(flat) or window_end < len(raw)
    excerpt = flat[start:end].strip()
    return f"{ELLIPSIS if cut_before else ''}{excerpt}{ELLIPSIS if cut_after else ''}"


def make_snippet(pattern: re.Pattern[str] | None, fields: Sequence[SnippetField]) -> str:
    """The excerpt of the field holding the most different query words (the earlier field
    on a tie), around its passage with the most of them, every match in brackets; without
    a match, the opening of the first non-empty field."""
    if pattern is not None:
        term_count = len(pattern.groupindex)
        best: tuple[int, SnippetField, list[re.Match[str]]] | None = None
        for field in fields:
            matches = _matches_needed(pattern, field.text, term_count)
            if matches and (best is None or len(_terms_at(matches)) > best[0]):
                best = (len(_terms_at(matches)), field, matches)
            if best is not None and best[0] == term_count:
                break  # a later field can at most tie, and the earlier one wins a tie
        if best is not None:
            excerpt = _excerpt(pattern, best[1], _best_anchor(best[2]))
            if excerpt:
                return pattern.sub(lambda m: f"{MATCH_START}{m.group(0)}{MATCH_END}", excerpt)
    for field in fields:
        raw = field.text[: _word_end(field.text, 2 * (CONTEXT_BEFORE + CONTEXT_AFTER))]
        flat = _flat(raw, field.markdown)
        if flat:
            end = _word_end(flat, CONTEXT_BEFORE + CONTEXT_AFTER)
            cut = end < len(flat) or len(raw) < len(field.text)
            return flat[:end] + (ELLIPSIS if cut else "")
    return ""
