"""Pasting follows the same rules as loading: the one link allow-list (a refused link
is pasted as text and reported), and U+2028/U+2029, noncharacters and U+FFFC stay text
in rich and in plain pastes."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor


def _paste_html(editor: BodyEditor, html: str) -> None:
    source = QMimeData()
    source.setHtml(html)
    editor.insertFromMimeData(source)


def test_a_refused_link_is_pasted_as_text_and_reported(qtbot: QtBot, editor: BodyEditor) -> None:
    with qtbot.waitSignal(editor.links_refused) as refused:
        _paste_html(editor, '<p>Vorsicht <a href="javascript:alert(1)">Klick</a> hier</p>')
    assert refused.args == [["javascript:alert(1)"]]
    assert editor.markdown() == "Vorsicht Klick hier"


def test_allowed_links_are_pasted_with_their_titles(qtbot: QtBot, editor: BodyEditor) -> None:
    with qtbot.assertNotEmitted(editor.links_refused):
        _paste_html(
            editor,
            '<p><a href="/politik/haushalt" title="Der Etat">Haushalt</a>, '
            '<a href="#abschnitt">Anker</a>, <a href="tel:+4930123">Telefon</a></p>',
        )
    assert editor.markdown() == (
        '[Haushalt](/politik/haushalt "Der Etat"), [Anker](#abschnitt), [Telefon](tel:+4930123)'
    )


def test_separators_and_noncharacters_stay_text_in_a_rich_paste(editor: BodyEditor) -> None:
    _paste_html(editor, "<p>a\u2028b\u2029c\ufdd0d\ufffce</p>")
    assert editor.markdown() == "a\u2028b\u2029c\ufdd0d\ufffce"
    assert editor.document().blockCount() == 1


def test_separators_and_noncharacters_stay_text_in_a_plain_paste(editor: BodyEditor) -> None:
    source = QMimeData()
    source.setText("a\u2028b\u2029c\ufdd1d\ufffce\nneuer Absatz")
    editor.insertFromMimeData(source)
    assert editor.markdown() == "a\u2028b\u2029c\ufdd1d\ufffce\n\nneuer Absatz"
