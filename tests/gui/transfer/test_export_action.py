"""File > Export…: the formats of the registry plus Word and PDF, the live preview of
the page, the text options, and files written whole."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from editor.formats.registry import EXPORTS
from editor.ui.transfer.export_dialog import ExportDialog
from tests.gui.transfer.transfer_driver import TransferDriver

FEATURE_HEADLINE = "Stadtrat beschließt Haushalt nach langer Debatte"


def test_the_dialog_offers_every_registered_format_then_word_and_pdf(
    transfer: TransferDriver,
) -> None:
    dialog = transfer.export_dialog()
    names = [dialog.format_box.itemData(index) for index in range(dialog.format_box.count())]
    assert names == [*(name for name in EXPORTS if name not in ("docx", "pdf")), "docx", "pdf"]
    dialog.reject()


def test_the_preview_shows_the_page_with_the_headline(transfer: TransferDriver) -> None:
    dialog = transfer.export_dialog()
    transfer.qtbot.waitUntil(lambda: FEATURE_HEADLINE in dialog.preview.toPlainText())
    shown = dialog.preview.toPlainText()
    assert "Die Stadtverordneten haben am Abend" in shown
    assert '"@context"' not in shown  # the JSON-LD block is data, not text on the page
    dialog.reject()


def test_the_preview_follows_the_format_and_the_text_options(transfer: TransferDriver) -> None:
    dialog = transfer.export_dialog()
    dialog.select_format("text")
    transfer.qtbot.waitUntil(
        lambda: dialog.preview.toPlainText().startswith(f'"{FEATURE_HEADLINE}"')
    )
    dialog.wrap_check.setChecked(True)
    dialog.wrap_columns.setValue(30)
    transfer.qtbot.waitUntil(
        lambda: max(map(len, dialog.preview.toPlainText().splitlines()[1:])) <= 30
    )
    assert dialog.destination_path() is not None
    assert dialog.destination_path().suffix == ".txt"  # type: ignore[union-attr]
    dialog.reject()


def test_text_export_writes_the_chosen_options(transfer: TransferDriver, tmp_path: Path) -> None:
    transfer.window.set_text("headline", "Kurz und knapp")
    transfer.window.set_text("body", "Ein Satz, der lang genug ist, um umbrochen zu werden.")
    dialog = transfer.export_dialog()
    dialog.select_format("text")
    dialog.wrap_check.setChecked(True)
    dialog.wrap_columns.setValue(20)
    target = tmp_path / "kurz.txt"
    dialog.destination.setText(str(target))
    dialog.accept()

    transfer.wait_for_status("Exported to")
    text = target.read_text(encoding="utf-8")
    assert text.startswith('"Kurz und knapp"\n')
    assert all(len(line) <= 20 for line in text.splitlines()[2:])
    assert "Ein Satz, der lang" in text


def headline_of_ninjs(path: Path) -> str:
    headline: str = json.loads(path.read_text("utf-8"))["headlines"][0]["value"]
    return headline


def test_ninjs_and_word_and_pdf_are_written(transfer: TransferDriver, tmp_path: Path) -> None:
    for name, check in (
        ("ninjs", lambda path: headline_of_ninjs(path) == FEATURE_HEADLINE),
        ("docx", lambda path: zipfile.is_zipfile(path)),
        ("pdf", lambda path: path.read_bytes().startswith(b"%PDF-")),
    ):
        dialog = transfer.export_dialog()
        dialog.select_format(name)
        target = tmp_path / f"artikel.{name}"
        dialog.destination.setText(str(target))
        dialog.accept()
        transfer.qtbot.waitUntil(target.exists)
        assert check(target), name
        assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_a_failed_export_says_why_and_writes_nothing(
    transfer: TransferDriver, tmp_path: Path
) -> None:
    dialog = transfer.export_dialog()
    dialog.select_format("html")
    target = tmp_path / "fehlt" / "seite.html"
    dialog.destination.setText(str(target))
    dialog.accept()

    box = transfer.message_box("exportProblem")
    assert "does not exist" in box.text()
    assert not target.parent.exists()
    transfer.close_message_box(box)


def test_the_shortcuts_open_export_and_import(
    transfer: TransferDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: asked.append("files") or ([], "")
    )
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: asked.append("folder") or ""
    )
    transfer.window.press("Ctrl+Shift+O")
    assert asked == ["files", "folder"]  # no file chosen: a folder is asked for next

    transfer.window.press("Ctrl+Shift+E")
    dialog = transfer.window.window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
