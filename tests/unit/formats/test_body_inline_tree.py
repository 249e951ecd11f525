"""How the inline writer nests a line's formatting (editor.formats.body_inline_tree)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from editor.formats.body import Span, merge_spans
from editor.formats.body_inline_tree import Node, settled_tree
from editor.formats.body_model import split_lines
from tests.gui.body.strategies import spans

_LETTER = {"link": "L", "strike": "S", "bold": "B", "italic": "I"}


def _shape(node: Node, text: str) -> str:
    """The tree as text: `B(a I(b))` for bold "a" holding italic "b"."""
    parts = [
        _shape(child, text) if isinstance(child, Node) else text[child[0] : child[1]]
        for child in node.children
    ]
    inner = "".join(parts)
    return inner if node.mark is None else f"{_LETTER[node.kind]}({inner})"


def _settled(*line: Span) -> str:
    text = "".join(span.text for span in line)
    return _shape(settled_tree(merge_spans(line)), text)


def _spans_of(
    node: Node, text: str, marks: dict[str, tuple[str, str, str]] | None = None
) -> list[Span]:
    marks = dict(marks or {})
    if node.mark is not None:
        marks[node.kind] = node.mark
    result: list[Span] = []
    for child in node.children:
        if isinstance(child, Node):
            result.extend(_spans_of(child, text, marks))
        else:
            result.append(
                Span(
                    text[child[0] : child[1]],
                    bold="bold" in marks,
                    italic="italic" in marks,
                    strike="strike" in marks,
                    href=marks["link"][1] if "link" in marks else None,
                    title=marks["link"][2] or None if "link" in marks else None,
                )
            )
    return merge_spans(result)


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ([Span("x", bold=True, italic=True)], "B(I(x))"),
        ([Span("x", bold=True, strike=True)], "S(B(x))"),
        ([Span("x", italic=True, strike=True, href="https://e.com/")], "L(S(I(x)))"),
        ([Span("a ", bold=True), Span("b", bold=True, italic=True)], "B(a I(b))"),
        ([Span("a", italic=True), Span("b", bold=True, italic=True), Span("c")], "I(aB(b))c"),
        ([Span("a", bold=True), Span("b", bold=True, strike=True), Span("c", strike=True)],
         "B(aS(b))S(c)"),
    ],
)  # fmt: skip
def test_longest_run_opens_outermost(line: list[Span], shape: str) -> None:
    assert _settled(*line) == shape


def test_strike_between_two_levels_is_lifted() -> None:
    line = [
        Span("a ", italic=True),
        Span("b ", italic=True, strike=True),
        Span("c", italic=True, strike=True, bold=True),
        Span(" d", italic=True),
    ]
    assert _settled(*line) == "I(a) S(I(b B(c))) I(d)"


def test_strike_inside_a_link_is_not_lifted() -> None:
    url = "https://e.com/"
    line = [Span("a ", bold=True), Span("b", bold=True, strike=True, italic=True, href=url)]
    assert _settled(*line) == "B(a L(S(I(b))))"


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ([Span("a"), Span(" i ", italic=True), Span("b")], "a I(i) b"),
        ([Span("a"), Span(" s ", strike=True), Span("b")], "a S(s) b"),
        ([Span("a"), Span("  ", bold=True), Span("b")], "a  b"),
        (  # the struck spaces inside the struck run stay struck
            [Span("a ", bold=True), Span("b ", bold=True, strike=True), Span(" c", strike=True)],
            "B(a S(b))S(  c)",
        ),
    ],
)  # fmt: skip
def test_whitespace_leaves_the_edges(line: list[Span], shape: str) -> None:
    assert _settled(*line) == shape


@settings(max_examples=300, deadline=None)
@given(spans())
def test_settling_is_stable(line: list[Span]) -> None:
    """The spans a settled tree stands for settle to the same tree."""
    for part in _lines(line):
        text = "".join(span.text for span in part)
        first = settled_tree(part)
        again = settled_tree(_spans_of(first, text))
        assert _shape(again, text) == _shape(first, text)


def _lines(line: list[Span]) -> list[list[Span]]:
    return [part for part in split_lines(line) if part]
