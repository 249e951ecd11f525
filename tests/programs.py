"""Tests that need a program from the system (Java for the Nu validator, Chromium).

The rule: locally, a missing program skips the test with a clear reason (install it to
run it); under CI (`CI=true`, set by .ci/run, which installs both from Debian) a missing
program FAILS the test, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil

import pytest


def running_in_ci() -> bool:
    """True under continuous integration (CI=true in the environment)."""
    return os.environ.get("CI", "").lower() == "true"


def required_program(name: str, package: str) -> str:
    """The path of `name`; skips the test when it is missing, or fails it under CI."""
    path = shutil.which(name)
    if path is not None:
        return path
    reason = f"{name} is not installed (Debian package {package}; .ci/run installs it)"
    if running_in_ci():
        pytest.fail(f"{reason}: CI must run this test")
    pytest.skip(reason)
