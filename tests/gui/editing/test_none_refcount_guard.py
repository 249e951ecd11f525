"""The guard against shiboken's lost references to None/True/False keeps long typing
sessions alive."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from editor.ui.qt.none_refcount_guard import none_refcount_leaks, protect_none_refcount


def test_guard_is_in_place_wherever_the_leak_exists(editor: BodyEditor) -> None:
    if none_refcount_leaks() and sys.version_info < (3, 12):
        assert protect_none_refcount()
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39
        assert sys.getrefcount(False) > 1 << 39
    else:
        assert not protect_none_refcount() or sys.getrefcount(None) > 1 << 39


def test_typing_more_keys_than_none_had_references(qtbot: QtBot, editor: BodyEditor) -> None:
    editor.set_typography_language("en")
    keystrokes = 2000
    words = 'it\'s a "word" -- ok... ' * (keystrokes // 23 + 1)
    qtbot.keyClicks(editor, words[:keystrokes])
    assert editor.toPlainText().startswith("it’s a “word” – ok…")
