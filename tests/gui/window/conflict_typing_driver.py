"""Child process for the two-window conflict test: the real app typing into one article.

Run as `python -m tests.gui.window.conflict_typing_driver LIBRARY ARTICLE PREFIX COUNT`
(with XDG_CONFIG_HOME pointing at a scratch folder). It starts the app through `run_gui`,
opens ARTICLE, says `ready` on stdout and waits for a `go` line on stdin, so two children
start typing together. Then it types COUNT words `<PREFIX><number>` (one whole word per
timer tick, so no word is split by a reload), says `typed <n>` after each and `finished`
at the end, and quits the way Ctrl+Q does.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.ui.shell.main_window import MainWindow

WORD_INTERVAL_MS = 40


def word(prefix: str, number: int) -> str:
    """The number-th word a child types."""
    return f"{prefix}{number:03d}"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def start(window: MainWindow, article_id: str, prefix: str, count: int) -> None:
    """Open the article, then type on `go`."""
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.gui.driver import body_of

    assert window.open_article(article_id)
    body = body_of(window)
    body.setFocus()
    typed = [0]
    timer = QTimer(window)
    timer.setInterval(WORD_INTERVAL_MS)

    def type_one_word() -> None:
        if typed[0] >= count:
            timer.stop()
            say("finished")
            window.close()
            QApplication.quit()
            return
        typed[0] += 1
        QTest.keyClicks(body, word(prefix, typed[0]) + " ")
        say(f"typed {typed[0]}")

    timer.timeout.connect(type_one_word)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)

    def on_input() -> None:
        if sys.stdin.readline().strip() == "go":
            notifier.setEnabled(False)
            timer.start()

    notifier.activated.connect(on_input)
    say("ready")


def main(argv: list[str]) -> int:
    from editor.app import run_gui

    library, article_id, prefix, count = argv[1:5]
    return run_gui(library, on_ready=lambda window: start(window, article_id, prefix, int(count)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
