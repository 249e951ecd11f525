"""Hypothesis strategies for body documents in the block model (Qt-free).

`documents()` draws well-formed bodies: paragraphs and H2/H3 subheads, lists nested at
most three deep (each level bullet or numbered with any start number, sibling lists of the
same or the other type), block quotes up to two levels holding any of these, and spans
with every combination of bold, italic, strikethrough and links to awkward URLs, over text
full of Markdown punctuation, significant whitespace, hard breaks and non-Latin scripts.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import count

from hypothesis import strategies as st

from editor.formats.body import HARD_BREAK, Block, BlockKind, ListLevel, Span, merge_spans

_SPECIALS = [
    *"\\`*_{}[]()#+-.!~<>&;=|:\"' \t\u00a0",
    *(HARD_BREAK, "1. ", "- ", "&amp;", "&#32;", "<b>", "---", "===", "    ", "**", "~~"),
    *("C:\\Temp", "ü", "ß", "„", "“", "م", "ש", "東", "🎉", "👩\u200d👧"),
]
TEXT_CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc", "Cn", "Co", "Zl", "Zp"),
    # U+FEFF loads as U+2060 WORD JOINER (see html_loading.load_markdown).
    blacklist_characters="\ufffc\ufdd0\ufdd1\ufeff",
)
TEXT_PIECES = st.one_of(TEXT_CHARACTERS, st.sampled_from(_SPECIALS))
URLS = st.one_of(
    st.sampled_from(
        [
            "https://example.com/",
            "https://example.com/a b",
            "https://example.com/wiki/Köln_(Stadt)",
            "https://example.com/?q=1&x=2",
            "https://example.com/?q=1&amp;x=2",
            "http://example.org/a_b*c~d`e",
            "http://example.org/path\\to",
            'https://example.com/"quoted"',
            "https://example.com/'single'",
            "mailto:desk@example.com",
            "https://example.com/[brackets]",
        ]
    ),
    st.text(st.sampled_from("abcxyz09/_-.~()[]*&=?#%+ü"), max_size=12).map(
        lambda path: "https://example.com/" + path
    ),
)


def span_texts(max_pieces: int = 6) -> st.SearchStrategy[str]:
    """Non-empty literal text for one span."""
    return st.lists(TEXT_PIECES, min_size=1, max_size=max_pieces).map("".join)


@st.composite
def spans(draw: st.DrawFn, *, heading: bool = False) -> list[Span]:
    """1-4 formatted spans (no bold in subheads: they are bold by their style)."""
    drawn: list[Span] = []
    for _ in range(draw(st.integers(1, 4))):
        drawn.append(
            Span(
                draw(span_texts()),
                bold=not heading and draw(st.booleans()),
                italic=draw(st.booleans()),
                strike=draw(st.booleans()),
                href=draw(st.one_of(st.none(), st.none(), URLS)),
            )
        )
    return merge_spans(drawn)


@st.composite
def documents(draw: st.DrawFn, max_segments: int = 6) -> list[Block]:
    """A well-formed body as blocks (see the module docstring)."""
    ids = count(1)
    blocks: list[Block] = []
    for _ in range(draw(st.integers(1, max_segments))):
        quote_level = draw(st.sampled_from([0, 0, 0, 1, 1, 2]))
        kind = draw(st.sampled_from(["p", "p", "h2", "h3", "list", "list"]))
        if kind != "list":
            block_kind = BlockKind(kind)
            heading = block_kind is not BlockKind.PARAGRAPH
            blocks.append(Block(draw(spans(heading=heading)), block_kind, quote_level))
            continue
        path: list[ListLevel] = []
        for _item in range(draw(st.integers(1, 6))):
            depth = draw(st.integers(1, min(3, len(path) + 1)))
            sibling = depth <= len(path) and draw(st.integers(0, 4)) == 0
            path = path[: depth - 1] if sibling else path[:depth]
            if len(path) < depth:
                ordered = draw(st.booleans())
                start = draw(st.integers(0, 30)) if ordered else 1
                path.append(ListLevel(ordered, start, next(ids)))
            blocks.append(Block(draw(spans()), BlockKind.PARAGRAPH, quote_level, tuple(path)))
    return blocks


def _without_whitespace_formatting(spans: list[Span]) -> list[Span]:
    """Bold and italic dropped from all whitespace, strikethrough from whitespace at the
    edges of a struck run (what the writer moves out of its markers)."""
    chars = [
        Span(ch, span.bold and not ch.isspace(), span.italic and not ch.isspace(), span.strike,
             span.href)
        for span in spans
        for ch in span.text
    ]  # fmt: skip
    start = 0
    while start < len(chars):
        end = start
        while end < len(chars) and chars[end].strike and chars[end].text != HARD_BREAK:
            end += 1
        first, last = start, end
        while first < last and chars[first].text.isspace():
            first += 1
        while last > first and chars[last - 1].text.isspace():
            last -= 1
        for index in [*range(start, first), *range(last, end)]:
            chars[index] = replace(chars[index], strike=False)
        start = max(end, start + 1)
    return merge_spans(chars)


def canonical(blocks: list[Block]) -> list[Block]:
    """Blocks with list ids renumbered by first appearance, spans merged and formatting
    that the writer drops from whitespace dropped, for comparing."""
    ids: dict[int, int] = {}
    result: list[Block] = []
    for block in blocks:
        if not block.text:
            continue
        lists = tuple(
            ListLevel(level.ordered, level.start, ids.setdefault(level.list_id, len(ids) + 1))
            for level in block.lists
        )
        kind = BlockKind.PARAGRAPH if lists else block.kind
        spans = _without_whitespace_formatting(merge_spans(block.spans))
        result.append(Block(spans, kind, block.quote_level, lists))
    return result
