"""Literal text in the body dialect: whatever a journalist types renders as exactly those
characters (block markers, inline syntax, HTML, entities, significant whitespace, every
control character), and plain paragraphs <-> Markdown are exact inverses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.formats.body import (
    escape_text,
    markdown_to_plain_paragraphs,
    markdown_to_plain_text,
    plain_paragraphs_to_markdown,
    render_html,
)

LITERAL_PARAGRAPHS = [
    "1. FC Köln",
    "1) FC Köln",
    "* star",
    "- dash",
    "+ plus",
    "# hash",
    "#hashtag at the start",
    "> quote",
    "    four spaces",
    "\ttab first",
    "---",
    "===",
    "- - -",
    "___",
    "Title\n===",
    "Title\n---",
    "<b>not bold</b>",
    "<!-- not a comment -->",
    "_x_ and __y__",
    "5 * 3 = 15",
    r"C:\Temp\new",
    r"a\*b and \\ and a\ ",
    "&amp; &copy; &#169; &#X41; &#0",
    "AT&T and Müller & Söhne",
    "`tick` and ``double``",
    "[a](b) and ![c](d) and [ref]: http://example.com",
    "[sic]: quoted",
    "trailing two spaces  ",
    "  two leading",
    "a   three inner",
    "\u00a0nbsp around\u00a0",
    "line one\nline two",
    "a\n\nb (two breaks)",
    "ends with a break\n",
    "\n",
    "   ",
    "~~not struck~~ and ~single~",
    "١. Arabic-Indic digit marker",
    "2024. A year, then a space",
    "1.5 million",
    "-5 degrees",
    "a = b",
    "=",
    "!important",
    "Zitat: „So nicht“ – sagt sie…",
    "مرحبا بالعالم",
    "שלום עולם",
    "東京都の人口",
    "👩\u200d👩\u200d👧 🎉",
    "a\x02b\x03c",
    "\x0bvertical tab",
    "\x85next line",
    "\x1cfile separator",
    "nul\x00inside",
    "carriage\rreturn",
]


@pytest.mark.parametrize("paragraph", LITERAL_PARAGRAPHS)
def test_literal_paragraph_round_trips(paragraph: str) -> None:
    markdown = plain_paragraphs_to_markdown([paragraph])
    assert markdown_to_plain_paragraphs(markdown) == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    ["1. FC Köln", "* star", "# hash", "> quote", "    code", "---", "===", "<b>x</b>"],
)
def test_literal_paragraph_renders_as_one_paragraph(paragraph: str) -> None:
    rendered = render_html(plain_paragraphs_to_markdown([paragraph]))
    assert rendered.startswith("<p>")
    assert rendered.endswith("</p>")
    assert rendered.count("<p>") == 1


def test_paragraphs_are_separated_by_blank_lines() -> None:
    markdown = plain_paragraphs_to_markdown(["First.", "Second\nwith a break."])
    assert markdown == "First.\n\nSecond<br>\nwith a break."


def test_escaping_is_readable_for_ordinary_text() -> None:
    text = "Die Stadt (Köln) hat 1.000 Einwohner mehr! Oder? Ja: 20 % – sagt AT&T."
    assert escape_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. FC Köln", "1\\. FC Köln"),
        ("# hash", "\\# hash"),
        ("5 * 3", "5 \\* 3"),
        ("<b>", "&lt;b>"),
        ("&amp;", "&amp;amp;"),
        ("  lead", "&#32;&#32;lead"),
        ("a  b", "a &#32;b"),
        ("end ", "end&#32;"),
    ],
)
def test_escape_text_examples(text: str, expected: str) -> None:
    assert escape_text(text) == expected


def test_plain_text_lists_subheads_and_quotes() -> None:
    markdown = "## Sub\n\nIntro.\n\n- one\n    1. inner\n- two\n\n3. three\n4. four\n\n> quoted"
    assert markdown_to_plain_paragraphs(markdown) == [
        "Sub",
        "Intro.",
        "- one",
        "  1. inner",
        "- two",
        "3. three",
        "4. four",
        "quoted",
    ]
    assert markdown_to_plain_text("a\n\nb") == "a\n\nb"


_ANY_TEXT = st.lists(
    st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from([*"\\`*_{}[]()#+-.!~<>&;=|: \t\u00a0", "1. ", "&amp;", "    "]),
    ),
    min_size=1,
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ANY_TEXT, min_size=1, max_size=5))
def test_any_paragraphs_round_trip(paragraphs: list[str]) -> None:
    markdown = plain_paragraphs_to_markdown(paragraphs)
    assert markdown_to_plain_paragraphs(markdown) == paragraphs
