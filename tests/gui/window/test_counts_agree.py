"""One counter, one rule: the status bar, the article list, `copydesk show` and
`copydesk list --json` give every article the same word and character counts, also for
bodies with lists, quotes, links, subheads, hard breaks and literal Markdown characters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.services.importing import import_text
from editor.storage.library import Library
from tests.gui.driver import WindowDriver
from tests.gui.window.sample_library import FEATURE_BODY

SEED = Path(__file__).resolve().parents[2] / "data" / "seed-article.txt"

HOUSE_BODY = """Der Rat tagte **bis spät** in die Nacht, *ohne* Ergebnis.

## Die Beschlüsse

- Schulen: 12 Mio. Euro
    - davon 3 Mio. für Sanierung

    1. erstens
    2. zweitens

- Radwege, siehe [die Liste der Stadt](https://example.org/liste)

> „Wir haben geliefert“, sagte die Bürgermeisterin.
>
> - ein Punkt im Zitat

### Was offen bleibt

1\\. FC Köln, 5 \\* 3, 2 &lt; 3, AT&T &amp;amp; C:\\Temp und ~~gestrichen~~<br>
zweite Zeile nach einem Umbruch.
"""


def cli_json(library: Path, *args: str) -> object:
    completed = subprocess.run(
        [sys.executable, "-m", "editor", "--library", str(library), *args, "--json"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return json.loads(completed.stdout.decode("utf-8"))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "counts.sqlite"
    with Library.open(str(path)) as library:
        import_text(library, SEED.read_text(encoding="utf-8"))
        for headline, body in (("Haushalt", FEATURE_BODY), ("Beschlüsse", HOUSE_BODY)):
            teaser = "Nach sieben Stunden: mehr Geld für Schulen."
            library.save(Article(headline=headline, teaser=teaser, body=body))
    return path


def test_status_bar_list_show_and_list_json_agree(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, library_path: Path
) -> None:
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font

    rows = cli_json(library_path, "list")
    assert isinstance(rows, list)
    listed = {row["id"]: row["word_count"] for row in rows if not row["placeholder"]}
    assert len(listed) == 3
    with Library.open(str(library_path)) as library:
        window = build_main_window(qapp, load_body_font(), tmp_path / "settings")
        qtbot.addWidget(window)
        window.show()
        driver = WindowDriver(window, qtbot, library)
        driver.library_arrives(library)
        for article_id, list_json_words in listed.items():
            shown = cli_json(library_path, "show", article_id)
            assert isinstance(shown, dict)
            assert driver.choose_article(article_id)
            status = driver.counts.metrics
            assert status.words > 0
            counts = (status.words, shown["word_count"], list_json_words)
            assert len(set(counts)) == 1, (shown["headline"], counts)
            assert driver.listed_detail(article_id).endswith(f"· {status.words:,} words")
            assert status.chars_with_spaces == shown["char_count"], shown["headline"]
            assert f"{status.words:,} words" in driver.counts_text().replace(".", ",")
        assert driver.quit()
