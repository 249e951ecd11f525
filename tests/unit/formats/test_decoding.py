"""Decoding imported files: UTF-8 (BOM or not), UTF-16 with BOM, plausible cp1252, and
clear one-line refusals of binary, empty, oversized and mis-encoded files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.formats import decoding
from editor.formats.decoding import MAX_FILE_BYTES, decode_text_bytes, read_text_file
from editor.formats.errors import FormatError

GERMAN = "Die „Koalition der Willigen“ traf sich in Köln – für 5 € Eintritt… Grüße!"


def _refusal(data: bytes, name: str = "story.txt") -> FormatError:
    with pytest.raises(FormatError) as caught:
        decode_text_bytes(data, name)
    error = caught.value
    assert "\n" not in str(error)
    assert str(error).startswith(f"{name}: ")
    return error


def test_utf8_without_bom() -> None:
    assert decode_text_bytes(GERMAN.encode("utf-8"), "a.txt") == GERMAN


def test_utf8_bom_is_stripped() -> None:
    assert decode_text_bytes(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "a.txt") == GERMAN


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = "\ufeff".encode(codec)
    assert decode_text_bytes(bom + GERMAN.encode(codec), "a.txt") == GERMAN


def test_cp1252_file_decodes_to_the_right_characters() -> None:
    data = GERMAN.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text_bytes(data, "a.txt") == GERMAN


def test_cp1252_koeln() -> None:
    assert decode_text_bytes("Köln".encode("cp1252"), "a.txt") == "Köln"


def test_latin1_text_without_c1_bytes_reads_the_same_as_cp1252() -> None:
    text = "Ærø, Málaga, Überlingen, Ørsted, naïve café"
    assert decode_text_bytes(text.encode("latin-1"), "a.txt") == text


def test_double_encoded_utf8_stays_as_it_is() -> None:
    mojibake = "KÃ¶ln"  # already broken before it reached us: valid UTF-8, kept verbatim
    assert decode_text_bytes(mojibake.encode("utf-8"), "a.txt") == mojibake


def test_line_endings_are_normalised() -> None:
    assert decode_text_bytes(b"a\r\nb\rc\n", "a.txt") == "a\nb\nc\n"


def test_empty_file_is_refused() -> None:
    assert "empty" in _refusal(b"").reason


def test_whitespace_only_file_is_refused() -> None:
    assert "no text" in _refusal(b" \r\n\t\n  ").reason


def test_nul_bytes_mean_binary() -> None:
    assert "binary" in _refusal(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").reason


def test_many_control_characters_mean_binary() -> None:
    data = bytes(range(1, 9)) * 20 + b"some text"
    assert "binary" in _refusal(data).reason


def test_stray_form_feed_and_tab_are_text() -> None:
    assert decode_text_bytes(b"a\tb\x0cc " * 10, "a.txt").startswith("a\tb\x0cc")


def test_undefined_cp1252_bytes_are_refused() -> None:
    data = b"abc \x81\x8d\x90 def"
    error = _refusal(data)
    assert "UTF-8" in error.reason


def test_cyrillic_single_byte_file_is_refused_not_mojibaked() -> None:
    text = "Министр заявил во вторник, что правительство не будет комментировать доклад."
    error = _refusal(text.encode("cp1251"))
    assert "Windows-1252" in error.reason


def test_polish_cp1250_file_is_refused_not_mojibaked() -> None:
    text = "Wrocław: żółw i łódź na Śląsku, będą rozmowy"
    assert "symbols inside words" in _refusal(text.encode("cp1250")).reason


def test_broken_utf8_after_bom_is_refused() -> None:
    assert "byte order mark" in _refusal(b"\xef\xbb\xbfK\xf6ln").reason


def test_read_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GERMAN.encode("utf-8") + b"\r\n")
    assert read_text_file(path) == GERMAN + "\n"


def test_read_missing_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(FormatError, match=r"missing\.txt: no such file"):
        read_text_file(path)


def test_read_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="directory"):
        read_text_file(tmp_path)


def test_huge_sparse_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)

    def no_decoding(data: bytes, name: str) -> str:
        raise AssertionError("an oversized file must be refused before it is read")

    monkeypatch.setattr(decoding, "decode_text_bytes", no_decoding)
    with pytest.raises(FormatError) as caught:
        read_text_file(path)
    assert "too large" in caught.value.reason
    assert caught.value.source == os.fspath(path)


def test_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = b"Die Koalition der Willigen traf sich in Paris.\n"
    path.write_bytes(line * (MAX_FILE_BYTES // len(line)))
    assert read_text_file(path).startswith("Die Koalition")
