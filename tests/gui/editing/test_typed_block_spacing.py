"""Blocks typed into the body carry the house spacing a loaded block has, so a story looks
the same while it is written and after it is reopened: in a new editor, in a new article
of the real window, after all text was deleted, after Enter on an empty paragraph, in
lists, quotes and subheads, and after Ctrl+0."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.block_structure import PARAGRAPH_SPACING
from tests.gui.driver import WindowDriver

ENTER = Qt.Key.Key_Return
BlockLook = tuple[float, float, float, float, float, int, int, float, int]


def block_look(block: QTextBlock) -> BlockLook:
    """What decides how a block sits on the page: margins, line height, indents."""
    block_format = block.blockFormat()
    return (
        block_format.topMargin(),
        block_format.bottomMargin(),
        block_format.leftMargin(),
        block_format.rightMargin(),
        block_format.lineHeight(),
        block_format.lineHeightType(),
        block_format.indent(),
        block_format.textIndent(),
        block_format.headingLevel(),
    )


def looks(editor: BodyEditor) -> list[tuple[str, BlockLook]]:
    result = []
    block = editor.document().begin()
    while block.isValid():
        result.append((block.text(), block_look(block)))
        block = block.next()
    return result


def loaded_looks(qtbot: QtBot, markdown_text: str) -> list[tuple[str, BlockLook]]:
    """The blocks of `markdown_text` as the editor loads them."""
    loaded = BodyEditor()
    qtbot.addWidget(loaded)
    loaded.set_markdown(markdown_text)
    return looks(loaded)


def type_paragraphs(editor: BodyEditor, *paragraphs: str) -> None:
    for index, paragraph in enumerate(paragraphs):
        if index:
            QTest.keyClick(editor, ENTER)
        QTest.keyClicks(editor, paragraph)


def assert_looks_as_reopened(qtbot: QtBot, editor: BodyEditor) -> None:
    typed = looks(editor)
    assert typed == loaded_looks(qtbot, editor.markdown())
    reopened = BodyEditor()
    qtbot.addWidget(reopened)
    reopened.set_markdown(editor.markdown())
    assert looks(reopened) == typed


STORY = ("Erster Absatz.", "Zweiter Absatz.", "Dritter Absatz.")


def test_paragraphs_typed_into_a_new_editor(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, *STORY)
    assert looks(editor) == loaded_looks(qtbot, "\n\n".join(STORY))
    assert all(look[1] == PARAGRAPH_SPACING for _text, look in looks(editor))
    assert_looks_as_reopened(qtbot, editor)


def test_a_new_editor_starts_unmodified_with_nothing_to_undo(editor: BodyEditor) -> None:
    document = editor.document()
    assert document.firstBlock().blockFormat().bottomMargin() == PARAGRAPH_SPACING
    assert not document.isModified()
    assert not document.isUndoAvailable()


def test_paragraphs_typed_into_an_empty_body(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("")
    assert editor.document().firstBlock().blockFormat().bottomMargin() == PARAGRAPH_SPACING
    type_paragraphs(editor, *STORY)
    assert looks(editor) == loaded_looks(qtbot, "\n\n".join(STORY))


def test_paragraphs_typed_into_a_new_article(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.new_article()
    driver.focus("body")
    type_paragraphs(driver.body, *STORY)
    assert driver.markdown() == "\n\n".join(STORY)
    assert looks(driver.body) == loaded_looks(qtbot, "\n\n".join(STORY))


def test_paragraphs_typed_after_deleting_everything(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_markdown("## Alt\n\n- eins\n- zwei\n\n> Zitat\n\nSchluss")
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    type_paragraphs(editor, *STORY)
    assert looks(editor) == loaded_looks(qtbot, "\n\n".join(STORY))


def test_enter_on_an_empty_paragraph_starts_a_new_one(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Oben.", "", "Unten.")
    assert [text for text, _look in looks(editor)] == ["Oben.", "", "Unten."]
    assert {look for _text, look in looks(editor)} == {loaded_looks(qtbot, "Oben.")[0][1]}


def test_enter_is_one_undo_step(editor: BodyEditor) -> None:
    type_paragraphs(editor, "Ein Satz.")
    QTest.keyClick(editor, ENTER)
    assert editor.document().blockCount() == 2
    editor.undo()
    assert editor.document().blockCount() == 1
    assert editor.toPlainText() == "Ein Satz."


def test_enter_replaces_the_selection(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Vorne weg hinten")
    cursor = editor.textCursor()
    cursor.setPosition(len("Vorne"))
    cursor.setPosition(len("Vorne weg "), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, ENTER)
    assert looks(editor) == loaded_looks(qtbot, "Vorne\n\nhinten")


def test_list_items_typed_keep_their_spacing(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Einleitung.", "eins")
    editor.toggle_bullet_list()
    type_paragraphs(editor, "", "zwei", "drei")
    QTest.keyClick(editor, ENTER)
    QTest.keyClick(editor, ENTER)  # an empty item: out of the list
    QTest.keyClicks(editor, "Schluss.")
    assert editor.markdown() == "Einleitung.\n\n- eins\n- zwei\n- drei\n\nSchluss."
    assert_looks_as_reopened(qtbot, editor)


def test_quoted_paragraphs_typed(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Vorher.", "Zitat eins")
    editor.toggle_block_quote()
    type_paragraphs(editor, "", "Zitat zwei")
    QTest.keyClick(editor, ENTER)
    QTest.keyClick(editor, ENTER)  # an empty quoted paragraph: out of the quote
    QTest.keyClicks(editor, "Nachher.")
    assert editor.markdown() == "Vorher.\n\n> Zitat eins\n>\n> Zitat zwei\n\nNachher."
    assert_looks_as_reopened(qtbot, editor)


def test_subheads_and_ctrl_0_paragraphs_typed(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Zwischentitel")
    editor.set_heading_level(2)
    type_paragraphs(editor, "", "Text darunter.", "War ein Titel")
    editor.set_heading_level(3)
    editor.set_heading_level(0)  # Ctrl+0
    type_paragraphs(editor, "", "Letzter Absatz.")
    assert editor.markdown() == (
        "## Zwischentitel\n\nText darunter.\n\nWar ein Titel\n\nLetzter Absatz."
    )
    assert_looks_as_reopened(qtbot, editor)


def test_enter_inside_a_subhead_gives_two_subheads(qtbot: QtBot, editor: BodyEditor) -> None:
    type_paragraphs(editor, "Erster Teil Zweiter Teil")
    editor.set_heading_level(2)
    cursor = editor.textCursor()
    cursor.setPosition(len("Erster Teil"))
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, ENTER)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.markdown() == "## Erster Teil\n\n## Zweiter Teil"
    assert_looks_as_reopened(qtbot, editor)
