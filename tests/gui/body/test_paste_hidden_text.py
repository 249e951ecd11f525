"""Text a reader of the copied page never saw does not arrive in the body: zero font size
(in any unit, also in the `font` shorthand), opacity 0, aria-hidden, boxes clipped to
zero width or height, and invisible characters (zero width space, BOM, word joiner,
soft hyphen). White text stays (it may sit on a dark box), and so do the joiners that
emoji and Persian or Indic text need."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from editor.formats.body import blocks_to_markdown, html_to_blocks
from editor.formats.foreign_html import sanitize_foreign_html, strip_invisible_characters
from editor.ui.body_editor import BodyEditor

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "paste"
SOFT_HYPHEN, ZWSP, BOM, WORD_JOINER = "\u00ad", "\u200b", "\ufeff", "\u2060"
ZWJ, ZWNJ = "\u200d", "\u200c"


def pasted(html: str) -> str:
    return sanitize_foreign_html(html)


@pytest.fixture
def editor(qtbot: QtBot) -> BodyEditor:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "style",
    [
        "font-size:0",
        "font-size: 0px",
        "FONT-SIZE: 0PT",
        "font-size:0.0pt",
        "font-size:0em",
        "font-size:0rem",
        "font-size:0%",
        "font-size: 0 !important",
        "font: 0/0 a",
        "font: normal 0px/0 Arial, sans-serif",
        "opacity:0",
        "opacity: 0.0",
        "opacity:0 !important",
        "width:0;height:0;overflow:hidden",
        "height:0px; overflow: hidden",
        "width: 0; overflow-x: hidden",
        "max-height:0px;max-width:0px;overflow:hidden",
        "position:absolute; width:0; height:0; overflow:clip",
    ],
)
def test_text_styled_invisible_is_dropped(style: str) -> None:
    assert pasted(f"<p>Vor <span style='{style}'>VERSTECKT</span>nach</p>") == "<p>Vor nach</p>"


@pytest.mark.parametrize(
    "style",
    [
        "font-size:0.5em",
        "font-size:10px",
        "font: italic 12px/1.4 Georgia",
        "opacity:0.5",
        "width:0",  # overflowing content shows
        "overflow:hidden",  # a normal box that clips nothing of its text
        "height:0; overflow:visible",
        "color:#fff",
        "color:#ffffff; background-color:#000",
        "color:white",
    ],
)
def test_visible_text_stays(style: str) -> None:
    assert pasted(f"<p>Vor <span style='{style}'>SICHTBAR</span> nach</p>") == (
        "<p>Vor SICHTBAR nach</p>"
    )


def test_aria_hidden_true_hides_and_false_does_not() -> None:
    html = (
        '<p><span aria-hidden="true">★</span>Bewertung <span aria-hidden="TRUE">4,5</span>'
        '<span aria-hidden="false">gut</span></p>'
    )
    assert pasted(html) == "<p>Bewertung gut</p>"


def test_a_zero_font_container_shows_children_that_set_a_real_size() -> None:
    html = (
        '<div style="font-size:0"><a href="https://example.com/a" style="font-size:14px">'
        'Teilen</a> <span>1.234 Shares</span> <span style="font-size:1.2em">relativ</span>'
        '<span style="font-size:16px">Drucken <b style="font-size:80%">jetzt</b></span></div>'
    )
    assert pasted(html) == (
        '<p><a href="https://example.com/a">Teilen</a>Drucken <strong>jetzt</strong></p>'
    )


def test_hidden_blocks_and_list_items_vanish_whole() -> None:
    html = (
        '<p style="opacity:0">Ganzer Absatz</p><ul><li>bleibt</li>'
        '<li aria-hidden="true">weg</li><li style="font-size:0">auch weg</li></ul>'
    )
    assert pasted(html) == "<ul><li>bleibt</li></ul>"


def test_invisible_characters_are_stripped() -> None:
    html = (
        f"<p>Bun{SOFT_HYPHEN}des&shy;tag</p><p>Null{ZWSP}breite&#8203;Leer&#x200B;zeichen</p>"
        f"<p>{BOM}BOM&#xFEFF; und Wort{WORD_JOINER}verbinder&#8288;</p><p>&shy;{ZWSP}</p>"
    )
    assert pasted(html) == (
        "<p>Bundestag</p><p>NullbreiteLeerzeichen</p><p>BOM und Wortverbinder</p>"
    )


def test_joiners_that_text_needs_stay() -> None:
    emoji = f"👩{ZWJ}💻 👨{ZWJ}👩{ZWJ}👧"
    persian = f"می{ZWNJ}خواهم"
    hindi = f"क्{ZWJ}ष"
    html = f"<p>{emoji} {persian} {hindi} &zwj;&zwnj;</p>"
    assert pasted(html) == f"<p>{emoji} {persian} {hindi} {ZWJ}{ZWNJ}</p>"


def test_strip_invisible_characters() -> None:
    text = f"Ab{SOFT_HYPHEN}ge{ZWSP}ord{BOM}ne{WORD_JOINER}te {ZWJ}{ZWNJ}"
    assert strip_invisible_characters(text) == f"Abgeordnete {ZWJ}{ZWNJ}"


def test_news_page_sample() -> None:
    safe = pasted((SAMPLES / "web_hidden_text.html").read_text(encoding="utf-8"))
    for hidden in (
        "Newsletter",
        "Shares",
        "E-Mail",
        "✎",
        "Autorenprofil",
        "tracking",
        "Bildersatz",
        SOFT_HYPHEN,
        ZWSP,
        BOM,
        WORD_JOINER,
    ):
        assert hidden not in safe, hidden
    assert blocks_to_markdown(html_to_blocks(safe)) == (
        "## Haushaltsstreit Der Bundestag vertagt die Abstimmung\n\n"
        "[Teilen](https://example.com/share?fb)\n\n"
        "Von Anna Muster\n\n"
        "Die Abgeordnetengruppe tagte bis in die Nacht. Ein Kompromiss ist nicht in Sicht.\n\n"
        'Sichtbar bleibt, was aria-hidden="false" trägt.\n\n'
        "Weißer Text auf dunklem Kasten bleibt.\n\n"
        f"Emoji 👩{ZWJ}💻 und Persisch می{ZWNJ}خواهم behalten ihre Verbinder."
    )


def found(editor: BodyEditor, word: str) -> bool:
    return not editor.document().find(word).isNull()


def test_pasted_hyphenated_words_are_found(qtbot: QtBot, editor: BodyEditor) -> None:
    mime = QMimeData()
    mime.setHtml(f"<p>Der Bun{SOFT_HYPHEN}des{SOFT_HYPHEN}tag tagt.</p>")
    mime.setText(f"Der Bun{SOFT_HYPHEN}des{SOFT_HYPHEN}tag tagt.")
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "Der Bundestag tagt."
    assert found(editor, "Bundestag")


def test_plain_text_paste_strips_invisible_characters(qtbot: QtBot, editor: BodyEditor) -> None:
    QGuiApplication.clipboard().setText(f"Ab{SOFT_HYPHEN}stim{ZWSP}mung im Bun{SOFT_HYPHEN}destag")
    editor.paste_plain_text()
    assert editor.toPlainText() == "Abstimmung im Bundestag"
    assert found(editor, "Bundestag")
    mime = QMimeData()
    mime.setText(f"\nEmoji 👩{ZWJ}💻{WORD_JOINER}")
    editor.insertFromMimeData(mime)
    assert editor.toPlainText().endswith(f"Emoji 👩{ZWJ}💻")
