"""Property test: every body Word can express survives export and import unchanged
(characters XML cannot hold become U+FFFD; invisible characters go, as from any
imported document)."""

from __future__ import annotations

from itertools import count

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.domain import Article
from editor.formats.body import (
    Block,
    BlockKind,
    ListLevel,
    Span,
    blocks_to_markdown,
    markdown_to_blocks,
)
from editor.formats.docx_export import article_to_docx, xml_text
from editor.formats.docx_import import read_docx
from editor.formats.foreign_document import body_markdown
from tests.gui.body.strategies import spans


def texts(*, heading: bool = False) -> st.SearchStrategy[list[Span]]:
    """Spans with visible text: a paragraph of spaces is layout in Word, not dropped text."""
    return spans(heading=heading).filter(lambda drawn: "".join(s.text for s in drawn).strip())


@st.composite
def word_bodies(draw: st.DrawFn) -> list[Block]:
    """Bodies in what Word holds: paragraphs (quoted or not), subheads, and lists nested
    up to three deep with bullets or numbers from any start; lists stand apart (Word
    has no two bullet lists side by side: it shows one)."""
    ids = count(1)
    blocks: list[Block] = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "quote", "h2", "h3", "list"]))
        if kind == "list":
            path: list[ListLevel] = []
            for _item in range(draw(st.integers(1, 5))):
                depth = draw(st.integers(1, min(3, len(path) + 1)))
                path = path[:depth]
                if len(path) < depth:
                    ordered = draw(st.booleans())
                    start = draw(st.integers(0, 30)) if ordered else 1
                    path.append(ListLevel(ordered, start, next(ids)))
                blocks.append(Block(draw(texts()), lists=tuple(path)))
            blocks.append(Block(draw(texts())))  # a paragraph ends the list
        elif kind in ("h2", "h3"):
            blocks.append(Block(draw(texts(heading=True)), BlockKind(kind)))
        else:
            blocks.append(Block(draw(texts()), quote_level=int(kind == "quote")))
    return blocks


@settings(max_examples=40, deadline=None)
@given(word_bodies())
def test_a_body_word_can_hold_comes_back_the_same(blocks: list[Block]) -> None:
    body = blocks_to_markdown(blocks)
    imported = read_docx(article_to_docx(Article(headline="Kopf", teaser="Vorspann", body=body)))
    # Import cleans every document's text (foreign_document.clean_text): soft hyphens,
    # zero width spaces and the like go, as they do from pasted or imported HTML.
    assert imported.body == body_markdown(markdown_to_blocks(xml_text(body)))
