"""Start-up cross-check with no probe inside the measured programs.

Each program is launched on a private Xvfb screen (the real xcb platform) while `xev`
watches the root window; the figure is launch to the first MapNotify of a window, i.e.
when the window manager would show it. Nothing runs inside the programs, so this checks
that the shim-based figures of gui_bench are not an artefact of the shim. Skipped with
a note when Xvfb or xev (Debian: xvfb, x11-utils) are missing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

XEV_SETTLE_S = 0.3
MAP_TIMEOUT_S = 20.0
BARE_WINDOW = (
    "from PySide6 import QtWidgets\n"
    "app = QtWidgets.QApplication([])\n"
    "window = QtWidgets.QMainWindow()\n"
    "window.setCentralWidget(QtWidgets.QTextEdit())\n"
    "window.resize(1280, 820)\n"
    "window.show()\n"
    "app.exec()\n"
)


def tools_present() -> bool:
    return bool(shutil.which("Xvfb") and shutil.which("xev"))


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb server, once it accepts clients, and its display name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1600x1000x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


def _time_to_map(command: list[str], display: str, env: dict[str, str], cwd: Path) -> float:
    """Milliseconds from launching `command` to the first window it maps."""
    watcher = subprocess.Popen(
        ["xev", "-display", display, "-root", "-event", "substructure"],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert watcher.stdout is not None
    stream = watcher.stdout
    time.sleep(XEV_SETTLE_S)
    mapped = threading.Event()
    stamps: dict[str, float] = {}

    def read_events() -> None:
        for line in stream:
            if line.startswith("MapNotify") and not mapped.is_set():
                stamps["mapped"] = time.monotonic()
                mapped.set()

    threading.Thread(target=read_events, daemon=True).start()
    stamps["launched"] = time.monotonic()
    child = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    seen = mapped.wait(MAP_TIMEOUT_S)
    child.kill()
    child.wait()
    watcher.kill()
    watcher.wait()
    if not seen:
        raise RuntimeError(f"{command[-1]}: no window mapped within {MAP_TIMEOUT_S:.0f} s")
    return (stamps["mapped"] - stamps["launched"]) * 1000


def measure_window_map(
    library: Path, sample: Path, rounds: int, retext: list[str] | None, repo_root: Path
) -> dict[str, float]:
    """Median launch-to-map times of a bare window, Copydesk and (if given) ReText."""
    if not tools_present():
        print(
            "Window-map cross-check skipped: Xvfb or xev missing (apt-get install xvfb x11-utils)"
        )
        return {}
    server, display = _start_xvfb()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "PYTHONPATH": str(repo_root),
    }
    programs: dict[str, list[str]] = {
        "bare_window": [sys.executable, "-c", BARE_WINDOW],
        "copydesk": [sys.executable, "-m", "editor", "--library", str(library), "gui"],
    }
    if retext is not None:
        programs["retext"] = [*retext, str(sample)]
    timings: dict[str, list[float]] = {name: [] for name in programs}
    try:
        for round_number in range(rounds + 1):
            for name, command in programs.items():
                value = _time_to_map(command, display, env, repo_root)
                if round_number:  # round 0 warms the file cache
                    timings[name].append(value)
    finally:
        server.terminate()
        server.wait()
    results = {f"{name}_mapped_ms": statistics.median(values) for name, values in timings.items()}
    if "retext_mapped_ms" in results:
        results["copydesk_mapped_to_retext_ratio"] = (
            results["copydesk_mapped_ms"] / results["retext_mapped_ms"]
        )
    return results
