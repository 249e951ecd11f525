"""User text (headlines, section names, refused addresses) is never read as rich text
by a message box, label or tooltip (issue 15 item 4): a headline `<h1>x</h1><b>y</b>`
shows its tags literally."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.ui.article_list import DetailRole
from editor.ui.main_window import MainWindow

HOSTILE = "<h1>x</h1><b>y</b>"


def test_the_delete_confirmation_shows_a_tagged_headline_literally(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.new_article()
    main_window.form.headline.setPlainText(HOSTILE)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = main_window.commands.delete_confirmation
        assert box is not None
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    main_window.commands.confirm_delete()
    assert seen == [
        (Qt.TextFormat.PlainText, f"Delete “{HOSTILE}” from the library? This cannot be undone.")
    ]


def test_labels_that_show_user_text_are_plain(main_window: MainWindow) -> None:
    assert main_window.form.notice.textFormat() == Qt.TextFormat.PlainText
    assert main_window.save_state_label.textFormat() == Qt.TextFormat.PlainText
    assert main_window.library_label.textFormat() == Qt.TextFormat.PlainText


def test_article_list_tooltips_escape_user_text(main_window: MainWindow) -> None:
    model = main_window.article_list.list_model
    assert model.rowCount() > 0
    index = model.index(0)
    detail = str(model.data(index, DetailRole))
    tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert "<" not in tooltip.removeprefix("<p style='white-space:pre'>").removesuffix("</p>")
    assert detail.replace("&", "&amp;").replace("<", "&lt;") in tooltip
