"""Child process for the kill-and-recover test: the real app, typing into a new article.

Run as `python -m tests.gui.window.crash_typing_driver LIBRARY` (with XDG_CONFIG_HOME
pointing at a scratch folder). It starts the app through `run_gui`, creates a new
article and types `TYPED_TEXT` one key every `KEY_INTERVAL_MS` through QTest. Stdout
gets `article <id>` once, then `typed <count> <wall-clock time>` after every key, so the
parent knows what was typed when it sent SIGKILL.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.ui.shell.main_window import MainWindow

KEY_INTERVAL_MS = 15
WORDS = ("zeitung", "redaktion", "bericht", "stadt", "land", "regierung", "wahl", "markt", "leser")


def typed_text(length: int = 4000) -> str:
    """Letters and spaces only: nothing the typography or Markdown escaping changes."""
    words: list[str] = []
    number = 0
    while sum(len(word) + 1 for word in words) < length:
        words.append(WORDS[(number * 7 + number // 3) % len(WORDS)])
        number += 1
    return " ".join(words)[:length]


TYPED_TEXT = typed_text()


def start_typing(window: MainWindow) -> None:
    """Begin a new article and type into its body on a timer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from tests.gui.driver import body_of

    window.new_article()
    body = body_of(window)
    body.setFocus()
    sys.stdout.write(f"article {window.session.current_article_id()}\n")
    sys.stdout.flush()
    typed = [0]
    timer = QTimer(window)
    timer.setInterval(KEY_INTERVAL_MS)

    def type_one_key() -> None:
        if typed[0] >= len(TYPED_TEXT):
            timer.stop()
            return
        QTest.keyClicks(body, TYPED_TEXT[typed[0]])
        typed[0] += 1
        sys.stdout.write(f"typed {typed[0]} {time.time():.4f}\n")
        sys.stdout.flush()

    timer.timeout.connect(type_one_key)
    timer.start()


def main(argv: list[str]) -> int:
    from editor.app import run_gui

    return run_gui(argv[1], on_ready=start_typing)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
