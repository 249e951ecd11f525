"""Kill loops for issue 13: SIGKILL the real app while it types, and `copydesk export`
while it writes, at random moments, and print the figures.

    python -m tests.bench.kill_loops --gui 50 --export 20
    python -m tests.bench.kill_loops --gui 0 --export 20 --seed 7   # export loop only

GUI: the driver of tests/gui/window/test_crash_recovery.py (the real app offscreen, typing
one key every 15 ms) is killed; after each kill `PRAGMA integrity_check` must say ok, the
stored body must be a prefix of what was typed, and the library must reopen (through
Library.open and through the next app launch). Characters lost = keys typed before the
kill minus characters stored.

Export: a 20,000-word article is exported (html and text alternately) over an existing
file holding another article's export; the process is killed at a random moment. The file
must then hold the whole old or the whole new bytes; temporary files of ours
(`.NAME.copydesk-PID.tmp`) left by the kill must be gone after the next export run.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from editor.formats.body import markdown_to_plain_text
from editor.storage.errors import ArticleNotFoundError
from editor.storage.library import Library
from tests.gui.window.crash_typing_driver import KEY_INTERVAL_MS, TYPED_TEXT
from tests.gui.window.test_crash_recovery import run_and_kill

REPO_ROOT = Path(__file__).resolve().parents[2]
# Autosave writes at the latest 1.5 s after the last save while typing goes on
# (autosave.MAX_UNSAVED_MS); a kill during that save loses the save's own time too.
SAVE_IN_FLIGHT_SECONDS = 0.25
LOST_LIMIT_SECONDS = 1.5 + SAVE_IN_FLIGHT_SECONDS


def integrity(library: Path) -> str:
    connection = sqlite3.connect(library)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def gui_loop(rounds: int, rng: random.Random, workdir: Path) -> list[str]:
    """Run the typing kill loop; return the defects found (empty when none)."""
    library_path = workdir / "crash.sqlite"
    Library.open(str(library_path)).close()
    settings = workdir / "settings"
    defects: list[str] = []
    lost_chars: list[int] = []
    lost_seconds: list[float] = []
    integrity_ok = prefix_ok = reopened = app_started = app_launches = 0
    for number in range(rounds):
        before_typing = number % 10 == 9  # some kills during start-up
        delay = rng.uniform(0.05, 0.8) if before_typing else rng.uniform(0.2, 5.0)
        try:
            report, killed_at = run_and_kill(library_path, settings, delay, before_typing)
            if not before_typing:
                app_launches += 1
                app_started += 1
        except AssertionError as error:  # the app never printed its article
            app_launches += 1
            defects.append(f"gui round {number}: {error}")
            continue
        check = integrity(library_path)
        integrity_ok += check == "ok"
        if check != "ok":
            defects.append(f"gui round {number}: integrity_check says {check!r}")
        try:
            with Library.open(str(library_path)) as library:
                reopened += 1
                if report.article_id is None:
                    print(f"gui {number:3d}: killed during start-up after {delay:.2f}s")
                    prefix_ok += 1
                    continue
                try:
                    body = markdown_to_plain_text(library.get(report.article_id).body).rstrip()
                except ArticleNotFoundError:
                    body = ""
        except Exception as error:
            defects.append(f"gui round {number}: library does not reopen: {error!r}")
            continue
        typed = report.typed_before(killed_at)
        if TYPED_TEXT[:typed].startswith(body):
            prefix_ok += 1
        else:
            defects.append(f"gui round {number}: stored body is no prefix of the typed text")
        lost = typed - len(body)
        # Seconds lost: from the first key not stored to the kill.
        seconds = killed_at - report.typed_at[len(body)] if 0 <= len(body) < typed else 0.0
        lost_chars.append(lost)
        lost_seconds.append(seconds)
        if seconds > LOST_LIMIT_SECONDS:
            defects.append(
                f"gui round {number}: lost {lost} chars = {seconds:.2f}s of typing "
                f"(typed {typed}, stored {len(body)}, delay {delay:.2f}s)"
            )
        print(
            f"gui {number:3d}: typed {typed:4d} stored {len(body):4d} "
            f"lost {lost:3d} chars {seconds:.2f}s integrity {check}"
        )
    # One last launch: the app opens the library the last kill left.
    try:
        run_and_kill(library_path, settings, 0.5, False)
        app_launches += 1
        app_started += 1
    except AssertionError as error:
        app_launches += 1
        defects.append(f"gui final launch: {error}")
    print()
    print(f"GUI while typing ({KEY_INTERVAL_MS} ms a key): {rounds} SIGKILLs")
    print(f"  integrity_check ok: {integrity_ok}/{rounds}")
    print(f"  stored body a prefix of the typed text: {prefix_ok}/{rounds}")
    print(f"  Library.open after the kill: {reopened}/{rounds}")
    print(f"  app launches on the killed library that reached typing: {app_started}/{app_launches}")
    if lost_chars:
        print(
            f"  characters lost ({len(lost_chars)} rounds typing): max {max(lost_chars)}, "
            f"median {statistics.median(lost_chars)}, mean {statistics.mean(lost_chars):.1f}"
        )
        print(
            f"  seconds of typing lost: max {max(lost_seconds):.2f}, "
            f"median {statistics.median(lost_seconds):.2f}"
        )
    return defects


def cli(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", "--library", str(library), *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def large_story(words: int) -> str:
    vocabulary = ("Stadtrat", "beschließt", "Haushalt", "nach", "langer", "Debatte", "über")
    paragraphs = []
    for start in range(0, words, 100):
        count = min(100, words - start)
        paragraphs.append(
            " ".join(vocabulary[(start + n) % len(vocabulary)] for n in range(count)) + "."
        )
    return '"Großer Bericht"\n\nEin langer Text.\n\n' + "\n\n".join(paragraphs) + "\n"


def wait_for_temporary(target: Path, limit: float) -> float:
    """Poll until a temporary file of ours appears beside `target`; seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < limit and not ours(target):
        pass
    return time.monotonic() - started


def ours(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.copydesk-*.tmp"))


def export_loop(rounds: int, rng: random.Random, workdir: Path, words: int) -> list[str]:
    library = workdir / "export.sqlite"
    (workdir / "big.txt").write_text(large_story(words), encoding="utf-8")
    (workdir / "small.txt").write_text('"Kurz"\n\nAlt.\n\nDer alte Text.\n', encoding="utf-8")
    big = cli(library, "import", str(workdir / "big.txt")).stdout.split("\t")[0]
    small = cli(library, "import", str(workdir / "small.txt")).stdout.split("\t")[0]
    out_folder = workdir / "out"
    out_folder.mkdir()
    old: dict[str, bytes] = {}
    new: dict[str, bytes] = {}
    durations: dict[str, float] = {}
    for fmt in ("html", "text"):
        reference = workdir / f"reference.{fmt}"
        cli(library, "export", small, "--format", fmt, "-o", str(reference))
        old[fmt] = reference.read_bytes()
        started = time.monotonic()
        cli(library, "export", big, "--format", fmt, "-o", str(reference))
        durations[fmt] = time.monotonic() - started
        new[fmt] = reference.read_bytes()
        print(
            f"export {fmt}: {len(new[fmt]):,} bytes new, {len(old[fmt]):,} old, "
            f"full run {durations[fmt]:.2f}s"
        )
    defects: list[str] = []
    outcome = {"old": 0, "new": 0, "torn": 0, "missing": 0}
    leftovers_after_kill = leftovers_not_cleaned = finished = 0
    for number in range(rounds):
        fmt = ("html", "text")[number % 2]
        target = out_folder / f"story.{fmt}"
        target.write_bytes(old[fmt])
        # Kills anywhere in the run, near its end (where the file is written), or just
        # after the temporary file appears, to reach the temporary-file window.
        full = durations[fmt]
        delay = rng.uniform(0.0, full) if number % 2 else rng.uniform(0.8 * full, 1.05 * full)
        launched = time.monotonic()
        command = ["export", big, "--format", fmt, "-o", str(target)]
        child = subprocess.Popen(
            [sys.executable, "-m", "editor", "--library", str(library), *command],
            cwd=REPO_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if number % 4 == 3:
            # Every fourth kill waits for our temporary file to appear, then a few ms more.
            delay = wait_for_temporary(target, full * 3) + rng.uniform(0.0, 0.005)
            time.sleep(max(0.0, delay - (time.monotonic() - launched)))
        else:
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        returncode = child.wait(30)
        state = "missing"
        if target.exists():
            data = target.read_bytes()
            state = "old" if data == old[fmt] else "new" if data == new[fmt] else "torn"
        outcome[state] += 1
        if state in ("torn", "missing"):
            defects.append(f"export round {number} ({fmt}, kill at {delay:.3f}s): {state}")
        left = ours(target)
        leftovers_after_kill += len(left)
        check = integrity(library)
        if check != "ok":
            defects.append(f"export round {number}: integrity_check says {check!r}")
        # The next export run to the same file removes what the killed one left.
        cli(library, "export", small, "--format", fmt, "-o", str(target))
        remaining = [path for path in left if path.exists()]
        leftovers_not_cleaned += len(remaining)
        if remaining:
            defects.append(f"export round {number}: next run left {remaining}")
        if target.read_bytes() != old[fmt]:
            defects.append(f"export round {number}: the follow-up export wrote wrong bytes")
        status = "finished" if returncode == 0 else "killed"
        finished += returncode == 0
        print(
            f"export {number:3d} {fmt:4s}: kill at {delay:.3f}s ({status}) -> {state}, "
            f"{len(left)} temp file(s) left, {len(remaining)} after the next run"
        )
    print()
    print(
        f"Export of a {words:,}-word article over an existing file: {rounds} runs, "
        f"{rounds - finished} killed before they ended, {finished} finished first"
    )
    print(
        f"  whole old: {outcome['old']}, whole new: {outcome['new']}, torn: {outcome['torn']}, "
        f"missing: {outcome['missing']}"
    )
    print(f"  temporary files of ours left by the kills: {leftovers_after_kill}")
    print(f"  ... still there after the next export run: {leftovers_not_cleaned}")
    return defects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gui", type=int, default=50, help="SIGKILLs while typing")
    parser.add_argument("--export", type=int, default=20, help="SIGKILLs while exporting")
    parser.add_argument("--words", type=int, default=20000, help="words in the exported article")
    parser.add_argument("--seed", type=int, default=13)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rng = random.Random(options.seed)
    defects: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kill-loops-") as folder:
        workdir = Path(folder)
        if options.export:
            (workdir / "export").mkdir()
            defects += export_loop(options.export, rng, workdir / "export", options.words)
            print()
        if options.gui:
            (workdir / "gui").mkdir()
            defects += gui_loop(options.gui, rng, workdir / "gui")
    print()
    print("defects:" if defects else "defects: none")
    for defect in defects:
        print(f"  {defect}")
    return 1 if defects else 0


if __name__ == "__main__":
    sys.exit(main())
