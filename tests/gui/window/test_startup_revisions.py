"""Start-up reads the migration revisions without Alembic; they must be Alembic's own.

(Beside the window start-up tests because it exists for start-up; no Qt is used.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.storage import schema


def test_header_scan_agrees_with_alembic() -> None:
    quick = schema._revisions_from_headers()
    assert quick is not None
    directory = schema.script_directory()
    assert quick.head == directory.get_current_head()
    assert quick.known == {script.revision for script in directory.walk_revisions()}


def test_opening_an_up_to_date_library_does_not_import_alembic(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from editor.storage.library import Library\n"
        "Library.open(sys.argv[1]).close()\n"
        "library = Library.open(sys.argv[1])\n"
        "print('alembic' in sys.modules)\n"
        "library.close()\n"
    )
    created = subprocess.run(
        [sys.executable, "-c", code, f"{tmp_path}/lib.sqlite"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert created.stdout.strip() == "True"  # creating it ran the migrations
    reopened = subprocess.run(
        [
            sys.executable,
            "-c",
            code.replace("Library.open(sys.argv[1]).close()\n", ""),
            f"{tmp_path}/lib.sqlite",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert reopened.stdout.strip() == "False"
