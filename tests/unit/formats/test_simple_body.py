"""The fast path for plain bodies writes exactly the HTML the block model writes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.formats.body import blocks_to_html, markdown_to_blocks
from editor.formats.html_export import body_html
from editor.formats.simple_body import simple_body_html
from tests.bench.corpus import CorpusGenerator

WORDS = st.sampled_from(
    ["Köln", "der", "**Paris**", "**Rot Grün**", "x**y**z", "'a'", '"b"', "1.", "2)", "a.",
     "-", "+", "*", "#", "##", ">", "!", "(c)", "50%", "ü", "\u00ad", "\u00a0", "e\u0301",
     "<b>", "&amp;", "[l](x)", "`c`", "_i_", "~~s~~", "\\", "**", "***a***", "** a**"]
)  # fmt: skip
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
PREFIX = st.sampled_from(["", "", "## ", "### ", "#### ", " ", "- ", "1. ", "> "])
BODY = st.lists(st.tuples(PREFIX, PARAGRAPH).map("".join), min_size=1, max_size=5).map("\n\n".join)


def _full_path(body: str) -> str:
    return blocks_to_html(markdown_to_blocks(body))


@settings(max_examples=400, deadline=None)
@given(BODY)
def test_fast_path_is_the_full_path_or_declines(body: str) -> None:
    fast = simple_body_html(body)
    if fast is not None:
        assert fast == _full_path(body)


def test_the_benchmark_corpus_takes_the_fast_path_with_the_same_html() -> None:
    for article in CorpusGenerator(7).articles(60):
        fast = simple_body_html(article.body)
        assert fast is not None
        assert fast == _full_path(article.body)


def test_bodies_it_declines() -> None:
    for body in ("- Liste", "1. Liste", "> Zitat", "Zeile\nZeile", "a  b", "[l](x)", "a *b*"):
        assert simple_body_html(body) is None
    assert simple_body_html("## Titel\n\nText **fett**.") == (
        "<h2>Titel</h2><p>Text <strong>fett</strong>.</p>"
    )
    assert body_html("## Titel\n\nText **fett**.") == (
        "<h2>Titel</h2>\n<p>Text <strong>fett</strong>.</p>"
    )
