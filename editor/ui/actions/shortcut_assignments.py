"""The shortcuts dialog's working copy: which key sequences each action has, and conflicts.

Plain Python on key sequences written as portable text ("Ctrl+B"), so the rules are
independent of the widgets: one key sequence belongs to at most one action; keys the
body editor handles itself (`ActionSpec.hint`, e.g. Tab) belong to nobody else; an
action whose sequences equal its defaults needs no stored override. The dialog turns
`QKeySequence`s into this text and back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# What QKeySequence.listToString puts between sequences and listFromString splits on.
SEQUENCE_SEPARATOR = "; "


@dataclass(frozen=True)
class Conflict:
    """`sequence` already belongs to action `owner_id` (`by_editor`: as the editor's hint)."""

    sequence: str
    owner_id: str
    by_editor: bool = False


@dataclass(frozen=True)
class PendingChange:
    """Sequences the user gave an action that first need a decision about conflicts."""

    action_id: str
    sequences: tuple[str, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def can_reassign(self) -> bool:
        """Keys the editor handles itself cannot be taken away from it."""
        return not any(conflict.by_editor for conflict in self.conflicts)


class ShortcutAssignments:
    """Every action's key sequences while the dialog is open, in the given action order."""

    def __init__(
        self,
        defaults: Mapping[str, Sequence[str]],
        current: Mapping[str, Sequence[str]],
        editor_keys: Mapping[str, str] | None = None,
    ) -> None:
        self._defaults = {action_id: tuple(keys) for action_id, keys in defaults.items()}
        self._current = {
            action_id: tuple(current.get(action_id, keys))
            for action_id, keys in self._defaults.items()
        }
        self._editor_keys = {
            action_id: key for action_id, key in (editor_keys or {}).items() if key
        }

    def ids(self) -> list[str]:
        return list(self._defaults)

    def shortcuts(self, action_id: str) -> tuple[str, ...]:
        return self._current[action_id]

    def defaults(self, action_id: str) -> tuple[str, ...]:
        return self._defaults[action_id]

    def editor_key(self, action_id: str) -> str:
        """The key the body editor handles itself for this action ("" if none)."""
        return self._editor_keys.get(action_id, "")

    def is_modified(self, action_id: str) -> bool:
        return self._current[action_id] != self._defaults[action_id]

    def any_modified(self) -> bool:
        return any(self.is_modified(action_id) for action_id in self._current)

    def conflicts(self, action_id: str, sequences: Sequence[str]) -> tuple[Conflict, ...]:
        """Who already has any of `sequences` (other actions, or the editor itself)."""
        found: list[Conflict] = []
        for sequence in sequences:
            found.extend(
                Conflict(sequence, owner_id, by_editor=True)
                for owner_id, key in self._editor_keys.items()
                if key == sequence
            )
            found.extend(
                Conflict(sequence, owner_id)
                for owner_id, keys in self._current.items()
                if owner_id != action_id and sequence in keys
            )
        return tuple(found)

    def propose(self, action_id: str, sequences: Sequence[str]) -> PendingChange | None:
        """Give `action_id` exactly `sequences`; returns the change instead of making it
        when that needs a decision (a conflict), None when it was made."""
        wanted = tuple(dict.fromkeys(sequence for sequence in sequences if sequence))
        conflicts = self.conflicts(action_id, wanted)
        if conflicts:
            return PendingChange(action_id, wanted, conflicts)
        self._current[action_id] = wanted
        return None

    def reassign(self, change: PendingChange) -> None:
        """Make a pending change: the other actions lose the sequences it takes."""
        if not change.can_reassign:
            raise ValueError("keys the editor handles itself cannot be reassigned")
        taken = set(change.sequences)
        for owner_id, keys in self._current.items():
            if owner_id != change.action_id:
                self._current[owner_id] = tuple(key for key in keys if key not in taken)
        self._current[change.action_id] = change.sequences

    def clear(self, action_id: str) -> None:
        self._current[action_id] = ()

    def reset(self, action_id: str) -> PendingChange | None:
        """Back to the default sequences (a conflict if another action took one since)."""
        return self.propose(action_id, self._defaults[action_id])

    def reset_all(self) -> None:
        self._current = dict(self._defaults)

    def overrides(self) -> dict[str, str]:
        """What to store: only the actions that differ from their defaults ("" = none)."""
        return {
            action_id: SEQUENCE_SEPARATOR.join(keys)
            for action_id, keys in self._current.items()
            if self.is_modified(action_id)
        }
