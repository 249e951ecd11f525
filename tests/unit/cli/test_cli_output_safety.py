"""What the command line prints and refuses: hostile text, errors in words, missing
libraries and sections, pipes and missing displays (issues 13 and 15)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor.domain import Article
from editor.storage import Library
from tests.unit.cli.conftest import InProcessRunner

HOSTILE = "Wahl\x1b[2J\x07 in \x08Wien\x7f \x9b31m \u202eeniltsuB"


@pytest.fixture
def hostile(cli: InProcessRunner) -> str:
    with Library.open(str(cli.library)) as library:
        return library.save(
            Article(headline=HOSTILE, teaser="Teaser.", body=f"Text {HOSTILE}.", section="Sport")
        ).id


def test_human_output_shows_controls_escaped(cli: InProcessRunner, hostile: str) -> None:
    escaped = "Wahl\\x1b[2J\\x07 in \\x08Wien\\x7f \\x9b31m \\u202eeniltsuB"
    listed = cli("list")
    assert escaped in listed.stdout
    shown = cli("show", hostile)
    assert f"headline: {escaped}\n" in shown.stdout
    found = cli("search", "Wahl")
    assert escaped in found.stdout
    for output in (listed.stdout, shown.stdout, found.stdout):
        assert not any(ch in output for ch in "\x1b\x07\x08\x7f\x9b\u202e")


def test_json_escapes_controls_by_json_rules(cli: InProcessRunner, hostile: str) -> None:
    for args in (("list", "--json"), ("show", hostile, "--json"), ("search", "Wahl", "--json")):
        output = cli(*args).stdout
        assert "\\u001b[2J\\u0007" in output and "\\u009b" in output and "\\u202e" in output
        assert not any(ch in output for ch in "\x1b\x07\x08\x7f\x9b\u202e")
        data = json.loads(output)
        assert (data if isinstance(data, list) else [data])[0]["headline"] == HOSTILE


def test_export_writes_the_article_as_stored_except_to_a_terminal(
    cli: InProcessRunner, hostile: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = cli.workdir / "out.txt"
    assert cli("export", hostile, "--format", "text", "-o", str(target)).returncode == 0
    assert HOSTILE in target.read_text(encoding="utf-8")
    assert HOSTILE in cli("export", hostile, "--format", "text").stdout  # a pipe
    monkeypatch.setattr("editor.cli_export.stdout_is_terminal", lambda: True)
    on_terminal = cli("export", hostile, "--format", "text").stdout
    assert "Wahl\\x1b[2J" in on_terminal and "\x1b" not in on_terminal
    assert "\n\n" in on_terminal  # line breaks keep their meaning


def test_locked_library_is_explained_in_words(
    cli: InProcessRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = cli.write("a.txt", '"Meldung"\n\nTeaser.\n\nText mit Inhalt.')
    assert cli("sections").returncode == 1  # no library yet: nothing created
    with Library.open(str(cli.library)):
        pass
    monkeypatch.setattr("editor.storage.engine.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(cli.library, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        result = cli("import", str(story))
    finally:
        holder.close()
    assert result.returncode == 1
    assert result.stderr == (
        f"copydesk: error: {story}: another program is writing to the library; try again\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ("list",),
        ("sections",),
        ("search", "Wien"),
        ("show", "abc"),
        ("export", "abc", "--format", "text"),
    ],
)
def test_only_import_creates_a_library(cli: InProcessRunner, command: tuple[str, ...]) -> None:
    cli.library = cli.workdir / "nodir" / "x.sqlite"
    result = cli(*command)
    assert result.returncode == 1
    assert result.stderr.startswith(f"copydesk: error: no library at {cli.library}")
    assert result.stderr.count("\n") == 1
    assert not (cli.workdir / "nodir").exists()
    story = cli.write("a.txt", '"Meldung"\n\nTeaser.\n\nText mit Inhalt.')
    assert cli("import", str(story)).returncode == 0
    assert cli.library.is_file()


def test_list_section_matches_case_insensitively_and_refuses_unknown(cli: InProcessRunner) -> None:
    story = cli.write("a.txt", '"Derby"\n\nTeaser.\n\nText mit Inhalt.')
    assert cli("import", str(story), "--section", "Sport").returncode == 0
    other = cli.write("b.txt", '"Tor"\n\nTeaser.\n\nText mit Inhalt.')
    assert cli("import", str(other), "--section", "sport").returncode == 0
    assert [row["name"] for row in cli("sections", "--json").json()] == ["Sport"]
    listed = cli("list", "--section", "SPORT", "--json").json()
    assert sorted(row["headline"] for row in listed) == ["Derby", "Tor"]
    missing = cli("list", "--section", "Kultur")
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert missing.stderr == (
        "copydesk: error: no section called 'Kultur' (see 'copydesk sections')\n"
    )


def _run_module(
    *args: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_a_pipe_as_library_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "lib.sqlite"
    os.mkfifo(fifo)
    result = _run_module("--library", str(fifo), "list", env=dict(os.environ), timeout=30)
    assert result.returncode == 1
    assert result.stderr == (
        f"copydesk: error: {fifo} is not a regular file (a pipe, device or socket), "
        "not a Copydesk library\n"
    )


@pytest.mark.parametrize("display", [None, ":97"])
def test_gui_without_a_display_says_so_in_one_line(tmp_path: Path, display: str | None) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    if display is not None:
        env["DISPLAY"] = display
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    result = _run_module("--library", str(tmp_path / "lib.sqlite"), "gui", env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("copydesk: error: no display is available (")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "lib.sqlite").exists()
