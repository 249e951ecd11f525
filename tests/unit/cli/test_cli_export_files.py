"""`copydesk export -o`: modes, symbolic links, leftovers of killed exports and error
messages that name the path the user typed (issues 13.11, 15.3, 15.9)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.cli.conftest import InProcessRunner


@pytest.fixture
def article_id(cli: InProcessRunner) -> str:
    story = cli.write("a.txt", '"Meldung"\n\nTeaser.\n\nText mit Inhalt.')
    return cli("import", str(story)).stdout.split("\t")[0]


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_mode(
    cli: InProcessRunner, article_id: str, umask_022: None
) -> None:
    fresh = cli.workdir / "fresh.html"
    assert cli("export", article_id, "--format", "html", "-o", str(fresh)).returncode == 0
    assert _mode(fresh) == 0o644
    for mode in (0o444, 0o600, 0o664):
        kept = cli.write(f"kept-{mode:o}.txt", "old")
        kept.chmod(mode)
        assert cli("export", article_id, "--format", "text", "-o", str(kept)).returncode == 0
        assert _mode(kept) == mode
        assert kept.read_text(encoding="utf-8").startswith('"Meldung"')


def test_export_over_a_symlink_writes_the_links_target(
    cli: InProcessRunner, article_id: str
) -> None:
    (cli.workdir / "site").mkdir()
    real = cli.write("site/story.txt", "old")
    link = cli.workdir / "current.txt"
    link.symlink_to(Path("site") / "story.txt")
    assert cli("export", article_id, "--format", "text", "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith('"Meldung"')
    assert sorted(p.name for p in (cli.workdir / "site").iterdir()) == ["story.txt"]


def test_leftovers_of_a_killed_export_are_recognised_and_removed(
    cli: InProcessRunner, article_id: str
) -> None:
    dead_pid = 2**22 + 12345  # above Linux's default pid_max: no such process
    stale = cli.write(f".out.txt.copydesk-{dead_pid}.tmp", "half an expo")
    alive = cli.write(f".out.txt.copydesk-{os.getppid()}.tmp", "being written")
    foreign = cli.write(".out.txt.other.tmp", "not ours")
    target = cli.workdir / "out.txt"
    assert cli("export", article_id, "--format", "text", "-o", str(target)).returncode == 0
    assert not stale.exists()
    assert alive.exists() and foreign.exists()
    assert not list(cli.workdir.glob(f".out.txt.copydesk-{os.getpid()}*"))


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("missing/out.html", "the folder missing does not exist"),
        ("folder", "it is a folder"),
    ],
)
def test_export_errors_name_the_path_the_user_typed(
    cli: InProcessRunner,
    article_id: str,
    target: str,
    reason: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (cli.workdir / "folder").mkdir()
    monkeypatch.chdir(cli.workdir)
    result = cli("export", article_id, "--format", "html", "-o", target)
    assert result.returncode == 1
    assert result.stderr == f"copydesk: error: cannot write {target}: {reason}\n"
    assert sorted(p.name for p in cli.workdir.iterdir() if p.name.startswith(".")) == []
