"""Start-up: the window takes typing before its library has opened, and loses none of it.

The library opens in a worker thread while the window is already on screen. Until it
arrives the form holds a provisional untitled article; typed text becomes a new article
of the library, an untouched provisional article gives way to the last article.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.storage.library import Library
from editor.ui.session.article_session import last_article_preference
from tests.gui.driver import WindowDriver


@pytest.fixture
def early_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[WindowDriver]:
    """The real main window, shown, with no library attached yet."""
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font, register_search_paths

    register_search_paths()
    window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield WindowDriver(window, qtbot, None)
    window.close()
    window.autosaver.flush()


def test_form_is_editable_before_the_library_arrives(early_window: WindowDriver) -> None:
    assert early_window.current_library() is None
    assert early_window.field("body").isEnabled()
    assert not early_window.is_read_only("body")
    assert early_window.article.version == 0
    early_window.type("Schon getippt")
    assert early_window.text() == "Schon getippt"


def test_building_the_window_keeps_the_last_article_setting(
    qapp: QApplication, tmp_path: Path
) -> None:
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font

    settings = tmp_path / "settings"
    first = build_main_window(qapp, load_body_font(), settings)
    first.preferences.set(last_article_preference("/srv/desk.sqlite"), "remembered-id")
    first.preferences.sync()
    first.deleteLater()
    second = build_main_window(qapp, load_body_font(), settings)
    assert second.preferences.get(last_article_preference("/srv/desk.sqlite")) == "remembered-id"
    second.deleteLater()


def test_text_typed_before_the_library_arrives_is_saved_into_it(
    early_window: WindowDriver, sample_library: Library
) -> None:
    early_window.type("Typed while opening", into="headline")
    early_window.type("First words.")
    provisional_id = early_window.article_id
    before = {summary.id for summary in sample_library.list_articles()}

    early_window.library_arrives(sample_library)

    assert early_window.article_id == provisional_id
    assert early_window.text("headline") == "Typed while opening"
    last_here = last_article_preference(sample_library.location)
    assert early_window.preferences.get(last_here) == provisional_id
    early_window.store_everything()
    stored = sample_library.get(provisional_id)
    assert stored.headline == "Typed while opening"
    assert "First words." in stored.body
    assert provisional_id not in before


def test_untouched_provisional_article_gives_way_to_the_last_article(
    early_window: WindowDriver, sample_library: Library
) -> None:
    last = sample_library.list_articles()[2]
    early_window.preferences.set(last_article_preference(sample_library.location), last.id)
    count = len(sample_library.list_articles())

    early_window.library_arrives(sample_library)

    assert early_window.article_id == last.id
    assert early_window.text("headline") == last.headline
    early_window.store_everything()
    assert len(sample_library.list_articles()) == count


def test_closing_before_the_library_arrives_still_saves_the_typing(
    early_window: WindowDriver, sample_library: Library
) -> None:
    from editor.app import save_into_late_library

    early_window.type("Quit too soon", into="headline")
    early_window.type("Not lost.")
    article_id = early_window.article_id
    assert early_window.quit()

    save_into_late_library(early_window.window, sample_library)

    stored = sample_library.get(article_id)
    assert stored.headline == "Quit too soon"
    assert "Not lost." in stored.body


HEAVY_BEFORE_FIRST_PAINT = ("sqlalchemy", "markdown", "jinja2", "docx", "lxml", "nh3")
BUILD_AND_PAINT = """
import sys
from editor.app import build_main_window, create_application
app, family = create_application(["copydesk"])
window = build_main_window(app, family, None)
window.show()
app.processEvents()
print(" ".join(name for name in {names!r} if name in sys.modules))
"""


def test_the_window_paints_before_the_database_and_the_exporters_load(tmp_path: Path) -> None:
    """Features install with the window, but their database, Markdown and export
    machinery load after the first paint (a module-level import there cost 0.8 s)."""
    code = BUILD_AND_PAINT.format(names=HEAVY_BEFORE_FIRST_PAINT)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"loaded before the first paint: {result.stdout}"
