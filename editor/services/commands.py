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
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from editor.domain.article import LinkKind
from editor.domain.sections import SectionPath, child_path
from editor.storage.links import NeighbourStep, StoredLink
from editor.storage.section_edits import DeletedSection
from editor.storage.trash import trash_entries

if TYPE_CHECKING:
    from editor.services.library_services import Placement, Services

__all__ = [
    "AddRelated",
    "ChainByDate",
    "CreateSection",
    "DeleteArticle",
    "DeleteSection",
    "LibraryCommand",
    "MoveArticles",
    "MoveSection",
    "RemoveRelated",
    "RemoveSection",
    "RenameSection",
    "RestoreArticles",
    "RestoreSection",
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
    """Create a section inside an existing one (or at the top level); refused if it
    exists. `position` None puts it after its siblings."""

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
    """Move articles to the Trash (refused if one is there already). `trashed_at` holds
    the times they were put there before, when putting them back (else: now). The undo
    restores them."""

    article_ids: tuple[str, ...]
    trashed_at: tuple[datetime, ...] = ()
    label: str = "Delete article"

    @classmethod
    def of(cls, article_ids: Iterable[str]) -> DeleteArticle:
        """Move articles (each once, in the order given) to the Trash."""
        unique = tuple(dict.fromkeys(article_ids))
        what = "article" if len(unique) == 1 else f"{len(unique)} articles"
        return cls(unique, label=f"Delete {what}")

    def apply(self, services: Services) -> RestoreArticles:
        if self.trashed_at:
            entries = tuple(zip(self.article_ids, self.trashed_at, strict=True))
        else:
            entries = trash_entries(self.article_ids)
        services.move_to_trash(entries)
        return RestoreArticles(self.article_ids, self.label)


@dataclass(frozen=True)
class RestoreArticles:
    """Take articles out of the Trash (refused if one is not there)."""

    article_ids: tuple[str, ...]
    label: str = "Restore article"

    def apply(self, services: Services) -> DeleteArticle:
        restored = services.restore_from_trash(self.article_ids)
        return DeleteArticle(
            tuple(article_id for article_id, _ in restored),
            tuple(when for _, when in restored),
            self.label,
        )


@dataclass(frozen=True)
class RenameSection:
    """Rename a section (refused if a sibling has the name)."""

    path: SectionPath
    new_name: str
    label: str = "Rename section"

    def apply(self, services: Services) -> RenameSection:
        renamed = services.rename_section(self.path, self.new_name)
        return RenameSection(renamed, self.path.name, self.label)


@dataclass(frozen=True)
class MoveSection:
    """Move a section with all it holds into another (None: the top level), after its new
    siblings or at `position`; refused for a cycle or a name taken there."""

    path: SectionPath
    parent: SectionPath | None
    position: int | None = None
    label: str = "Move section"

    def apply(self, services: Services) -> MoveSection:
        before = services.move_section(self.path, self.parent, self.position)
        moved = child_path(self.parent, self.path.name)
        return MoveSection(moved, before.parent, before.position, self.label)


@dataclass(frozen=True)
class DeleteSection:
    """Delete a section; its articles go to `destination` (None: no section), its
    subsections below it (None: the top level). The undo puts everything back."""

    path: SectionPath
    destination: SectionPath | None
    label: str = "Delete section"

    def apply(self, services: Services) -> RestoreSection:
        deleted = services.delete_section(self.path, self.destination)
        return RestoreSection(deleted, self.destination, self.label)


@dataclass(frozen=True)
class RestoreSection:
    """Create a deleted section again and take back its articles and subsections."""

    deleted: DeletedSection
    destination: SectionPath | None
    label: str = "Restore section"

    def apply(self, services: Services) -> DeleteSection:
        services.restore_section(self.deleted, self.destination)
        return DeleteSection(self.deleted.path, self.destination, self.label)


@dataclass(frozen=True)
class ChainByDate:
    """Chain a section's articles (outside the Trash, placeholders left out) oldest to
    newest by creation date: each consecutive pair whose next and previous places are
    both free becomes previous/next; nothing set is replaced. The undo clears exactly
    the links it set."""

    section: SectionPath
    label: str = "Chain by date"

    def apply(self, services: Services) -> SetNeighbours:
        return SetNeighbours(services.chain_by_date(self.section), self.label)
