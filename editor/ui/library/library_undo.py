"""`LibraryUndoCommand`: one library command on the window's library undo stack.

Redo queues the command on the client's write queue; what it returns (the command that
undoes it) is kept, in the write thread, for the undo, which queues that inverse in turn
and keeps what *it* returns for the next redo. The queue runs in order, so an undo always
finds the inverse its redo left, and the Qt-free command values do all the work: the CLI
runs the same ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services
    from editor.ui.workers.library_client import LibraryClient

Report = Callable[[str], None]


class LibraryUndoCommand(QUndoCommand):
    """A library command whose redo and undo run on the client's write queue."""

    def __init__(self, client: LibraryClient, command: LibraryCommand, report: Report) -> None:
        super().__init__(command.label)
        self._client = client
        self._report = report
        self._next: LibraryCommand | None = command  # only the write thread touches it
        self._tried: LibraryCommand | None = None  # the last one applied or attempted

    def redo(self) -> None:
        self._client.run_command(self._step, self._failed)

    def undo(self) -> None:
        self._client.run_command(self._step, self._failed)

    def _step(self, services: Services) -> LibraryCommand | None:
        """On the write thread: apply what is next, keep its inverse for the next step."""
        command, self._next = self._next, None
        if command is None:  # the step before failed: nothing to take back
            return None
        self._tried = command
        self._next = services.run(command)
        return command

    def _failed(self, error: BaseException) -> None:
        """Say why in the window's words ("Not deleted: the library file was moved or
        deleted"); the step is dropped from the stack."""
        from editor.services.commands import DeleteArticle
        from editor.services.failures import describe_save_failure

        self.setObsolete(True)
        words = "Not deleted" if isinstance(self._tried, DeleteArticle) else "Not done"
        reason = describe_save_failure(error).words
        self._report(QCoreApplication.translate("LibraryUndoCommand", words) + f": {reason}")
