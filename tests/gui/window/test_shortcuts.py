"""Every formatting and view shortcut, pressed on the real window, has its effect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.driver import WindowDriver

TYPED = "alpha beta"


@pytest.fixture
def typed(driver: WindowDriver) -> WindowDriver:
    """The window on a fresh article with TYPED typed in the body."""
    driver.new_article()
    driver.type(TYPED)
    assert driver.text() == TYPED, "the typing arrived in the body"
    return driver


@pytest.mark.parametrize(
    ("keys", "attribute", "action_id", "marked"),
    [
        ("Ctrl+B", "bold", "format.bold", f"**{TYPED}**"),
        ("Ctrl+I", "italic", "format.italic", f"*{TYPED}*"),
        ("Ctrl+Shift+X", "strikethrough", "format.strikethrough", f"~~{TYPED}~~"),
    ],
)
def test_inline_format_shortcuts(
    typed: WindowDriver, keys: str, attribute: str, action_id: str, marked: str
) -> None:
    typed.select_all()
    typed.press(keys)
    assert getattr(typed.body.format_state(), attribute) is True
    assert typed.is_checked(action_id)
    assert typed.markdown().strip() == marked
    typed.press(keys)
    assert getattr(typed.body.format_state(), attribute) is False
    assert not typed.is_checked(action_id)
    assert typed.markdown().strip() == TYPED


@pytest.mark.parametrize(("keys", "level"), [("Ctrl+2", 2), ("Ctrl+3", 3)])
def test_subhead_shortcuts_and_normal_paragraph(typed: WindowDriver, keys: str, level: int) -> None:
    typed.press(keys)
    assert typed.body.format_state().heading_level == level
    assert typed.markdown().startswith("#" * level + f" {TYPED}")
    assert typed.is_checked(f"format.heading{level}")
    typed.press("Ctrl+0")
    assert typed.body.format_state().heading_level == 0
    assert typed.is_checked("format.paragraph")
    assert typed.markdown().strip() == TYPED


def test_subhead_shortcut_twice_returns_to_paragraph(typed: WindowDriver) -> None:
    typed.press("Ctrl+2")
    assert typed.body.format_state().heading_level == 2
    assert typed.markdown().strip() == f"## {TYPED}"
    typed.press("Ctrl+2")
    assert typed.body.format_state().heading_level == 0
    assert typed.markdown().strip() == TYPED


def test_bullet_list_and_tab_nesting(typed: WindowDriver) -> None:
    typed.press("Ctrl+Shift+8")
    assert typed.body.format_state().list_style == "bullet"
    assert typed.is_checked("format.bullet_list")
    typed.key(Qt.Key.Key_Return)
    typed.type("gamma")
    typed.key(Qt.Key.Key_Tab)
    assert gamma_line(typed).startswith((" ", "\t"))
    typed.key(Qt.Key.Key_Backtab)
    assert gamma_line(typed) == "- gamma"
    assert typed.markdown().splitlines()[0] == f"- {TYPED}"


def gamma_line(driver: WindowDriver) -> str:
    return next(line for line in driver.markdown().splitlines() if "gamma" in line)


def test_indent_and_outdent_actions_follow_the_list(typed: WindowDriver) -> None:
    assert not typed.is_enabled("format.indent")
    typed.press("Ctrl+Shift+7")
    assert typed.body.format_state().list_style == "numbered"
    assert typed.markdown().strip() == f"1. {TYPED}"
    assert typed.is_checked("format.numbered_list")
    assert typed.is_enabled("format.indent")
    assert typed.action("format.indent").text().endswith("\tTab")


def test_block_quote_shortcut(typed: WindowDriver) -> None:
    typed.press("Ctrl+Shift+9")
    assert typed.body.format_state().in_quote
    assert typed.is_checked("format.quote")
    assert typed.markdown().startswith(f"> {TYPED}")


def test_remove_formatting_shortcut(typed: WindowDriver) -> None:
    typed.select_all()
    typed.press("Ctrl+B")
    typed.press("Ctrl+I")
    assert typed.markdown().strip() == f"***{TYPED}***"
    typed.press("Ctrl+Space")
    state = typed.body.format_state()
    assert not state.bold and not state.italic
    assert typed.markdown().strip() == TYPED


def test_link_shortcut_opens_the_link_dialog(qtbot: QtBot, typed: WindowDriver) -> None:
    typed.select_all()
    typed.press("Ctrl+K")
    dialog = typed.body.findChild(QDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    url_field = next(field for field in dialog.findChildren(QLineEdit) if field.text() == "")
    url_field.setText("https://example.org/")
    dialog.accept()
    assert typed.markdown().strip() == f"[{TYPED}](https://example.org/)"


@pytest.mark.parametrize(("keys", "replace"), [("Ctrl+F", False), ("Ctrl+H", True)])
def test_find_and_replace_shortcuts_show_the_bar(
    qtbot: QtBot, typed: WindowDriver, keys: str, replace: bool
) -> None:
    typed.press(keys)
    bar = typed.find_bar
    qtbot.waitUntil(bar.isVisible)
    focus = typed.focused()
    assert focus is not None and bar.isAncestorOf(focus)
    assert bar.replace_field.isVisible() is replace
    assert typed.text() == TYPED


def test_zoom_shortcuts(typed: WindowDriver) -> None:
    normal = typed.body.font().pointSizeF()
    typed.press("Ctrl++")
    assert typed.body.font().pointSizeF() > normal
    typed.press("Ctrl+Alt+0")
    assert typed.body.font().pointSizeF() == normal
    typed.press("Ctrl+-")
    assert typed.body.font().pointSizeF() < normal
    assert typed.text() == TYPED, "no zoom key typed into the body"
    typed.trigger("view.zoom_reset")
    assert typed.body.font().pointSizeF() == normal


def test_focus_mode_hides_chrome_and_comes_back(typed: WindowDriver) -> None:
    window = typed.window
    typed.press("F11")
    assert typed.in_focus_mode()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.toolbar.isVisible()
    assert not window.sidebar.isVisible()
    assert window.statusBar().isVisible(), "the word count stays in sight"
    assert typed.status_label("counts").isVisible()
    assert not typed.status_label("library").isVisible()
    assert typed.body.typewriter_scrolling()
    typed.type(" gamma")
    assert typed.text() == f"{TYPED} gamma", "typing goes on in focus mode"
    typed.press("F11")
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.sidebar.isVisible()
    assert typed.status_label("library").isVisible()
    assert not typed.body.typewriter_scrolling()


def test_escape_leaves_focus_mode(typed: WindowDriver) -> None:
    typed.press("F11")
    assert typed.in_focus_mode() and typed.window.isFullScreen()
    typed.key(Qt.Key.Key_Escape, into=typed.window)
    assert not typed.in_focus_mode()
    assert not typed.window.isFullScreen()
    assert typed.text() == TYPED


def test_formatting_is_disabled_in_plain_fields(driver: WindowDriver) -> None:
    driver.focus("headline")
    assert not driver.is_enabled("format.bold")
    before_body, before_headline = driver.markdown(), driver.text("headline")
    driver.press("Ctrl+B")
    assert driver.markdown() == before_body
    assert driver.text("headline") == before_headline, "Ctrl+B typed nothing"
    driver.focus("body")
    assert driver.is_enabled("format.bold")


def test_toolbar_state_follows_the_cursor(driver: WindowDriver) -> None:
    text = driver.text()
    driver.put_caret(text.index("knapper") + 2)
    assert driver.is_checked("format.bold")
    driver.put_caret(text.index("Millionen"))
    assert driver.is_checked("format.bullet_list")
    assert not driver.is_checked("format.bold")
    driver.put_caret(text.index("Die Reaktionen") + 1)
    assert driver.is_checked("format.heading2")
    assert not driver.is_checked("format.bullet_list")


def test_new_article_shortcut(driver: WindowDriver) -> None:
    previous = driver.article_id
    driver.press("Ctrl+N")
    assert driver.article_id != previous
    assert driver.text("headline") == ""
    assert driver.text() == ""
    assert driver.title() == "Untitled article — Copydesk"
    assert driver.has_focus("headline")


def test_save_shortcut_stores_at_once(driver: WindowDriver) -> None:
    driver.new_article()
    driver.type("Gespeichert per Tastatur", into="headline")
    driver.press("Ctrl+S")
    stored = driver.wait_until_saved(headline="Gespeichert per Tastatur")
    assert stored.id == driver.article_id and stored.version == 1


def test_undo_redo_shortcuts(typed: WindowDriver) -> None:
    typed.type(" gamma")
    assert typed.text() == f"{TYPED} gamma"
    typed.press("Ctrl+Z")
    assert "gamma" not in typed.text()
    typed.press("Ctrl+Shift+Z")
    assert typed.text() == f"{TYPED} gamma"


def test_undo_menu_action_reaches_the_focused_field(driver: WindowDriver) -> None:
    before = driver.text("headline")
    driver.type_at_end("X", into="headline")
    assert driver.text("headline") == before + "X"
    driver.trigger("edit.undo")
    assert driver.text("headline") == before


def test_clipboard_shortcuts(typed: WindowDriver) -> None:
    typed.select_all()
    typed.press("Ctrl+C")
    assert QApplication.clipboard().text() == TYPED
    typed.press("Ctrl+X")
    assert typed.text() == ""
    typed.press("Ctrl+V")
    assert typed.text() == TYPED
    typed.press("Ctrl+A")
    assert typed.selection() == (0, TYPED)


def test_paste_plain_text_shortcut_drops_formatting(typed: WindowDriver) -> None:
    data = QMimeData()
    data.setHtml("<b>fett</b> und <i>kursiv</i>")
    data.setText("fett und kursiv")
    QApplication.clipboard().setMimeData(data)
    typed.select_all()
    typed.press("Ctrl+Shift+V")
    assert typed.markdown().strip() == "fett und kursiv"


def test_panel_shortcuts(driver: WindowDriver) -> None:
    window = driver.window
    driver.press("Ctrl+Shift+L")
    assert not window.sidebar.isVisible()
    assert not driver.is_checked("view.sidebar")
    driver.press("Ctrl+Shift+L")
    assert window.sidebar.isVisible()
    driver.press("Ctrl+Shift+I")
    assert not window.details_dock.isVisible()
    driver.press("Ctrl+Shift+D")
    assert window.details_dock.isVisible()
    assert driver.focused() is driver.details.byline


def test_help_shortcut_lists_every_shortcut(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.press("F1")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
    qtbot.waitUntil(dialog.isVisible)
    rows = driver.window.registry.shortcut_table()
    assert ("Bold", "Ctrl+B") in rows
    assert ("Paste as Plain Text", "Ctrl+Shift+V") in rows
    dialog.close()


def test_quit_shortcut_closes_the_window(qtbot: QtBot, driver: WindowDriver) -> None:
    driver.press("Ctrl+Q")
    qtbot.waitUntil(lambda: not driver.window.isVisible())
