"""Shared fixture of the service tests: a `Services` on a fresh library file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.services.library_services import Services


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened
