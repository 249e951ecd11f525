"""`Services`: everything the GUI and the CLI do with one library, in one Qt-free façade.

Front ends never import `editor.storage`: they open a library through `Services.open`
and call its use cases (reading articles, browsing, searching, linking, sections,
importing). The methods are thread-safe per call, like the `Library` underneath, so the
GUI's library client may run them on its worker threads. Failures are the exceptions of
`editor.services.failures`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from editor.domain.article import Article, ArticleRef, LinkKind, Section, Status
from editor.storage.library import Library
from editor.storage.records import ArticleSummary
from editor.storage.search import SearchHit
from editor.storage.search_cancellation import SearchCancellation


class Services:
    """The use cases of one open library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @classmethod
    def open(cls, location: str | None = None, *, create: bool = True) -> Services:
        """Open (create, upgrade) the library at a path or URL; None is the default one.
        Raises the errors of `editor.services.failures` (NotALibraryError, ...)."""
        return cls(Library.open(location, create=create))

    # -- the library itself ------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.library.name

    @property
    def location(self) -> str:
        return self.library.location

    @property
    def url(self) -> str:
        return self.library.url

    @property
    def path(self) -> Path | None:
        return self.library.path

    @property
    def read_only_reason(self) -> str | None:
        return self.library.read_only_reason

    def file_is_gone(self) -> bool:
        return self.library.file_is_gone()

    def save_copy_to(self, target: Path) -> None:
        self.library.save_copy_to(target)

    def close(self) -> None:
        self.library.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------
    def get(self, article_id: str) -> Article:
        return self.library.get(article_id)

    def find(self, ref: str) -> Article:
        return self.library.find(ref)

    def save(self, article: Article) -> Article:
        return self.library.save(article)

    def delete(self, article_id: str) -> None:
        self.library.delete(article_id)

    def list_articles(
        self,
        section: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        return self.library.list_articles(section, status, limit, offset)

    def search(
        self, query: str, limit: int = 50, cancellation: SearchCancellation | None = None
    ) -> list[SearchHit]:
        return self.library.search(query, limit, cancellation)

    def import_many(self, articles: Iterable[Article]) -> int:
        return self.library.import_many(articles)

    # -- sections and links ------------------------------------------------------------
    def sections(self) -> list[Section]:
        return self.library.sections()

    def ensure_section(self, name: str, parent: str | None = None) -> Section:
        return self.library.ensure_section(name, parent)

    def neighbour(self, article_id: str, kind: LinkKind) -> ArticleRef | None:
        return self.library.neighbour(article_id, kind)

    def related(self, article_id: str) -> list[ArticleRef]:
        return self.library.related(article_id)

    def backlinks(self, article_id: str) -> list[tuple[ArticleRef, LinkKind]]:
        return self.library.backlinks(article_id)
