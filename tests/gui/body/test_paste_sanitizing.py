"""Pasting from Word, LibreOffice, Google Docs and web pages keeps only the body structure
(samples in tests/data/paste/), and what is pasted arrives in the editor in house formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.formats.body import blocks_to_markdown, html_to_blocks
from editor.formats.foreign_html import sanitize_foreign_html
from editor.ui.body.markdown_writer import write_markdown
from editor.ui.editing.body_io import insert_pasted_html

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "paste"

EXPECTED_MARKDOWN = {
    "word.html": (
        "## Stadtrat beschließt Haushalt\n\n"
        "**Köln.** Der Stadtrat hat am Dienstag den *Doppelhaushalt* beschlossen. "
        "Die Opposition sprach von ~~Schulden~~ „Zukunftsinvestitionen“.\n\n"
        "- Mehr Geld für Schulen\n"
        "    - Sanierung von 12 Gebäuden\n"
        "- Neue Straßenbahnlinie\n\n"
        "3. Dritter Punkt\n"
        "4. Vierter Punkt\n\n"
        "Mehr unter [example.com](https://example.com/haushalt)."
    ),
    "libreoffice.html": (
        "## Verkehr in der Innenstadt\n\n"
        "Die **neue** Linie fährt ab *Montag*. ~~Ab Sonntag~~ nicht.\n\n"
        "~~alt~~ **fett** *kursiv*\n\n"
        "1. Erstens\n"
        "2. Zweitens\n"
        "    - Unterpunkt\n\n"
        "> „Wir sind zufrieden“, sagte die Sprecherin.<br>\n"
        "> Zweite Zeile.\n\n"
        "[Mehr zum Thema](https://example.org/verkehr)"
    ),
    "web.html": (
        "### Live: Stürmisches Wochenende\n\n"
        "Der Deutsche Wetterdienst warnt vor **Orkanböen**.\n\n"
        "Betroffen sind *Nord*- und *Ostsee*.\n\n"
        "Klick · [Archiv](/relative/link) · [Warnungen](https://example.net/warnungen?id=5&lang=de)\n\n"
        "Anzeige: Jetzt kaufen!\n\n"
        "- Hamburg: **120 km/h**\n"
        "- Kiel\n"
        "    - Hafen gesperrt\n\n"
        "Ort\n\n"
        "Windstärke\n\n"
        "Ende des Tickers"
    ),
    "google_docs.html": (
        "Normaler Text, **fett**_, kursiv_ ~~und durchgestrichen~~\n\n"
        "[Quelle](https://docs.example.com/d/1)"
    ),
}
FORBIDDEN = [
    "<script", "<style", "<img", "<iframe", "style=", "class=", "mso", "font", "color",
    "Symbol", "Hidden byline", "Versteckter", "tracking", "unsichtbar", "Screenreader",
    "javascript", "<!--", "<o:p", "onclick", "<table", "<div", "<span", "·\u00a0",
]  # fmt: skip


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED_MARKDOWN))
def test_paste_keeps_only_body_structure(name: str) -> None:
    safe = sanitize_foreign_html(_sample(name))
    for fragment in FORBIDDEN:
        assert fragment not in safe, fragment
    assert blocks_to_markdown(html_to_blocks(safe)) == EXPECTED_MARKDOWN[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_MARKDOWN))
def test_sanitizing_is_stable(name: str) -> None:
    once = sanitize_foreign_html(_sample(name))
    assert sanitize_foreign_html(once) == once


@pytest.mark.parametrize("name", sorted(EXPECTED_MARKDOWN))
def test_pasted_sample_arrives_in_the_editor(qtbot: object, name: str) -> None:
    editor = QTextEdit()
    assert insert_pasted_html(editor.textCursor(), _sample(name))
    assert write_markdown(editor.document()) == EXPECTED_MARKDOWN[name]


@pytest.mark.parametrize(
    ("html", "safe"),
    [
        ("<b style='font-weight:normal'>plain</b>", "<p>plain</p>"),
        ("<span style='font-weight:bold'>b</span>", "<p><strong>b</strong></p>"),
        ("<span style='font-weight: 600'>b</span>", "<p><strong>b</strong></p>"),
        ("<p>x<span style='DISPLAY: NONE'>hidden</span>y</p>", "<p>xy</p>"),
        ("<p>a<font color=red>b</font></p>", "<p>ab</p>"),
        (
            "<a href='mailto:desk@example.com'>m</a>",
            '<p><a href="mailto:desk@example.com">m</a></p>',
        ),
        ("<a href='data:text/html,x'>d</a>", "<p>d</p>"),
        ("<h1>T</h1><h5>t</h5>", "<h2>T</h2><h3>t</h3>"),
        ("<div>one</div><div>two</div>", "<p>one</p><p>two</p>"),
        ("<p><o:p>&nbsp;</o:p></p><p>text</p>", "<p>text</p>"),
        ("<!--[if gte mso 9]><xml>x</xml><![endif]--><p>k</p>", "<p>k</p>"),
        ("<svg><text>vector</text></svg><p>k</p>", "<p>k</p>"),
        ("plain text", "<p>plain text</p>"),
        ("", ""),
    ],
)
def test_paste_examples(html: str, safe: str) -> None:
    assert sanitize_foreign_html(html) == safe


def test_inline_paste_joins_the_current_paragraph(qtbot: object) -> None:
    editor = QTextEdit()
    editor.setPlainText("Before , after")
    cursor = editor.textCursor()
    cursor.setPosition(len("Before "))
    insert_pasted_html(cursor, "<p><b>bold</b></p>")
    assert editor.document().blockCount() == 1
    assert write_markdown(editor.document()) == "Before **bold**, after"


def test_paste_is_one_undo_step(qtbot: object) -> None:
    editor = QTextEdit()
    editor.setPlainText("Text")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    insert_pasted_html(cursor, _sample("libreoffice.html"))
    editor.document().undo()
    assert editor.toPlainText() == "Text"


def test_nothing_to_paste(qtbot: object) -> None:
    editor = QTextEdit()
    assert not insert_pasted_html(editor.textCursor(), "<script>x</script><img src=y>")
    assert editor.toPlainText() == ""
