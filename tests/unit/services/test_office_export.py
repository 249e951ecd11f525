"""Writing Word files (the export registry's `docx` writer, written as every export
file is): whole or not at all, keeping a replaced file's mode."""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import pytest

from editor.domain import Article
from editor.formats.export_links import NO_LINKS, ExportOptions
from editor.formats.registry import export_spec
from editor.services.exporting import ExportWriteError, write_bytes_atomically


def write_docx(article: Article, path: Path) -> None:
    data = export_spec("docx").writer(article, NO_LINKS, ExportOptions())
    assert isinstance(data, bytes)
    write_bytes_atomically(path, data)


def test_write_docx_writes_a_word_file_and_keeps_the_old_mode(tmp_path: Path) -> None:
    target = tmp_path / "artikel.docx"
    target.write_bytes(b"alt")
    os.chmod(target, 0o600)
    write_docx(Article(headline="Überschrift", body="Text."), target)
    document = docx.Document(io.BytesIO(target.read_bytes()))
    assert [paragraph.text for paragraph in document.paragraphs] == ["Überschrift", "Text."]
    assert target.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["artikel.docx"]


def test_a_symbolic_link_keeps_pointing_at_the_replaced_file(tmp_path: Path) -> None:
    real = tmp_path / "echt.docx"
    real.write_bytes(b"alt")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    write_docx(Article(headline="Neu"), link)
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"PK")


def test_a_missing_folder_is_one_line_naming_the_path(tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "artikel.docx"
    with pytest.raises(ExportWriteError) as raised:
        write_docx(Article(headline="Neu"), target)
    assert str(raised.value) == f"cannot write {target}: the folder {target.parent} does not exist"
