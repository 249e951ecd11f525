"""The dialogs of the save coordinator: what to do with unsaved text on quitting, where
to write a copy of an article or of the whole library, and messages about conflicts.

Every text that may hold a headline is shown as plain text, never as rich text. The
conflict message and the offer to save a vanished library elsewhere come unasked while
the journalist may be typing: they appear in the window's notice strip (save_notice.py),
which never takes the keyboard, so no keystroke lands in a box nobody was looking at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from editor.domain.slug import slugify
from editor.ui.session.save_coordinator import QuitChoice
from editor.ui.session.save_notice import SaveNotice

APP_NAME = "Copydesk"
COPY_FILTERS = "Markdown (*.md);;Plain text (*.txt)"
LIBRARY_FILTER = "Copydesk library (*.sqlite)"


def plain_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that shows `text` literally (headlines are never rich text)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class SaveDialogs(QObject):
    """SavePrompts for the real window: message boxes and file dialogs."""

    def __init__(self, parent_window: QMainWindow) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self.notice = SaveNotice(parent_window)

    def ask_on_quit(self, words: str, library_gone: bool = False) -> QuitChoice:
        box = plain_box(
            self._window,
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "Your latest changes could not be saved: {reason}.\n\n"
                "Try again, save a copy of the article as a file, or quit without them."
            ).replace("{reason}", words),
        )
        box.setObjectName("quitUnsavedBox")
        retry = box.addButton(self.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
        save_copy = box.addButton(self.tr("Save a &Copy As…"), QMessageBox.ButtonRole.ActionRole)
        quit_anyway = box.addButton(self.tr("&Quit Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.setEscapeButton(cancel)
        choices = [
            (retry, QuitChoice.RETRY),
            (save_copy, QuitChoice.SAVE_COPY),
            (quit_anyway, QuitChoice.QUIT_ANYWAY),
        ]
        if library_gone:
            save_library = box.addButton(
                self.tr("Save &Library As…"), QMessageBox.ButtonRole.ActionRole
            )
            box.setDefaultButton(save_library)
            choices.append((save_library, QuitChoice.SAVE_LIBRARY))
        box.exec()
        clicked = box.clickedButton()
        return next((choice for button, choice in choices if button is clicked), QuitChoice.CANCEL)

    def ask_copy_path(self, headline: str) -> Path | None:
        name = (slugify(headline) or "article") + ".md"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save a Copy of the Article"),
            str(Path.home() / name),
            COPY_FILTERS,
        )
        return Path(chosen) if chosen else None

    def ask_library_path(self, library_name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save Library As"),
            str(Path.home() / f"{library_name or 'library'}.sqlite"),
            LIBRARY_FILTER,
        )
        return Path(chosen) if chosen else None

    def offer_library_elsewhere(self, library_name: str, accept: Callable[[], object]) -> None:
        self.notice.show_notice(
            self.tr(
                "The library file “{name}” was moved or deleted while Copydesk had it open. "
                "Your changes since then are not saved, and nothing more is written there. "
                "Save the library under a new name to go on working."
            ).replace("{name}", library_name),
            self.tr("Save Library As…"),
            accept,
        )

    def tell(self, title: str, text: str) -> None:
        self.notice.show_notice(f"{title}: {text}")
