"""The shipped resources (icons, fonts, styles): where they live and how Qt finds them.

A wheel carries them as `editor/resources` (hatchling force-include); an editable install
uses the repository's `resources/` beside the package. (This module lives in editor.ui
because it registers Qt search paths, fonts and icons.) `register_search_paths()` makes
them reachable as `icons:`, `fonts:` and `styles:`; `load_body_font()` registers the
shipped OFL body font; `themed_icon()` renders an SVG icon in a palette colour at any
size and device pixel ratio, so icons stay crisp on every screen and in both themes.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QDir, QSize, QStandardPaths
from PySide6.QtGui import QColor, QFontDatabase, QIcon

PACKAGE_DIR = Path(__file__).resolve().parents[2]  # editor/ (this is editor/ui/qt/)
RESOURCE_ROOTS = (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources")
SEARCH_PREFIXES = ("icons", "fonts", "styles")
BODY_FONT_FILES = (
    "CharisSIL-Regular.ttf",
    "CharisSIL-Italic.ttf",
    "CharisSIL-Bold.ttf",
    "CharisSIL-BoldItalic.ttf",
)
FALLBACK_BODY_FAMILY = "serif"
ICON_CACHE_FOLDER = "Copydesk"


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


@cache
def _icon_cache_dir() -> Path:
    """`<user cache folder>/Copydesk/icons` (~/.cache/Copydesk/icons on Linux), found
    through Qt: platformdirs would add its import to the window's start-up."""
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    root = Path(generic) if generic else Path(tempfile.gettempdir())
    folder = root / ICON_CACHE_FOLDER / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@cache
def _cached_icon_files() -> set[str]:
    """Names of the recoloured icons already in the cache folder (listed once)."""
    return set(os.listdir(_icon_cache_dir()))


@cache
def _icon_stamp(name: str) -> str:
    """Size and modification time of the shipped icon (empty if there is none), part
    of the cached file's name so a changed drawing is never served stale."""
    try:
        status = resource_path("icons", f"{name}.svg").stat()
    except OSError:
        return ""
    return f"{status.st_size:x}{status.st_mtime_ns:x}"


def _recoloured_svg(name: str, color: QColor) -> str:
    """Path of icon `name` drawn in `color`, written once to the user cache folder
    (empty if there is no such icon)."""
    stamp = _icon_stamp(name)
    if not stamp:
        return ""
    file_name = f"{name}-{stamp}-{color.name(QColor.NameFormat.HexArgb)[1:]}.svg"
    path = _icon_cache_dir() / file_name
    if file_name not in _cached_icon_files():
        source = icon_source(name)
        if not source:
            return ""
        temporary = path.with_suffix(".tmp")
        temporary.write_text(source.replace("currentColor", color.name()), encoding="utf-8")
        temporary.replace(path)
        _cached_icon_files().add(file_name)
    return str(path)


def themed_icon(name: str, color: QColor, disabled_color: QColor) -> QIcon:
    """The icon `name` drawn in `color` (and `disabled_color` when disabled).

    Qt's own SVG icon engine renders it at whatever size and device pixel ratio is asked
    for. (A Python QIconEngine subclass would be destroyed by Qt's exit handlers after
    the interpreter is gone, which crashes the process on exit.) The recoloured files
    are cached, so a start-up reads no SVG source at all.
    """
    normal = _recoloured_svg(name, color)
    if not normal:
        return QIcon()
    icon = QIcon()
    icon.addFile(normal, QSize(), QIcon.Mode.Normal)
    icon.addFile(_recoloured_svg(name, disabled_color), QSize(), QIcon.Mode.Disabled)
    return icon


def stylesheet_template(name: str) -> str:
    """The text of the stylesheet `name` in resources/styles (empty if missing)."""
    path = resource_path("styles", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""
