"""Preferences (typed defaults, only changes written, shortcut overrides), window state
kept apart, the shipped resources, and the light/dark themes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from editor.ui.actions.registry import (
    ACTION_SPECS,
    MENU_LAYOUT,
    SEPARATOR,
    TOOLBAR_LAYOUT,
    ActionRegistry,
)
from editor.ui.qt import resources
from editor.ui.qt import settings as prefs
from editor.ui.qt.theme import DARK, LIGHT, ThemeManager, build_stylesheet
from editor.ui.shell.main_window import MainWindow


def test_defaults_are_read_without_writing_anything(tmp_path: Path) -> None:
    store = prefs.Preferences(tmp_path / "p.ini")
    assert store.get(prefs.TYPOGRAPHY_ENABLED) is True
    assert store.get(prefs.ZOOM_STEPS) == 0
    assert store.stored_keys() == []


def test_only_changed_values_are_written(tmp_path: Path) -> None:
    path = tmp_path / "p.ini"
    store = prefs.Preferences(path)
    store.set(prefs.ZOOM_STEPS, 3)
    store.set(prefs.TYPOGRAPHY_ENABLED, True)
    store.sync()
    assert store.stored_keys() == [prefs.ZOOM_STEPS.key]
    reread = prefs.Preferences(path)
    assert reread.get(prefs.ZOOM_STEPS) == 3
    assert reread.get(prefs.TYPOGRAPHY_ENABLED) is True
    reread.set(prefs.ZOOM_STEPS, 0)
    assert reread.stored_keys() == []


def test_ini_strings_come_back_typed(tmp_path: Path) -> None:
    path = tmp_path / "p.ini"
    path.write_text("[editor]\ntypography=false\nzoom_steps=oops\n", encoding="utf-8")
    store = prefs.Preferences(path)
    assert store.get(prefs.TYPOGRAPHY_ENABLED) is False
    assert store.get(prefs.ZOOM_STEPS) == 0


def test_window_state_lives_in_its_own_file(tmp_path: Path) -> None:
    state = prefs.WindowStateStore(tmp_path / "state.ini")
    state.save(QByteArray(b"geometry"), QByteArray(b"layout"))
    assert state.geometry() == QByteArray(b"geometry")
    assert prefs.Preferences(tmp_path / "p.ini").stored_keys() == []


def test_user_shortcut_overrides(qapp: QApplication, tmp_path: Path) -> None:
    store = prefs.Preferences(tmp_path / "p.ini")
    store.set_shortcut_override("format.bold", "Ctrl+Alt+B")
    store.set_shortcut_override("edit.find", "")
    owner = QWidget()
    registry = ActionRegistry(owner, store.shortcut_overrides())
    assert registry["format.bold"].shortcut() == QKeySequence("Ctrl+Alt+B")
    assert registry["edit.find"].shortcuts() == []
    assert registry["format.italic"].shortcut() == QKeySequence("Ctrl+I")


def test_registry_ids_menus_and_shortcuts_are_consistent(main_window: MainWindow) -> None:
    ids = [spec.id for spec in ACTION_SPECS]
    assert len(ids) == len(set(ids))
    in_menus = {item for _id, _title, items in MENU_LAYOUT for item in items if item != SEPARATOR}
    assert in_menus == set(ids)
    assert set(TOOLBAR_LAYOUT) - {SEPARATOR} <= set(ids)
    seen: dict[str, str] = {}
    for action_id in ids:
        for sequence in main_window.registry[action_id].shortcuts():
            text = sequence.toString()
            assert text not in seen, f"{text} used by {seen.get(text)} and {action_id}"
            seen[text] = action_id
    expected = {
        "article.new": "Ctrl+N", "article.save": "Ctrl+S", "edit.paste_plain": "Ctrl+Shift+V",
        "format.bold": "Ctrl+B", "format.italic": "Ctrl+I", "format.heading2": "Ctrl+2",
        "format.heading3": "Ctrl+3", "format.paragraph": "Ctrl+0", "format.link": "Ctrl+K",
        "edit.find": "Ctrl+F", "edit.replace": "Ctrl+H", "view.focus": "F11",
        "edit.find_next": "F3", "edit.find_previous": "Shift+F3", "help.shortcuts": "F1",
    }  # fmt: skip
    for action_id, keys in expected.items():
        assert main_window.registry[action_id].shortcut().toString() == keys


def test_every_menu_is_built(main_window: MainWindow) -> None:
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == [
        "&File",
        "&Edit",
        "F&ormat",
        "&Article",
        "Li&brary",
        "&Stories",
        "&View",
        "&Help",
    ]


def test_resources_are_found_and_complete(qapp: QApplication) -> None:
    root = resources.resources_dir()
    assert (root / "fonts" / "OFL.txt").is_file()
    for spec in ACTION_SPECS:
        if spec.icon:
            assert resources.icon_source(spec.icon).startswith("<svg"), spec.icon


def test_body_font_is_the_shipped_one(qapp: QApplication) -> None:
    family = resources.load_body_font()
    assert family == "Charis SIL"
    assert family in QFontDatabase.families()


def test_icons_are_crisp_at_any_size_and_scale(qapp: QApplication) -> None:
    icon = resources.themed_icon("format-bold", QColor("#112233"), QColor("#aaaaaa"))
    for size in (16, 24, 48):
        for scale in (1.0, 2.0):
            pixmap = icon.pixmap(QSize(size, size), scale)
            assert pixmap.width() == int(size * scale)
            image = pixmap.toImage()
            colours = {
                image.pixelColor(x, y).name()
                for x in range(image.width())
                for y in range(image.height())
                if image.pixelColor(x, y).alpha() == 255
            }
            assert "#112233" in colours
    disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    opaque = {
        disabled.pixelColor(x, y).name()
        for x in range(24)
        for y in range(24)
        if disabled.pixelColor(x, y).alpha() == 255
    }
    assert opaque == {"#aaaaaa"}


def test_search_paths_resolve(qapp: QApplication) -> None:
    resources.register_search_paths()
    assert not QIcon("icons:format-bold.svg").isNull()


def test_dark_and_light_themes(qapp: QApplication, main_window: MainWindow) -> None:
    manager = qapp.findChild(ThemeManager)
    assert isinstance(manager, ThemeManager)
    manager.apply(DARK)
    assert qapp.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    bold = main_window.registry["format.bold"].icon().pixmap(QSize(24, 24), 1.0).toImage()
    colours = {
        bold.pixelColor(x, y).name()
        for x in range(24)
        for y in range(24)
        if bold.pixelColor(x, y).alpha() == 255
    }
    assert DARK.text in colours
    manager.apply(LIGHT)
    assert qapp.palette().color(QPalette.ColorRole.Text) == QColor(LIGHT.text)


def test_stylesheet_has_no_unfilled_placeholders() -> None:
    sheet = build_stylesheet(LIGHT, "Charis SIL")
    assert "$" not in sheet
    assert '"Charis SIL"' in sheet


def test_a_changed_icon_drawing_is_not_served_from_the_cache(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    icons = tmp_path / "resources" / "icons"
    icons.mkdir(parents=True)
    drawing = icons / "probe.svg"
    drawing.write_text(
        '<svg viewBox="0 0 4 4"><rect width="4" height="4" fill="currentColor"/></svg>'
    )
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(resources, "_icon_cache_dir", lambda: tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    for cached in (resources._icon_stamp, resources._cached_icon_files, resources.icon_source):
        cached.cache_clear()
    first = resources._recoloured_svg("probe", QColor("#112233"))
    assert "#112233" in Path(first).read_text()
    drawing.write_text('<svg viewBox="0 0 4 4"><circle r="2" fill="currentColor"/></svg>')
    os.utime(drawing, ns=(1, 1))
    resources._icon_stamp.cache_clear()
    resources.icon_source.cache_clear()
    second = resources._recoloured_svg("probe", QColor("#112233"))
    assert second != first
    assert "circle" in Path(second).read_text()
    for cached in (resources._icon_stamp, resources._cached_icon_files, resources.icon_source):
        cached.cache_clear()
