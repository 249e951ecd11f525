"""Importing folders and many files: bad files reported with reasons, the rest imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.domain import Article
from editor.formats.docx_export import article_to_docx
from editor.services.folder_import import ImportProgress
from editor.services.library_services import Services


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def story(headline: str) -> str:
    return f'"{headline}"\n\nTeaser zu {headline}.\n\nText zu {headline}.\n'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A newsroom folder: good files of each kind, bad ones, and files to pass over."""
    root = tmp_path / "Eingang"
    (root / "Sport" / "Fussball").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a-text.txt").write_text(story("Aus dem Text"), encoding="utf-8")
    (root / "b-markdown.md").write_text("# Aus Markdown\n\nText.\n", encoding="utf-8")
    word = Article(headline="Aus Word", teaser="Vorspann.", body="Text aus *Word*.")
    (root / "c-word.docx").write_bytes(article_to_docx(word))
    (root / "d-broken.docx").write_bytes(b"PK\x03\x04 nicht fertig")
    (root / "e-alt.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (root / "f-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0JFIF")
    (root / "README").write_text("Kein Artikel.", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / ".git" / "config").write_text("[core]", encoding="utf-8")
    (root / "Sport" / "g-page.html").write_text(
        "<html><body><nav>Menü</nav><h1>Aus dem Netz</h1>"
        "<p>Ein Absatz aus einer Webseite mit genug Text für einen Artikel.</p></body></html>",
        encoding="utf-8",
    )
    (root / "Sport" / "Fussball" / "h-empty.txt").write_bytes(b"")
    (root / "Sport" / "Fussball" / "i-text.txt").write_text(story("Tief drin"), encoding="utf-8")
    return root


def test_a_folder_imports_recursively_and_reports_each_bad_file(
    services: Services, folder: Path
) -> None:
    report = services.import_paths([folder], section="Eingang")
    assert [article.article.headline for _path, article in report.imported] == [
        "Aus dem Text",
        "Aus Markdown",
        "Aus Word",
        "Aus dem Netz",
        "Tief drin",
    ]
    reasons = {failure.path.name: failure.reason for failure in report.failures}
    assert reasons == {
        "d-broken.docx": "not a Word document (the file is not a valid .docx archive)",
        "e-alt.doc": "an old Word file (.doc) cannot be imported: save it as .docx, .html,"
        " .txt or .md, or paste its text into the editor",
        "h-empty.txt": "file is empty",
    }
    assert sorted(path.name for path in report.skipped) == [
        ".DS_Store",
        ".git",
        "README",
        "f-photo.jpg",
    ]
    assert not report.cancelled
    stored = {summary.headline for summary in services.list_articles()}
    assert stored == {"Aus dem Text", "Aus Markdown", "Aus Word", "Aus dem Netz", "Tief drin"}
    word = services.find_by_headline("Aus Word")
    assert word is not None
    assert (word.teaser, word.body, word.section) == ("Vorspann.", "Text aus *Word*.", "Eingang")


def test_progress_counts_every_file_and_names_what_it_became(
    services: Services, folder: Path
) -> None:
    seen: list[ImportProgress] = []
    services.import_paths([folder], progress=seen.append)
    assert [(step.done, step.total) for step in seen] == [(n, 8) for n in range(1, 9)]
    assert [step.path.name for step in seen if step.failure is not None] == [
        "d-broken.docx",
        "e-alt.doc",
        "h-empty.txt",
    ]
    assert all((step.imported is None) != (step.failure is None) for step in seen)


def test_cancelling_stops_before_the_next_file_and_keeps_the_finished_ones(
    services: Services, folder: Path
) -> None:
    seen: list[ImportProgress] = []
    report = services.import_paths([folder], progress=seen.append, cancelled=lambda: len(seen) == 2)
    assert report.cancelled
    assert [article.article.headline for _path, article in report.imported] == [
        "Aus dem Text",
        "Aus Markdown",
    ]
    assert len(services.list_articles()) == 2


def test_named_files_are_tried_whatever_their_kind(services: Services, folder: Path) -> None:
    report = services.import_paths([folder / "README", folder / "f-photo.jpg"])
    assert [article.article.headline for _path, article in report.imported] == ["Kein Artikel."]
    assert [failure.path.name for failure in report.failures] == ["f-photo.jpg"]
    assert report.failures[0].reason.startswith("unknown file type '.jpg'")


def test_an_unreadable_folder_is_a_failure_and_the_rest_is_imported(
    services: Services, folder: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "gibt-es-nicht"
    report = services.import_paths([missing, folder / "a-text.txt"])
    assert [failure.path for failure in report.failures] == [missing]
    assert report.failures[0].reason == "no such file"
    assert len(report.imported) == 1


def test_a_duplicate_headline_in_a_folder_is_reported_and_the_rest_goes_on(
    services: Services, folder: Path
) -> None:
    services.import_paths([folder / "a-text.txt"])
    report = services.import_paths([folder])
    assert report.failures[0].path.name == "a-text.txt"
    assert "already in the library" in report.failures[0].reason
    assert len(report.imported) == 4
