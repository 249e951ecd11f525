"""The PDF export: A4 pages, Charis SIL embedded, the article's text findable, page numbers,
and a file written whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from editor.domain import Article
from editor.services.exporting import ExportWriteError
from editor.ui.transfer.pdf_export import article_pdf, write_pdf

A4_POINTS = (595, 842)
PARAGRAPH = (
    "Der Stadtrat hat am Dienstagabend über den Radweg an der Uferstraße beraten, "
    "Größe und Übermut, „Zitat“ – ÄÖÜ ß. "
) * 6


def long_article() -> Article:
    sections = [f"## Abschnitt {n}\n\n{PARAGRAPH}\n\n- Punkt eins\n- Punkt zwei" for n in range(8)]
    return Article(
        headline="Stadtrat beschließt neuen Radweg",
        kicker="Verkehr",
        teaser="Nach jahrelangem Streit ist die Entscheidung gefallen.",
        byline="Von Anna Berger",
        dateline="Freiburg",
        body="Erster Absatz mit **fettem** und *kursivem* Text.\n\n" + "\n\n".join(sections),
    )


def page_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace collapsed (Qt places words apart, pypdf reads tabs)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def embedded_fonts(data: bytes) -> dict[str, set[str]]:
    """Font name -> the font file keys of its descriptor, over all pages."""
    fonts: dict[str, set[str]] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = {
                key for key in descriptor if key.startswith("/FontFile")
            }
    return fonts


def test_a_long_article_is_paginated_a4_with_page_numbers(qapp: QApplication) -> None:
    data = article_pdf(long_article())
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS
    texts = page_texts(data)
    for number, text in enumerate(texts, start=1):
        assert text.endswith(str(number))
    assert reader.metadata is not None and reader.metadata.title == long_article().headline


def test_the_header_and_body_text_can_be_found(qapp: QApplication) -> None:
    texts = page_texts(article_pdf(long_article()))
    first = texts[0]
    for field in ("Verkehr", "Stadtrat beschließt neuen Radweg", "Von Anna Berger", "Freiburg"):
        assert field in first
    assert "Nach jahrelangem Streit ist die Entscheidung gefallen." in first
    assert first.index("Stadtrat beschließt") < first.index("Erster Absatz")
    assert "Abschnitt 7" in " ".join(texts)
    assert "„Zitat“ – ÄÖÜ ß." in " ".join(texts)


def test_charis_sil_is_embedded_in_every_style_used(qapp: QApplication) -> None:
    fonts = embedded_fonts(article_pdf(long_article()))
    assert {"/CharisSIL", "/CharisSIL-Bold", "/CharisSIL-Italic"} <= set(fonts)
    assert all(keys == {"/FontFile2"} for keys in fonts.values())


def test_a_short_article_is_one_page(qapp: QApplication) -> None:
    data = article_pdf(Article(headline="Kurz", body="Ein Satz."))
    assert page_texts(data) == ["Kurz Ein Satz. 1"]


def test_write_pdf_replaces_the_file_whole(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "artikel.pdf"
    target.write_bytes(b"alt")
    write_pdf(Article(headline="Kurz", body="Ein Satz."), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [path.name for path in tmp_path.iterdir()] == ["artikel.pdf"]
    with pytest.raises(ExportWriteError, match="does not exist"):
        write_pdf(Article(headline="Kurz"), tmp_path / "fehlt" / "artikel.pdf")
