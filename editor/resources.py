"""The shipped resources (icons, fonts, styles): where they live and how Qt finds them.

A wheel carries them as `editor/resources` (hatchling force-include); an editable install
uses the repository's `resources/` beside the package. `register_search_paths()` makes
them reachable as `icons:`, `fonts:` and `styles:`; `load_body_font()` registers the
shipped OFL body font; `themed_icon()` renders an SVG icon in a palette colour at any
size and device pixel ratio, so icons stay crisp on every screen and in both themes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

PACKAGE_DIR = Path(__file__).resolve().parent
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


class SvgIconEngine(QIconEngine):
    """Draws a recoloured SVG at exactly the requested size: crisp at any DPI."""

    def __init__(self, normal_svg: bytes, disabled_svg: bytes) -> None:
        super().__init__()
        self._normal_svg = normal_svg
        self._disabled_svg = disabled_svg

    def _svg_for(self, mode: QIcon.Mode) -> bytes:
        return self._disabled_svg if mode == QIcon.Mode.Disabled else self._normal_svg

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(QByteArray(self._svg_for(mode)))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._normal_svg, self._disabled_svg)

    def key(self) -> str:
        return "CopydeskSvgIconEngine"


def themed_icon(name: str, color: QColor, disabled_color: QColor) -> QIcon:
    """The icon `name` drawn in `color` (and `disabled_color` when disabled)."""
    source = icon_source(name)
    if not source:
        return QIcon()
    normal = source.replace("currentColor", color.name()).encode("utf-8")
    disabled = source.replace("currentColor", disabled_color.name()).encode("utf-8")
    return QIcon(SvgIconEngine(normal, disabled))


def stylesheet_template(name: str) -> str:
    """The text of the stylesheet `name` in resources/styles (empty if missing)."""
    path = resource_path("styles", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""
