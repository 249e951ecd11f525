"""The CLI never overwrites text someone wrote meanwhile: importing a story whose
placeholder was already written into (in the app) is refused with one line and writes
nothing. The placeholder lookup runs inside the import's write transaction, so a read
made before the app's save cannot be stale."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor.cli import main
from editor.domain import Article
from editor.storage.library import Library


def test_import_into_a_placeholder_written_meanwhile_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library_path = tmp_path / "news.sqlite"
    with Library.open(str(library_path)) as library:
        placeholder = library.save(Article(headline="Was danach kam", placeholder=True))
        library.save(dataclasses.replace(placeholder, body="Inzwischen im Fenster getippt."))
    story = tmp_path / "story.txt"
    story.write_text('"Was danach kam"\n\nDer Vorspann.\n\nDer Text.\n', "utf-8")
    assert main(["--library", str(library_path), "import", str(story)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "already in the library" in err and "--new" in err
    with Library.open(str(library_path)) as library:
        stored = library.get(placeholder.id)
        assert stored.body == "Inzwischen im Fenster getippt."
        assert stored.teaser == ""


def test_import_fills_an_untouched_placeholder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library_path = tmp_path / "news.sqlite"
    with Library.open(str(library_path)) as library:
        placeholder = library.save(Article(headline="Was danach kam", placeholder=True))
    story = tmp_path / "story.txt"
    story.write_text('"Was danach kam"\n\nDer Vorspann.\n\nDer Text.\n', "utf-8")
    assert main(["--library", str(library_path), "import", str(story)]) == 0
    assert capsys.readouterr().out.startswith(placeholder.id)
    with Library.open(str(library_path)) as library:
        stored = library.get(placeholder.id)
        assert (stored.teaser, stored.body, stored.placeholder) == (
            "Der Vorspann.",
            "Der Text.",
            False,
        )
        assert stored.version == placeholder.version + 1
