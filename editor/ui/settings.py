"""Preferences with typed defaults in one place; only changed values are written.

`Preferences` holds what a user chooses (zoom, typography, shortcuts...). Window geometry
and dock layout live in a separate `WindowStateStore`, so resetting preferences never
loses the window layout and vice versa (the split ReText uses).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Copydesk"
APPLICATION = "Copydesk"
WINDOW_STATE_APPLICATION = "Copydesk-window-state"
SHORTCUTS_GROUP = "shortcuts"

T = TypeVar("T", bound=bool | int | str)


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One preference: its key and its typed default."""

    key: str
    default: T


TYPOGRAPHY_ENABLED = Preference("editor/typography", True)
ZOOM_STEPS = Preference("editor/zoom_steps", 0)
SIDEBAR_VISIBLE = Preference("view/sidebar_visible", True)
DETAILS_VISIBLE = Preference("view/details_visible", True)
LAST_ARTICLE_ID = Preference("session/last_article_id", "")


def _coerce(raw: object, default: T) -> T:
    """Turn a stored value (INI files give strings) back into the default's type."""
    value: object
    if isinstance(default, bool):
        value = (
            raw.strip().lower() in {"1", "true", "yes", "on"} if isinstance(raw, str) else bool(raw)
        )
    elif isinstance(default, int):
        try:
            value = int(str(raw))
        except ValueError:
            value = default
    else:
        value = str(raw)
    return cast(T, value)


def _open_settings(path: Path | None, application: str) -> QSettings:
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, application
    )


class Preferences:
    """Typed access to the user's preferences, backed by QSettings."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = _open_settings(path, APPLICATION)

    def get(self, preference: Preference[T]) -> T:
        """The stored value, or the default when nothing (or garbage) is stored."""
        raw = self._store.value(preference.key)
        if raw is None:
            return preference.default
        return _coerce(raw, preference.default)

    def set(self, preference: Preference[T], value: T) -> None:
        """Store `value`; a value equal to the default removes the key instead."""
        if value == preference.default:
            self._store.remove(preference.key)
        else:
            self._store.setValue(preference.key, value)

    def shortcut_overrides(self) -> dict[str, str]:
        """User-chosen shortcuts by action id (portable key sequence text; "" = none)."""
        self._store.beginGroup(SHORTCUTS_GROUP)
        try:
            return {key: str(self._store.value(key, "")) for key in self._store.childKeys()}
        finally:
            self._store.endGroup()

    def set_shortcut_override(self, action_id: str, sequence: str | None) -> None:
        """Override an action's shortcut (`None` restores the default)."""
        key = f"{SHORTCUTS_GROUP}/{action_id}"
        if sequence is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, sequence)

    def stored_keys(self) -> list[str]:
        """Every key actually written (only values that differ from the defaults)."""
        return list(self._store.allKeys())

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()


class WindowStateStore:
    """Window geometry and dock/toolbar layout, kept apart from preferences."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = _open_settings(path, WINDOW_STATE_APPLICATION)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def layout_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save(self, geometry: QByteArray, layout_state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", layout_state)
        self._store.sync()
