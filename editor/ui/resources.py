"""The shipped resources (icons, fonts, styles): where they live and how Qt finds them.

A wheel carries them as `editor/resources` (hatchling force-include); an editable install
uses the repository's `resources/` beside the package. (This module lives in editor.ui
because it registers Qt search paths, fonts and icons.) `register_search_paths()` makes
them reachable as `icons:`, `fonts:` and `styles:`; `load_body_font()` registers the
shipped OFL body font; `themed_icon()` renders an SVG icon in a palette colour at any
size and device pixel ratio, so icons stay crisp on every screen and in both themes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs
from PySide6.QtCore import QDir, QSize
from PySide6.QtGui import QColor, QFontDatabase, QIcon

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # editor/
RESOURCE_ROOTS = (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources")
SEARCH_PREFIXES = ("icons", "fonts", "styles")
BODY_FONT_FILES = (
    "CharisSIL-Regular.ttf",
    "CharisSIL-Italic.ttf",
    "CharisSIL-Bold.ttf",
    "CharisSIL-BoldItalic.ttf",
)
FALLBACK_BODY_FAMILY = "serif"


@cache
def resources_dir() -> Path:
    """The packaged resources if present, else the repository's `resources/`."""
    for root in RESOURCE_ROOTS:
        if (root / "icons").is_dir():
            return root
    return RESOURCE_ROOTS[-1]


def resource_path(prefix: str, name: str) -> Path:
    """The file `name` in the resource folder `prefix` (icons, fonts, styles...)."""
    return resources_dir() / prefix / name


def register_search_paths() -> None:
    """Let Qt resolve `icons:name.svg`, `fonts:...` and `styles:...`."""
    root = resources_dir()
    for prefix in SEARCH_PREFIXES:
        QDir.setSearchPaths(prefix, [str(root / prefix)])


@cache
def load_body_font() -> str:
    """Register the shipped body font with Qt and return its family name.

    Falls back to the platform's serif family if the files are missing or unreadable,
    so a broken install still shows text.
    """
    family = ""
    for file_name in BODY_FONT_FILES:
        path = resource_path("fonts", file_name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    return family or FALLBACK_BODY_FAMILY


@cache
def icon_source(name: str) -> str:
    """The SVG text of the icon `name` (without `.svg`); empty if there is none."""
    path = resource_path("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _icon_cache_dir() -> Path:
    folder = platformdirs.user_cache_path("Copydesk", appauthor=False) / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _recoloured_svg(name: str, source: str, color: QColor) -> str:
    """Path of `name` drawn in `color`, written once to the user cache folder."""
    path = _icon_cache_dir() / f"{name}-{color.name(QColor.NameFormat.HexArgb)[1:]}.svg"
    if not path.exists():
        temporary = path.with_suffix(".tmp")
        temporary.write_text(source.replace("currentColor", color.name()), encoding="utf-8")
        temporary.replace(path)
    return str(path)


def themed_icon(name: str, color: QColor, disabled_color: QColor) -> QIcon:
    """The icon `name` drawn in `color` (and `disabled_color` when disabled).

    Qt's own SVG icon engine renders it at whatever size and device pixel ratio is asked
    for. (A Python QIconEngine subclass would be destroyed by Qt's exit handlers after
    the interpreter is gone, which crashes the process on exit.)
    """
    source = icon_source(name)
    if not source:
        return QIcon()
    icon = QIcon()
    icon.addFile(_recoloured_svg(name, source, color), QSize(), QIcon.Mode.Normal)
    icon.addFile(_recoloured_svg(name, source, disabled_color), QSize(), QIcon.Mode.Disabled)
    return icon


def stylesheet_template(name: str) -> str:
    """The text of the stylesheet `name` in resources/styles (empty if missing)."""
    path = resource_path("styles", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""
