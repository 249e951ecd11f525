"""Hypothesis-generated bodies through QTextDocument: blocks are built into a document
with the house loader, written, reloaded and written again."""

from __future__ import annotations

from hypothesis import given, settings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from editor.formats.body import Block, blocks_to_markdown, render_html
from editor.ui.body.html_loading import load_blocks
from editor.ui.body.markdown_writer import document_to_blocks, write_markdown
from tests.gui.body.editor_path import write_after_load
from tests.gui.body.normalize import normalize
from tests.gui.body.strategies import canonical, documents


@settings(max_examples=150, deadline=None)
@given(blocks=documents())
def test_generated_document_round_trips(qapp: QApplication, blocks: list[Block]) -> None:
    document = QTextDocument()
    load_blocks(document, blocks)
    assert canonical(document_to_blocks(document)) == canonical(blocks)
    markdown = write_markdown(document)
    assert markdown == blocks_to_markdown(blocks)
    again = write_after_load(markdown)
    assert again == markdown
    assert normalize(render_html(again)) == normalize(render_html(markdown))
