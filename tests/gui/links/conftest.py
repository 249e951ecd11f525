"""Fixtures for the story links tests: a small library of linked stories opened through
the services (as the app opens one), the real main window on it, and its page object."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.services.library_services import Services
from tests.gui.links.links_driver import LinksDriver, Stories

# Qt's offscreen platform says these when a window or a popup (the article picker) is
# shown; no app problem. (A module's marker replaces tests/gui's, so all are listed.)
OFFSCREEN_POPUP_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)

HEADLINES = {
    "budget": "Haushalt beschlossen",
    "critique": "Opposition kritisiert Haushalt",
    "taxes": "Steuern steigen",
    "weather": "Sonniges Wochenende",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/links/" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE))


@pytest.fixture
def stories(tmp_path: Path) -> Iterator[Stories]:
    """Four stories in two sections, created a day apart in the order of HEADLINES."""
    services = Services.open(str(tmp_path / "links.sqlite"))
    ids: dict[str, str] = {}
    for day, (name, headline) in enumerate(HEADLINES.items(), start=1):
        section = "Wetter" if name == "weather" else "Politik"
        created = datetime(2026, 11, day, 9, 0, tzinfo=UTC)
        article = Article(
            headline=headline,
            section=section,
            body=f"Erster Absatz über {headline}.\n\nZweiter Absatz.",
            created_at=created,
            updated_at=created,
        )
        ids[name] = services.save(article).id
    yield Stories(services, ids)
    services.close()


@pytest.fixture
def links(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, stories: Stories
) -> Iterator[LinksDriver]:
    """The real main window on the stories, showing "budget", body focused."""
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    register_search_paths()
    window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.attach_library(stories.services)
    window.activateWindow()
    driver = LinksDriver(window, qtbot, stories)
    driver.open("budget")
    driver.focus_body()
    yield driver
    window.close()
    window.autosaver.flush()
    window.client.drain(5.0)
