"""Benchmark of the body fidelity machinery: a 20,000-word article (400 blocks with
subheads, lists, quotes, links and inline formatting) loaded into an editable
QTextDocument and written back to Markdown (what autosave does).

`run()` prints and returns the median timings in milliseconds:
- render_ms: Python-Markdown rendering alone (part of load_ms);
- load_ms: Markdown -> editable QTextDocument (render, sanitize, read, build);
- write_ms: QTextDocument -> Markdown;
- editor_open_20k_ms: the article opened in a shown BodyEditor (the budget a long list
  must keep);
- list_3000_open_ms: a 3,000-item numbered list (election results) opened in the same
  shown BodyEditor, next to list_3000_bare_document_ms: a bare QTextDocument loading the
  same rendered HTML with setHtml, in the same run.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

_VOCABULARY = (
    "der die das und Stadtrat Bürgermeisterin beschloss am Dienstag neue Straßenbahn "
    "Linie Haushalt Millionen Euro Opposition kritisierte Pläne scharf the council "
    "approved budget on Tuesday while critics said would cost more than expected "
    "Köln Berlin München Hamburg Verkehr Wohnungen Schulen Polizei Feuerwehr"
)
_WORDS = _VOCABULARY.split()
TARGET_WORDS = 20_000


def _sentence(rng: random.Random, words: int, density: float) -> str:
    """One sentence; `density` is the chance of each kind of inline formatting."""
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    if rng.random() < density:
        chosen[2] = f"**{chosen[2]} {chosen[3]}**"
        del chosen[3]
    if rng.random() < density:
        chosen[5] = f"*{chosen[5]}*"
    if rng.random() < density:
        chosen[8] = f"[{chosen[8]}](https://example.com/{chosen[8].lower()})"
    if rng.random() < density / 4:
        chosen[10] = f"~~{chosen[10]}~~"
    return " ".join(chosen).capitalize() + "."


def article_markdown(seed: int = 20_000, density: float = 0.15) -> str:
    """A long body in the house dialect (about TARGET_WORDS words in about 400 blocks);
    the default density gives most paragraphs some bold, italic or a link."""
    rng = random.Random(seed)
    blocks: list[str] = []
    words = 0
    while words < TARGET_WORDS:
        kind = len(blocks) % 20
        if kind == 0:
            blocks.append("## " + " ".join(rng.choice(_WORDS) for _ in range(5)))
            words += 5
        elif kind == 7:
            items = [
                f"- {_sentence(rng, 12, density)}",
                f"    1. {_sentence(rng, 12, density)}",
                f"- {_sentence(rng, 12, density)}",
            ]
            blocks.append("\n".join(items))
            words += 36
        elif kind == 13:
            blocks.append(
                "> " + _sentence(rng, 30, density) + "<br>\n> " + _sentence(rng, 12, density)
            )
            words += 42
        else:
            blocks.append(" ".join(_sentence(rng, rng.randint(12, 22), density) for _ in range(3)))
            words += 51
    return "\n\n".join(blocks)


def long_list_markdown(items: int = 3000) -> str:
    """A numbered list of `items` result lines, as election or sports tables come."""
    return "\n".join(
        f"{number}. {_WORDS[number % len(_WORDS)]}: {(number * 37) % 1000 / 10:.1f} %"
        for number in range(1, items + 1)
    )


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def run() -> dict[str, float]:
    """Time loading and writing the long article; print and return the figures."""
    from PySide6.QtWidgets import QApplication, QTextEdit

    from editor.formats.body import markdown_to_plain_text, render_html
    from editor.ui.body.html_loading import load_markdown
    from editor.ui.body.markdown_writer import write_markdown
    from editor.ui.qt.none_refcount_guard import protect_none_refcount

    protect_none_refcount()

    app = QApplication.instance() or QApplication([])
    markdown_text = article_markdown()
    dense_text = article_markdown(density=1.0)
    editor = QTextEdit()
    document = editor.document()
    render_html(markdown_text)  # warm the parser
    results = {
        "words": float(len(markdown_to_plain_text(markdown_text).split())),
        "render_ms": _median_ms(lambda: render_html(markdown_text), 5),
        "load_ms": _median_ms(lambda: load_markdown(document, markdown_text), 5),
        "write_ms": _median_ms(lambda: write_markdown(document), 5),
        "blocks": float(document.blockCount()),
    }
    results["round_trip_equal"] = float(write_markdown(document) == markdown_text)
    # Every sentence formatted three ways: a worst case, far beyond real copy.
    results["dense_load_ms"] = _median_ms(lambda: load_markdown(document, dense_text), 3)
    results["dense_write_ms"] = _median_ms(lambda: write_markdown(document), 3)
    results.update(_open_in_shown_editor(markdown_text))
    app.processEvents()
    for name, value in results.items():
        print(f"body {name}: {value:.1f}")
    return results


def _open_in_shown_editor(article_text: str) -> dict[str, float]:
    """The 20,000-word article and a 3,000-item list opened in a shown BodyEditor, and
    the list's HTML loaded into a bare QTextDocument, in the same run."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from editor.formats.body import render_html
    from editor.ui.article.body_editor import BodyEditor

    list_text = long_list_markdown()
    list_html = render_html(list_text)
    editor = BodyEditor()
    editor.resize(900, 700)
    editor.show()
    QApplication.processEvents()

    def open_body(text: str) -> None:
        editor.set_markdown(text)
        QApplication.processEvents()

    figures = {
        "editor_open_20k_ms": _median_ms(lambda: open_body(article_text), 3),
        "list_3000_open_ms": _median_ms(lambda: open_body(list_text), 3),
        "list_3000_bare_document_ms": _median_ms(lambda: QTextDocument().setHtml(list_html), 3),
    }
    editor.close()
    return figures


if __name__ == "__main__":
    run()
