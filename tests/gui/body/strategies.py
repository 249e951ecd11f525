"""Hypothesis strategies for body documents in the block model (Qt-free).

`documents()` draws well-formed bodies: paragraphs and H2/H3 subheads, lists nested at
most three deep (each level bullet or numbered with any start number, huge ones too,
sibling lists of the same or the other type, loose lists, empty items, items holding only
a nested list, items with further paragraphs), block quotes up to two levels holding any
of these, and spans with every combination of bold, italic, strikethrough and links (to
awkward, relative and fragment URLs, with and without titles), over text full of Markdown
punctuation, significant whitespace, hard breaks, non-Latin scripts, Unicode line and
paragraph separators, noncharacters and U+FFFC.
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
    *("\u2028", "\u2029", "\ufdd0", "\ufdd1", "\ufdef", "\ufffc", "\uffff", "a\u2028b"),
]
TEXT_CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc", "Co"),
    # U+FEFF loads as U+2060 WORD JOINER (see html_loading.load_markdown).
    blacklist_characters="\ufeff",
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
            "/politik/haushalt",
            "#abschnitt",
            "www.example.org",
            "tel:+49301234567",
            "ftp://example.org/datei.pdf",
            "copydesk:article/0193a7c2-7f1e",
            "../archiv/2024?seite=2#oben",
        ]
    ),
    st.text(st.sampled_from("abcxyz09/_-.~()[]*&=?#%+ü"), max_size=12).map(
        lambda path: "https://example.com/" + path
    ),
)
TITLES = st.one_of(
    st.none(),
    st.sampled_from(["Statistisches Bundesamt", 'Das "Amt"', "a & b <c>", "C:\\Temp `x` *y*"]),
    st.lists(TEXT_PIECES, min_size=1, max_size=4).map("".join),
)
LIST_STARTS = st.one_of(st.integers(0, 30), st.sampled_from([2**31 - 1, 2**31, 2**40, 10**20]))


def span_texts(max_pieces: int = 6) -> st.SearchStrategy[str]:
    """Non-empty literal text for one span."""
    return st.lists(TEXT_PIECES, min_size=1, max_size=max_pieces).map("".join)


@st.composite
def spans(draw: st.DrawFn, *, heading: bool = False) -> list[Span]:
    """1-4 formatted spans (no bold in subheads: they are bold by their style)."""
    drawn: list[Span] = []
    for _ in range(draw(st.integers(1, 4))):
        href = draw(st.one_of(st.none(), st.none(), URLS))
        drawn.append(
            Span(
                draw(span_texts()),
                bold=not heading and draw(st.booleans()),
                italic=draw(st.booleans()),
                strike=draw(st.booleans()),
                href=href,
                title=draw(TITLES) if href is not None else None,
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
        loose: dict[int, bool] = {}
        for _item in range(draw(st.integers(1, 6))):
            depth = draw(st.integers(1, min(3, len(path) + 1)))
            sibling = depth <= len(path) and draw(st.integers(0, 4)) == 0
            path = path[: depth - 1] if sibling else path[:depth]
            if len(path) < depth:
                ordered = draw(st.booleans())
                start = draw(LIST_STARTS) if ordered else 1
                path.append(ListLevel(ordered, start, next(ids)))
                loose[path[-1].list_id] = draw(st.integers(0, 3)) == 0
            list_is_loose = loose[path[-1].list_id]
            empty = not list_is_loose and draw(st.integers(0, 6)) == 0
            item_spans = [] if empty else draw(spans())
            lists = tuple(path)
            blocks.append(Block(item_spans, BlockKind.PARAGRAPH, quote_level, lists, list_is_loose))
            if list_is_loose and draw(st.integers(0, 3)) == 0:
                blocks.append(
                    Block(draw(spans()), BlockKind.PARAGRAPH, quote_level, lists, False, True)
                )
    return _expressible_looseness(blocks)


def _expressible_looseness(blocks: list[Block]) -> list[Block]:
    """The items of a list with one item made tight: Markdown makes an item loose with a
    blank line to a sibling or a further paragraph, so a lone loose item without one
    cannot be written."""
    items: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.is_item:
            items.setdefault(block.lists[-1].list_id, []).append(index)
    for indices in items.values():
        index = indices[0]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if len(indices) == 1 and not (following is not None and following.continuation):
            blocks[index] = replace(blocks[index], loose=False)
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
    that the writer drops from whitespace dropped, for comparing. Looseness is left out:
    Markdown needs blank lines in some places (between sibling lists, after a further
    paragraph) that make items loose; `looseness_kept` checks that none is lost."""
    ids: dict[int, int] = {}
    result: list[Block] = []
    for block in blocks:
        if not block.text and not block.is_item:
            continue
        lists = tuple(
            ListLevel(level.ordered, level.start, ids.setdefault(level.list_id, len(ids) + 1))
            for level in block.lists
        )
        kind = BlockKind.PARAGRAPH if lists else block.kind
        spans = _without_whitespace_formatting(merge_spans(block.spans))
        result.append(Block(spans, kind, block.quote_level, lists, False, block.continuation))
    return result


def looseness_kept(original: list[Block], read_back: list[Block]) -> bool:
    """True when every loose item of `original` with text (an empty one shows no <p>) is
    loose in `read_back` (both canonical apart from looseness)."""
    kept = [block for block in original if block.text or block.is_item]
    return len(kept) == len(read_back) and all(
        back.loose or not (block.loose and block.text)
        for block, back in zip(kept, read_back, strict=True)
    )
