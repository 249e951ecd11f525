"""A save never overwrites another version of the article: the user's text is kept as a
clearly named copy, the window says so in a message and shows the other version."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.formats.body import markdown_to_plain_text
from editor.storage.library import Library
from editor.ui.main_window import MainWindow

REPO_ROOT = Path(__file__).resolve().parents[3]


def save_theirs(library_path: Path, article_id: str, body: str) -> Article:
    """Another writer (a second window's library) stores its own version."""
    with Library.open(str(library_path)) as other:
        return other.save(dataclasses.replace(other.get(article_id), body=body))


def test_my_text_becomes_a_copy_and_the_other_version_is_shown(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = main_window.article.id
    section = main_window.article.section
    save_theirs(sample_library_path, article_id, "Die andere Fassung.")
    QTest.keyClicks(main_window.form.body, " Mein Nachtrag")
    with qtbot.waitSignal(main_window.autosaver.conflicted, timeout=5000) as conflict:
        main_window.autosaver.save_now()
    mine, copy = conflict.args
    assert mine.id == article_id
    assert copy.headline.startswith(f"{mine.headline} (your copy, conflict ")
    qtbot.waitUntil(lambda: not main_window.autosaver.is_busy, timeout=5000)
    assert sample_library.get(article_id).body == "Die andere Fassung."
    kept = sample_library.get(copy.id)
    assert "Mein Nachtrag" in kept.body
    assert (kept.section, kept.placeholder) == (section, False)
    assert main_window.article.id == article_id
    assert main_window.form.body.toPlainText() == "Die andere Fassung."
    assert main_window.statusBar().currentMessage().startswith("Not saved: someone else changed")
    notice = main_window.findChild(QLabel, "saveNoticeText")
    assert notice is not None and notice.isVisible()
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert copy.headline in notice.text() and "Nothing was overwritten" in notice.text()
    assert QApplication.focusWidget() is main_window.form.body


def test_typing_after_the_conflicting_snapshot_is_kept_too(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = main_window.article.id
    save_theirs(sample_library_path, article_id, "Andere Fassung.")
    QTest.keyClicks(main_window.form.body, " eins")
    main_window.autosaver.save_now()  # the worker meets the conflict ...
    QTest.keyClicks(main_window.form.body, " zwei")  # ... while this is typed
    with qtbot.waitSignal(main_window.autosaver.conflicted, timeout=5000) as conflict:
        pass
    _mine, copy = conflict.args
    qtbot.waitUntil(lambda: not main_window.autosaver.is_busy, timeout=5000)
    body = sample_library.get(copy.id).body
    assert "eins" in body and "zwei" in body


def test_own_saves_in_quick_succession_never_conflict(
    qtbot: QtBot, main_window: MainWindow, sample_library: Library
) -> None:
    article_id = main_window.article.id
    conflicts: list[object] = []
    main_window.autosaver.conflicted.connect(lambda *args: conflicts.append(args))
    for word in ("eins", "zwei", "drei", "vier"):
        QTest.keyClicks(main_window.form.body, f" {word}")
        main_window.autosaver.save_now()  # queued behind the running save
    qtbot.waitUntil(lambda: "vier" in sample_library.get(article_id).body, timeout=5000)
    qtbot.waitUntil(lambda: not main_window.autosaver.is_busy, timeout=5000)
    assert conflicts == []
    QTest.keyClicks(main_window.form.body, " fuenf")
    main_window.close()
    assert "fuenf" in sample_library.get(article_id).body
    assert conflicts == []


def test_cli_import_into_the_open_placeholder_is_not_overwritten(
    qtbot: QtBot,
    main_window: MainWindow,
    sample_library: Library,
    sample_library_path: Path,
    tmp_path: Path,
) -> None:
    placeholder = sample_library.save(
        Article(headline="Was danach kam", section="Lokales", placeholder=True)
    )
    assert main_window.open_article(placeholder.id)
    QTest.keyClicks(main_window.form.body, "Notiz im Fenster")
    story = tmp_path / "story.txt"
    story.write_text('"Was danach kam"\n\nDer Vorspann.\n\nDer erste Absatz.\n', "utf-8")
    imported = subprocess.run(
        [sys.executable, "-m", "editor", "--library", str(sample_library_path), "import", story],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    with qtbot.waitSignal(main_window.autosaver.conflicted, timeout=5000) as conflict:
        main_window.autosaver.save_now()
    _mine, copy = conflict.args
    qtbot.waitUntil(lambda: not main_window.autosaver.is_busy, timeout=5000)
    stored = sample_library.get(placeholder.id)
    assert (stored.teaser, stored.placeholder) == ("Der Vorspann.", False)
    assert markdown_to_plain_text(stored.body).strip() == "Der erste Absatz."
    assert "Notiz im Fenster" in sample_library.get(copy.id).body
    assert main_window.form.teaser.toPlainText() == "Der Vorspann."
