"""Helpers to run the `copydesk` command in a subprocess, as a newsroom script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class CommandResult:
    """Exit status and decoded output of one `copydesk` run."""

    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class CopydeskRunner:
    """Runs `python -m editor --library LIB ...` in a subprocess."""

    def __init__(self, library: Path, workdir: Path) -> None:
        self.library = library
        self.workdir = workdir

    def __call__(self, *args: str, library: bool = True) -> CommandResult:
        env = dict(os.environ, COPYDESK_LIBRARY=str(self.workdir / "default.sqlite"))
        prefix = ["--library", str(self.library)] if library else []
        completed = subprocess.run(
            [sys.executable, "-m", "editor", *prefix, *args],
            capture_output=True,
            cwd=self.workdir,
            env=env,
            timeout=120,
            check=False,
        )
        return CommandResult(
            completed.returncode,
            completed.stdout.decode("utf-8"),
            completed.stderr.decode("utf-8"),
        )

    def write(self, name: str, text: str) -> Path:
        path = self.workdir / name
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def copydesk(tmp_path: Path) -> CopydeskRunner:
    """A runner on a fresh library in a per-test folder."""
    return CopydeskRunner(tmp_path / "news.sqlite", tmp_path)


class InProcessRunner(CopydeskRunner):
    """Runs `copydesk --library LIB ...` in this process (much faster than a subprocess)."""

    def __init__(self, library: Path, workdir: Path, capture: pytest.CaptureFixture[str]) -> None:
        super().__init__(library, workdir)
        self.capture = capture

    def __call__(self, *args: str, library: bool = True) -> CommandResult:
        from editor.cli import main

        prefix = ["--library", str(self.library)] if library else []
        self.capture.readouterr()
        code = main([*prefix, *args])
        out, err = self.capture.readouterr()
        return CommandResult(code, out, err)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> InProcessRunner:
    """An in-process runner on a fresh library in a per-test folder."""
    return InProcessRunner(tmp_path / "news.sqlite", tmp_path, capsys)
