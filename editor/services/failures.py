"""The failures a front end meets when it uses the library, re-exported from storage so
that `editor.ui` and `editor.cli` never import `editor.storage`.

`LibraryError` and its subclasses carry one user-readable line; `describe_save_failure`
turns any exception a save may raise into a `SaveFailure` (kind + words); and
`failure_in_words` puts any other failure (SQLite, OS) into a short phrase.
"""

from __future__ import annotations

from editor.storage.errors import (
    AmbiguousArticleError,
    ArticleNotFoundError,
    DuplicateHeadlineError,
    LibraryError,
    LibrarySchemaTooNewError,
    LibraryUnavailableError,
    NotALibraryError,
    ReadOnlyLibraryError,
    failure_in_words,
)
from editor.storage.save_failures import (
    ArticleConflictError,
    FailureKind,
    LibraryFileGoneError,
    SaveFailure,
    describe_save_failure,
)

__all__ = [
    "AmbiguousArticleError",
    "ArticleConflictError",
    "ArticleNotFoundError",
    "DuplicateHeadlineError",
    "FailureKind",
    "LibraryError",
    "LibraryFileGoneError",
    "LibrarySchemaTooNewError",
    "LibraryUnavailableError",
    "NotALibraryError",
    "ReadOnlyLibraryError",
    "SaveFailure",
    "describe_save_failure",
    "failure_in_words",
]
