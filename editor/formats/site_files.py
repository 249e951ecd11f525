"""File names for an exported site, made safe: whatever a slug or headline holds, the
name stays one plain file name inside its folder.

`safe_file_stem` removes what a file system or a path could misread: path separators
(`/`, `\\`), `..`, control characters, the characters Windows refuses (`<>:"|?*`),
leading and trailing dots and spaces, and Windows's reserved device names (`CON`, `NUL`,
`COM1`, `LPT9`, ... in any case and with any extension), and keeps it short (at most
MAX_STEM_BYTES bytes of UTF-8, cut at a character boundary). `unique_file_stems` gives
every article its own stem, comparing case-insensitively (as macOS and Windows do), so
two slugs never share a page.

`is_site_file` recognises the only relative paths a site export writes (and so the
only ones it will ever remove again): `index.html`, `articles/<stem>.html` and
`sections/<stem>.html` with a safe stem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_STEM_BYTES = 120
ARTICLES_FOLDER = "articles"
SECTIONS_FOLDER = "sections"
HOME_PAGE = "index.html"
PAGE_SUFFIX = ".html"

_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*\s]+')
_DOT_RUNS = re.compile(r"\.{2,}")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)


def safe_file_stem(text: str, fallback: str) -> str:
    """`text` as a safe file name stem (no suffix); `fallback` (made safe too) when
    nothing usable is left."""
    stem = _clean(text)
    if not stem:
        stem = _clean(fallback) or "page"
    return stem


def _clean(text: str) -> str:
    name = unicodedata.normalize("NFC", text)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    name = _UNSAFE.sub("-", name)
    name = _DOT_RUNS.sub(".", name).strip(". -")
    encoded = name.encode("utf-8")[:MAX_STEM_BYTES]
    name = encoded.decode("utf-8", errors="ignore").strip(". -")
    if _RESERVED.match(name):
        name = f"_{name}"
    return name


def unique_file_stems(slugs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A stem for each `(article id, slug)`, unique ignoring case: a later article whose
    stem is taken gets its id's first characters added (`slug-1a2b3c4d`)."""
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for article_id, slug in slugs:
        stem = safe_file_stem(slug, article_id[:8])
        if stem.casefold() in taken:
            stem = safe_file_stem(f"{stem[:100]}-{article_id[:8]}", article_id)
        if stem.casefold() in taken:
            stem = safe_file_stem(article_id, article_id)
        taken.add(stem.casefold())
        stems[article_id] = stem
    return stems


def article_file(stem: str) -> str:
    """The relative path of an article's page in the site folder."""
    return f"{ARTICLES_FOLDER}/{stem}{PAGE_SUFFIX}"


def section_file(stem: str) -> str:
    """The relative path of a section's index page in the site folder."""
    return f"{SECTIONS_FOLDER}/{stem}{PAGE_SUFFIX}"


def is_site_file(relative: str) -> bool:
    """True only for a path a site export writes (see the module docstring)."""
    if relative == HOME_PAGE:
        return True
    folder, _, name = relative.partition("/")
    if folder not in (ARTICLES_FOLDER, SECTIONS_FOLDER) or not name.endswith(PAGE_SUFFIX):
        return False
    stem = name.removesuffix(PAGE_SUFFIX)
    return bool(stem) and safe_file_stem(stem, "-") == stem
