"""Light and dark palettes that follow the system colour scheme, plus the stylesheet.

`ThemeManager` reads `QStyleHints.colorScheme()`, applies the matching `ThemeColors`
as a palette for the Fusion style (which `editor.app.create_application` asks Qt for)
and fills the stylesheet template `styles:editor.qss` with the
colours and the body font; it re-applies when the system switches scheme and tells
listeners (icons are redrawn in the new text colour).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from editor.ui.qt.resources import stylesheet_template

STYLESHEET_NAME = "editor.qss"
THEME_MANAGER_NAME = "themeManager"


@dataclass(frozen=True)
class ThemeColors:
    """The handful of colours everything else is derived from."""

    name: str
    window: str
    base: str
    alternate_base: str
    text: str
    muted_text: str
    disabled_text: str
    accent: str
    highlight: str
    highlight_text: str
    border: str
    danger: str
    success: str
    sidebar: str


LIGHT = ThemeColors(
    name="light",
    window="#f3f2ee",
    base="#fdfcfa",
    alternate_base="#f0eee9",
    text="#1f1f1f",
    muted_text="#6b6965",
    disabled_text="#a9a6a0",
    accent="#b3261e",
    highlight="#c9dcf5",
    highlight_text="#111111",
    border="#dcd9d2",
    danger="#c62828",
    success="#2e7d32",
    sidebar="#ebe9e4",
)

DARK = ThemeColors(
    name="dark",
    window="#1e1f22",
    base="#25262a",
    alternate_base="#2b2c31",
    text="#e4e2dd",
    muted_text="#9c9a95",
    disabled_text="#5f5e5a",
    accent="#ef7a6f",
    highlight="#3a5378",
    highlight_text="#ffffff",
    border="#3a3b40",
    danger="#ef5350",
    success="#66bb6a",
    sidebar="#1a1b1e",
)


def system_prefers_dark() -> bool:
    """True when the platform reports a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colors_for_system() -> ThemeColors:
    return DARK if system_prefers_dark() else LIGHT


def build_palette(colors: ThemeColors) -> QPalette:
    """A complete palette (active, inactive and disabled groups) from `colors`."""
    palette = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.base,
        role.AlternateBase: colors.alternate_base,
        role.Text: colors.text,
        role.Button: colors.window,
        role.ButtonText: colors.text,
        role.ToolTipBase: colors.base,
        role.ToolTipText: colors.text,
        role.PlaceholderText: colors.disabled_text,
        role.Highlight: colors.highlight,
        role.HighlightedText: colors.highlight_text,
        role.Link: colors.accent,
        role.BrightText: colors.danger,
        role.Mid: colors.border,
        role.Light: colors.base,
        role.Midlight: colors.alternate_base,
        role.Dark: colors.border,
    }
    for color_role, value in roles.items():
        palette.setColor(color_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, color_role, QColor(colors.disabled_text))
    return palette


def build_stylesheet(colors: ThemeColors, body_family: str) -> str:
    """The stylesheet template filled with the theme's colours and the body font."""
    values = {**asdict(colors), "body_family": body_family}
    return Template(stylesheet_template(STYLESHEET_NAME)).safe_substitute(values)


class ThemeManager(QObject):
    """Applies the theme to the application and follows the system's scheme."""

    theme_changed = Signal(object)  # ThemeColors

    def __init__(self, app: QApplication, body_family: str) -> None:
        super().__init__(app)
        self.setObjectName(THEME_MANAGER_NAME)
        self._app = app
        self._body_family = body_family
        self.colors = colors_for_system()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply(self.colors)

    def apply(self, colors: ThemeColors) -> None:
        """Switch the whole application to `colors`."""
        self.colors = colors
        self._app.setPalette(build_palette(colors))
        self._app.setStyleSheet(build_stylesheet(colors, self._body_family))
        self.theme_changed.emit(colors)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply(colors_for_system())
