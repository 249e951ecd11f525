"""Foreign HTML (pasted or imported) is read into body blocks without Qt: formatting
written as CSS becomes formatting, Word's list paragraphs become nested lists, hidden
text and refused links go, and lists deeper than the body allows are lifted."""

from __future__ import annotations

from editor.formats.body import MAX_LIST_DEPTH, Span, blocks_to_markdown, clamp_list_depth
from editor.formats.foreign_html import read_foreign_html, sanitize_foreign_html


def test_css_formatting_becomes_spans() -> None:
    blocks = read_foreign_html(
        '<p><span style="font-weight:700">fett</span> und '
        '<span style="FONT-STYLE: Italic">kursiv</span></p>'
    )
    assert [block.spans for block in blocks] == [
        [Span("fett", bold=True), Span(" und "), Span("kursiv", italic=True)]
    ]


def test_word_list_paragraphs_become_nested_lists() -> None:
    html = (
        '<p style="mso-list:l0 level1 lfo1">Erstens</p>'
        '<p style="mso-list:l0 level2 lfo1">Unterpunkt</p>'
    )
    assert blocks_to_markdown(read_foreign_html(html)) == "- Erstens\n    - Unterpunkt"


def test_hidden_text_and_refused_links_go() -> None:
    safe = sanitize_foreign_html(
        '<p>Sichtbar<span style="display:none">versteckt</span> '
        '<a href="javascript:alert(1)">Klick</a></p>'
    )
    assert safe == "<p>Sichtbar Klick</p>"


def test_lists_deeper_than_the_body_allows_are_lifted() -> None:
    html = "<ul><li>1<ul><li>2<ul><li>3<ul><li>4</li></ul></li></ul></li></ul></li></ul>"
    blocks = read_foreign_html(html)
    assert max(len(block.lists) for block in blocks) == 4
    lifted = clamp_list_depth(blocks)
    assert [len(block.lists) for block in lifted] == [1, 2, 3, MAX_LIST_DEPTH]
    assert [block.text for block in lifted] == ["1", "2", "3", "4"]
