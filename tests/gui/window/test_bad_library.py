"""A file that is no library (or a corrupt one) is explained in a message box, never a
traceback, and the file stays byte for byte as it was. Runs the real `run_gui` in a
child process that reads the message box and closes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.app import describe_library_error
from editor.storage.errors import NotALibraryError

REPO_ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from editor.app import run_gui

def close_box():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        sys.stdout.write("BOX " + box.text().replace("\\n", " | ") + "\\n")
        sys.stdout.flush()
        box.accept()
    else:
        QTimer.singleShot(20, close_box)

app = QApplication(sys.argv[:1])  # run_gui reuses it; the timer needs it now
QTimer.singleShot(20, close_box)
sys.exit(run_gui(sys.argv[1]))
"""


def start_refused(path: Path, config: Path) -> subprocess.CompletedProcess[str]:
    """Run the app on `path` in a child process, settings under `config`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "payload",
    [
        b"Dear editor,\nthis is a letter, not a library.\n",
        b"SQLite format 3\x00" + bytes(range(256)) * 8,
        bytes(range(256)) * 64,
    ],
    ids=["text", "corrupt-sqlite", "binary"],
)
def test_gui_explains_a_bad_library_and_leaves_it_alone(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "not-a-library.sqlite"
    path.write_bytes(payload)
    result = start_refused(path, tmp_path / "cfg")
    assert result.returncode == 1
    assert path.read_bytes() == payload
    boxes = [line for line in result.stdout.splitlines() if line.startswith("BOX ")]
    assert len(boxes) == 1
    assert str(path) in boxes[0]
    assert "was not changed" in boxes[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_a_refused_start_keeps_the_window_preferences(tmp_path: Path) -> None:
    """Both panels visible last time (the defaults); a start on a text file is refused;
    nothing about the window may be saved, so the next start shows both panels again."""
    path = tmp_path / "notalib.txt"
    path.write_text("Dear editor,\nthis is a letter.\n")
    config = tmp_path / "cfg"
    preferences = config / "Copydesk" / "Copydesk.ini"
    preferences.parent.mkdir(parents=True)
    preferences.write_text("[editor]\nzoom_steps=2\n")
    result = start_refused(path, config)
    assert result.returncode == 1
    assert "visible" not in preferences.read_text()
    assert "zoom_steps=2" in preferences.read_text()
    assert not (config / "Copydesk" / "Copydesk-window-state.ini").exists()


def test_error_text_is_one_readable_paragraph() -> None:
    text = describe_library_error("/x/y.sqlite", NotALibraryError("y.sqlite is not a library"))
    assert text.splitlines()[0] == "Copydesk cannot open /x/y.sqlite."
    assert "y.sqlite is not a library" in text
