"""Reading rendered or foreign HTML into the body's block model: structure mapping,
sanitizing, and the whitespace rules the editor relies on."""

from __future__ import annotations

from editor.formats.body import (
    HARD_BREAK,
    Block,
    BlockKind,
    ListLevel,
    Span,
    html_to_blocks,
    markdown_to_blocks,
)
from editor.formats.body_blocks import sanitize_body_html


def _texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def test_literal_whitespace_collapses_like_a_browser() -> None:
    blocks = html_to_blocks("<p>\n  a \n\t b  <br>\n  c  </p>")
    assert _texts(blocks) == [f"a b{HARD_BREAK}c"]


def test_whitespace_references_are_kept_exactly() -> None:
    blocks = html_to_blocks("<p>&#32;&#32;a &#32;b&#9;&nbsp;&#32;</p>")
    assert _texts(blocks) == ["  a  b\t\u00a0 "]


def test_collapsed_space_keeps_the_format_it_started_in() -> None:
    blocks = html_to_blocks("<p>a<strong> b</strong></p>")
    assert blocks[0].spans == [Span("a"), Span(" b", bold=True)]


def test_subhead_levels_map_to_h2_and_h3() -> None:
    blocks = html_to_blocks("<h1>one</h1><h2>two</h2><h3>three</h3><h4>four</h4><h6>six</h6>")
    assert [block.kind for block in blocks] == [
        BlockKind.HEADING2,
        BlockKind.HEADING2,
        BlockKind.HEADING3,
        BlockKind.HEADING3,
        BlockKind.HEADING3,
    ]


def test_loose_list_items_are_marked_loose() -> None:
    loose = markdown_to_blocks("- mehr Lohn\n\n- kürzere Arbeitszeit")
    tight = markdown_to_blocks("- mehr Lohn\n- kürzere Arbeitszeit")
    assert _texts(loose) == _texts(tight) == ["mehr Lohn", "kürzere Arbeitszeit"]
    assert [len(block.lists) for block in loose] == [1, 1]
    assert [block.loose for block in loose] == [True, True]
    assert [block.loose for block in tight] == [False, False]


def test_looseness_is_read_per_item() -> None:
    blocks = markdown_to_blocks("- a\n- b\n\n- c")
    assert [block.loose for block in blocks] == [False, True, True]


def test_nested_lists_give_each_item_its_path() -> None:
    blocks = markdown_to_blocks("- a\n    7. b\n        - c\n- d")
    assert [len(block.lists) for block in blocks] == [1, 2, 3, 1]
    assert blocks[1].lists[1].ordered
    assert blocks[1].lists[1].start == 7
    assert blocks[0].lists[0].list_id == blocks[3].lists[0].list_id


def test_second_paragraph_of_an_item_is_a_continuation() -> None:
    blocks = markdown_to_blocks("1. first\n\n    more\n\n2. next")
    assert _texts(blocks) == ["first", "more", "next"]
    assert [block.continuation for block in blocks] == [False, True, False]
    assert blocks[1].lists == blocks[0].lists


def test_empty_list_items_are_kept() -> None:
    blocks = markdown_to_blocks("- \n- zweiter Punkt")
    assert _texts(blocks) == ["", "zweiter Punkt"]
    assert all(block.is_item for block in blocks)


def test_an_item_holding_only_a_list_is_an_empty_item_before_it() -> None:
    blocks = markdown_to_blocks("1. 2. Bundesliga: HSV steigt auf")
    assert _texts(blocks) == ["", "Bundesliga: HSV steigt auf"]
    assert [len(block.lists) for block in blocks] == [1, 2]
    assert blocks[1].lists[0] == blocks[0].lists[0]
    assert blocks[1].lists[1].start == 2


def test_link_titles_are_read_inline_and_by_reference() -> None:
    inline = markdown_to_blocks('[Amt](https://example.org/x "Statistisches Bundesamt")')
    reference = markdown_to_blocks(
        '[Amt][r]\n\n[r]: https://example.org/x "Statistisches Bundesamt"'
    )
    expected = Span("Amt", href="https://example.org/x", title="Statistisches Bundesamt")
    assert inline[0].spans == reference[0].spans == [expected]


def test_quotes_nest_and_hold_lists() -> None:
    blocks = markdown_to_blocks("> a\n>\n> > b\n>\n> - c")
    assert [(block.text, block.quote_level, len(block.lists)) for block in blocks] == [
        ("a", 1, 0),
        ("b", 2, 0),
        ("c", 1, 1),
    ]


def test_unsafe_links_lose_their_target_but_keep_their_text() -> None:
    blocks = html_to_blocks(
        '<p><a href="javascript:alert(1)">x</a> <a href="https://ok.example/">y</a>'
        ' <a href="data:text/html,z">z</a></p>'
    )
    assert blocks[0].spans == [Span("x "), Span("y", href="https://ok.example/"), Span(" z")]


def test_relative_fragment_and_other_allowed_links_are_kept() -> None:
    hrefs = ["/politik/haushalt", "#abschnitt", "www.example.org", "tel:+4930123", "ftp://x.org/f"]
    hrefs.append("copydesk:article/0193a7c2")
    fragment = "".join(f'<a href="{href}">{number}</a> ' for number, href in enumerate(hrefs))
    blocks = html_to_blocks(f"<p>{fragment}</p>")
    assert [span.href for span in blocks[0].spans if span.href] == hrefs


def test_scripts_styles_comments_and_images_vanish() -> None:
    blocks = html_to_blocks(
        "<p>a<script>alert(1)</script><style>p{}</style><!-- c --><img src=x>b</p>"
    )
    assert _texts(blocks) == ["ab"]


def test_code_blocks_keep_their_lines() -> None:
    blocks = markdown_to_blocks("    line one\n      line two")
    assert _texts(blocks) == [f"line one{HARD_BREAK}  line two"]


def test_sanitizer_keeps_significant_whitespace_and_control_characters() -> None:
    cleaned = sanitize_body_html("<p>&#32;a&#9;b&#x20;\x00&#2;&#11;&#133;</p><script>x</script>")
    assert cleaned == "<p>&#32;a&#9;b&#32;\x00\x02\x0b\x85</p>"


def test_bold_and_strike_from_other_tags() -> None:
    blocks = html_to_blocks("<p><b>b</b><i>i</i><s>s</s><del>d</del></p>")
    assert blocks[0].spans == [
        Span("b", bold=True),
        Span("i", italic=True),
        Span("sd", strike=True),
    ]


def test_list_start_attribute() -> None:
    blocks = html_to_blocks('<ol start="4"><li>x</li></ol><ul><li>y</li></ul>')
    assert blocks[0].lists == (ListLevel(True, 4, blocks[0].lists[0].list_id),)
    assert not blocks[1].lists[0].ordered
