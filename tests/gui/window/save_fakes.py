"""Stand-ins for the window's save tests: scripted answers instead of dialogs, and a
library whose disk can fill up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import OperationalError

from editor.domain import Article
from editor.storage.library import Library
from editor.ui.session.save_coordinator import QuitChoice


@dataclass
class ScriptedPrompts:
    """SavePrompts that answer from lists and record what was asked and told."""

    quit_answers: list[QuitChoice] = field(default_factory=list)
    copy_paths: list[Path | None] = field(default_factory=list)
    library_paths: list[Path | None] = field(default_factory=list)
    asked_on_quit: list[str] = field(default_factory=list)
    told: list[tuple[str, str]] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    on_quit_question: Callable[[], None] | None = None

    def ask_on_quit(self, words: str, library_gone: bool = False) -> QuitChoice:
        self.asked_on_quit.append(words + (" [library gone]" if library_gone else ""))
        if self.on_quit_question is not None:
            self.on_quit_question()
        return self.quit_answers.pop(0) if self.quit_answers else QuitChoice.QUIT_ANYWAY

    def ask_copy_path(self, headline: str) -> Path | None:
        return self.copy_paths.pop(0) if self.copy_paths else None

    def ask_library_path(self, library_name: str) -> Path | None:
        return self.library_paths.pop(0) if self.library_paths else None

    def offer_library_elsewhere(self, library_name: str, accept: Callable[[], object]) -> None:
        self.offers.append(library_name)

    def tell(self, title: str, text: str) -> None:
        self.told.append((title, text))


class FillingDisk:
    """A library whose saves fail as SQLite's do on a full disk while `full` is set."""

    def __init__(self, library: Library, full: bool = True) -> None:
        self.library = library
        self.full = full
        self.attempts = 0

    def save(self, article: Article) -> Article:
        self.attempts += 1
        if self.full:
            raise OperationalError(
                "UPDATE articles SET body=? WHERE id = ?",
                (article.body, article.id),
                sqlite3.OperationalError("database or disk is full"),
            )
        return self.library.save(article)
