"""Child process for the kill-and-recover test: the real app, typing into a new article.

Run as `python -m tests.gui.window.crash_typing_driver LIBRARY SETTINGS_DIR`. It starts
the app exactly as `run_gui` does (library opened in the background, real window,
real autosave), creates a new article and types `TYPED_TEXT` one key every
`KEY_INTERVAL_MS` through QTest. Stdout gets `article <id>` once, then
`typed <count> <wall-clock time>` after every key, so the parent knows what was typed
when it sent SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

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


def main(argv: list[str]) -> int:
    from editor.app import LibraryOpening, attach_when_open, build_main_window, create_application

    opening = LibraryOpening(argv[1])
    app, body_family = create_application(argv[:1])
    window = build_main_window(app, body_family, Path(argv[2]))
    window.show()

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    state = {"typed": 0}
    typing = QTimer(window)
    typing.setInterval(KEY_INTERVAL_MS)

    def type_one_key() -> None:
        count = state["typed"]
        if count >= len(TYPED_TEXT):
            typing.stop()
            return
        QTest.keyClicks(window.form.body, TYPED_TEXT[count])
        state["typed"] = count + 1
        sys.stdout.write(f"typed {count + 1} {time.time():.4f}\n")
        sys.stdout.flush()

    def start_typing() -> None:
        window.new_article()
        window.form.body.setFocus()
        sys.stdout.write(f"article {window.article.id}\n")
        sys.stdout.flush()
        typing.timeout.connect(type_one_key)
        typing.start()

    window.article_opened.connect(lambda _id: None)
    attach_when_open(window, opening, lambda: app.exit(2))
    waiting = QTimer(window)
    waiting.setInterval(10)

    def start_when_attached() -> None:
        if window.library is not None:
            waiting.stop()
            start_typing()

    waiting.timeout.connect(start_when_attached)
    waiting.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
