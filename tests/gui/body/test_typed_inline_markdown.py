"""Formatting typed and applied in the real body editor is stored as plain Markdown:
Ctrl+B / Ctrl+I while typing, strikethrough and links, selections that take a space
along, formatting inside words. The stored body has no <strong>, <em>, <del> or <s>, and
reopening it gives the same Markdown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.formats.body import render_html
from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing import link_commands

CTRL = Qt.KeyboardModifier.ControlModifier
RAW_FORMATTING_TAGS = re.compile(r"</?(?:strong|b|em|i|del|s)>")
URL = "https://example.com/quelle"


def _stored(qtbot: QtBot, editor: BodyEditor) -> str:
    """The body as saved: no raw formatting tags, and a reopened editor saves the same."""
    markdown = editor.markdown()
    assert not RAW_FORMATTING_TAGS.search(markdown), markdown
    reopened = BodyEditor()
    qtbot.addWidget(reopened)
    reopened.set_markdown(markdown)
    assert reopened.markdown() == markdown
    return markdown


def _select(editor: BodyEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _ctrl(qtbot: QtBot, editor: BodyEditor, key: Qt.Key) -> None:
    qtbot.keyClick(editor, key, CTRL)


def test_bold_and_italic_typed_together(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Das ist ")
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClicks(editor, "both")
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    qtbot.keyClicks(editor, " fertig.")
    assert _stored(qtbot, editor) == "Das ist ***both*** fertig."
    assert "<strong><em>both</em></strong>" in render_html(editor.markdown())


def test_bold_and_strikethrough_typed_together(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "a ")
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    editor.toggle_strikethrough()
    qtbot.keyClicks(editor, "sb")
    editor.toggle_strikethrough()
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    qtbot.keyClicks(editor, " b, ")
    editor.toggle_strikethrough()
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClicks(editor, "si")
    assert _stored(qtbot, editor) == "a ~~**sb**~~ b, ~~*si*~~"


def test_italic_typed_from_a_space(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "x")
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClicks(editor, " kursiv ")
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClicks(editor, "y ")
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    qtbot.keyClicks(editor, "fett ")
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    qtbot.keyClicks(editor, "z")
    assert _stored(qtbot, editor) == "x *kursiv* y **fett** z"


def test_selection_with_its_trailing_space(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "eins zwei drei vier")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == "zwei "
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    editor.toggle_strikethrough()
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == "drei "
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    assert _stored(qtbot, editor) == "eins ~~*zwei*~~ **drei** vier"


def test_formatting_inside_a_compound(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Bundestagswahl und Landtagswahlkampf")
    _select(editor, 6, 9)
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    _select(editor, 10, 14)
    editor.toggle_strikethrough()
    _select(editor, 19, 27)
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    _select(editor, 27, 31)
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    markdown = _stored(qtbot, editor)
    assert markdown == "Bundes**tag**s~~wahl~~ und *Landtags**wahl***kampf"
    html = render_html(markdown)
    assert "Bundes<strong>tag</strong>s<del>wahl</del>" in html
    assert "<em>Landtags<strong>wahl</strong></em>kampf" in html


def test_links_inside_and_around_formatting(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Mehr unter Quelle heute")
    _select(editor, 11, 17)
    span = link_commands.link_span_at(editor.textCursor())
    editor.apply_link(span, "Quelle", URL)
    _select(editor, 5, 17)
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    _select(editor, 11, 17)
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    editor.toggle_strikethrough()
    markdown = _stored(qtbot, editor)
    assert markdown == f"Mehr **unter [~~*Quelle*~~]({URL})** heute"
    assert f'<strong>unter <a href="{URL}"><del><em>Quelle</em></del></a></strong>' in (
        render_html(markdown)
    )


def test_literal_markers_next_to_formatting_stay_literal(qtbot: QtBot, editor: BodyEditor) -> None:
    literal = ["5 * 3 ", " _x_ ** ~~ C:\\Temp #tag <b> 1. FC"]
    qtbot.keyClicks(editor, literal[0])
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    qtbot.keyClicks(editor, "**")
    _ctrl(qtbot, editor, Qt.Key.Key_I)
    _ctrl(qtbot, editor, Qt.Key.Key_B)
    editor.toggle_strikethrough()
    qtbot.keyClicks(editor, "_")
    editor.toggle_strikethrough()
    qtbot.keyClicks(editor, literal[1])
    markdown = _stored(qtbot, editor)
    assert markdown == (
        "5 \\* 3 ***\\*\\****~~\\_~~ \\_x\\_ \\*\\* \\~\\~ C:\\Temp #tag &lt;b> 1. FC"
    )
    reopened = BodyEditor()
    qtbot.addWidget(reopened)
    reopened.set_markdown(markdown)
    assert reopened.toPlainText() == literal[0] + "**_" + literal[1]


@pytest.mark.parametrize(
    ("loaded", "saved"),
    [
        ("***x***", "***x***"),
        ("Bundes***tag***wahl", "Bundes***tag***wahl"),
        ("<strong>*both*</strong>", "***both***"),
        ("<strong>~~sb~~</strong>", "~~**sb**~~"),
        ("a<em> i</em>", "a *i*"),
        ("**_x_** und _**y**_", "***x*** und ***y***"),
    ],
)
def test_loaded_body_is_saved_as_markdown(
    qtbot: QtBot, editor: BodyEditor, loaded: str, saved: str
) -> None:
    editor.set_markdown(loaded)
    assert _stored(qtbot, editor) == saved
