"""Exporting an article from the library in any registered format (`formats.registry`),
and writing the result to a file without ever leaving a half-written one behind.

`article_links` reads what an export may show of the articles around one: the stored
previous/next and related links and the targets of the body's `copydesk:article/<id>`
links, each with its page `<slug>.html` (pages are written side by side, as
`copydesk export-site` does). Links are never invented: a target that is gone is left
out, and its inline links become plain text.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from editor.domain import Article, LinkKind
from editor.domain.article import ArticleRef
from editor.formats.export_links import ExportLinks, ExportOptions, LinkedArticle, page_href
from editor.formats.link_policy import ARTICLE_LINK_PREFIX
from editor.formats.registry import export_spec
from editor.services.failures import ArticleNotFoundError
from editor.storage.errors import os_failure_in_words
from editor.storage.temporary_files import remove_stale_temporaries, temporary_path

__all__ = [
    "ExportWriteError",
    "article_links",
    "export_article",
    "inline_article_ids",
    "write_bytes_atomically",
    "write_file_atomically",
]

if TYPE_CHECKING:
    from editor.services.library_services import Services

_ARTICLE_LINK = re.compile(re.escape(ARTICLE_LINK_PREFIX) + r"([A-Za-z0-9-]+)")


def export_article(
    services: Services,
    article: Article,
    format_name: str,
    options: ExportOptions | None = None,
) -> str | bytes:
    """Render `article` in the named format with its stored links."""
    spec = export_spec(format_name)
    return spec.writer(article, article_links(services, article), options or ExportOptions())


def inline_article_ids(body: str) -> list[str]:
    """The ids of the articles a body links to, in order, each once."""
    return list(dict.fromkeys(_ARTICLE_LINK.findall(body)))


def article_links(services: Services, article: Article) -> ExportLinks:
    """The export view of an article's stored links, each target linked by its slug."""

    neighbours = [
        services.neighbour(article.id, kind) for kind in (LinkKind.PREVIOUS, LinkKind.NEXT)
    ]
    related_refs = services.related(article.id)
    inline_ids = inline_article_ids(article.body)
    stored_ids = [ref.id for ref in (*neighbours, *related_refs) if ref is not None]
    trashed = services.trashed_among([*stored_ids, *inline_ids])  # never linked from a page

    def linked(ref: ArticleRef | None) -> LinkedArticle | None:
        if ref is None or ref.id in trashed:
            return None
        slug = services.get(ref.id).page_slug()
        return LinkedArticle(ref.id, ref.headline, page_href(slug), slug)

    inline: dict[str, LinkedArticle] = {}
    for target_id in inline_ids:
        if target_id in trashed:
            continue
        try:
            target = services.get(target_id)
        except ArticleNotFoundError:
            continue
        slug = target.page_slug()
        inline[target_id] = LinkedArticle(target_id, target.headline, page_href(slug), slug)
    related = (linked(ref) for ref in related_refs)
    return ExportLinks(
        previous=linked(neighbours[0]),
        next=linked(neighbours[1]),
        related=tuple(item for item in related if item is not None),
        inline=inline,
    )


class ExportWriteError(Exception):
    """An export file could not be written; the one-line message names the path the
    user gave (never a temporary file)."""


def write_file_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path` (see `write_bytes_atomically`)."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, so an
    existing file is replaced whole or left untouched.

    A symbolic link is followed: its target is replaced and the link stays. A new file gets
    the mode the umask gives (as a `>` redirect would); a replaced file keeps its mode.
    Temporary files are named `.NAME.copydesk-PID.tmp`; ones left by a killed export
    (whose process is gone) are removed on the next export to the same file.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise ExportWriteError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        existing_mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        existing_mode = None
    except OSError as error:
        raise ExportWriteError(f"cannot write {path}: {os_failure_in_words(error)}") from None
    remove_stale_temporaries(target)
    temporary = temporary_path(target)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(handle, "wb") as stream:
                if existing_mode is not None:
                    os.fchmod(stream.fileno(), existing_mode)
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportWriteError(f"cannot write {path}: {os_failure_in_words(error)}") from None
