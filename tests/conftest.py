"""Shared test set-up: offscreen Qt, auto-tagging of GUI tests, fresh libraries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO_ROOT.parent / "shared" / "seed-article.txt"
SEED_COPY = REPO_ROOT / "tests" / "data" / "seed-article.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag every test that lives in tests/gui or uses qtbot as `gui`."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "/tests/gui/" in str(item.path):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def seed_text() -> str:
    """The reference article's text (shared copy if present, else the tests' copy)."""
    path = SEED_ARTICLE if SEED_ARTICLE.exists() else SEED_COPY
    return path.read_text(encoding="utf-8")


@pytest.fixture
def library_path(tmp_path: Path) -> Iterator[Path]:
    """A path for a fresh SQLite library file in a per-test folder."""
    yield tmp_path / "test-library.sqlite"
