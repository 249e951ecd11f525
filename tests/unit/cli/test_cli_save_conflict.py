"""A save the CLI makes that meets another version of the article is refused with one
line and writes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor.cli import main
from editor.domain import Article
from editor.storage.library import Library


def test_import_into_a_placeholder_changed_meanwhile_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    library_path = tmp_path / "news.sqlite"
    with Library.open(str(library_path)) as library:
        placeholder = library.save(Article(headline="Was danach kam", placeholder=True))
        stale = library.get(placeholder.id)
        library.save(dataclasses.replace(stale, body="Inzwischen im Fenster getippt."))
    # The CLI read the placeholder just before the app's save landed.
    monkeypatch.setattr(
        Library, "find_by_headline", lambda _self, _headline: dataclasses.replace(stale)
    )
    story = tmp_path / "story.txt"
    story.write_text('"Was danach kam"\n\nDer Vorspann.\n\nDer Text.\n', "utf-8")
    assert main(["--library", str(library_path), "import", str(story)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "changed by someone else" in err and "nothing was written" in err
    with Library.open(str(library_path)) as library:
        assert library.get(placeholder.id).body == "Inzwischen im Fenster getippt."
