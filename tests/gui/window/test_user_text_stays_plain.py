"""User text (headlines, section names, refused addresses) is never read as rich text
by a message box, label or tooltip (issue 15 item 4): a headline `<h1>x</h1><b>y</b>`
shows its tags literally."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor.ui.library.article_list import DetailRole
from tests.gui.driver import WindowDriver

HOSTILE = "<h1>x</h1><b>y</b>"


def test_the_delete_confirmation_shows_a_tagged_headline_literally(driver: WindowDriver) -> None:
    article_id = driver.article_id
    driver.set_text("headline", HOSTILE)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def cancel(box: QMessageBox) -> None:
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.Cancel).click()

    driver.ask_to_delete(cancel)
    assert seen == [
        (Qt.TextFormat.PlainText, f"Move “{HOSTILE}” to the Trash? It can be restored from there.")
    ]
    assert driver.article_id == article_id and driver.text("headline") == HOSTILE


def test_labels_that_show_user_text_are_plain(driver: WindowDriver) -> None:
    labels = driver.status_labels()
    assert len(labels) == 3
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_article_list_tooltips_escape_user_text(driver: WindowDriver) -> None:
    model = driver.article_list.model()
    assert model.rowCount() > 0
    index = model.index(0, 0)
    detail = str(model.data(index, DetailRole))
    tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert "<" not in tooltip.removeprefix("<p style='white-space:pre'>").removesuffix("</p>")
    assert detail.replace("&", "&amp;").replace("<", "&lt;") in tooltip
