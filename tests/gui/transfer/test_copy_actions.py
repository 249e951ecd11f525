"""Edit > Copy as HTML and Edit > Copy as Plain Text: the whole article, or the body's
selection, on the clipboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.transfer.transfer_driver import TransferDriver

FEATURE_HEADLINE = "Stadtrat beschließt Haushalt nach langer Debatte"


def test_copy_as_html_puts_html_and_plain_text_of_the_article(transfer: TransferDriver) -> None:
    transfer.window.focus("headline")
    transfer.window.trigger("edit.copy_html")

    data = QApplication.clipboard().mimeData()
    assert data is not None and data.hasHtml() and data.hasText()
    assert f"<h1>{FEATURE_HEADLINE}</h1>" in data.html()
    assert "<strong>mit knapper Mehrheit</strong>" in data.html()
    assert "<script" not in data.html()
    assert data.text().startswith(f'"{FEATURE_HEADLINE}"\n\n')
    assert transfer.window.status() == "Copied as HTML"


def test_copy_as_html_of_a_selection_holds_only_the_selection(transfer: TransferDriver) -> None:
    transfer.window.focus("body")
    text = transfer.window.text()
    start = text.index("am Abend")
    transfer.window.select(start, text.index("Mehrheit") + len("Mehrheit"))
    transfer.window.trigger("edit.copy_html")

    data = QApplication.clipboard().mimeData()
    assert data is not None
    assert data.html() == "<p>am Abend <strong>mit knapper Mehrheit</strong></p>"
    assert data.text() == "am Abend mit knapper Mehrheit"


def test_copy_as_plain_text_uses_the_seed_layout(transfer: TransferDriver) -> None:
    transfer.window.set_text("headline", "Neue Brücke")
    transfer.window.set_text("teaser", "Der Vorspann.")
    transfer.window.set_text("body", "Erster Absatz.\n\nZweiter Absatz.")
    transfer.window.focus("headline")
    transfer.window.trigger("edit.copy_plain")

    expected = '"Neue Brücke"\n\nDer Vorspann.\n\nErster Absatz.\n\nZweiter Absatz.\n'
    assert QApplication.clipboard().text() == expected


def test_copy_as_plain_text_of_a_selection(transfer: TransferDriver) -> None:
    transfer.window.set_text("body", "Eins.\n\nZwei.\n\nDrei.")
    transfer.window.focus("body")
    text = transfer.window.text()
    transfer.window.select(text.index("Zwei"), text.index("Drei") + len("Drei."))
    transfer.window.trigger("edit.copy_plain")

    assert QApplication.clipboard().text() == "Zwei.\n\nDrei."
