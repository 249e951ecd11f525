"""Saves state the version they started from: a save that finds another version never
overwrites (the last writer does not win), whoever the other writer was."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from editor.services.importing import import_text
from editor.services.library_services import Services
from editor.storage import Library
from editor.storage.save_failures import ArticleConflictError
from tests.unit.storage.conftest import make_article


def test_a_save_from_an_older_version_is_refused_and_writes_nothing(library_path: Path) -> None:
    with Library.open(str(library_path)) as first, Library.open(str(library_path)) as second:
        stored = first.save(make_article(body="Original."))
        in_a = first.get(stored.id)
        in_b = second.get(stored.id)
        saved_a = first.save(dataclasses.replace(in_a, body="A typed this."))
        assert saved_a.version == 2
        with pytest.raises(ArticleConflictError) as refused:
            second.save(dataclasses.replace(in_b, body="B typed this.", headline="B"))
        assert (refused.value.expected, refused.value.found) == (1, 2)
        after = first.get(stored.id)
        assert after.body == "A typed this."
        assert after.headline == stored.headline
        assert after.version == 2


def test_saving_on_from_the_stored_copy_goes_on_numbering(library: Library) -> None:
    saved = library.save(make_article())
    for expected in (2, 3, 4):
        saved = library.save(dataclasses.replace(saved, body=f"Fassung {expected}"))
        assert saved.version == expected


def test_a_new_article_whose_id_is_taken_is_refused(library: Library) -> None:
    stored = library.save(make_article(body="Erste."))
    with pytest.raises(ArticleConflictError):
        library.save(make_article(id=stored.id, body="Zweite."))
    assert library.get(stored.id).body == "Erste."


def test_an_article_deleted_meanwhile_is_stored_again(library: Library) -> None:
    stored = library.save(make_article(body="Noch da."))
    library.delete(stored.id)
    again = library.save(dataclasses.replace(stored, body="Wieder da."))
    assert library.get(stored.id).body == "Wieder da."
    assert again.version == 1


def test_import_filling_a_placeholder_moves_its_version_on(library: Library) -> None:
    placeholder = library.save(make_article("Was danach kam", placeholder=True, teaser="", body=""))
    imported = import_text(Services(library), '"Was danach kam"\n\nDer Vorspann.\n\nDer Text.\n')
    assert imported.article.id == placeholder.id
    assert imported.article.version == placeholder.version + 1
    with pytest.raises(ArticleConflictError):
        library.save(dataclasses.replace(placeholder, body="Aus dem offenen Fenster"))
    assert library.get(placeholder.id).teaser == "Der Vorspann."
