"""`copydesk link`, `move`, `sections --add` and the Trash's `delete`: the commands that
change a library, each with its happy path and its bad input (the newer link and Trash
commands are in test_cli_links_and_trash)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.unit.cli.conftest import CopydeskRunner, InProcessRunner


@pytest.fixture
def stocked(cli: InProcessRunner) -> InProcessRunner:
    """Three articles, slugs `alpha`, `beta` and `gamma`, filed in Sport."""
    for headline in ("Alpha", "Beta", "Gamma"):
        story = cli.write(f"{headline}.txt", f'"{headline}"\n\nTeaser.\n\nText über {headline}.')
        assert cli("import", str(story), "--section", "Sport").returncode == 0
    return cli


def shown(cli: InProcessRunner, slug: str) -> Any:
    result = cli("show", slug, "--json")
    assert result.returncode == 0, result.stderr
    return result.json()


def assert_one_line_error(result: Any, code: int, words: str) -> None:
    assert (result.returncode, result.stdout) == (code, "")
    assert result.stderr.startswith("copydesk: error: ") and result.stderr.count("\n") == 1
    assert words in result.stderr


def test_link_sets_and_clears_neighbours_both_ways(stocked: InProcessRunner) -> None:
    result = stocked("link", "alpha", "--next", "beta")
    assert result.returncode == 0, result.stderr
    assert "next: " in result.stdout and "Beta" in result.stdout
    assert shown(stocked, "alpha")["next"]["headline"] == "Beta"
    assert shown(stocked, "beta")["previous"]["headline"] == "Alpha"
    assert stocked("link", "gamma", "--previous", "alpha").returncode == 0
    assert shown(stocked, "alpha")["next"]["headline"] == "Gamma"
    assert shown(stocked, "beta")["previous"] is None  # Alpha's next place went to Gamma
    assert stocked("link", "gamma", "--clear-previous").returncode == 0
    assert shown(stocked, "alpha")["next"] is None


def test_link_relates_and_unrelates(stocked: InProcessRunner) -> None:
    assert stocked("link", "alpha", "--related", "gamma").returncode == 0
    assert [ref["headline"] for ref in shown(stocked, "gamma")["related"]] == ["Alpha"]
    result = stocked("link", "alpha", "--unlink-related", "gamma")
    assert result.returncode == 0 and "no longer related" in result.stdout
    assert shown(stocked, "alpha")["related"] == []


def test_link_bad_input(stocked: InProcessRunner) -> None:
    assert_one_line_error(stocked("link", "alpha", "--unlink-related", "beta"), 1, "not related")
    assert_one_line_error(stocked("link", "alpha", "--next", "alpha"), 1, "its own")
    assert_one_line_error(stocked("link", "alpha", "--next", "nothing"), 1, "'nothing'")


def test_link_and_move_usage_errors(copydesk: CopydeskRunner) -> None:
    assert_one_line_error(copydesk("link", "alpha"), 2, "one of the arguments")
    assert_one_line_error(
        copydesk("link", "alpha", "--next", "beta", "--clear-next"), 2, "not allowed with"
    )
    unknown = copydesk("link", "alpha", "--next", "beta", "--inline", "gamma")
    assert_one_line_error(unknown, 2, "unrecognized arguments: --inline")
    assert_one_line_error(copydesk("move", "alpha"), 2, "--section")


def test_move_files_articles_in_a_section(stocked: InProcessRunner) -> None:
    assert stocked("sections", "--add", "Ausland", "--parent", "Politik").returncode == 1
    assert stocked("sections", "--add", "Politik").returncode == 0
    assert stocked("sections", "--add", "Ausland", "--parent", "politik").returncode == 0
    result = stocked("move", "alpha", "gamma", "--section", "ausland")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("-> Politik/Ausland\n") == 2
    sections = {row["slug"]: row["section"] for row in stocked("list", "--json").json()}
    assert sections == {"alpha": "Politik/Ausland", "beta": "Sport", "gamma": "Politik/Ausland"}
    assert stocked("move", "beta", "--section", "").returncode == 0
    assert shown(stocked, "beta")["section"] == ""


def test_move_creates_a_missing_section_path(stocked: InProcessRunner) -> None:
    result = stocked("move", "beta", "--section", "Kultur / Kino")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("-> Kultur/Kino\n")
    assert shown(stocked, "beta")["section"] == "Kultur/Kino"
    paths = [row["parent"] for row in stocked("sections", "--json").json()]
    assert paths.count("Kultur") == 1


def test_move_bad_input_moves_nothing(stocked: InProcessRunner) -> None:
    assert_one_line_error(stocked("move", "alpha", "nothing", "--section", "Kultur"), 1, "nothing")
    assert_one_line_error(stocked("move", "alpha", "--section", "Kultur//Kino"), 1, "not a section")
    assert shown(stocked, "alpha")["section"] == "Sport"
    assert {row["name"] for row in stocked("sections", "--json").json()} == {"Sport"}


def test_delete_with_yes(stocked: InProcessRunner) -> None:
    assert stocked("link", "alpha", "--next", "beta").returncode == 0
    result = stocked("delete", "alpha", "--yes")
    assert result.returncode == 0 and result.stdout.startswith("moved to the Trash: ")
    assert {row["slug"] for row in stocked("list", "--json").json()} == {"beta", "gamma"}
    assert shown(stocked, "beta")["previous"]["broken"] is True
    assert_one_line_error(stocked("delete", "alpha", "--yes"), 1, "already in the Trash")


def test_delete_without_yes_refuses_on_a_non_interactive_stdin(
    stocked: InProcessRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # a pipe: not a terminal
    assert_one_line_error(stocked("delete", "alpha"), 1, "stdin is not a terminal")
    assert shown(stocked, "alpha")["headline"] == "Alpha"


class TerminalInput(io.StringIO):
    """Typed answers on a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("\n", False), ("no\n", False)])
def test_delete_asks_on_a_terminal(
    stocked: InProcessRunner, monkeypatch: pytest.MonkeyPatch, answer: str, deleted: bool
) -> None:
    monkeypatch.setattr("sys.stdin", TerminalInput(answer))
    result = stocked("delete", "alpha")
    assert "to the Trash?" in result.stderr and "[y/N]" in result.stderr
    assert result.returncode == (0 if deleted else 1)
    remaining = {row["slug"] for row in stocked("list", "--json").json()}
    assert ("alpha" not in remaining) == deleted


def test_sections_add(stocked: InProcessRunner) -> None:
    result = stocked("sections", "--add", "Kultur")
    assert (result.returncode, result.stdout) == (0, "Kultur\n")
    assert stocked("sections", "--add", "Kino", "--parent", "Kultur").stdout == "Kultur/Kino\n"
    rows = stocked("sections", "--json").json()
    assert {(row["name"], row["parent"]) for row in rows} == {
        ("Sport", None),
        ("Kultur", None),
        ("Kino", "Kultur"),
    }


def test_sections_add_bad_input(stocked: InProcessRunner) -> None:
    assert_one_line_error(stocked("sections", "--add", "Sport"), 1, "already a section")
    assert_one_line_error(stocked("sections", "--add", " "), 1, "needs a name")
    assert_one_line_error(
        stocked("sections", "--add", "Kino", "--parent", "Kultur"), 1, "no section called 'Kultur'"
    )
    assert_one_line_error(stocked("sections", "--parent", "Sport"), 2, "--parent goes only with")
