"""The house Markdown writer on the block model (no Qt): its conventions, and the
invariants on hypothesis-generated bodies: blocks -> Markdown -> Python-Markdown -> blocks
gives the same blocks, and writing what was read gives the same Markdown."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from editor.formats.body import (
    Block,
    BlockKind,
    ListLevel,
    Span,
    blocks_to_html,
    blocks_to_markdown,
    html_to_blocks,
    markdown_to_blocks,
    render_html,
)
from tests.gui.body.strategies import canonical, documents, looseness_kept

BULLET = ListLevel(False, 1, 1)
NUMBERED = ListLevel(True, 3, 2)


def _item(text: str, *lists: ListLevel, quote: int = 0) -> Block:
    return Block([Span(text)], BlockKind.PARAGRAPH, quote, lists)


@pytest.mark.parametrize(
    ("blocks", "markdown"),
    [
        ([Block([Span("Sub")], BlockKind.HEADING2), Block([Span("Text")])], "## Sub\n\nText"),
        ([Block([Span("a\nb")], BlockKind.HEADING3)], "### a<br>b"),
        (
            [Block([Span("plain "), Span("bold", bold=True), Span(" "), Span("it", italic=True)])],
            "plain **bold** *it*",
        ),
        ([Block([Span("gone", strike=True)])], "~~gone~~"),
        (
            [Block([Span("AP (dpa)", href="https://example.com/a b")])],
            "[AP (dpa)](<https://example.com/a b>)",
        ),
        (
            [_item("a", BULLET), _item("b", BULLET, NUMBERED), _item("c", BULLET)],
            "- a\n    3. b\n- c",
        ),
        ([_item("a", BULLET), _item("b", ListLevel(False, 1, 9))], "- a\n\n<!-- -->\n\n- b"),
        ([_item("a", BULLET), _item("b", NUMBERED)], "- a\n\n3. b"),
        (
            [Block([Span("q")], quote_level=1), _item("i", BULLET, quote=1)],
            "> q\n>\n> - i",
        ),
        ([Block([Span("")]), Block([Span("kept")])], "kept"),
    ],
)
def test_writer_conventions(blocks: list[Block], markdown: str) -> None:
    assert blocks_to_markdown(blocks) == markdown
    assert canonical(markdown_to_blocks(markdown)) == canonical(blocks)


def test_bold_in_bold_italic_overlap_stays_unambiguous() -> None:
    blocks = [
        Block(
            [
                Span("bold ", bold=True),
                Span("both", bold=True, italic=True),
                Span(" italic", italic=True),
            ]
        )
    ]
    markdown = blocks_to_markdown(blocks)
    assert canonical(markdown_to_blocks(markdown)) == canonical(blocks)


def test_list_numbers_continue_after_an_interruption_of_the_same_list() -> None:
    numbered = ListLevel(True, 1, 5)
    blocks = [_item("one", numbered), Block([Span("aside")]), _item("two", numbered)]
    assert blocks_to_markdown(blocks) == "1. one\n\naside\n\n2. two"


def test_item_deeper_than_possible_is_nested_one_level() -> None:
    blocks = [_item("a", BULLET), _item("c", BULLET, NUMBERED, ListLevel(False, 1, 3))]
    assert blocks_to_markdown(blocks) == "- a\n    - c"


@pytest.mark.parametrize(
    "spans",
    [
        [Span("]:", href="https://example.com/")],  # would be a reference definition
        [Span("\\!"), Span("x", href="https://example.com/")],  # would be an image
        [Span("!"), Span("x", href="https://example.com/")],
        [Span("&#0")],  # numeric references need no semicolon in Python-Markdown
        [Span("&#"), Span(" ", strike=True)],
        [Span("\\"), Span("0", strike=True)],
        [Span("a", bold=True), Span("b", italic=True)],  # "**a***b*" is ambiguous
        [Span(" lead", bold=True), Span("tail ", strike=True)],
    ],
)
def test_found_edge_cases(spans: list[Span]) -> None:
    blocks = [Block(spans)]
    markdown = blocks_to_markdown(blocks)
    assert canonical(markdown_to_blocks(markdown)) == canonical(blocks), render_html(markdown)


def test_sibling_list_then_shallower_item() -> None:
    blocks = [
        _item("a", BULLET),
        _item("b", BULLET, ListLevel(False, 1, 2)),
        _item("c", BULLET, ListLevel(False, 1, 3)),
        _item("d", BULLET),
    ]
    markdown = blocks_to_markdown(blocks)
    assert markdown == "- a\n    - b\n\n    <!-- -->\n\n    - c\n\n- d"
    assert canonical(markdown_to_blocks(markdown)) == canonical(blocks)


@settings(max_examples=300, deadline=None)
@given(documents())
def test_generated_bodies_survive_markdown(blocks: list[Block]) -> None:
    markdown = blocks_to_markdown(blocks)
    read_back = markdown_to_blocks(markdown)
    assert canonical(read_back) == canonical(blocks)
    assert looseness_kept(blocks, read_back)
    assert blocks_to_markdown(read_back) == markdown


@settings(max_examples=200, deadline=None)
@given(documents())
def test_generated_bodies_survive_clean_html(blocks: list[Block]) -> None:
    assert canonical(html_to_blocks(blocks_to_html(blocks))) == canonical(blocks)
