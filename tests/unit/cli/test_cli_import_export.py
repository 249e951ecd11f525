"""`copydesk import` and `copydesk export` end to end, through a subprocess."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.unit.cli.conftest import CopydeskRunner


def _story(headline: str, teaser: str, body: list[str], prev: str | None, nxt: str | None) -> str:
    blocks = [f'"{headline}"', teaser, *body]
    if prev is not None:
        blocks += ["Read Previous", f'"{prev}"']
    if nxt is not None:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)


@pytest.mark.parametrize("ending", ["", "\n"], ids=["as-shipped", "final-newline"])
def test_seed_article_round_trips_byte_for_byte(
    copydesk: CopydeskRunner, seed_text: str, ending: str
) -> None:
    """The seed ends without a line break; export ends the way the imported file ended."""
    assert not seed_text.endswith("\n")
    seed = copydesk.write("seed.txt", seed_text + ending)
    imported = copydesk("import", str(seed))
    assert imported.returncode == 0, imported.stderr
    article_id, headline = imported.stdout.rstrip("\n").split("\t")
    assert headline == "Koalition der Willigen: Sicherheitsgarantien für Ukraine"
    exported = copydesk("export", article_id, "--format", "text")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == seed_text + ending
    written = copydesk.workdir / "out.txt"
    assert copydesk("export", article_id, "--format", "text", "-o", str(written)).returncode == 0
    assert written.read_bytes() == seed.read_bytes()


def test_import_prints_one_line_per_file_and_reports_failures(copydesk: CopydeskRunner) -> None:
    good = copydesk.write("a.txt", _story("Erste Meldung", "Teaser eins.", ["Text."], None, None))
    empty = copydesk.write("empty.txt", "")
    binary = copydesk.workdir / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    other = copydesk.write("b.txt", _story("Zweite Meldung", "Teaser zwei.", ["Mehr."], None, None))
    result = copydesk("import", str(good), str(empty), str(binary), str(other))
    assert result.returncode == 1
    printed = [line.split("\t")[1] for line in result.stdout.splitlines()]
    assert printed == ["Erste Meldung", "Zweite Meldung"]
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert all(line.startswith("copydesk: error: ") for line in errors)
    assert "empty.txt" in errors[0] and "photo.txt" in errors[1]
    assert "Traceback" not in result.stderr


def test_neighbours_become_placeholders_then_get_filled(copydesk: CopydeskRunner) -> None:
    middle = copydesk.write("m.txt", _story("Mitte", "T.", ["B."], "Vorher", "Nachher"))
    result = copydesk("import", str(middle), "--section", "Politik")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    listing = copydesk("list", "--json").json()
    placeholders = {row["headline"]: row for row in listing if row["placeholder"]}
    assert set(placeholders) == {"Vorher", "Nachher"}
    assert {row["section"] for row in listing} == {"Politik"}

    before = copydesk.write("v.txt", _story("Vorher", "Früher.", ["Alt."], None, "Mitte"))
    filled = copydesk("import", str(before), "--section", "Politik")
    filled_id = filled.stdout.split("\t")[0]
    assert filled_id == placeholders["Vorher"]["id"]
    shown = copydesk("show", filled_id, "--json").json()
    assert shown["placeholder"] is False
    assert shown["next"]["headline"] == "Mitte"
    assert len(copydesk("list", "--json").json()) == 3


def test_export_to_file_and_formats(copydesk: CopydeskRunner) -> None:
    path = copydesk.write(
        "a.txt", _story("Köln <b> & Co", "Teaser.", ["1. FC Köln siegt."], None, None)
    )
    article_id = copydesk("import", str(path)).stdout.split("\t")[0]
    out = copydesk.workdir / "out.html"
    result = copydesk("export", article_id[:8], "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Köln &lt;b&gt; &amp; Co" in html
    assert "1. FC Köln siegt." in html
    markdown = copydesk("export", article_id, "--format", "markdown")
    assert markdown.returncode == 0
    assert "Köln <b> & Co" in markdown.stdout


def test_failed_export_leaves_existing_file_untouched(copydesk: CopydeskRunner) -> None:
    target = copydesk.write("keep.txt", "precious")
    result = copydesk("export", "does-not-exist", "--format", "text", "-o", str(target))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("copydesk: error: ")
    assert target.read_text(encoding="utf-8") == "precious"


def test_non_library_file_is_refused_and_unchanged(
    copydesk: CopydeskRunner, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("just some notes, not a database\n" * 50, encoding="utf-8")
    digest = hashlib.sha256(notes.read_bytes()).hexdigest()
    result = copydesk("--library", str(notes), "list", library=False)
    assert result.returncode == 1
    assert result.stderr.startswith("copydesk: error: ") and result.stderr.count("\n") == 1
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == digest
