"""The SQLite file a library was opened from, held open for as long as the library is.

`OpenedFile` keeps one plain sqlite3 connection to the file (opened without creating
anything) and the file's identity (device and inode) at that moment. A library checks
`still_there()` before every write: after `mv` or `rm` the path names another file or
none, and writing on would go into a write-ahead log whose database file is gone.

What was committed before is not left behind in that log either: once the file is found
gone (and again on closing) the held connection checkpoints the log into the file it
opened, wherever that file now is, so a moved library holds the whole session's work
(SQLite itself skips the checkpoint on close for a moved file and leaves the log under
the old name). The held connection still reads the opened file, moved or deleted, so
`copy_to` can save everything into a new file (`VACUUM INTO`). `close` checkpoints with
TRUNCATE, so a closed library is one file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.request import pathname2url

from editor.storage.errors import LibraryError, sqlite_failure_in_words
from editor.storage.save_failures import LibraryFileGoneError

CLOSE_TIMEOUT_S = 2.0
GONE_MESSAGE = "the library file was moved or deleted since it was opened; nothing was written"


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path names: its device and inode."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        """The identity of the file at `path`, or None if there is none."""
        try:
            status = os.stat(path)
        except OSError:
            return None
        return cls(status.st_dev, status.st_ino)


class OpenedFile:
    """An SQLite library file, as opened: its path, identity and a connection to it."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = connection
        self.identity = FileIdentity.of(path)
        self._gone = False

    @classmethod
    def open(cls, path: Path) -> OpenedFile:
        """Hold the existing library file at `path` (never creates one)."""
        uri = f"file:{pathname2url(str(path.resolve()))}?mode=rw"
        connection = sqlite3.connect(
            uri, uri=True, check_same_thread=False, isolation_level=None, timeout=CLOSE_TIMEOUT_S
        )
        # One read now opens the write-ahead log and its index beside the file while they
        # are in place; the connection keeps them open from then on.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return cls(path, connection)

    def still_there(self) -> bool:
        """True while the path names the file that was opened."""
        return self.identity is not None and FileIdentity.of(self.path) == self.identity

    def check_still_there(self) -> None:
        """Raise LibraryFileGoneError unless the path names the file that was opened
        (the first time, after moving what was committed into the opened file)."""
        if self.still_there():
            return
        if not self._gone:
            self._gone = True
            self._checkpoint()
        raise LibraryFileGoneError(GONE_MESSAGE)

    def _checkpoint(self) -> None:
        """Write the log into the opened file and empty it (best effort: another program
        reading the library may hold it; its own close checkpoints then)."""
        if self._connection is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def copy_to(self, target: Path) -> None:
        """Write the opened library, as committed now, to `target` (replaced whole)."""
        connection = self._connection
        if connection is None:
            raise LibraryError("the library is closed")
        folder = target.parent
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=folder
        )
        os.close(handle)
        temporary = Path(temporary_name)
        try:
            temporary.unlink()  # VACUUM INTO wants a new (or empty) file
            connection.execute("VACUUM INTO ?", (str(temporary),))
            os.replace(temporary, target)
        except sqlite3.Error as error:
            temporary.unlink(missing_ok=True)
            words = sqlite_failure_in_words(error)
            raise LibraryError(f"cannot write {target}: {words}") from error
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def close(self) -> None:
        """Checkpoint the write-ahead log into the opened file (moved or not) and let the
        file go. Closing SQLite's last connection also removes the log."""
        self._checkpoint()
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
