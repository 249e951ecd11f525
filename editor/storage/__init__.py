"""Library storage: SQLAlchemy mappings, the Library unit of work, migrations and search."""

from editor.storage.errors import (
    AmbiguousArticleError,
    ArticleNotFoundError,
    LibraryError,
    LibrarySchemaTooNewError,
    NotALibraryError,
)
from editor.storage.library import Library
from editor.storage.location import default_library_path, library_url
from editor.storage.records import ArticleSummary
from editor.storage.search import SearchHit
from editor.storage.search_cancellation import SearchCancellation, SearchCancelledError

__all__ = [
    "AmbiguousArticleError",
    "ArticleNotFoundError",
    "ArticleSummary",
    "Library",
    "LibraryError",
    "LibrarySchemaTooNewError",
    "NotALibraryError",
    "SearchCancellation",
    "SearchCancelledError",
    "SearchHit",
    "default_library_path",
    "library_url",
]
