"""Slugs: short, URL-safe names derived from headlines."""

from __future__ import annotations

import re
import unicodedata

_GERMAN_FOLDS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
MAX_SLUG_LENGTH = 80


def slugify(text: str) -> str:
    """`"Trumps Söhne: Bitcoin-Firma"` -> `trumps-soehne-bitcoin-firma`.

    Latin letters lose their accents; other scripts keep their letters, so an Arabic or
    Cyrillic headline still gets a readable slug.
    """
    folded = unicodedata.normalize("NFKD", text.translate(_GERMAN_FOLDS))
    no_marks = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _NON_WORD.sub("-", no_marks.lower()).strip("-_")
    words = re.sub(r"[-_]+", "-", words)
    return words[:MAX_SLUG_LENGTH].rstrip("-")
