"""File > Import… and files dropped on the window: progress, Cancel, the summary, the
list following the new articles."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from editor.services import folder_import
from tests.gui.transfer.transfer_driver import TransferDriver


def text_article(folder: Path, name: str, headline: str) -> Path:
    path = folder / name
    path.write_text(f'"{headline}"\n\nDer Vorspann.\n\nErster Absatz.\n', encoding="utf-8")
    return path


def test_import_reports_a_bad_file_and_imports_the_good_ones(
    transfer: TransferDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = [
        text_article(tmp_path, "eins.txt", "Brücke gesperrt"),
        text_article(tmp_path, "zwei.txt", "Markt eröffnet"),
    ]
    bad = tmp_path / "kaputt.docx"
    bad.write_bytes(b"not a zip file at all")
    transfer.answer_file_dialogs(monkeypatch, files=[good[0], bad, good[1]])

    transfer.window.trigger("library.import")
    box = transfer.message_box("importSummary")

    assert box.text() == "2 imported, 1 failed."
    assert box.informativeText().startswith("kaputt.docx: ")
    assert str(bad) in box.detailedText()
    headlines = transfer.window.listed_headlines()
    assert "Brücke gesperrt" in headlines and "Markt eröffnet" in headlines
    stored = {summary.headline for summary in transfer.services.library.list_articles()}
    assert {"Brücke gesperrt", "Markt eröffnet"} <= stored
    transfer.close_message_box(box)


def test_cancel_stops_the_import_after_the_file_in_progress(
    transfer: TransferDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [text_article(tmp_path, f"{n}.txt", f"Meldung Nummer {n}") for n in range(1, 5)]
    gate = threading.Event()
    real_import_file = folder_import.import_file

    def second_file_waits(*args: object, **kwargs: object) -> object:
        if Path(str(args[1])).name == "2.txt":
            assert gate.wait(10)
        return real_import_file(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_import, "import_file", second_file_waits)
    transfer.answer_file_dialogs(monkeypatch, files=files)

    transfer.window.trigger("library.import")
    progress = transfer.wait_for_progress(1)
    transfer.press_cancel(progress)
    gate.set()
    box = transfer.message_box("importSummary")

    assert box.text() == "Import cancelled: 2 imported."
    stored = {summary.headline for summary in transfer.services.library.list_articles()}
    assert {"Meldung Nummer 1", "Meldung Nummer 2"} <= stored
    assert not {"Meldung Nummer 3", "Meldung Nummer 4"} & stored
    transfer.close_message_box(box)


def test_a_folder_is_imported_when_no_file_is_chosen(
    transfer: TransferDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Eingang"
    (folder / "innen").mkdir(parents=True)
    text_article(folder, "a.txt", "Aus dem Ordner")
    text_article(folder / "innen", "b.txt", "Aus dem Unterordner")
    (folder / "bild.png").write_bytes(b"\x89PNG")
    transfer.answer_file_dialogs(monkeypatch, folder=folder)

    transfer.window.trigger("library.import")
    box = transfer.message_box("importSummary")

    assert box.text() == "2 imported, 1 skipped."
    assert "Aus dem Unterordner" in transfer.window.listed_headlines()
    transfer.close_message_box(box)


def test_files_dropped_on_the_window_are_imported(transfer: TransferDriver, tmp_path: Path) -> None:
    path = text_article(tmp_path, "drop.txt", "Hereingezogen")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    window = transfer.window.window
    where = QPoint(20, window.height() // 2)
    action = Qt.DropAction.CopyAction
    no_buttons, no_keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, action, data, no_buttons, no_keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    QApplication.sendEvent(window, QDropEvent(where, action, data, no_buttons, no_keys))
    box = transfer.message_box("importSummary")

    assert box.text() == "1 imported."
    assert "Hereingezogen" in transfer.window.listed_headlines()
    transfer.close_message_box(box)


def test_text_drags_are_left_to_the_widgets(transfer: TransferDriver) -> None:
    data = QMimeData()
    data.setText("nur Text")
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(transfer.window.window, enter)
    assert not enter.isAccepted()
