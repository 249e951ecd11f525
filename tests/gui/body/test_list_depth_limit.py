"""Lists nest at most three deep in the editor, however deep they arrive: items nested
deeper in a loaded body or in pasted HTML (a web page, Word's outline numbering) become
items of the third level, keeping their text and their order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from editor.formats.body import MAX_LIST_DEPTH, blocks_to_markdown, html_to_blocks, render_html
from editor.formats.foreign_html import sanitize_foreign_html
from editor.ui.body.markdown_writer import write_markdown
from editor.ui.body_editor import BodyEditor
from editor.ui.editing.block_structure import list_depth
from tests.gui.body.editor_path import loaded_document, write_after_load
from tests.gui.body.normalize import normalize

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "paste"


def items(document: QTextDocument) -> list[tuple[str, int]]:
    """(text, list depth) of every block."""
    result = []
    block = document.begin()
    while block.isValid():
        result.append((block.text(), list_depth(block)))
        block = block.next()
    return result


def list_nesting(html: str) -> int:
    """How deep lists nest in `html`."""
    deepest = depth = 0
    for closing, _tag in re.findall(r"<(/?)([uo]l)\b", html):
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


def same_document(first: str, second: str) -> bool:
    return normalize(render_html(first)) == normalize(render_html(second))


FIVE_DEEP = (
    "- eins\n"
    "    - zwei\n"
    "        - drei\n"
    "            - vier\n"
    "                - fünf\n"
    "            - vier b\n"
    "        - drei b\n"
    "- eins b"
)
FIVE_DEEP_CLAMPED = (
    "- eins\n"
    "    - zwei\n"
    "        - drei\n"
    "        - vier\n"
    "        - fünf\n"
    "        - vier b\n"
    "        - drei b\n"
    "- eins b"
)


def test_a_loaded_body_shows_at_most_three_levels() -> None:
    document = loaded_document(FIVE_DEEP)
    assert items(document) == [
        ("eins", 1),
        ("zwei", 2),
        ("drei", 3),
        ("vier", 3),
        ("fünf", 3),
        ("vier b", 3),
        ("drei b", 3),
        ("eins b", 1),
    ]
    assert same_document(write_markdown(document), FIVE_DEEP_CLAMPED)


def test_deep_numbered_items_continue_the_third_level_numbering() -> None:
    body = (
        "Vorher.\n\n"
        "1. Haushalt\n"
        "    1. Einnahmen\n"
        "        1. Steuern\n"
        "            1. Gewerbesteuer\n"
        "            2. Grundsteuer\n"
        "        2. Gebühren\n"
        "2. Personal\n\n"
        "Nachher."
    )
    clamped = (
        "Vorher.\n\n"
        "1. Haushalt\n"
        "    1. Einnahmen\n"
        "        1. Steuern\n"
        "        2. Gewerbesteuer\n"
        "        3. Grundsteuer\n"
        "        4. Gebühren\n"
        "2. Personal\n\n"
        "Nachher."
    )
    written = write_after_load(body)
    assert same_document(written, clamped)
    assert write_after_load(written) == written


def test_a_deep_list_in_a_quote_is_clamped_inside_the_quote() -> None:
    body = "> - a\n>     - b\n>         - c\n>             - d\n\nDanach."
    document = loaded_document(body)
    assert items(document) == [("a", 1), ("b", 2), ("c", 3), ("d", 3), ("Danach.", 0)]
    assert same_document(
        write_markdown(document), "> - a\n>     - b\n>         - c\n>         - d\n\nDanach."
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "web_deep_list.html",
            "Gliederung des Gesetzes:\n\n"
            "- Teil 1: Allgemeines\n"
            "    - Abschnitt 1: Zweck\n"
            "        - § 1 Ziel\n"
            "        - Absatz 1\n"
            "        - Satz 1\n"
            "        - Satz 2\n"
            "        - Absatz 2\n"
            "        - § 2 Begriffe\n"
            "    - Abschnitt 2: Zuständigkeit\n"
            "- Teil 2: Verfahren\n\n"
            "Ende der Gliederung.",
        ),
        (
            "word_deep_list.html",
            "1. Haushalt\n"
            "    1. Einnahmen\n"
            "        1. Steuern\n"
            "        2. Gewerbesteuer\n"
            "        3. Hebesatz\n"
            "        4. Grundsteuer\n"
            "        5. Gebühren\n"
            "2. Personal\n\n"
            "Stand: Dienstag.",
        ),
    ],
)
def test_pasted_deep_lists_are_clamped(qtbot: QtBot, name: str, expected: str) -> None:
    html = (SAMPLES / name).read_text(encoding="utf-8")
    safe = sanitize_foreign_html(html)
    assert list_nesting(safe) == MAX_LIST_DEPTH
    assert same_document(blocks_to_markdown(html_to_blocks(safe)), expected)

    editor = BodyEditor()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml(html)
    editor.insertFromMimeData(mime)
    depths = [depth for _text, depth in items(editor.document())]
    assert max(depths) == MAX_LIST_DEPTH
    assert same_document(editor.markdown(), expected)


@st.composite
def deep_lists(draw: st.DrawFn) -> list[int]:
    """Depths of list items, each at most one deeper than the one before, up to six."""
    depths = [1]
    for _ in range(draw(st.integers(0, 12))):
        depths.append(draw(st.integers(1, min(6, depths[-1] + 1))))
    return depths


@settings(max_examples=60, deadline=None)
@given(depths=deep_lists(), ordered=st.booleans())
def test_any_nesting_loads_as_at_most_three_levels_in_order(
    depths: list[int], ordered: bool
) -> None:
    marker = "1." if ordered else "-"
    body = "\n".join(
        "    " * (depth - 1) + f"{marker} item {index}" for index, depth in enumerate(depths)
    )
    document = loaded_document(body)
    assert items(document) == [
        (f"item {index}", min(depth, MAX_LIST_DEPTH)) for index, depth in enumerate(depths)
    ]
    written = write_markdown(document)
    assert write_after_load(written) == written
