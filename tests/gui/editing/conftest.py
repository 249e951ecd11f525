"""Fixtures for the body editor tests: a shown BodyEditor with focus."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.ui.body_editor import BodyEditor


@pytest.fixture
def editor(qtbot: QtBot) -> BodyEditor:
    """An empty, visible body editor."""
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget
