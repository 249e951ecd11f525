"""Library changes as command values: each `apply` performs its change and returns the
command that undoes it exactly, so the GUI can keep them on an undo stack and the command
line just runs them (`Services.run`).

Commands are frozen dataclasses holding only ids, names and the records their undo needs;
they carry no reference to a library and none reaches into another's data. Applying one
runs in one transaction: it changes everything or nothing (a LibraryError says why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from editor.domain.article import LinkKind
from editor.storage.article_removal import DeletedArticle
from editor.storage.links import NeighbourStep, StoredLink
from editor.storage.sections import SectionPath

if TYPE_CHECKING:
    from editor.services.library_services import Placement, Services

__all__ = [
    "AddRelated",
    "CreateSection",
    "DeleteArticle",
    "LibraryCommand",
    "MoveArticles",
    "RemoveRelated",
    "RemoveSection",
    "RestoreArticle",
    "SectionPath",
    "SetNeighbours",
]


class LibraryCommand(Protocol):
    """A change to the library that knows how to undo itself."""

    @property
    def label(self) -> str:
        """What the change does, in words for an undo menu ("Set previous story")."""

    def apply(self, services: Services) -> LibraryCommand:
        """Perform the change; return the command that undoes it."""


NEIGHBOUR_WORDS = {LinkKind.PREVIOUS: "previous story", LinkKind.NEXT: "next story"}


@dataclass(frozen=True)
class SetNeighbours:
    """Set or clear previous/next neighbours, step by step, keeping both sides of every
    link. The undo puts back each old neighbour, and the neighbour a new target had."""

    steps: tuple[NeighbourStep, ...]
    label: str

    @classmethod
    def one(cls, article_id: str, kind: LinkKind, target_id: str | None) -> SetNeighbours:
        """Make `target_id` the previous or next story of `article_id` (None clears it)."""
        verb = "Set" if target_id is not None else "Clear"
        return cls((NeighbourStep(article_id, kind, target_id),), f"{verb} {NEIGHBOUR_WORDS[kind]}")

    def apply(self, services: Services) -> SetNeighbours:
        return SetNeighbours(services.set_neighbours(self.steps), self.label)


@dataclass(frozen=True)
class AddRelated:
    """Relate two articles (refused if they are already related). `original` holds the
    link rows a removal took away, so putting them back keeps the related order."""

    article_id: str
    other_id: str
    original: tuple[StoredLink, ...] = ()
    label: str = "Add related story"

    def apply(self, services: Services) -> RemoveRelated:
        services.relate(self.article_id, self.other_id, self.original)
        return RemoveRelated(self.article_id, self.other_id, self.label)


@dataclass(frozen=True)
class RemoveRelated:
    """Unrelate two related articles (refused if they are not related)."""

    article_id: str
    other_id: str
    label: str = "Remove related story"

    def apply(self, services: Services) -> AddRelated:
        removed = services.unrelate(self.article_id, self.other_id)
        return AddRelated(self.article_id, self.other_id, removed, self.label)


@dataclass(frozen=True)
class CreateSection:
    """Create a section below an existing top-level one (or at the top level); refused
    if it exists. `position` None puts it after its siblings."""

    path: SectionPath
    position: int | None = None
    label: str = "Create section"

    def apply(self, services: Services) -> RemoveSection:
        services.create_section(self.path, self.position)
        return RemoveSection(self.path, self.label)


@dataclass(frozen=True)
class RemoveSection:
    """Remove an empty section (refused while it holds articles or sections)."""

    path: SectionPath
    label: str = "Remove section"

    def apply(self, services: Services) -> CreateSection:
        position = services.remove_section(self.path)
        return CreateSection(self.path, position, self.label)


@dataclass(frozen=True)
class MoveArticles:
    """File each article in its section (None: unfiled). The undo files each back."""

    placements: tuple[Placement, ...]
    label: str

    @classmethod
    def to_section(cls, article_ids: Iterable[str], section: SectionPath | None) -> MoveArticles:
        """Move articles (each once, in the order given) into one section."""
        unique = tuple(dict.fromkeys(article_ids))
        what = "article" if len(unique) == 1 else f"{len(unique)} articles"
        where = f"to {section}" if section is not None else "out of its section"
        if len(unique) > 1 and section is None:
            where = "out of their sections"
        return cls(tuple((article_id, section) for article_id in unique), f"Move {what} {where}")

    def apply(self, services: Services) -> MoveArticles:
        return MoveArticles(services.place_articles(self.placements), self.label)


@dataclass(frozen=True)
class DeleteArticle:
    """Delete an article with its tags and links. The undo restores it exactly."""

    article_id: str
    label: str = "Delete article"

    def apply(self, services: Services) -> RestoreArticle:
        return RestoreArticle(services.delete_article(self.article_id), self.label)


@dataclass(frozen=True)
class RestoreArticle:
    """Put a deleted article back: same id, slug, fields, tags, status, section, links."""

    deleted: DeletedArticle
    label: str = "Restore article"

    def apply(self, services: Services) -> DeleteArticle:
        services.restore_article(self.deleted)
        return DeleteArticle(self.deleted.id, self.label)
