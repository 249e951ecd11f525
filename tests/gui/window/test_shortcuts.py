"""Every formatting and view shortcut, pressed on the real window, has its effect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(sequence: str) -> None:
    """Press a key sequence on whatever has focus, as a user would."""
    combination = QKeySequence(sequence)[0]  # type: ignore[index]
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


@pytest.fixture
def blank_body(main_window: MainWindow) -> MainWindow:
    """The window on a fresh article with "alpha beta" typed in the body."""
    main_window.new_article()
    main_window.form.body.setFocus()
    QTest.keyClicks(main_window.form.body, "alpha beta")
    return main_window


def select_all_body(window: MainWindow) -> None:
    cursor = window.form.body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    window.form.body.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("keys", "attribute", "action_id"),
    [
        ("Ctrl+B", "bold", "format.bold"),
        ("Ctrl+I", "italic", "format.italic"),
        ("Ctrl+Shift+X", "strikethrough", "format.strikethrough"),
    ],
)
def test_inline_format_shortcuts(
    blank_body: MainWindow, keys: str, attribute: str, action_id: str
) -> None:
    select_all_body(blank_body)
    press(keys)
    assert getattr(blank_body.form.body.format_state(), attribute) is True
    assert blank_body.registry[action_id].isChecked()
    assert "alpha" in blank_body.form.body.markdown()
    press(keys)
    assert getattr(blank_body.form.body.format_state(), attribute) is False
    assert not blank_body.registry[action_id].isChecked()


@pytest.mark.parametrize(("keys", "level"), [("Ctrl+2", 2), ("Ctrl+3", 3)])
def test_subhead_shortcuts_and_normal_paragraph(
    blank_body: MainWindow, keys: str, level: int
) -> None:
    press(keys)
    assert blank_body.form.body.format_state().heading_level == level
    assert blank_body.form.body.markdown().startswith("#" * level + " alpha beta")
    assert blank_body.registry[f"format.heading{level}"].isChecked()
    press("Ctrl+0")
    assert blank_body.form.body.format_state().heading_level == 0
    assert blank_body.registry["format.paragraph"].isChecked()
    assert blank_body.form.body.markdown().strip() == "alpha beta"


def test_subhead_shortcut_twice_returns_to_paragraph(blank_body: MainWindow) -> None:
    press("Ctrl+2")
    press("Ctrl+2")
    assert blank_body.form.body.format_state().heading_level == 0


def test_bullet_list_and_tab_nesting(blank_body: MainWindow) -> None:
    press("Ctrl+Shift+8")
    assert blank_body.form.body.format_state().list_style == "bullet"
    assert blank_body.registry["format.bullet_list"].isChecked()
    QTest.keyClick(blank_body.form.body, Qt.Key.Key_Return)
    QTest.keyClicks(blank_body.form.body, "gamma")
    QTest.keyClick(blank_body.form.body, Qt.Key.Key_Tab)
    assert gamma_line(blank_body).startswith((" ", "\t"))
    QTest.keyClick(blank_body.form.body, Qt.Key.Key_Backtab)
    assert gamma_line(blank_body) == "- gamma"


def gamma_line(window: MainWindow) -> str:
    return next(line for line in window.form.body.markdown().splitlines() if "gamma" in line)


def test_indent_and_outdent_actions_follow_the_list(blank_body: MainWindow) -> None:
    assert not blank_body.registry["format.indent"].isEnabled()
    press("Ctrl+Shift+7")
    assert blank_body.form.body.format_state().list_style == "numbered"
    assert blank_body.registry["format.numbered_list"].isChecked()
    assert blank_body.registry["format.indent"].isEnabled()
    assert blank_body.registry["format.indent"].text().endswith("\tTab")


def test_block_quote_shortcut(blank_body: MainWindow) -> None:
    press("Ctrl+Shift+9")
    assert blank_body.form.body.format_state().in_quote
    assert blank_body.registry["format.quote"].isChecked()
    assert blank_body.form.body.markdown().startswith("> alpha beta")


def test_remove_formatting_shortcut(blank_body: MainWindow) -> None:
    select_all_body(blank_body)
    press("Ctrl+B")
    press("Ctrl+I")
    press("Ctrl+Space")
    state = blank_body.form.body.format_state()
    assert not state.bold and not state.italic
    assert blank_body.form.body.markdown().strip() == "alpha beta"


def test_link_shortcut_opens_the_link_dialog(qtbot: QtBot, blank_body: MainWindow) -> None:
    select_all_body(blank_body)
    press("Ctrl+K")
    dialog = blank_body.form.body.findChild(QDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    url_field = next(field for field in dialog.findChildren(QLineEdit) if field.text() == "")
    url_field.setText("https://example.org/")
    dialog.accept()
    assert "](https://example.org/)" in blank_body.form.body.markdown()


@pytest.mark.parametrize(("keys", "replace"), [("Ctrl+F", False), ("Ctrl+H", True)])
def test_find_and_replace_shortcuts_show_the_bar(
    qtbot: QtBot, blank_body: MainWindow, keys: str, replace: bool
) -> None:
    press(keys)
    bar = blank_body.form.find_bar
    qtbot.waitUntil(bar.isVisible)
    focus = QApplication.focusWidget()
    assert focus is not None and bar.isAncestorOf(focus)


def test_zoom_shortcuts(blank_body: MainWindow) -> None:
    body = blank_body.form.body
    normal = body.font().pointSizeF()
    press("Ctrl++")
    assert body.font().pointSizeF() > normal
    press("Ctrl+Alt+0")
    assert body.font().pointSizeF() == normal
    press("Ctrl+-")
    assert body.font().pointSizeF() < normal
    blank_body.commands.zoom(0)


def test_focus_mode_hides_chrome_and_comes_back(qtbot: QtBot, blank_body: MainWindow) -> None:
    window = blank_body
    press("F11")
    assert window.commands.focus_mode
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.toolbar.isVisible()
    assert not window.sidebar.isVisible()
    assert window.statusBar().isVisible(), "the word count stays in sight"
    assert window.counts.counts_label.isVisible()
    assert not window.library_label.isVisible()
    assert window.form.body.typewriter_scrolling()
    QTest.keyClicks(window.form.body, " gamma")
    press("F11")
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.sidebar.isVisible()
    assert window.library_label.isVisible()
    assert not window.form.body.typewriter_scrolling()


def test_escape_leaves_focus_mode(blank_body: MainWindow) -> None:
    press("F11")
    QTest.keyClick(blank_body, Qt.Key.Key_Escape)
    assert not blank_body.commands.focus_mode


def test_formatting_is_disabled_in_plain_fields(main_window: MainWindow) -> None:
    main_window.form.headline.setFocus()
    assert not main_window.registry["format.bold"].isEnabled()
    before = main_window.form.body.markdown()
    press("Ctrl+B")
    assert main_window.form.body.markdown() == before
    main_window.form.body.setFocus()
    assert main_window.registry["format.bold"].isEnabled()


def test_toolbar_state_follows_the_cursor(main_window: MainWindow, stored: object) -> None:
    body = main_window.form.body
    document = body.document()
    bold_at = document.toPlainText().index("knapper")
    cursor = body.textCursor()
    cursor.setPosition(bold_at + 2)
    body.setTextCursor(cursor)
    assert main_window.registry["format.bold"].isChecked()
    list_at = document.toPlainText().index("Millionen")
    cursor.setPosition(list_at)
    body.setTextCursor(cursor)
    assert main_window.registry["format.bullet_list"].isChecked()
    assert not main_window.registry["format.bold"].isChecked()
    heading_at = document.toPlainText().index("Die Reaktionen")
    cursor.setPosition(heading_at + 1)
    body.setTextCursor(cursor)
    assert main_window.registry["format.heading2"].isChecked()
    assert not main_window.registry["format.bullet_list"].isChecked()


def test_new_article_shortcut(main_window: MainWindow) -> None:
    previous = main_window.article.id
    press("Ctrl+N")
    assert main_window.article.id != previous
    assert main_window.form.headline.text() == ""
    assert main_window.form.body.toPlainText() == ""
    assert main_window.windowTitle() == "Untitled article — Copydesk"
    assert QApplication.focusWidget() is main_window.form.headline


def test_save_shortcut_stores_at_once(
    qtbot: QtBot, main_window: MainWindow, stored: object
) -> None:
    main_window.new_article()
    QTest.keyClicks(main_window.form.headline, "Gespeichert per Tastatur")
    press("Ctrl+S")
    qtbot.waitUntil(lambda: not main_window.autosaver.is_busy)
    article = stored(main_window.article.id)  # type: ignore[operator]
    assert isinstance(article, Article)
    assert article.headline == "Gespeichert per Tastatur"


def test_undo_redo_shortcuts(blank_body: MainWindow) -> None:
    body = blank_body.form.body
    QTest.keyClicks(body, " gamma")
    press("Ctrl+Z")
    assert "gamma" not in body.toPlainText()
    press("Ctrl+Shift+Z")
    assert body.toPlainText().endswith("gamma")


def test_undo_menu_action_reaches_the_focused_field(main_window: MainWindow) -> None:
    headline = main_window.form.headline
    headline.setFocus()
    QTest.keyClicks(headline, "X")
    main_window.registry["edit.undo"].trigger()
    assert not headline.text().endswith("X")


def test_clipboard_shortcuts(blank_body: MainWindow) -> None:
    body = blank_body.form.body
    select_all_body(blank_body)
    press("Ctrl+C")
    assert QApplication.clipboard().text() == "alpha beta"
    press("Ctrl+X")
    assert body.toPlainText() == ""
    press("Ctrl+V")
    assert body.toPlainText() == "alpha beta"
    press("Ctrl+A")
    assert body.textCursor().selectedText() == "alpha beta"


def test_paste_plain_text_shortcut_drops_formatting(blank_body: MainWindow) -> None:
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setHtml("<b>fett</b> und <i>kursiv</i>")
    data.setText("fett und kursiv")
    QApplication.clipboard().setMimeData(data)
    select_all_body(blank_body)
    press("Ctrl+Shift+V")
    assert blank_body.form.body.markdown().strip() == "fett und kursiv"


def test_panel_shortcuts(main_window: MainWindow) -> None:
    press("Ctrl+Shift+L")
    assert not main_window.sidebar.isVisible()
    assert not main_window.registry["view.sidebar"].isChecked()
    press("Ctrl+Shift+L")
    assert main_window.sidebar.isVisible()
    press("Ctrl+Shift+I")
    assert not main_window.details_dock.isVisible()
    press("Ctrl+Shift+D")
    assert main_window.details_dock.isVisible()
    assert QApplication.focusWidget() is main_window.details.byline


def test_help_shortcut_lists_every_shortcut(qtbot: QtBot, main_window: MainWindow) -> None:
    press("F1")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    qtbot.waitUntil(dialog.isVisible)
    rows = main_window.registry.shortcut_table()
    assert ("Bold", "Ctrl+B") in rows
    assert ("Paste as Plain Text", "Ctrl+Shift+V") in rows
    dialog.close()


def test_quit_shortcut_closes_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    press("Ctrl+Q")
    qtbot.waitUntil(lambda: not main_window.isVisible())
