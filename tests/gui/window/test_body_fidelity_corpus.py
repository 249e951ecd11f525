"""Stress test: every document of the fidelity corpus opened in the real window, a
keystroke typed (a character and Backspace), stored, and the stored body compared with
the original (rendered, normalized HTML) and with what the editor writes for it."""

from __future__ import annotations

from editor.formats.body import render_html
from editor.storage.library import Library
from tests.gui.body.corpus import CORPUS
from tests.gui.body.editor_path import write_after_load
from tests.gui.body.normalize import normalize
from tests.gui.body.window_path import open_in_window, store_article, type_and_store
from tests.gui.driver import WindowDriver


def test_every_corpus_document_survives_the_window(
    driver: WindowDriver, sample_library: Library
) -> None:
    stored_ids = [
        (name, markdown, store_article(sample_library, markdown)) for name, markdown in CORPUS
    ]
    changed: list[str] = []
    for name, markdown, article_id in stored_ids:
        open_in_window(driver, article_id)
        type_and_store(driver, None)
        stored = sample_library.get(article_id).body
        if normalize(render_html(stored)) != normalize(render_html(markdown)):
            changed.append(f"{name}: {stored!r}")
        elif stored != write_after_load(markdown):
            changed.append(f"{name} (not the editor's writing): {stored!r}")
    assert not changed, "\n".join(changed[:5])
