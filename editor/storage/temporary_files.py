"""Temporary files written beside a target and moved into place whole, named so that a
later run recognises the ones a killed process left: `.NAME.copydesk-PID.tmp`.

Used by export (`export -o`) and by library creation. A leftover whose process is gone
is removed (with any SQLite `-wal`, `-shm` or `-journal` file of its own) the next time
the same target is written.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

TEMPORARY_MARK = "copydesk"
SQLITE_SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def temporary_path(target: Path) -> Path:
    """This process's temporary file for `target`, in the same folder."""
    return target.with_name(f"{_prefix(target)}{os.getpid()}.tmp")


def remove_temporary(path: Path) -> None:
    """Delete a temporary file and any SQLite sidecar files of its own."""
    for suffix in ("", *SQLITE_SIDECAR_SUFFIXES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def remove_stale_temporaries(target: Path) -> None:
    """Delete the temporary files for `target` left by processes that are gone, and an
    old one of this process (it cannot be in use: each write removes its own)."""
    prefix = _prefix(target)
    for leftover in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        pid = leftover.name[len(prefix) : -len(".tmp")]
        if pid.isdigit() and (int(pid) == os.getpid() or not process_exists(int(pid))):
            remove_temporary(leftover)


def process_exists(pid: int) -> bool:
    """True when a process with this id is running (on this machine)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _prefix(target: Path) -> str:
    return f".{target.name}.{TEMPORARY_MARK}-"
