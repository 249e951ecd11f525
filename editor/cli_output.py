"""What the command line prints: terminal-safe text, JSON and one-line errors.

Article text may hold characters a terminal obeys instead of showing: escape sequences
(ESC [2J clears the screen), BEL, backspace, DEL, C1 controls such as CSI (U+009B) and
the bidi controls that reorder a line (U+202E). Human-readable output shows them escaped
(`\\x1b`, `\\u202e`); JSON output escapes them by JSON's own rules (`\\u001b`); files
written with `export -o`, and export piped into another program, hold the article as stored.
"""

from __future__ import annotations

import re
import sys
from typing import Any

PROG = "copydesk"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Inside one line (a headline in a listing) even tab and line feed are shown escaped.
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
# In a whole text (an export shown on a terminal) tab and line feed keep their meaning.
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
# JSON must escape only C0 controls; these are escaped too, so a terminal never obeys them.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_in_line(text: str) -> str:
    """`text` for one line of human-readable output: controls shown escaped."""
    return _UNSAFE_IN_LINE.sub(_escaped, text)


def shown_as_text(text: str) -> str:
    """A whole text (an export) for a terminal: controls other than tab and line feed
    shown escaped."""
    return _UNSAFE_IN_TEXT.sub(_escaped, text)


def as_json(data: Any) -> str:
    """`data` as indented JSON (Unicode kept readable) with every control character and
    bidi control escaped by JSON's rules (ESC as `\\u001b`)."""
    import json  # only the --json commands need it

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def write_stdout(text: str) -> None:
    """Write UTF-8 text to stdout, whatever the locale."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def stdout_is_terminal() -> bool:
    """True when stdout is a terminal (not a pipe or a file)."""
    return sys.stdout.isatty()


def error_line(message: str) -> None:
    """`copydesk: error: MESSAGE` as one line on stderr, controls shown escaped."""
    first_line = shown_in_line(" ".join(str(message).split())) or "unknown error"
    sys.stderr.write(f"{PROG}: error: {first_line}\n")
