"""`copydesk export --format ...`: every registered format, text options, usage errors."""

from __future__ import annotations

import json

import pytest

from tests.unit.cli.conftest import InProcessRunner


def _imported(cli: InProcessRunner) -> str:
    path = cli.workdir / "a.txt"
    path.write_text(
        '"Kopf"\n\nTeaser mit einigen Worten.\n\nText mit vielen weiteren Worten darin.\n\n'
        'Read Next\n\n"Später"\n',
        encoding="utf-8",
    )
    result = cli("import", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\t")[0]


def test_every_text_format_to_stdout(cli: InProcessRunner) -> None:
    article_id = _imported(cli)
    assert "<!DOCTYPE html>" in cli("export", article_id, "--format", "html").stdout
    assert cli("export", article_id, "--format", "markdown").stdout.startswith("---\ntitle: Kopf\n")
    ninjs = json.loads(cli("export", article_id, "--format", "ninjs").stdout)
    assert ninjs["headlines"][0]["value"] == "Kopf"
    assert ninjs["associations"][0]["rel"] == "next"


def test_text_wrap_and_no_navigation(cli: InProcessRunner) -> None:
    article_id = _imported(cli)
    text = cli("export", article_id, "--format", "text", "--wrap", "12", "--no-navigation").stdout
    assert "Read Next" not in text
    assert "Teaser mit\neinigen\nWorten." in text


def test_a_format_option_for_another_format_is_refused(cli: InProcessRunner) -> None:
    article_id = _imported(cli)
    result = cli("export", article_id, "--format", "html", "--wrap", "20")
    assert result.returncode == 2
    assert (
        result.stderr == "copydesk: error: --wrap and --no-navigation apply to --format text only\n"
    )


@pytest.mark.parametrize(
    ("width", "message"), [("5", "wrap at 10 columns or more"), ("x", "not a number of columns")]
)
def test_a_bad_wrap_width_is_a_one_line_usage_error(
    cli: InProcessRunner, capsys: pytest.CaptureFixture[str], width: str, message: str
) -> None:
    article_id = _imported(cli)
    with pytest.raises(SystemExit) as stopped:
        cli("export", article_id, "--format", "text", "--wrap", width)
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error


def test_export_site_prints_one_summary_line(cli: InProcessRunner) -> None:
    _imported(cli)
    site = cli.workdir / "site"
    first = cli("export-site", str(site))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"3 pages in {site}: 3 written, 0 unchanged, 0 removed (")
    again = cli("export-site", str(site))
    assert "0 written, 3 unchanged" in again.stdout
    missing = cli("export-site", str(site), "--section", "Kultur")
    assert missing.returncode == 1
    assert missing.stderr == (
        "copydesk: error: no section called 'Kultur' (see 'copydesk sections')\n"
    )


def test_a_binary_format_needs_a_file(
    cli: InProcessRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.domain.article import Article
    from editor.formats import registry
    from editor.formats.export_links import ExportLinks, ExportOptions

    def utf16(article: Article, links: ExportLinks, options: ExportOptions) -> bytes:
        return article.headline.encode("utf-16")

    monkeypatch.setattr(registry, "EXPORTS", dict(registry.EXPORTS))
    registry.register_export(
        registry.ExportSpec("u16", "UTF-16", ".u16", "text/plain", True, utf16)
    )
    article_id = _imported(cli)
    refused = cli("export", article_id, "--format", "u16")
    assert refused.returncode == 2 and refused.stdout == ""
    assert (
        refused.stderr == "copydesk: error: UTF-16 is a binary format: give a file with -o PATH\n"
    )
    target = cli.workdir / "out.u16"
    assert cli("export", article_id, "--format", "u16", "-o", str(target)).returncode == 0
    assert target.read_bytes() == "Kopf".encode("utf-16")
