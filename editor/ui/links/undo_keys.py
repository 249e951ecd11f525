"""`LibraryUndoKeys`: Edit > Undo and Redo act on the library in the links panels.

The window's Undo and Redo act on the text field that has the focus (the body when no
field has it). In the Related Stories and Linked From panels and the story footer there
is no text to undo: there the keys of the window's `edit.undo` / `edit.redo` actions (as
the user set them) undo and redo the library's last changes instead. The filter takes the
key before the window's shortcut does (ShortcutOverride) only for those keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from editor.ui.actions.registry import ActionRegistry


class LibraryUndoKeys(QObject):
    """Undo/Redo keys pressed in the watched widgets go to the library's undo stack."""

    def __init__(self, registry: ActionRegistry, undo_stack: QUndoStack) -> None:
        super().__init__(registry)
        self._registry = registry
        self._undo_stack = undo_stack

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def _operation(self, event: QKeyEvent) -> str | None:
        pressed = QKeySequence(event.keyCombination())
        for action_id, operation in (("edit.undo", "undo"), ("edit.redo", "redo")):
            for sequence in self._registry[action_id].shortcuts():
                if sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return operation
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        operation = self._operation(event)
        if operation is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here as a key press, not to the window's action
            return True
        if event.type() == QEvent.Type.KeyPress:
            if operation == "undo":
                self._undo_stack.undo()
            else:
                self._undo_stack.redo()
            return True
        return super().eventFilter(watched, event)
