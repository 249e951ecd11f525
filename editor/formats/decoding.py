"""Turning the bytes of an imported file into text, or refusing clearly.

The rule, in order (every refusal is a one-line `FormatError` naming the file):

1. Files over `MAX_FILE_BYTES` (50 MB) are refused from their size alone, before reading.
2. Empty files are refused.
3. A byte order mark decides: UTF-8 (BOM stripped), or UTF-16 LE/BE (what Windows
   Notepad calls "Unicode"). Invalid data after a BOM is refused.
4. Without a BOM, NUL bytes mean binary: refused.
5. Valid UTF-8 is UTF-8. This also keeps text that was already double-encoded exactly as
   it is: we never "repair" or re-decode valid UTF-8.
6. Otherwise the bytes must be plausible Windows-1252 (cp1252, the superset of Latin-1
   that Windows editors write: it maps 0x80-0x9F to €, „, “, ”, –, — ...). Plausible
   means: every byte is defined in cp1252 (the five undefined bytes 0x81, 0x8D, 0x8F,
   0x90, 0x9D are C1 control characters in Latin-1 and never occur in real Latin-1
   text, so a file holding them is in some other encoding), accented letters are a
   minority of the letters (a Cyrillic or Greek single-byte file decodes to a wall of
   accented Latin letters), and no symbol such as ¹ ³ ¿ ¾ sits inside a word (that is
   how Polish or Czech cp1250 text looks when misread). Anything else is refused with a
   hint to save the file as UTF-8: we never guess into mojibake.
7. The decoded text must not be mostly control characters (binary), nor blank.

Line endings are normalised to LF (CRLF and lone CR both become LF).
`remove_control_characters` is what import applies to every field afterwards.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter

from editor.formats.errors import FormatError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file `read_text_file` accepts (50 MB)."""

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}

# Control characters (Unicode category Cc) other than the tab, line feed, vertical tab,
# form feed and carriage return that ordinary text files do contain.
_SUSPICIOUS_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Control characters an imported article never keeps: C0 except tab and line feed, DEL, C1.
_UNKEPT_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# At most this share of the characters may be other control characters.
_MAX_CONTROL_SHARE = 0.01
# Accented (non-ASCII) letters may be at most this share of all letters in cp1252 text...
_MAX_NON_ASCII_LETTER_SHARE = 0.35
# ...once there are at least this many letters to judge by.
_MIN_LETTERS_TO_JUDGE = 40
# Non-letters that legitimately sit between two letters in Western European text:
# apostrophes and quotes (don’t, geht´s), dashes (Berlin–Paris), the Catalan middle dot.
_INNER_WORD_PUNCTUATION = frozenset("’‘´`'–—·")
# A cp1252 symbol (non-ASCII, not a letter, not inner-word punctuation) between letters.
_CP1252_SYMBOLS = "".join(
    ch
    for ch in bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")
    if not ch.isalpha() and ch not in _INNER_WORD_PUNCTUATION
)
_CP1252_SYMBOL_IN_WORD = re.compile(rf"[^\W\d_][{re.escape(_CP1252_SYMBOLS)}][^\W\d_]")


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read and decode a text file for import (see the module docstring for the rule)."""
    name = os.fspath(path)
    return decode_text_bytes(read_import_bytes(name), name)


def read_import_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file to import: a regular file of at most `MAX_FILE_BYTES`, refused
    (FormatError naming the file) from its size alone, before reading, when larger."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise FormatError("no such file", source=name) from None
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise FormatError("is a directory, not a file to import", source=name)
    if not stat.S_ISREG(info.st_mode):
        raise FormatError("is not a regular file", source=name)
    if info.st_size > MAX_FILE_BYTES:
        raise FormatError(
            f"file is too large ({_megabytes(info.st_size)}, limit 50 MB)", source=name
        )
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FormatError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if len(data) > MAX_FILE_BYTES:
        raise FormatError("file is too large (limit 50 MB)", source=name)
    return data


def decode_text_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of a file called `name` (used only in error messages) to text."""
    if not data:
        raise FormatError("file is empty", source=name)
    text = _decode(data, name)
    _refuse_binary_text(text, name)
    text = normalize_line_endings(text)
    if not text.strip():
        raise FormatError("file contains no text (only whitespace)", source=name)
    return text


def normalize_line_endings(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def remove_control_characters(text: str) -> str:
    """`text` without control characters other than tab and line feed: an escape
    sequence, BEL, backspace or DEL in a file is never meant as article text (and could
    drive a terminal that shows it). Bidi controls such as U+202E are kept: right-to-left
    text needs them, and every display escapes or handles them."""
    return _UNKEPT_CONTROLS.sub("", text)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _decode(data: bytes, name: str) -> str:
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FormatError(
                f"starts with a UTF-8 byte order mark but is not valid UTF-8 (byte {exc.start})",
                source=name,
            ) from None
    for bom, codec in _UTF16_BOMS.items():
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise FormatError(
                    "starts with a UTF-16 byte order mark but is not valid UTF-16", source=name
                ) from None
    if b"\x00" in data:
        raise FormatError("binary file (contains NUL bytes), not text", source=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise FormatError(
            "not UTF-8 and not Windows-1252/Latin-1 text; save it as UTF-8 and try again",
            source=name,
        ) from None
    problem = _cp1252_implausibility(text)
    if problem:
        raise FormatError(
            f"not UTF-8, and reading it as Windows-1252 gives {problem}; "
            "save it as UTF-8 and try again",
            source=name,
        )
    return text


def _cp1252_implausibility(text: str) -> str | None:
    """Why `text` (decoded as cp1252) does not look like Western European text, or None.

    Counting runs at C speed (a Counter over at most 256 distinct characters, one regex
    search), so even a 50 MB file is judged quickly.
    """
    counts = Counter(text)
    letters = sum(count for ch, count in counts.items() if ch.isalpha())
    non_ascii_letters = sum(
        count for ch, count in counts.items() if ch.isalpha() and ord(ch) > 0x7F
    )
    if (
        letters >= _MIN_LETTERS_TO_JUDGE
        and non_ascii_letters > letters * _MAX_NON_ASCII_LETTER_SHARE
    ):
        return "mostly accented letters (probably another script's encoding)"
    symbol_in_word = _CP1252_SYMBOL_IN_WORD.search(text)
    if symbol_in_word:
        return f"symbols inside words (like {symbol_in_word.group()!r})"
    return None


def _refuse_binary_text(text: str, name: str) -> None:
    if "\x00" in text:
        raise FormatError("binary file (contains NUL characters), not text", source=name)
    controls = len(_SUSPICIOUS_CONTROLS.findall(text))
    if controls > len(text) * _MAX_CONTROL_SHARE:
        raise FormatError(f"binary file ({controls} control characters), not text", source=name)
