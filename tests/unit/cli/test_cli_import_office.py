"""`copydesk import` of Word files, HTML pages and folders."""

from __future__ import annotations

from editor.domain import Article
from editor.formats.docx_export import article_to_docx
from tests.unit.cli.conftest import InProcessRunner


def test_a_word_file_and_a_web_page_import_with_their_fields(cli: InProcessRunner) -> None:
    word = cli.workdir / "Bericht.docx"
    word.write_bytes(
        article_to_docx(
            Article(
                headline="Bericht aus Word",
                teaser="Der Vorspann.",
                byline="Von Anna Berger",
                body="Ein Absatz mit **Fett** und einem [Link](https://example.org).\n\n- eins\n",
            )
        )
    )
    page = cli.write(
        "seite.htm",
        '<html lang="de"><body><nav><a href="/">Start</a></nav><article><h1>Aus dem Netz</h1>'
        "<p><strong>Fetter Vorspann.</strong></p><p>Text der Seite, lang genug, um als "
        "Artikel zu gelten, mit <em>Betonung</em>.</p></article></body></html>",
    )
    result = cli("import", str(word), str(page))
    assert result.returncode == 0, result.stderr
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == [
        "Bericht aus Word",
        "Aus dem Netz",
    ]
    shown = cli("show", ids[0], "--json").json()
    assert (shown["teaser"], shown["byline"]) == ("Der Vorspann.", "Von Anna Berger")
    markdown = cli("export", ids[0], "--format", "markdown").stdout
    assert markdown.endswith(
        "\nEin Absatz mit **Fett** und einem [Link](https://example.org).\n\n- eins\n"
    )
    shown = cli("show", ids[1], "--json").json()
    assert (shown["teaser"], shown["language"]) == ("Fetter Vorspann.", "de")
    markdown = cli("export", ids[1], "--format", "markdown").stdout
    assert markdown.endswith(
        "\nText der Seite, lang genug, um als Artikel zu gelten, mit *Betonung*.\n"
    )


def test_a_folder_imports_and_each_bad_file_gets_one_line(cli: InProcessRunner) -> None:
    folder = cli.workdir / "Eingang"
    (folder / "Sport").mkdir(parents=True)
    (folder / "gut.txt").write_text('"Gute Meldung"\n\nTeaser.\n\nText.\n', encoding="utf-8")
    (folder / "kaputt.docx").write_bytes(b"PK\x03\x04 halb")
    (folder / "bild.png").write_bytes(b"\x89PNG\r\n")
    (folder / "Sport" / "spiel.md").write_text("# Das Spiel\n\nTore.\n", encoding="utf-8")
    result = cli("import", str(folder))
    assert result.returncode == 1
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == [
        "Gute Meldung",
        "Das Spiel",
    ]
    assert result.stderr == (
        f"copydesk: error: {folder / 'kaputt.docx'}: not a Word document (the file is not a"
        " valid .docx archive)\n"
    )
    headlines = sorted(row["headline"] for row in cli("list", "--json").json())
    assert headlines == ["Das Spiel", "Gute Meldung"]


def test_a_missing_path_is_one_line_and_the_rest_imports(cli: InProcessRunner) -> None:
    missing = cli.workdir / "gibt-es-nicht"
    good = cli.write("gut.md", "# Gute Meldung\n\nText.\n")
    result = cli("import", str(missing), str(good))
    assert result.returncode == 1
    assert result.stderr == f"copydesk: error: {missing}: no such file\n"
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == ["Gute Meldung"]
