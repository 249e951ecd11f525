"""`copydesk import` under duplicates, bad files and foreign formats (issues 13 and 15)."""

from __future__ import annotations

import zipfile

import pytest

from tests.unit.cli.conftest import InProcessRunner


def _story(headline: str, nxt: str | None = None) -> str:
    blocks = [f'"{headline}"', f"Teaser zu {headline}.", f"Text zu {headline}."]
    if nxt is not None:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)


def test_reimporting_a_headline_is_refused_and_new_forces_a_copy(cli: InProcessRunner) -> None:
    story = cli.write("a.txt", _story("Erste Meldung", nxt="Zweite Meldung"))
    assert cli("import", str(story)).returncode == 0
    again = cli("import", str(story))
    assert again.returncode == 1
    assert again.stdout == ""
    assert again.stderr.count("\n") == 1
    assert again.stderr.startswith(f"copydesk: error: {story}: an article with this headline")
    assert "--new" in again.stderr
    rows = cli("list", "--json").json()
    assert sorted(row["headline"] for row in rows) == ["Erste Meldung", "Zweite Meldung"]
    forced = cli("import", "--new", str(story))
    assert forced.returncode == 0, forced.stderr
    rows = cli("list", "--json").json()
    assert [row["headline"] for row in rows].count("Erste Meldung") == 2
    assert [row["headline"] for row in rows].count("Zweite Meldung") == 1


def test_bad_front_matter_names_its_file_and_the_rest_are_tried(cli: InProcessRunner) -> None:
    huge = cli.write("huge.md", f"---\nheadline: Zahl\nkicker: {'9' * 5000}\n---\n\nText.\n")
    date = cli.write("date.md", "---\nheadline: Datum\ndateline: 2024-13-45\n---\n\nText.\n")
    tagged = cli.write("tagged.md", f"---\nheadline: Tag\nkicker: !!int {'7' * 5000}\n---\n")
    good = cli.write("good.txt", _story("Gute Meldung"))
    result = cli("import", str(huge), str(date), str(tagged), str(good))
    assert result.returncode == 1
    imported = [line.split("\t")[1] for line in result.stdout.splitlines()]
    assert imported == ["Zahl", "Datum", "Gute Meldung"]
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"copydesk: error: {tagged}: front matter")
    shown = {row["headline"]: row["id"] for row in cli("list", "--json").json()}
    assert cli("show", shown["Datum"], "--json").json()["dateline"] == "2024-13-45"
    assert cli("show", shown["Zahl"], "--json").json()["kicker"] == "9" * 5000


@pytest.mark.parametrize(
    ("name", "content", "described"),
    [
        ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word file (.doc)"),
        ("macro.docm", b"PK\x03\x04 word/document.xml", "a Word template or macro file"),
        ("report.odt", b"PK\x03\x04 mimetypeapplication/vnd.oasis", "an OpenDocument file"),
        ("scan.pdf", b"%PDF-1.7\n", "a PDF file"),
        ("letter.rtf", b"{\\rtf1\\ansi Hallo}", "an RTF file"),
        ("renamed.txt", b"%PDF-1.4\n%binary", "a PDF file"),
        ("renamed.md", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word file (.doc)"),
        ("photo.jpg", b"\xff\xd8\xff\xe0JFIF", "unknown file type '.jpg'"),
    ],
)
def test_foreign_formats_are_refused_saying_what_they_are(
    cli: InProcessRunner, name: str, content: bytes, described: str
) -> None:
    path = cli.workdir / name
    path.write_bytes(content)
    result = cli("import", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"copydesk: error: {path}: {described}")
    assert ".docx, .html, .txt or .md" in result.stderr and result.stderr.count("\n") == 1
    assert cli("list", "--json").json() == []


@pytest.mark.parametrize(
    ("content", "described"),
    [
        (b"PK\x03\x04 word/document.xml", "not a Word document (the file is not a valid"),
        (None, "not a Word document (a ZIP archive without Word's parts)"),
    ],
)
def test_a_broken_word_file_is_refused_in_one_line(
    cli: InProcessRunner, content: bytes | None, described: str
) -> None:
    path = cli.workdir / "Bericht.docx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    else:
        path.write_bytes(content)
    result = cli("import", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"copydesk: error: {path}: {described}")
    assert result.stderr.count("\n") == 1
    assert cli("list", "--json").json() == []


def test_a_text_file_holding_an_html_page_is_read_as_one(cli: InProcessRunner) -> None:
    page = cli.write("page.txt", "\n<!doctype html>\n<h1>Seite</h1><p>Inhalt der Seite.</p>")
    result = cli("import", str(page))
    assert result.returncode == 0, result.stderr
    article_id, headline = result.stdout.rstrip("\n").split("\t")
    assert headline == "Seite"
    exported = cli("export", article_id, "--format", "markdown").stdout
    assert exported.endswith("\nInhalt der Seite.\n")


def test_import_drops_control_characters_and_keeps_the_rest(cli: InProcessRunner) -> None:
    story = cli.write(
        "hostile.txt",
        '"Wahl\x1b[2J\x07 in \u202eWien\u202c"\n\nTeaser\x08 mit\x7f Steuerzeichen.\n\n'
        "Text\twie\u00a0geschrieben, \u05e9\u05dc\u05d5\u05dd.\n\n" + "Ein langer Absatz. " * 40,
    )
    result = cli("import", str(story))
    assert result.returncode == 0, result.stderr
    shown = cli("show", result.stdout.split("\t")[0], "--json").json()
    assert shown["headline"] == "Wahl[2J in \u202eWien\u202c"
    assert shown["teaser"] == "Teaser mit Steuerzeichen."
    exported = cli("export", shown["id"], "--format", "text").stdout
    assert "Text\twie\u00a0geschrieben, \u05e9\u05dc\u05d5\u05dd." in exported
