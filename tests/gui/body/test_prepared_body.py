"""A body prepared off the GUI thread carries the counts of its blocks, keyed by the text
each block has once built, so the status bar adds them up without counting again."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from editor.domain import measure_text
from editor.ui.article.body_editor import BodyEditor
from editor.ui.body.html_loading import prepare_body

BODY = (
    "## Zwischentitel\n\n"
    "Erster Absatz mit **fett** und einem [Link](https://example.org).  \n"
    "Nach dem Umbruch\u2029mit einem Zeichen, das Qt anders liest.\n\n"
    "- eins\n- zwei\n    - tiefer\n\n"
    "> Zitat mit *Betonung*\n"
)


def _block_texts(document: QTextDocument) -> list[str]:
    texts: list[str] = []
    block = document.begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def test_every_built_block_has_its_counts_prepared(qtbot: QtBot) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    prepared = prepare_body(BODY)
    editor.set_markdown(BODY, prepared)
    assert editor.loaded_block_metrics() is prepared.block_metrics
    texts = _block_texts(editor.document())
    assert any("\u2028" in text for text in texts)  # the hard break, as Qt holds it
    assert any("\ufffd" in text for text in texts)  # the stand-in for U+2029
    for text in texts:
        assert prepared.block_metrics[text] == measure_text(text)


def test_a_body_loaded_on_the_gui_thread_brings_no_counts(qtbot: QtBot) -> None:
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown(BODY, prepare_body(BODY))
    editor.set_markdown("Anderer Text.")
    assert editor.loaded_block_metrics() == {}
