"""`copydesk restore`, `list --trash`, `empty-trash`, `unlink`, `links --broken`, `chain`
and the body links of `show --json`: happy paths and bad input."""

from __future__ import annotations

import io

import pytest

from editor.services.library_services import Services
from tests.unit.cli.conftest import CopydeskRunner, InProcessRunner
from tests.unit.cli.test_cli_changes import TerminalInput, assert_one_line_error, shown, stocked

__all__ = ["stocked"]  # the fixture, used by name


def ids(cli: InProcessRunner) -> dict[str, str]:
    return {row["slug"]: row["id"] for row in cli("list", "--json").json()}


def give_body(cli: InProcessRunner, slug: str, body: str) -> None:
    with Services.open(str(cli.library)) as services:
        article = services.find(slug)
        article.body = body
        services.save(article)


def test_delete_restore_and_list_the_trash(stocked: InProcessRunner) -> None:
    result = stocked("delete", "alpha", "beta", "--yes")
    assert result.stdout.count("moved to the Trash: ") == 2
    trash = stocked("list", "--trash", "--json").json()
    assert sorted(row["headline"] for row in trash) == ["Alpha", "Beta"]
    assert "Alpha" in stocked("list", "--trash").stdout
    assert shown(stocked, "alpha")["in_trash"] is True
    result = stocked("restore", "alpha")
    assert (result.returncode, result.stdout.startswith("restored: ")) == (0, True)
    assert [row["headline"] for row in stocked("list", "--trash", "--json").json()] == ["Beta"]
    assert_one_line_error(stocked("restore", "alpha"), 1, "not in the Trash")


def test_empty_trash_asks_first_and_deletes_for_good(
    stocked: InProcessRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert stocked("delete", "alpha", "--yes").returncode == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert_one_line_error(stocked("empty-trash"), 1, "stdin is not a terminal")
    monkeypatch.setattr("sys.stdin", TerminalInput("n\n"))
    assert stocked("empty-trash").returncode == 1
    assert len(stocked("list", "--trash", "--json").json()) == 1
    result = stocked("empty-trash", "--yes")
    assert (result.returncode, result.stdout) == (0, "deleted 1 article(s) for good\n")
    assert_one_line_error(stocked("show", "alpha"), 1, "'alpha'")
    assert stocked("empty-trash").stdout == "deleted 0 article(s) for good\n"


def test_delete_names_the_articles_that_link_to_it(
    stocked: InProcessRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert stocked("link", "beta", "--related", "alpha").returncode == 0
    monkeypatch.setattr("sys.stdin", TerminalInput("n\n"))
    result = stocked("delete", "alpha")
    assert "linked from: Beta" in result.stderr and result.returncode == 1


def test_unlink_each_kind(stocked: InProcessRunner) -> None:
    assert stocked("link", "alpha", "--next", "beta").returncode == 0
    assert stocked("link", "alpha", "--related", "gamma").returncode == 0
    assert_one_line_error(stocked("unlink", "alpha", "--next", "gamma"), 1, "not the next story")
    result = stocked("unlink", "beta", "--previous", "alpha")
    assert result.returncode == 0 and "previous story unlinked" in result.stdout
    assert shown(stocked, "alpha")["next"] is None
    assert stocked("unlink", "gamma", "--related", "alpha").returncode == 0
    assert shown(stocked, "alpha")["related"] == []


def test_show_lists_body_links_and_inline_backlinks(stocked: InProcessRunner) -> None:
    known = ids(stocked)
    missing = "00000000-0000-4000-8000-000000000000"
    give_body(
        stocked,
        "alpha",
        f"Zu [Beta](copydesk:article/{known['beta']}) und [nichts](copydesk:article/{missing}).",
    )
    assert shown(stocked, "alpha")["links"] == [
        {"id": known["beta"], "headline": "Beta", "broken": False},
        {"id": missing, "headline": "", "broken": True},
    ]
    backlinks = shown(stocked, "beta")["backlinks"]
    assert {"id": known["alpha"], "headline": "Alpha", "kind": "inline"} in backlinks


def test_links_broken(stocked: InProcessRunner) -> None:
    known = ids(stocked)
    assert stocked("links", "--broken", "--json").json() == []
    give_body(stocked, "alpha", f"Zu [Beta](copydesk:article/{known['beta']}).")
    assert stocked("link", "gamma", "--next", "beta").returncode == 0
    assert stocked("delete", "beta", "--yes").returncode == 0
    rows = stocked("links", "--broken", "--json").json()
    assert sorted((row["source"]["headline"], row["kind"], row["reason"]) for row in rows) == [
        ("Alpha", "inline", "in the Trash"),
        ("Gamma", "next", "in the Trash"),
    ]
    text = stocked("links", "--broken").stdout
    assert "inline -> Beta (in the Trash)" in text


def test_chain_by_date(stocked: InProcessRunner) -> None:
    result = stocked("chain", "--section", "sport")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("next: ") == 2
    previous = [shown(stocked, slug)["previous"] for slug in ("alpha", "beta", "gamma")]
    assert [ref["headline"] if ref else None for ref in previous] == [None, "Alpha", "Beta"]
    assert stocked("chain", "--section", "Sport").stdout == "nothing to chain in Sport\n"
    assert_one_line_error(stocked("chain", "--section", "Kultur"), 1, "no section 'Kultur'")


def test_usage_errors(copydesk: CopydeskRunner) -> None:
    assert_one_line_error(copydesk("unlink", "alpha"), 2, "one of the arguments")
    assert_one_line_error(copydesk("links"), 2, "--broken")
    assert_one_line_error(copydesk("restore"), 2, "ARTICLE")


def test_sections_rename_move_and_delete(stocked: InProcessRunner) -> None:
    assert stocked("move", "alpha", "--section", "Politik/Inland").returncode == 0
    result = stocked("sections", "--rename", "politik", "--to", "Politics")
    assert (result.returncode, result.stdout) == (0, "Politik -> Politics\n")
    assert shown(stocked, "alpha")["section"] == "Politics/Inland"
    result = stocked("sections", "--move", "Politics/Inland", "--into", "Sport")
    assert result.stdout == "Politics/Inland -> Sport/Inland\n"
    assert stocked("sections", "--move", "Sport/Inland", "--into", "").stdout.endswith(
        "-> Inland\n"
    )
    result = stocked("sections", "--delete", "Inland", "--into", "Sport")
    assert result.stdout == "deleted Inland; what it held -> Sport\n"
    assert shown(stocked, "alpha")["section"] == "Sport"
    assert_one_line_error(
        stocked("sections", "--move", "Sport", "--into", "Theater"), 1, "no section called"
    )


def test_sections_edit_usage_errors(copydesk: CopydeskRunner) -> None:
    assert_one_line_error(copydesk("sections", "--rename", "Sport"), 2, "--rename needs --to")
    assert_one_line_error(copydesk("sections", "--to", "X"), 2, "--to goes only with --rename")
    assert_one_line_error(
        copydesk("sections", "--add", "A", "--delete", "B"), 2, "not allowed with"
    )
