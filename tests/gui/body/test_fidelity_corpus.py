"""The fidelity corpus through the real editor path: Markdown -> QTextDocument -> Markdown.

For every document: render(md) and render(write(load(md))) are the same document
(normalized HTML), and the writer is idempotent: write(load(m)) == m for its own m.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from editor.formats.body import render_html
from tests.gui.body.corpus import CORPUS, INLINE_SAMPLES, TEMPLATES
from tests.gui.body.editor_path import write_after_load
from tests.gui.body.normalize import normalize


def test_corpus_has_at_least_200_documents() -> None:
    assert len(CORPUS) == len(TEMPLATES) * len(INLINE_SAMPLES)
    assert len(CORPUS) >= 200
    assert len({markdown for _name, markdown in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize(("name", "markdown"), CORPUS, ids=[name for name, _md in CORPUS])
def test_corpus_document_survives_the_editor(qapp: QApplication, name: str, markdown: str) -> None:
    written = write_after_load(markdown)
    assert normalize(render_html(written)) == normalize(render_html(markdown))
    assert write_after_load(written) == written
