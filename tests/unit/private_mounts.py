"""Running a check inside a private mount namespace, to meet real full disks (a tiny
tmpfs) and real read-only media (a read-only bind mount) without touching the machine.

Needs `unshare -rm` (unprivileged user namespaces); tests skip where it is missing.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
from typing import Any

import pytest

# Runs `copydesk` in a subprocess (inside the namespace) and returns what it said.
COPYDESK_HELPER = """
import json, subprocess, sys
def copydesk(*args):
    done = subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, timeout=120)
    return {"rc": done.returncode, "out": done.stdout, "err": done.stderr}
"""


@functools.cache
def private_mounts_available() -> bool:
    """True when this machine lets us mount inside a user namespace."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def run_under_mounts(mounts: str, python_code: str, timeout: float = 180) -> Any:
    """Run shell `mounts` (as namespace root), then `python_code`, which must print one
    JSON value as its last line; returns that value."""
    if not private_mounts_available():
        pytest.skip("needs unshare -rm (user namespaces) to mount a test disk")
    program = f"{COPYDESK_HELPER}\n{python_code}"
    script = f"{mounts}\nexec {sys.executable} - <<'PYTHON'\n{program}\nPYTHON\n"
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-euc", script],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
