"""The export registry the command line and the menus read."""

from __future__ import annotations

import pytest

from editor.domain.article import Article
from editor.formats.errors import FormatError
from editor.formats.export_links import NO_LINKS, ExportLinks, ExportOptions
from editor.formats.registry import EXPORTS, ExportSpec, export_spec, register_export


def test_built_in_formats_render_text() -> None:
    assert list(EXPORTS)[:4] == ["html", "text", "markdown", "ninjs"]
    article = Article(headline="Kopf", body="Text.")
    for name in ("html", "text", "markdown", "ninjs"):
        spec = export_spec(name)
        output = spec.writer(article, NO_LINKS, ExportOptions())
        assert isinstance(output, str) and "Kopf" in output
        assert not spec.binary and spec.extension.startswith(".")


def test_an_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(FormatError, match="unknown export format 'rtf' \\(known: html, text"):
        export_spec("rtf")


def test_registering_a_binary_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("editor.formats.registry.EXPORTS", dict(EXPORTS))

    def write_bytes(article: Article, links: ExportLinks, options: ExportOptions) -> bytes:
        return article.headline.encode("utf-16")

    register_export(ExportSpec("utf16", "UTF-16 text", ".u16", "text/plain", True, write_bytes))
    spec = export_spec("utf16")
    assert spec.binary and spec.writer(Article(headline="H"), NO_LINKS, ExportOptions()) == (
        "H".encode("utf-16")
    )
