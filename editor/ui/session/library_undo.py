"""Library commands on the library's undo stack: `LibraryUndoCommand` wraps one or more
command values of `editor.services.commands` in a QUndoCommand.

Redo and undo never touch the library on the GUI thread: each queues a job on the
`LibraryClient`'s write queue (`run_commands`), which applies the commands waiting to be
applied and keeps their inverses for the next turn. Because the write queue runs jobs in
the order they were queued, an undo queued right after its redo finds the inverses the
redo produced, however fast the user presses the keys. A command that fails is reported
through `on_error` (`report_failure` puts it into the window's words); nothing waits after
it, so undoing or redoing it later does nothing. The library browser and the story links
share this one wrapper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from editor.ui.workers.library_client import ErrorCallback, LibraryClient

if TYPE_CHECKING:
    from editor.services.commands import LibraryCommand


class LibraryUndoCommand(QUndoCommand):
    """Library command values as one step of a QUndoStack (applied in order, undone in
    reverse order)."""

    def __init__(
        self,
        client: LibraryClient,
        commands: Sequence[LibraryCommand],
        text: str,
        on_error: ErrorCallback | None = None,
        on_applied: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(text)
        self._client = client
        self._on_error = on_error
        self._on_applied = on_applied
        # Read and replaced only on the write thread, job after job.
        self._waiting: tuple[LibraryCommand, ...] = tuple(commands)

    def redo(self) -> None:
        self._turn()

    def undo(self) -> None:
        self._turn()

    def _turn(self) -> None:
        """Apply what waits (the commands, or after them their inverses) on the write
        queue; what undoes it waits for the next turn."""

        def take() -> tuple[LibraryCommand, ...]:
            waiting, self._waiting = self._waiting, ()
            return waiting

        def applied(inverses: tuple[LibraryCommand, ...]) -> None:
            if self._on_applied is not None:
                self._on_applied()

        def keep(inverses: tuple[LibraryCommand, ...]) -> None:
            self._waiting = inverses

        self._client.run_commands(take, applied, self._on_error, keep)


def report_failure(report: Callable[[str], None], command: LibraryCommand) -> ErrorCallback:
    """An `on_error` that says why in the window's words ("Not deleted: the library file
    was moved or deleted")."""

    def failed(error: BaseException) -> None:
        from editor.services.commands import DeleteArticle
        from editor.services.failures import describe_save_failure

        words = "Not deleted" if isinstance(command, DeleteArticle) else "Not done"
        reason = describe_save_failure(error).words
        report(QCoreApplication.translate("LibraryUndoCommand", words) + f": {reason}")

    return failed
