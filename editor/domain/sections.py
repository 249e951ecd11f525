"""Where sections sit and what they hold: section paths (`Politik/Inland`), the nodes of
the section tree with their article counts, and the library's totals beside it.

A path names a section by its names from the top of the tree, separated by `/`; unlike a
row id it survives deleting and re-creating a section, so commands kept for undo name
sections by path. A section's own name therefore never contains `/`.
"""

from __future__ import annotations

from dataclasses import dataclass

PATH_SEPARATOR = "/"


class SectionPathError(ValueError):
    """A text that names no section path (empty, or with an empty part)."""


@dataclass(frozen=True)
class SectionPath:
    """A section named by its names from the top level down: ("Politik", "Inland")."""

    parts: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.parts or any(
            not part.strip() or PATH_SEPARATOR in part or part != part.strip()
            for part in self.parts
        ):
            raise SectionPathError(f"{PATH_SEPARATOR.join(self.parts)!r} is not a section path")

    @classmethod
    def parse(cls, text: str) -> SectionPath:
        """`Politik/Inland` (spaces around parts ignored); SectionPathError when a part is
        empty (`Politik//Inland`, `/`, ``)."""
        parts = tuple(part.strip() for part in text.strip().split(PATH_SEPARATOR))
        if not all(parts):
            raise SectionPathError(
                f"{text!r} is not a section path: write names separated by "
                f"{PATH_SEPARATOR!r}, as in 'Politik{PATH_SEPARATOR}Inland'"
            )
        return cls(parts)

    @property
    def name(self) -> str:
        """The section's own name (the last part)."""
        return self.parts[-1]

    @property
    def parent(self) -> SectionPath | None:
        """The path of the section holding this one (None at the top level)."""
        return SectionPath(self.parts[:-1]) if len(self.parts) > 1 else None

    def child(self, name: str) -> SectionPath:
        """The path of a section called `name` inside this one."""
        return SectionPath((*self.parts, name))

    def is_within(self, other: SectionPath) -> bool:
        """True if this is `other` or lies anywhere below it."""
        return self.parts[: len(other.parts)] == other.parts

    def __str__(self) -> str:
        return PATH_SEPARATOR.join(self.parts)


def child_path(parent: SectionPath | None, name: str) -> SectionPath:
    """The path of `name` inside `parent` (at the top level for None)."""
    return parent.child(name) if parent is not None else SectionPath((name,))


@dataclass(frozen=True)
class SectionNode:
    """One section of the tree with how many articles it holds outside the Trash:
    `own` filed in it directly, `total` in it and every section below it."""

    id: int
    path: SectionPath
    parent_id: int | None
    position: int
    depth: int
    own: int
    total: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class SectionTree:
    """The section tree, depth first (each section followed by its subsections in
    position order), with the totals the library browser shows beside it."""

    sections: tuple[SectionNode, ...]
    all_articles: int
    unfiled: int
    placeholders: int
    trash: int
