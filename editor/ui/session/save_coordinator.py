"""The save coordinator: decides what happens when saving the article does not simply work.

- A save met another version of the article (another window, the CLI importing into it):
  the autosaver has kept the user's text as a new article, their copy; the coordinator
  has the window reload the other version and says so in a message, not only in the
  status bar.
- A save failed (full disk, locked or read-only library): the status says why in words
  and the save is retried. If the library file was moved or deleted, saving stops and
  the user is offered to save the library elsewhere (`save_library_elsewhere`), where
  work goes on.
- Quitting (`ready_to_close`): everything is saved synchronously first; if that fails
  the user chooses Retry, Save a Copy As… (the article as a Markdown or text file) or
  Quit Anyway (and Save Library As… when the library file is gone), and the window stays
  open until one of them has succeeded.

A QObject without widgets: it talks to the article session through `SessionWindow`
(ui/session/article_session.py, which shows things through the window) and to the
user through `SavePrompts` (save_prompts.py), so tests can stand in for either.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from editor.domain import Article
from editor.ui.qt.shown_text import shown_headline
from editor.ui.session.autosave import Autosaver

if TYPE_CHECKING:
    from editor.services.failures import SaveFailure
    from editor.services.library_services import Services


class QuitChoice(enum.Enum):
    """The answers to "your changes could not be saved" when quitting."""

    RETRY = "retry"
    SAVE_COPY = "save_copy"
    SAVE_LIBRARY = "save_library"  # offered when the library file is gone
    QUIT_ANYWAY = "quit_anyway"
    CANCEL = "cancel"


class SavePrompts(Protocol):
    """What the coordinator asks and tells the user (dialogs in the real window)."""

    def ask_on_quit(self, words: str, library_gone: bool = False) -> QuitChoice: ...

    def ask_copy_path(self, headline: str) -> Path | None: ...

    def ask_library_path(self, library_name: str) -> Path | None: ...

    def offer_library_elsewhere(self, library_name: str, accept: Callable[[], object]) -> None: ...

    def tell(self, title: str, text: str) -> None: ...


class SessionWindow(Protocol):
    """What the coordinator needs from the article session."""

    library: Services | None

    def current_article_id(self) -> str: ...

    def reload_article(self, article_id: str) -> None: ...

    def use_library(self, library: Services) -> None: ...

    def show_save_problem(self, text: str) -> None: ...


class SaveCoordinator(QObject):
    """Conflicts, failed saves and quitting with unsaved text (see the module docstring)."""

    def __init__(
        self,
        autosaver: Autosaver,
        window: SessionWindow,
        prompts: SavePrompts,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.autosaver = autosaver
        self.window = window
        self.prompts = prompts
        self.closing = False
        self._offered_elsewhere = False
        autosaver.conflicted.connect(self.on_conflict)
        autosaver.save_failed.connect(self.on_save_failed)

    # -- while editing -----------------------------------------------------------------

    def on_conflict(self, mine: Article, copy: Article) -> None:
        """Another version of `mine` was stored; the user's text goes on as `copy`."""
        headline = shown_headline(mine.headline)
        if not self.closing and mine.id == self.window.current_article_id():
            self.window.reload_article(mine.id)
        self.window.show_save_problem(
            self.tr("Not saved: someone else changed “{headline}”; your text is kept as “{copy}”")
            .replace("{headline}", headline)
            .replace("{copy}", copy.headline)
        )
        if self.closing:
            return
        self.prompts.tell(
            self.tr("Article changed elsewhere"),
            self.tr(
                "“{headline}” was saved by someone else (another window or program) while "
                "you were editing it. Nothing was overwritten: your text is kept as a new "
                "article, “{copy}”, in the same section. The editor now shows the other "
                "version."
            )
            .replace("{headline}", headline)
            .replace("{copy}", copy.headline),
        )

    def on_save_failed(self, failure: SaveFailure) -> None:
        """Say why in words; offer to save a vanished library elsewhere (once)."""
        from editor.services.failures import FailureKind

        self.window.show_save_problem(self.tr("Not saved: ") + self.tr(failure.words))
        if failure.kind is FailureKind.LIBRARY_GONE and not self._offered_elsewhere:
            self._offered_elsewhere = True
            if not self.closing:
                self.prompts.offer_library_elsewhere(
                    self._library_name(), self.save_library_elsewhere
                )

    def _library_name(self) -> str:
        library = self.window.library
        return library.name if library is not None else ""

    def save_library_elsewhere(self) -> bool:
        """File > Save Library As…: copy the whole library (from what is still open) to a
        file the user picks and go on working there; queued saves go there too."""
        from editor.services.failures import LibraryError, describe_save_failure
        from editor.services.library_services import Services

        library = self.window.library
        if library is None:
            return False
        path = self.prompts.ask_library_path(library.name)
        if path is None:
            return False
        # What can still be saved goes in first (the write queue drained), so the copy
        # has it; what cannot stays queued and is saved into the copy.
        self.autosaver.flush()
        try:
            library.save_copy_to(path)
            moved_to = Services.open(str(path))
        except (LibraryError, OSError) as error:
            words = describe_save_failure(error).words
            self.prompts.tell(
                self.tr("Library not saved"),
                self.tr("The library could not be saved there: {reason}.").replace(
                    "{reason}", words
                ),
            )
            return False
        self._offered_elsewhere = False
        self.window.use_library(moved_to)
        self.autosaver.save_now()
        return True

    # -- quitting ----------------------------------------------------------------------

    def ready_to_close(self) -> bool:
        """Save everything now; True once it is saved, written to files the user chose,
        or the user chose to quit without it. False: keep the window open."""
        from editor.services.failures import FailureKind

        self.closing = True
        while True:
            failures = self.autosaver.flush()
            if not failures:
                return True
            gone = failures[0].kind is FailureKind.LIBRARY_GONE
            choice = self.prompts.ask_on_quit(self.tr(failures[0].words), gone)
            if choice is QuitChoice.SAVE_LIBRARY:
                self.save_library_elsewhere()
            if choice in (QuitChoice.RETRY, QuitChoice.SAVE_LIBRARY):
                continue
            if choice is QuitChoice.QUIT_ANYWAY or (
                choice is QuitChoice.SAVE_COPY and self._save_copies()
            ):
                self.autosaver.discard_unsaved()
                return True
            if choice is QuitChoice.CANCEL:
                self.closing = False
                return False

    def _save_copies(self) -> bool:
        """Write every unsaved article to a file the user picks; False if any is not."""
        return all(self._save_copy(article) for article in self.autosaver.unsaved_articles())

    def _save_copy(self, article: Article) -> bool:
        from editor.services.safekeeping import write_article_copy

        path = self.prompts.ask_copy_path(article.headline)
        if path is None:
            return False
        try:
            write_article_copy(article, path)
        except OSError as error:
            from editor.services.failures import describe_save_failure

            self.prompts.tell(
                self.tr("Copy not saved"),
                self.tr("The copy could not be written to {path}: {reason}.")
                .replace("{path}", str(path))
                .replace("{reason}", describe_save_failure(error).words),
            )
            return False
        return True
