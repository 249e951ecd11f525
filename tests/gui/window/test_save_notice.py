"""The save notice strip shows text literally, never takes the keyboard, and does not come
back empty when the window's layout is restored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTextEdit
from pytestqt.qtbot import QtBot

from editor.ui.session.save_notice import SaveNotice


def shown_window(qtbot: QtBot) -> tuple[QMainWindow, SaveNotice]:
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = SaveNotice(window)
    window.setCentralWidget(QTextEdit(window))
    window.show()
    qtbot.waitExposed(window)
    return window, notice


def test_notice_text_is_plain_and_the_action_runs_once(qtbot: QtBot) -> None:
    _window, notice = shown_window(qtbot)
    calls: list[int] = []
    notice.show_notice(
        "<b>Eilt</b> wurde woanders gespeichert", "Save Library As…", lambda: calls.append(1)
    )
    assert notice.isVisible()
    assert notice.label.textFormat() == Qt.TextFormat.PlainText
    assert notice.label.text() == "<b>Eilt</b> wurde woanders gespeichert"
    assert notice.action_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    notice.action_button.click()
    assert calls == [1] and not notice.isVisible()


def test_a_restored_layout_does_not_bring_back_an_empty_notice(qtbot: QtBot) -> None:
    window, notice = shown_window(qtbot)
    notice.show_notice("Nicht gespeichert")
    state = window.saveState()
    later, later_notice = shown_window(qtbot)
    assert later.restoreState(state)
    assert not later_notice.isVisible()
