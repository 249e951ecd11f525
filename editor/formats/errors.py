"""The one error every reader and writer in `editor.formats` raises.

A `FormatError` carries a single-line, human-readable reason. When the error is about a
particular file, `source` names it and the message reads ``"<source>: <reason>"``, so a
command line or a dialog can show `str(error)` as it is.
"""

from __future__ import annotations


def _one_line(text: str) -> str:
    """Collapse any line breaks so the message always fits one line."""
    return " ".join(text.split())


class FormatError(ValueError):
    """Text or bytes that a format reader cannot accept (or a writer cannot write).

    `reason` is the bare one-line reason, `source` the file name it concerns (if any).
    """

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = _one_line(reason)
        self.source = _one_line(source) if source else None
        message = f"{self.source}: {self.reason}" if self.source else self.reason
        super().__init__(message)

    def with_source(self, source: str) -> FormatError:
        """The same error, now naming the file it came from."""
        return FormatError(self.reason, source=source)
