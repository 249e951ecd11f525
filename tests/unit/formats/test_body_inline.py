"""The inline writer (editor.formats.body_inline): every combination of bold, italic,
strikethrough and links that Python-Markdown reads back is written as plain Markdown, and
raw HTML is left only for the listed last resorts, each shown to be beyond the parser."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.formats import body_inline
from editor.formats.body import (
    Block,
    Span,
    blocks_to_markdown,
    markdown_to_blocks,
    merge_spans,
    render_html,
)
from tests.gui.body.normalize import normalize
from tests.gui.body.strategies import canonical, spans

URL = "https://example.com/"
B = {"bold": True}
I = {"italic": True}  # noqa: E741 - reads as the formatting it is
S = {"strike": True}
BI = {"bold": True, "italic": True}
ALL = {"bold": True, "italic": True, "strike": True}


def _written(*line: Span) -> str:
    return blocks_to_markdown([Block(list(line))])


def _reads_back(markdown: str, *line: Span) -> bool:
    """The Markdown reads back as the spans (up to formatting on edge whitespace) and
    writing what was read gives the same Markdown."""
    read = markdown_to_blocks(markdown)
    return (
        canonical(read) == canonical([Block(list(line))]) and blocks_to_markdown(read) == markdown
    )


CLEAN_MARKDOWN = [
    ("bold-italic", [Span("a "), Span("both", **BI), Span(" b")], "a ***both*** b"),
    ("italic-in-bold", [Span("b ", **B), Span("bi", **BI), Span(" b", **B)], "**b *bi* b**"),
    ("bold-in-italic", [Span("i ", **I), Span("bi", **BI), Span(" i", **I)], "*i **bi** i*"),
    ("bold-then-italic", [Span("a", **B), Span("b", **I)], "**a**_b_"),
    ("italic-then-bold", [Span("a", **I), Span("b", **B)], "_a_**b**"),
    ("bold-starts-italic", [Span("bi", **BI), Span(" i", **I)], "_**bi** i_"),
    ("bold-strike", [Span("sb", bold=True, strike=True)], "~~**sb**~~"),
    ("strike-in-bold", [Span("a ", **B), Span("s", bold=True, strike=True)], "**a ~~s~~**"),
    ("bold-in-strike", [Span("a ", **S), Span("b", bold=True, strike=True)], "~~a **b**~~"),
    ("italic-strike", [Span("x", italic=True, strike=True)], "~~*x*~~"),
    ("all-three", [Span("x", **ALL)], "~~***x***~~"),
    (
        "strike-between-italic-and-bold",
        [Span("a ", **I), Span("b ", italic=True, strike=True), Span("c", **ALL), Span(" d", **I)],
        "*a* ~~_b **c**_~~ *d*",
    ),
    ("link-in-bold", [Span("see ", **B), Span("x", bold=True, href=URL)], f"**see [x]({URL})**"),
    ("bold-in-link", [Span("x", bold=True, href=URL), Span(" y", href=URL)], f"[**x** y]({URL})"),
    ("all-in-link", [Span("x", **ALL, href=URL)], f"[~~***x***~~]({URL})"),
    ("italic-link", [Span("x", italic=True, href=URL)], f"[*x*]({URL})"),
    ("italic-leading-space", [Span("a"), Span(" i", **I), Span(" b")], "a *i* b"),
    ("bold-trailing-space", [Span("b ", **B), Span("c")], "**b** c"),
    ("strike-edge-spaces", [Span("a"), Span(" two words ", **S), Span("b")], "a ~~two words~~ b"),
    ("bold-italic-spaces", [Span("a"), Span(" both ", **BI), Span("b")], "a ***both*** b"),
    ("intraword-bold", [Span("Bundes"), Span("tag", **B), Span("wahl")], "Bundes**tag**wahl"),
    ("intraword-italic", [Span("Bundes"), Span("tag", **I), Span("wahl")], "Bundes*tag*wahl"),
    ("intraword-strike", [Span("Bundes"), Span("tag", **S), Span("wahl")], "Bundes~~tag~~wahl"),
    ("intraword-both", [Span("Bundes"), Span("tag", **BI), Span("wahl")], "Bundes***tag***wahl"),
    ("quotes-outside", [Span("„"), Span("Zitat", **B), Span("“")], "„**Zitat**“"),
    ("quotes-inside", [Span("„Zitat“", **B)], "**„Zitat“**"),
    ("punctuation-after", [Span("Ende", **B), Span(".")], "**Ende**."),
    ("parentheses", [Span("("), Span("x", **I), Span(")")], "(*x*)"),
    ("struck-quote", [Span("sagte "), Span("„Nein“", **S), Span(".")], "sagte ~~„Nein“~~."),
    ("literal-star", [Span("5 * "), Span("3", **B)], "5 \\* **3**"),
    ("literal-underscore", [Span("_x_ "), Span("y", **I)], "\\_x\\_ *y*"),
    (
        "bold-and-italic-opening-together-in-a-word",
        [Span("x"), Span("a", **BI), Span("b", **B), Span("c", **BI), Span("d", **B), Span("y")],
        "x***a*b*c*d**y",
    ),
]


@pytest.mark.parametrize(
    ("line", "markdown"),
    [(line, markdown) for _name, line, markdown in CLEAN_MARKDOWN],
    ids=[name for name, _line, _markdown in CLEAN_MARKDOWN],
)
def test_combinations_are_plain_markdown(line: list[Span], markdown: str) -> None:
    assert _written(*line) == markdown
    assert _reads_back(markdown, *line), render_html(markdown)


RAW_HTML_TAGS = frozenset({"del", "em"})
"""Every tag the inline writer may still write (listed in body_inline's docstring)."""

# (name, spans, what the writer writes, the Markdown form Python-Markdown misreads)
RAW_HTML_LAST_RESORTS = [
    (
        "strike-of-punctuation-inside-a-word",
        [Span("Bürger"), Span("-", **S), Span("meister")],
        "Bürger<del>-</del>meister",
        "Bürger~~-~~meister",
    ),
    (
        "strike-opening-on-punctuation-after-a-letter",
        [Span("a"), Span(".b", **S)],
        "a<del>.b</del>",
        "a~~.b~~",
    ),
    (
        "italic-merging-with-bold-then-more-bold-in-a-word",
        [Span("x"), Span("a", **B), Span("b", **I), Span("c", **BI), Span("d", **I), Span("y")],
        "x**a**<em>b**c**d</em>y",
        "x**a***b**c**d*y",
    ),
    (
        "bold-and-italic-opening-together-then-more-bold-in-a-word",
        [Span("x"), Span("a", **BI), Span("b", **I), Span("c", **BI), Span("y")],
        "x<em>**a**b**c**</em>y",
        "x***a**b**c***y",
    ),
]


@pytest.mark.parametrize(
    ("line", "written", "misread"),
    [(line, written, misread) for _name, line, written, misread in RAW_HTML_LAST_RESORTS],
    ids=[name for name, *_rest in RAW_HTML_LAST_RESORTS],
)
def test_raw_html_only_where_markdown_is_misread(
    line: list[Span], written: str, misread: str
) -> None:
    assert _written(*line) == written
    assert _reads_back(written, *line)
    assert canonical(markdown_to_blocks(misread)) != canonical([Block(line)])


def test_module_docstring_lists_the_raw_html() -> None:
    documented = body_inline.__doc__ or ""
    for tag in RAW_HTML_TAGS:
        assert f"<{tag}>" in documented
    tags_in_examples = {
        tag for _name, _line, written, _misread in RAW_HTML_LAST_RESORTS
        for tag in re.findall(r"</?([a-z]+)>", written)
    }  # fmt: skip
    assert tags_in_examples == RAW_HTML_TAGS


def test_loaded_bold_italic_is_written_as_it_came() -> None:
    for markdown in ("***x***", "Bundes***tag***wahl", "~~***x***~~", "**_x_** y", "_**x**_ y"):
        written = blocks_to_markdown(markdown_to_blocks(markdown))
        assert "<" not in written
        assert normalize(render_html(written)) == normalize(render_html(markdown))
    assert blocks_to_markdown(markdown_to_blocks("***x***")) == "***x***"


_WORDS = st.text(st.sampled_from("abcßäöXYZ019"), min_size=1, max_size=4)
_FORMATS = st.fixed_dictionaries(
    {"bold": st.booleans(), "italic": st.booleans(), "strike": st.booleans()}
)


@st.composite
def _whole_word_lines(draw: st.DrawFn) -> list[Span]:
    """Words of letters and digits, each formatted as a whole, and so are the spaces."""
    line: list[Span] = []
    for number in range(draw(st.integers(1, 8))):
        if number:
            line.append(Span(" ", **draw(_FORMATS)))
        line.append(Span(draw(_WORDS), **draw(_FORMATS)))
    return merge_spans(line)


@settings(max_examples=300, deadline=None)
@given(_whole_word_lines())
def test_formatting_whole_words_never_needs_raw_html(line: list[Span]) -> None:
    markdown = _written(*line)
    assert "<" not in markdown
    assert _reads_back(markdown, *line)


@settings(max_examples=300, deadline=None)
@given(spans())
def test_raw_html_is_only_the_listed_tags(line: list[Span]) -> None:
    markdown = _written(*line)
    written_tags = set(re.findall(r"<(/?[a-z]+)>", markdown.replace("<br>", "")))
    assert written_tags <= {tag for name in RAW_HTML_TAGS for tag in (name, "/" + name)}
    assert _reads_back(markdown, *line)
