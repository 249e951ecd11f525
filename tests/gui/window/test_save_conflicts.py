"""A save never overwrites another version of the article: the user's text is kept as a
clearly named copy, the window says so in a message and shows the other version."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.formats.body import markdown_to_plain_text
from editor.storage.library import Library
from tests.gui.driver import WindowDriver

REPO_ROOT = Path(__file__).resolve().parents[3]


def save_theirs(library_path: Path, article_id: str, body: str) -> Article:
    """Another writer (a second window's library) stores its own version."""
    with Library.open(str(library_path)) as other:
        return other.save(dataclasses.replace(other.get(article_id), body=body))


def test_my_text_becomes_a_copy_and_the_other_version_is_shown(
    driver: WindowDriver, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = driver.article_id
    section = driver.article.section
    save_theirs(sample_library_path, article_id, "Die andere Fassung.")
    driver.type(" Mein Nachtrag")
    mine, copy = driver.save_conflict(driver.save)
    assert mine.id == article_id
    assert copy.headline.startswith(f"{mine.headline} (your copy, conflict ")
    driver.wait_until_idle()
    assert sample_library.get(article_id).body == "Die andere Fassung."
    kept = sample_library.get(copy.id)
    assert "Mein Nachtrag" in kept.body
    assert (kept.section, kept.placeholder) == (section, False)
    assert driver.article_id == article_id
    assert driver.text() == "Die andere Fassung."
    assert driver.status().startswith("Not saved: someone else changed")
    notice = driver.save_notice()
    assert notice is not None and notice.isVisible()
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert copy.headline in notice.text() and "Nothing was overwritten" in notice.text()
    assert driver.has_focus("body")


def test_typing_after_the_conflicting_snapshot_is_kept_too(
    driver: WindowDriver, sample_library: Library, sample_library_path: Path
) -> None:
    article_id = driver.article_id
    save_theirs(sample_library_path, article_id, "Andere Fassung.")
    driver.type(" eins")

    def save_and_type_on() -> None:
        driver.save()  # the worker meets the conflict ...
        driver.type(" zwei")  # ... while this is typed

    _mine, copy = driver.save_conflict(save_and_type_on)
    driver.wait_until_idle()
    body = sample_library.get(copy.id).body
    assert "eins" in body and "zwei" in body


def test_own_saves_in_quick_succession_never_conflict(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    article_id = driver.article_id
    conflicts = driver.record_conflicts()
    for word in ("eins", "zwei", "drei", "vier"):
        driver.type(f" {word}")
        driver.save()  # queued behind the running save
    qtbot.waitUntil(lambda: "vier" in sample_library.get(article_id).body, timeout=5000)
    driver.wait_until_idle()
    assert conflicts == []
    assert "eins zwei drei vier" in sample_library.get(article_id).body
    driver.type(" fuenf")
    assert driver.quit()
    assert "fuenf" in sample_library.get(article_id).body
    assert conflicts == []


def test_cli_import_into_the_open_placeholder_is_not_overwritten(
    driver: WindowDriver,
    sample_library: Library,
    sample_library_path: Path,
    tmp_path: Path,
) -> None:
    placeholder = sample_library.save(
        Article(headline="Was danach kam", section="Lokales", placeholder=True)
    )
    assert driver.choose_article(placeholder.id)
    driver.type("Notiz im Fenster")
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
    _mine, copy = driver.save_conflict(driver.save)
    driver.wait_until_idle()
    stored = sample_library.get(placeholder.id)
    assert (stored.teaser, stored.placeholder) == ("Der Vorspann.", False)
    assert markdown_to_plain_text(stored.body).strip() == "Der erste Absatz."
    assert "Notiz im Fenster" in sample_library.get(copy.id).body
    assert driver.text("teaser") == "Der Vorspann."
