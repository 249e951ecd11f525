"""The rule for tests that need a system program: skip locally, fail under CI."""

from __future__ import annotations

import pytest

from tests.programs import required_program, running_in_ci


def test_a_present_program_is_found() -> None:
    assert required_program("sh", "dash").endswith("/sh")


def test_a_missing_program_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert not running_in_ci()
    with pytest.raises(pytest.skip.Exception, match="no-such-program is not installed"):
        required_program("no-such-program", "no-such-package")


def test_a_missing_program_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(
        pytest.fail.Exception, match=r"Debian package no-such-package.*CI must run this test"
    ):
        required_program("no-such-program", "no-such-package")
